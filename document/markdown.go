package document

import (
	"strings"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/yuin/goldmark/extension"
	gtext "github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

var markdown = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))

// parseMarkdown reads Markdown (CommonMark with GitHub tables): headings
// become heading paragraphs, emphasis and link syntax is dropped, each list
// item, block quote paragraph and table row is one paragraph. YAML front
// matter gives the title, author, date and outlet; otherwise the first
// level-1 heading is the title, and a byline and date line under it give
// the rest.
func parseMarkdown(text string) *Document {
	text = cleanText(text)
	meta, body := frontMatter(text)
	src := []byte(tameMarkdown(body))
	root := markdown.Parser().Parse(gtext.NewReader(src))

	var b builder
	var h1 string
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			s := collapseSpace(inlineText(n, src))
			if n.Level == 1 && h1 == "" {
				h1 = s
			}
			b.add(s, true)
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph, *ast.TextBlock:
			b.add(inlineText(n, src), false)
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			b.add(linesText(n, src), false)
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock:
			b.add(stripTags(linesText(n, src)), false)
			return ast.WalkSkipChildren, nil
		case *east.TableHeader, *east.TableRow:
			var cells []string
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				if s := collapseSpace(inlineText(c, src)); s != "" {
					cells = append(cells, s)
				}
			}
			b.add(strings.Join(cells, " | "), false)
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})

	d := b.document("markdown")
	d.Title = firstNonEmpty(meta["title"], h1)
	d.Author = firstNonEmpty(meta["author"], meta["authors"], meta["byline"])
	d.Date = normaliseDate(firstNonEmpty(meta["date"], meta["published"], meta["publishdate"], meta["published_time"]))
	d.Outlet = firstNonEmpty(meta["outlet"], meta["source"], meta["publisher"], meta["site"], meta["site_name"], meta["publication"])
	// Without front matter, the byline and date lines under the heading
	// say the same, as in a text file.
	textHeadMeta(d.Text, len(d.Paragraphs) > 0 && d.Paragraphs[0].Heading).fill(d)
	return d
}

// Limits that keep the Markdown parser linear: it takes quadratic time on
// deeply nested block quotes and lists and on very long paragraphs full of
// unclosed links, and no article needs more than these.
const (
	maxMarkdownPrefix = 32    // block markers (">", "-", spaces, ...) at the start of a line
	maxMarkdownLine   = 65536 // bytes in a line before it is split into paragraphs
	maxMarkdownBlock  = 1000  // lines in a block before a blank line is forced
)

// tameMarkdown applies those limits.
func tameMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	run := 0
	for line := range strings.Lines(s) {
		if strings.TrimSpace(line) == "" {
			run = 0
		} else if run++; run > maxMarkdownBlock {
			b.WriteByte('\n')
			run = 1
		}
		n := 0
		for n < len(line) && strings.IndexByte("> \t-*+.)0123456789", line[n]) >= 0 {
			n++
		}
		if n > maxMarkdownPrefix {
			line = line[:maxMarkdownPrefix] + line[n:]
		}
		limit := maxMarkdownLine
		if len(line) > 2048 && strings.Count(line, "[")+strings.Count(line, "<")+strings.Count(line, "`") > len(line)/64 {
			limit = 2048 // dense markup: keep each parse small
		}
		for len(line) > limit {
			cut := strings.LastIndexByte(line[:limit], ' ')
			if cut < limit/2 {
				cut = limit
				for cut > 0 && !utf8.RuneStart(line[cut]) {
					cut--
				}
				if cut == 0 {
					cut = limit
				}
			}
			b.WriteString(line[:cut])
			b.WriteString("\n\n")
			line = line[cut:]
		}
		b.WriteString(line)
	}
	return b.String()
}

