package document

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// maxHTMLElements bounds the work of the main-content finder on huge pages;
// past it the page is read without it.
const maxHTMLElements = 100_000

// parseHTML reads a web page, typically one saved from a browser, and keeps
// only the article: navigation, headers, footers, scripts, styles, cookie
// banners, share buttons, newsletter boxes and asides are dropped. The title,
// author, date and outlet come from the page's metadata (Open Graph, meta
// tags, JSON-LD, <time>) or its content.
func parseHTML(name string, data []byte) (*Document, error) {
	page, replaced := decodeHTML(data)
	// Counted on the page as the parser will see it, UTF-16 decoded.
	if err := checkHTMLSize(name, page); err != nil {
		return nil, err
	}
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil, fileErr(name, ErrDamaged, err, "this web page could not be read")
	}
	meta := pageMeta(root)
	removeBoilerplate(root)

	content := articleNode(root)
	var rd readability.Article
	if content == nil {
		rd = runReadability(root)
		if rd.Node != nil && textLen(rd.Node) > 0 {
			content = rd.Node
		}
	}
	if content == nil {
		content = findFirst(root, atom.Body)
	}
	if content == nil {
		content = root
	}

	var w htmlWalker
	w.walk(content)
	w.flush()

	d := &Document{Format: "html"}
	d.Title = firstNonEmpty(meta.title, w.h1, stripSiteName(meta.docTitle, meta.site), rd.Title())
	d.Author = firstNonEmpty(meta.author, rd.Byline())
	d.Date = normaliseDate(meta.date)
	d.Outlet = firstNonEmpty(meta.site, rd.SiteName())

	var b builder
	if d.Title != "" && (len(w.paras) == 0 || !sameText(w.paras[0].text, d.Title)) {
		b.add(d.Title, true)
	}
	for i, p := range w.paras {
		if i < 4 && !p.heading && isByline(p.text, d.Author) {
			continue
		}
		b.add(p.text, p.heading)
	}
	if len(w.paras) == 0 {
		return nil, noTextErr(name, "this web page contains no article text")
	}
	if b.full {
		return nil, tooMuchTextErr(name, "web page")
	}
	doc := b.document("html")
	doc.Title, doc.Author, doc.Date, doc.Outlet = d.Title, d.Author, d.Date, d.Outlet
	if replaced > 0 {
		doc.Warnings = append(doc.Warnings, replacedWarning(replaced))
	}
	return doc, nil
}

// decodeHTML finds the page's character set from its byte-order mark or
// <meta charset>, defaulting to UTF-8 and then Windows-1252, and returns the
// page in UTF-8. A page that declares no character set and is UTF-8 with a
// few damaged bytes stays UTF-8, with those bytes replaced and counted.
func decodeHTML(data []byte) (page []byte, replaced int) {
	if utf8.Valid(data) && !bytes.HasPrefix(data, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF}), 0
	}
	enc, _, certain := charset.DetermineEncoding(data, "text/html")
	if !certain {
		if bad, ok := mostlyUTF8(data); ok {
			return bytes.ToValidUTF8(data, []byte("\uFFFD")), bad
		}
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		text, bad, _ := decodeText(data)
		return []byte(text), bad
	}
	return out, 0
}

func runReadability(root *html.Node) (a readability.Article) {
	defer func() {
		if recover() != nil {
			a = readability.Article{}
		}
	}()
	p := readability.NewParser()
	p.MaxElemsToParse = maxHTMLElements
	p.CharThresholds = 200
	a, err := p.ParseDocument(root, nil)
	if err != nil {
		return readability.Article{}
	}
	return a
}

type htmlMeta struct {
	title, docTitle, author, date, site string
}

// pageMeta reads the bibliographic details of a page.
func pageMeta(root *html.Node) htmlMeta {
	var m htmlMeta
	props := map[string]string{}
	var timeDate, itemAuthor string
	var ld []string
	walkNodes(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Meta:
			key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
			if v := attr(n, "content"); key != "" && v != "" && props[key] == "" {
				props[key] = v
			}
		case atom.Title:
			if m.docTitle == "" && !inside(n, atom.Svg) {
				m.docTitle = nodeText(n)
			}
		case atom.Time:
			if timeDate == "" {
				timeDate = firstNonEmpty(attr(n, "datetime"), nodeText(n))
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
				ld = append(ld, nodeText(n))
			}
			return false
		default:
			if itemAuthor == "" && (attr(n, "itemprop") == "author" || attr(n, "rel") == "author") {
				itemAuthor = nodeText(n)
			}
		}
		return true
	})
	jl := jsonLD(ld)
	m.title = firstNonEmpty(props["og:title"], props["twitter:title"], props["dc.title"], jl.title)
	m.author = firstNonEmpty(props["author"], nonURL(props["article:author"]), props["byl"], props["sailthru.author"],
		props["parsely-author"], props["dc.creator"], jl.author, itemAuthor)
	m.author = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(m.author, "By "), "by "))
	m.date = firstNonEmpty(props["article:published_time"], props["datepublished"], props["date"], props["pubdate"],
		props["publishdate"], props["dc.date"], props["dc.date.issued"], props["dcterms.date"], props["sailthru.date"],
		props["parsely-pub-date"], jl.date, timeDate)
	m.site = firstNonEmpty(props["og:site_name"], props["application-name"], jl.site)
	return m
}

