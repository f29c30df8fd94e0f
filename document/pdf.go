package document

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// Limits on the page tree, against damaged or hostile files whose page tree
// loops.
const (
	maxPDFPages     = 5000
	maxPDFTreeNodes = 20000
	maxPDFTreeDepth = 64
)

// parsePDF reads the text layer of a PDF. Lines are rebuilt from the
// positions of the characters, paragraphs from the gaps between lines, and
// lines in a larger font than the body text are marked as headings. The
// title, author and date come from the document information dictionary.
func parsePDF(name string, data []byte) (doc *Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fileErr(name, ErrDamaged, fmt.Errorf("%v", r), "this PDF is damaged and its text cannot be read")
		}
	}()
	data = repairPDFHeader(data)
	if xrefChainLoops(data) {
		return nil, fileErr(name, ErrDamaged, nil, "this PDF is damaged: its cross-reference sections point to each other in a loop")
	}
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if errors.Is(err, pdf.ErrInvalidPassword) || strings.Contains(err.Error(), "encrypt") {
			return nil, fileErr(name, ErrUnsupported, err, "this PDF is protected (encrypted), so its text cannot be read; open it in a PDF reader and copy the text, or save an unprotected copy")
		}
		return nil, fileErr(name, ErrDamaged, err, "this PDF is damaged and cannot be read")
	}

	if err := checkObjectStreams(r, data); err != nil {
		return nil, fileErr(name, ErrDamaged, err, "this PDF is damaged and cannot be read")
	}

	var lines []pdfLine
	budget := contentBudget{left: maxPDFContent}
	textLen := 0
	for i, page := range pdfPages(r) {
		if !parentsEnd(page) {
			return nil, fileErr(name, ErrDamaged, nil, "this PDF is damaged: its page tree loops (the parents of page %d lead back to it)", i+1)
		}
		if err := checkPage(&budget, page); errors.Is(err, errPDFContent) {
			return nil, pdfContentErr(name, i+1)
		} else if err != nil {
			continue // a page that cannot be read is skipped, the others kept
		}
		for _, l := range pageLines(page) {
			// Stop at the text limit rather than read the rest to refuse it.
			if textLen += len(l.text); textLen > maxText {
				return nil, tooMuchTextErr(name, "PDF")
			}
			lines = append(lines, l)
		}
		if len(lines) > 0 {
			lines[len(lines)-1].pageEnd = true
		}
	}
	paras := pdfParagraphs(lines)

	var b builder
	for _, p := range paras {
		b.add(p.text, p.heading)
	}
	if b.full {
		return nil, tooMuchTextErr(name, "PDF")
	}
	if b.empty() {
		return nil, noTextErr(name, "this PDF has no text layer (it is probably a scan); "+
			"run it through text recognition (OCR) first, or copy the text from the original source and paste it in")
	}
	d := b.document("pdf")
	info := r.Trailer().Key("Info")
	d.Title = firstNonEmpty(pdfString(info.Key("Title")))
	d.Author = firstNonEmpty(pdfString(info.Key("Author")))
	d.Date = pdfDate(pdfString(info.Key("CreationDate")))
	if d.Title == "" && len(d.Paragraphs) > 0 && d.Paragraphs[0].Heading {
		p := d.Paragraphs[0]
		d.Title = d.Text[p.Start:p.End]
	}
	return d, nil
}

// repairPDFHeader makes small, common deviations acceptable to the PDF
// reader: a header after some junk bytes, a PDF 2.0 header, and junk after
// the final %%EOF.
func repairPDFHeader(data []byte) []byte {
	if i := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-")); i > 0 {
		data = data[i:]
	}
	if i := bytes.LastIndex(data, []byte("%%EOF")); i >= 0 && len(data)-i > 64 {
		data = data[:i+5]
	}
	if len(data) < 9 {
		return data
	}
	v := data[5:9]
	ok := v[0] == '1' && v[1] == '.' && v[2] >= '0' && v[2] <= '7' && (v[3] == '\n' || v[3] == '\r')
	if !ok {
		data = bytes.Clone(data)
		copy(data[5:8], "1.7")
		if data[8] != '\n' && data[8] != '\r' {
			data[8] = '\n'
		}
	}
	return data
}

func pdfString(v pdf.Value) string {
	if v.Kind() != pdf.String {
		return ""
	}
	return cleanText(v.Text())
}

// pdfDate turns "D:20240305093000Z" into "2024-03-05".
func pdfDate(s string) string {
	s = strings.TrimPrefix(strings.TrimSpace(s), "D:")
	if len(s) >= 8 && isDigits(s[:8]) {
		return s[0:4] + "-" + s[4:6] + "-" + s[6:8]
	}
	return ""
}

// pdfPages lists the pages by walking the page tree with limits, since the
// reader's own Page lookup loops forever on a cyclic tree.
func pdfPages(r *pdf.Reader) []pdf.Page {
	var pages []pdf.Page
	visited := 0
	var walk func(v pdf.Value, depth int)
	walk = func(v pdf.Value, depth int) {
		if depth > maxPDFTreeDepth || visited > maxPDFTreeNodes || len(pages) >= maxPDFPages {
			return
		}
		visited++
		switch v.Key("Type").Name() {
		case "Pages":
			kids := v.Key("Kids")
			for i := 0; i < kids.Len(); i++ {
				walk(kids.Index(i), depth+1)
			}
		case "Page":
			pages = append(pages, pdf.Page{V: v})
		default:
			if v.Key("Kids").Kind() == pdf.Array {
				kids := v.Key("Kids")
				for i := 0; i < kids.Len(); i++ {
					walk(kids.Index(i), depth+1)
				}
			} else if v.Key("Contents").Kind() != pdf.Null {
				pages = append(pages, pdf.Page{V: v})
			}
		}
	}
	walk(r.Trailer().Key("Root").Key("Pages"), 0)
	return pages
}