// inlineText is the plain text of a node's inline content.
func inlineText(n ast.Node, src []byte) string {
	var sb strings.Builder
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				sb.Write(unescapeMarkdown(c.Segment.Value(src)))
				if c.SoftLineBreak() || c.HardLineBreak() {
					sb.WriteByte(' ')
				}
			case *ast.String:
				sb.Write(unescapeMarkdown(c.Value))
			case *ast.CodeSpan:
				for cc := c.FirstChild(); cc != nil; cc = cc.NextSibling() {
					switch t := cc.(type) {
					case *ast.Text:
						sb.Write(t.Segment.Value(src))
					case *ast.String:
						sb.Write(t.Value)
					}
				}
			case *ast.AutoLink:
				sb.Write(c.Label(src))
			case *ast.Image, *ast.RawHTML:
				// Pictures and inline HTML tags carry no article text.
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return sb.String()
}

func unescapeMarkdown(b []byte) []byte {
	b = util.UnescapePunctuations(b)
	b = util.ResolveNumericReferences(b)
	return util.ResolveEntityNames(b)
}

func linesText(n ast.Node, src []byte) string {
	var sb strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		sb.Write(seg.Value(src))
	}
	return sb.String()
}

// stripTags is the text of an HTML fragment, without comments, scripts and
// styles.
func stripTags(s string) string {
	z := xhtml.NewTokenizer(strings.NewReader(s))
	var sb strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return sb.String()
		case xhtml.TextToken:
			if skip == 0 {
				sb.Write(z.Text())
				sb.WriteByte(' ')
			}
		case xhtml.StartTagToken:
			name, _ := z.TagName()
			if n := string(name); n == "script" || n == "style" {
				skip++
			}
		case xhtml.EndTagToken:
			name, _ := z.TagName()
			if n := string(name); (n == "script" || n == "style") && skip > 0 {
				skip--
			}
		}
	}
}

// frontMatter splits YAML front matter ("---" lines around "key: value"
// lines) from the Markdown body. Only simple scalar values are read; a list
// value (as for authors) gives its items joined with commas.
func frontMatter(text string) (map[string]string, string) {
	meta := map[string]string{}
	if !strings.HasPrefix(text, "---\n") && !strings.HasPrefix(text, "+++\n") {
		return meta, text
	}
	fence := text[:3]
	rest := text[4:]
	end := -1
	off := 0
	for _, line := range strings.SplitAfter(rest, "\n") {
		t := strings.TrimRight(line, " \t\n")
		if t == fence || (fence == "---" && t == "...") {
			end = off
			off += len(line)
			break
		}
		off += len(line)
	}
	if end < 0 {
		return meta, text
	}
	var lastKey string
	for _, line := range strings.Split(rest[:end], "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		if strings.HasPrefix(trimmed, "- ") && lastKey != "" && line != trimmed {
			v := unquote(strings.TrimSpace(trimmed[2:]))
			if meta[lastKey] == "" {
				meta[lastKey] = v
			} else {
				meta[lastKey] += ", " + v
			}
			continue
		}
		sep := ":"
		if fence == "+++" {
			sep = "="
		}
		k, v, ok := strings.Cut(trimmed, sep)
		if !ok || line != strings.TrimLeft(line, " \t") {
			continue
		}
		lastKey = strings.ToLower(strings.TrimSpace(k))
		v = strings.TrimSpace(v)
		if strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]") {
			var items []string
			for _, it := range strings.Split(v[1:len(v)-1], ",") {
				if it = unquote(strings.TrimSpace(it)); it != "" {
					items = append(items, it)
				}
			}
			v = strings.Join(items, ", ")
		}
		meta[lastKey] = collapseSpace(unquote(v))
	}
	return meta, rest[off:]
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		return s[1 : len(s)-1]
	}
	return s
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = collapseSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// normaliseDate shortens a timestamp to its date (2024-03-05) when it starts
// with one, and otherwise returns it as found.
func normaliseDate(s string) string {
	s = collapseSpace(s)
	if len(s) >= 10 && isDigits(s[0:4]) && s[4] == '-' && isDigits(s[5:7]) && s[7] == '-' && isDigits(s[8:10]) {
		return s[:10]
	}
	return s
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