type ldMeta struct{ title, author, date, site string }

// jsonLD reads schema.org article metadata.
func jsonLD(scripts []string) ldMeta {
	var m ldMeta
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, x := range v {
				visit(x, depth+1)
			}
		case map[string]any:
			if g, ok := v["@graph"]; ok {
				visit(g, depth+1)
			}
			t, _ := v["@type"].(string)
			if !strings.HasSuffix(t, "Article") && t != "Report" && t != "WebPage" {
				return
			}
			if s, ok := v["headline"].(string); ok && m.title == "" {
				m.title = s
			}
			if s, ok := v["datePublished"].(string); ok && m.date == "" {
				m.date = s
			}
			if m.author == "" {
				m.author = ldName(v["author"])
			}
			if m.site == "" {
				m.site = ldName(v["publisher"])
			}
		}
	}
	for _, s := range scripts {
		var v any
		if json.Unmarshal([]byte(s), &v) == nil {
			visit(v, 0)
		}
	}
	return m
}

func ldName(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case map[string]any:
		s, _ := v["name"].(string)
		return s
	case []any:
		var names []string
		for _, x := range v {
			if s := ldName(x); s != "" {
				names = append(names, s)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

func nonURL(s string) string {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return ""
	}
	return s
}

// stripSiteName shortens "Headline | Outlet" to "Headline".
func stripSiteName(title, site string) string {
	title = collapseSpace(title)
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		if i := strings.LastIndex(title, sep); i > 0 {
			tail := title[i+len(sep):]
			if site != "" && strings.EqualFold(tail, site) || site == "" && len(strings.Fields(tail)) <= 4 && len(tail) < len(title)/2 {
				return title[:i]
			}
		}
	}
	return title
}

// Boilerplate: elements never part of an article, ARIA roles of page
// furniture, and class or id words of banners, share buttons and the like.
var (
	dropTags = map[atom.Atom]bool{
		atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
		atom.Math: true, atom.Canvas: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
		atom.Form: true, atom.Button: true, atom.Input: true, atom.Select: true, atom.Textarea: true,
		atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Dialog: true, atom.Menu: true,
		atom.Figure: true, atom.Figcaption: true, atom.Picture: true, atom.Video: true, atom.Audio: true,
		atom.Head: true, atom.Link: true, atom.Meta: true,
	}
	dropRoles = map[string]bool{
		"navigation": true, "banner": true, "contentinfo": true, "complementary": true, "search": true,
		"dialog": true, "alertdialog": true, "menu": true, "menubar": true, "toolbar": true,
	}
	dropWords = []string{
		"cookie", "consent", "gdpr", "newsletter", "subscribe", "subscription", "signup", "share", "sharing",
		"social", "related", "recommended", "promo", "advert", "advertisement", "ad", "ads", "sponsor",
		"sponsored", "breadcrumb", "breadcrumbs", "byline", "comments", "comment", "paywall", "popup",
		"modal", "skip", "sr", "visually", "tags", "toolbar", "menu", "navbar", "masthead",
		"footer", "sidebar", "widget", "outbrain", "taboola", "author", "bio", "caption",
	}
)

// removeBoilerplate deletes page furniture from the tree. An element is only
// dropped for its class or id when it does not hold most of the page's
// paragraph text, so that a class such as "article share-enabled" on the
// article itself does not lose it.
func removeBoilerplate(root *html.Node) {
	words := map[string]bool{}
	for _, w := range dropWords {
		words[w] = true
	}
	ptext := map[*html.Node]int{}
	var count func(n *html.Node) int
	count = func(n *html.Node) int {
		total := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			total += count(c)
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.P {
			total += len(nodeText(n))
		}
		ptext[n] = total
		return total
	}
	all := count(root)

	var drop []*html.Node
	var visit func(n *html.Node, inArticle bool)
	visit = func(n *html.Node, inArticle bool) {
		if n.Type == html.CommentNode {
			drop = append(drop, n)
			return
		}
		if n.Type == html.ElementNode {
			switch {
			case n.DataAtom == atom.Html || n.DataAtom == atom.Body:
			case dropTags[n.DataAtom] && !(n.DataAtom == atom.Footer && ptext[n]*2 > all && all > 0):
				drop = append(drop, n)
				return
			case n.DataAtom == atom.Header && !inArticle:
				drop = append(drop, n)
				return
			case attr(n, "hidden") != "" || hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" ||
				strings.Contains(strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", ""), "display:none"):
				drop = append(drop, n)
				return
			case dropRoles[strings.ToLower(attr(n, "role"))]:
				drop = append(drop, n)
				return
			case n.DataAtom != atom.Article && n.DataAtom != atom.Main && hasWord(n, words) && (all == 0 || ptext[n]*10 < all*4):
				drop = append(drop, n)
				return
			}
			if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
				inArticle = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, inArticle)
		}
	}
	visit(root, false)
	for _, n := range drop {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// hasWord says whether the element's class or id contains one of the words
// (split on anything that is not a letter or digit).
func hasWord(n *html.Node, words map[string]bool) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(a.Val), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
		}) {
			if words[w] {
				return true
			}
		}
	}
	return false
}