// checkPage is budget.check(page), with the reader's panics on a damaged
// page turned into an error.
func checkPage(budget *contentBudget, page pdf.Page) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return budget.check(page)
}

type pdfLine struct {
	text    string
	y, size float64
	x, endX float64
	bold    bool
	pageEnd bool
}

// pageLines rebuilds the lines of one page from its characters, in the
// order the page draws them.
func pageLines(page pdf.Page) (lines []pdfLine) {
	defer func() {
		// A page that cannot be read is skipped, the others kept.
		if recover() != nil {
			lines = nil
		}
	}()
	chars := page.Content().Text
	var cur *pdfLine
	var sb strings.Builder
	var sizes []float64
	boldChars := 0
	flush := func() {
		if cur == nil {
			return
		}
		cur.text = collapseSpace(sb.String())
		if cur.text != "" && !isPageNumber(cur.text) {
			sort.Float64s(sizes)
			cur.size = sizes[len(sizes)/2]
			cur.bold = boldChars*2 > len(sizes)
			lines = append(lines, *cur)
		}
		cur, sizes, boldChars = nil, sizes[:0], 0
		sb.Reset()
	}
	for _, c := range chars {
		if c.S == "" || c.S == "\n" || math.IsNaN(c.X) || math.IsNaN(c.Y) || math.IsInf(c.X, 0) || math.IsInf(c.Y, 0) {
			continue
		}
		size := math.Abs(c.FontSize)
		if size < 1 || size > 1000 || math.IsNaN(size) {
			size = 10
		}
		if cur != nil {
			sameLine := math.Abs(c.Y-cur.y) < size*0.5
			switch {
			case !sameLine || c.X < cur.x-size:
				flush()
			case c.X-cur.endX > size*0.15 && !strings.HasSuffix(sb.String(), " "):
				sb.WriteByte(' ')
			}
		}
		if cur == nil {
			cur = &pdfLine{y: c.Y, x: c.X}
		}
		sb.WriteString(c.S)
		cur.endX = c.X + c.W
		sizes = append(sizes, size)
		if strings.Contains(strings.ToLower(c.Font), "bold") {
			boldChars++
		}
	}
	flush()
	return lines
}

func isPageNumber(s string) bool {
	l := strings.ToLower(s)
	l = strings.TrimPrefix(l, "page ")
	if i := strings.Index(l, " of "); i > 0 {
		l = l[:i]
	}
	return isDigits(strings.Trim(l, "-– "))
}

type pdfPara struct {
	text    string
	heading bool
}

// pdfParagraphs groups lines into paragraphs: a new paragraph starts after a
// gap larger than the usual line spacing, a change of font size, or a short
// line ending a sentence; lines in a larger font than the body (or short
// bold lines) are headings.
func pdfParagraphs(lines []pdfLine) []pdfPara {
	if len(lines) == 0 {
		return nil
	}
	body := bodySize(lines)
	// Usual spacing between lines of body text on the same page, and
	// the usual right edge.
	var gaps, ends []float64
	for i, l := range lines {
		if math.Abs(l.size-body) < 0.5 {
			ends = append(ends, l.endX)
			if i > 0 && !lines[i-1].pageEnd && math.Abs(lines[i-1].size-body) < 0.5 {
				if g := lines[i-1].y - l.y; g > 0 {
					gaps = append(gaps, g)
				}
			}
		}
	}
	spacing := median(gaps, body*1.2)
	right := median(ends, 0)
	if len(ends) > 0 {
		sort.Float64s(ends)
		right = ends[len(ends)*9/10]
	}

	isHeading := func(l pdfLine) bool {
		if l.size >= body*1.15 && utf8.RuneCountInString(l.text) < 200 {
			return true
		}
		return l.bold && utf8.RuneCountInString(l.text) < 100 && !endsSentence(l.text)
	}
	var out []pdfPara
	var sb strings.Builder
	heading := false
	flush := func() {
		if sb.Len() > 0 {
			out = append(out, pdfPara{text: sb.String(), heading: heading})
		}
		sb.Reset()
	}
	for i, l := range lines {
		h := isHeading(l)
		if i > 0 {
			prev := lines[i-1]
			gap := prev.y - l.y
			newPara := h != heading || math.Abs(l.size-prev.size) > 0.5 ||
				(!prev.pageEnd && (gap > spacing*1.4 || gap < 0)) ||
				(endsSentence(prev.text) && prev.endX < right-body*3) ||
				(prev.pageEnd && endsSentence(prev.text)) ||
				isListItem(l.text)
			if newPara {
				flush()
			} else {
				// Join the lines, undoing hyphenation of a word split between them.
				s := sb.String()
				r, _ := utf8.DecodeRuneInString(l.text)
				if strings.HasSuffix(s, "-") && len(s) > 1 && unicode.IsLower(r) {
					sb.Reset()
					sb.WriteString(s[:len(s)-1])
				} else {
					sb.WriteByte(' ')
				}
			}
		}
		heading = h
		sb.WriteString(l.text)
	}
	flush()
	return out
}

// bodySize is the font size of most of the text.
func bodySize(lines []pdfLine) float64 {
	count := map[float64]int{}
	for _, l := range lines {
		count[math.Round(l.size*2)/2] += len(l.text)
	}
	best, n := 10.0, -1
	for s, c := range count {
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	return best
}

func median(v []float64, def float64) float64 {
	if len(v) == 0 {
		return def
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)/2]
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, ":")
}