// articleNode is the page's marked-up article, when it has one: the
// <article> (or articleBody, or <main>) with the most paragraph text,
// provided it holds most of the page's text.
func articleNode(root *html.Node) *html.Node {
	body := findFirst(root, atom.Body)
	if body == nil {
		return nil
	}
	all := textLen(body)
	var best *html.Node
	bestLen := 0
	for _, want := range []func(*html.Node) bool{
		func(n *html.Node) bool { return attr(n, "itemprop") == "articleBody" },
		func(n *html.Node) bool { return n.DataAtom == atom.Article },
		func(n *html.Node) bool { return n.DataAtom == atom.Main || attr(n, "role") == "main" },
	} {
		walkNodes(body, func(n *html.Node) bool {
			if n.Type == html.ElementNode && want(n) {
				if l := textLen(n); l > bestLen {
					best, bestLen = n, l
				}
			}
			return true
		})
		if best != nil && bestLen >= 200 && bestLen*2 >= all {
			return best
		}
		best, bestLen = nil, 0
	}
	return nil
}

type htmlPara struct {
	text    string
	heading bool
}

// htmlWalker turns the article's elements into paragraphs: h1-h6 are
// headings; p, li, blockquote, table rows and other blocks are paragraphs;
// <br> starts a new paragraph.
type htmlWalker struct {
	cur     strings.Builder
	heading bool
	paras   []htmlPara
	h1      string
	depth   int
}

func (w *htmlWalker) flush() {
	s := collapseSpace(w.cur.String())
	w.cur.Reset()
	if s == "" {
		return
	}
	w.paras = append(w.paras, htmlPara{text: s, heading: w.heading})
}

func (w *htmlWalker) walk(n *html.Node) {
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > 512 {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.DocumentNode:
		w.children(n)
		return
	case html.ElementNode:
	default:
		return
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Head, atom.Img, atom.Button:
		return
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		w.flush()
		outer := w.heading
		w.heading = true
		w.children(n)
		if n.DataAtom == atom.H1 && w.h1 == "" {
			w.h1 = collapseSpace(w.cur.String())
		}
		w.flush()
		w.heading = outer
	case atom.Br, atom.Hr:
		if w.heading {
			w.cur.WriteByte(' ')
		} else {
			w.flush()
		}
	case atom.Td, atom.Th:
		w.cur.WriteByte(' ')
		w.children(n)
		w.cur.WriteByte(' ')
	case atom.P, atom.Div, atom.Li, atom.Blockquote, atom.Section, atom.Article, atom.Main, atom.Ul, atom.Ol,
		atom.Dl, atom.Dt, atom.Dd, atom.Pre, atom.Table, atom.Tr, atom.Thead, atom.Tbody, atom.Tfoot,
		atom.Address, atom.Center, atom.Details, atom.Summary, atom.Header, atom.Body, atom.Html, atom.Caption:
		w.flush()
		w.children(n)
		w.flush()
	default:
		w.children(n)
	}
}

func (w *htmlWalker) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

// isByline says whether a paragraph is only the article's byline, such as
// "By Jane Doe" or "By Jane Doe, 5 March 2024".
func isByline(s, author string) bool {
	if len(s) > 120 || author == "" {
		return false
	}
	l := strings.ToLower(s)
	if strings.HasPrefix(l, "by ") && strings.Contains(l, strings.ToLower(author)) {
		return len(strings.Fields(s)) <= 12
	}
	return author != "" && strings.EqualFold(s, author)
}

func sameText(a, b string) bool {
	return strings.EqualFold(collapseSpace(a), collapseSpace(b))
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func inside(n *html.Node, a atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == a {
			return true
		}
	}
	return false
}

// walkNodes visits the tree depth first (iteratively, so that deeply nested
// pages cannot exhaust the stack); fn returns false to skip the children.
func walkNodes(root *html.Node, fn func(*html.Node) bool) {
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !fn(n) {
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
}

func findFirst(root *html.Node, a atom.Atom) *html.Node {
	var found *html.Node
	walkNodes(root, func(n *html.Node) bool {
		if found != nil {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == a {
			found = n
			return false
		}
		return true
	})
	return found
}

// nodeText is all the text under a node.
func nodeText(n *html.Node) string {
	var sb strings.Builder
	walkNodes(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			sb.WriteString(c.Data)
			sb.WriteByte(' ')
		}
		return true
	})
	return collapseSpace(sb.String())
}

func textLen(n *html.Node) int {
	total := 0
	walkNodes(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			total += len(strings.TrimSpace(c.Data))
		}
		return true
	})
	return total
}
