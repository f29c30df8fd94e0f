package report

import (
	"strings"
	"unicode/utf8"
)

// This file is the brief's small typesetter: it measures and wraps text,
// flows blocks down the page, breaks pages and draws tables, all through the
// canvas interface. It knows nothing of gofpdf (see pdf_gofpdf.go), so the
// layout can be run without output to count pages, and recorded in tests.

// rgb is a colour.
type rgb struct{ r, g, b uint8 }

// style is how a run of text looks. bg, when set, fills the run's box.
type style struct {
	face  face
	size  float64
	color rgb
	bg    rgb
	hasBG bool
}

// pageTotal stands in text for the number of pages, which the canvas fills
// in once the document is complete. It is made of soft hyphens, which the
// cleaner removes from all other text, so it cannot occur by accident.
const pageTotal = "\u00adnb\u00ad"

// canvas receives the drawing. Coordinates are points from the top left of
// the page; text is placed by its baseline.
type canvas interface {
	beginPage(w, h float64)
	text(x, y float64, st style, s string)
	rotatedText(x, y, deg float64, st style, s string)
	fillRect(x, y, w, h float64, c rgb)
	line(x1, y1, x2, y2, width float64, c rgb)
	bookmark(title string, level int, y float64)
	// The logical structure (pdf_tags.go): elements with standard roles
	// around what is drawn, and artifacts for page furniture.
	beginTag(role string) int
	altText(s string)
	resumeTag(id int)
	endTag()
	artifact(on bool)
}

// settler is a canvas that can be told that a face will draw no more
// (pdfWriter.settle).
type settler interface{ settle(face) }

// span is a run of text in one style.
type span struct {
	st style
	s  string
}

// frag is a piece of a wrapped line: text in one style at an x offset.
type frag struct {
	st style
	x  float64
	w  float64
	s  string
}

// textLine is one wrapped line.
type textLine struct {
	frags []frag
	width float64
}

// typesetter measures text with the embedded fonts and cleans it for them.
type typesetter struct {
	m  [numFaces]*metrics
	cl *cleaner
	// spare buffers for lines that are drawn at once (see paragraph)
	spareLines []textLine
	spareFrags []frag
}

func (t *typesetter) width(st style, s string) float64 { return t.m[st.face].width(s, st.size) }

// wrap breaks spans into lines no wider than width. Text is cleaned on the
// way. Lines break at spaces and newlines; a word wider than the line is
// cut between characters. Fragments are substrings of the cleaned text, so
// wrapping allocates little.
func (t *typesetter) wrap(spans []span, width float64) []textLine {
	lines, _ := t.wrapInto(nil, nil, spans, width)
	return lines
}

// wrapInto is wrap appending to lines, with the lines' fragments appended
// to buf; it returns the lines and buf as grown.
func (t *typesetter) wrapInto(lines []textLine, buf []frag, spans []span, width float64) ([]textLine, []frag) {
	var cur textLine
	// The lines' fragments share one array: cur.frags is buf[ls:].
	if buf == nil {
		buf = make([]frag, 0, 2*len(spans)+4)
	}
	ls := len(buf)
	x := 0.0       // end of the text placed on the current line
	pend := 0.0    // width of the spaces owed before the next word
	lastSpan := -1 // span of the last fragment on the line
	flush := func() {
		cur.frags = buf[ls:len(buf):len(buf)]
		lines = append(lines, cur)
		ls = len(buf)
		cur = textLine{}
		x, pend, lastSpan = 0, 0, -1
	}
	for si, sp := range spans {
		src := t.cl.clean(sp.s, sp.st.face)
		spaceW := t.width(sp.st, " ")
		start := -1 // start in src of the last fragment, when it is from this span
		place := func(from, to int, w float64) {
			if lastSpan == si && start >= 0 {
				fr := &cur.frags[len(cur.frags)-1]
				fr.s = src[start:to]
				fr.w += pend + w
			} else {
				x += pend
				start = from
				buf = append(buf, frag{st: sp.st, x: x, w: w, s: src[from:to]})
				cur.frags = buf[ls:]
				x -= pend
				lastSpan = si
			}
			x += pend + w
			pend = 0
			cur.width = x
		}
		for pos := 0; pos < len(src); {
			switch src[pos] {
			case '\n':
				flush()
				start = -1
				pos++
				continue
			case ' ':
				k := pos
				for k < len(src) && src[k] == ' ' {
					k++
				}
				if len(cur.frags) > 0 {
					pend += float64(k-pos) * spaceW
				}
				pos = k
				continue
			}
			end, w := t.m[sp.st.face].word(src, pos, sp.st.size)
			if x+pend+w <= width+0.01 {
				place(pos, end, w)
				pos = end
				continue
			}
			if len(cur.frags) > 0 {
				flush()
				start = -1
			}
			// a word longer than a whole line is cut between characters
			for w > width+0.01 {
				cut := t.fit(sp.st, src[pos:end], width)
				if cut == 0 {
					_, cut = utf8.DecodeRuneInString(src[pos:end])
				}
				place(pos, pos+cut, t.width(sp.st, src[pos:pos+cut]))
				flush()
				start = -1
				pos += cut
				w = t.width(sp.st, src[pos:end])
			}
			if pos < end {
				place(pos, end, w)
			}
			pos = end
		}
	}
	if len(cur.frags) > 0 || len(lines) == 0 {
		if len(cur.frags) > 0 {
			cur.frags = buf[ls:len(buf):len(buf)]
		}
		lines = append(lines, cur)
	}
	return lines, buf
}

// fit returns the length in bytes of the longest prefix of s that fits in w.
func (t *typesetter) fit(st style, s string, w float64) int {
	adv := t.m[st.face].adv
	total := 0.0
	for i, r := range s {
		a := 0.0
		if r < 0x10000 && adv[r] != zeroWidth {
			a = float64(adv[r]) * st.size / 1000
		}
		if total+a > w {
			return i
		}
		total += a
	}
	return len(s)
}

// truncate shortens s with an ellipsis to fit in w.
func (t *typesetter) truncate(st style, s string, w float64) string {
	s = t.cl.clean(s, st.face)
	if t.width(st, s) <= w {
		return s
	}
	n := t.fit(st, s, w-t.width(st, "…"))
	return strings.TrimRight(s[:n], " ") + "…"
}

// pageSpec is the geometry of the pages.
type pageSpec struct {
	w, h                     float64
	left, right, top, bottom float64 // margins of the body
}

func (ps pageSpec) bodyWidth() float64 { return ps.w - ps.left - ps.right }

// flow places blocks down the pages.
type flow struct {
	*typesetter
	c      canvas
	ps     pageSpec
	y      float64 // top of the free space on the current page
	page   int     // current page, 1-based; 0 before the first
	onPage func(n int)
}

func (f *flow) bottom() float64 { return f.ps.h - f.ps.bottom }

// newPage starts a page and draws its furniture.
func (f *flow) newPage() {
	f.page++
	f.c.beginPage(f.ps.w, f.ps.h)
	f.y = f.ps.top
	if f.onPage != nil {
		f.c.artifact(true)
		f.onPage(f.page)
		f.c.artifact(false)
	}
}

// room says how much space is left on the page.
func (f *flow) room() float64 { return f.bottom() - f.y }

// need starts a new page unless h points fit; at the top of a page it
// never breaks.
func (f *flow) need(h float64) {
	if f.page == 0 || h > f.room() && f.y > f.ps.top+0.01 {
		f.newPage()
	}
}

// space adds vertical space, unless at the top of a page.
func (f *flow) space(h float64) {
	if f.y > f.ps.top+0.01 {
		f.y = min(f.y+h, f.bottom())
	}
}

// para is a paragraph's layout.
type para struct {
	indent  float64 // left indent from the body's left edge
	width   float64 // 0: to the right margin
	leading float64 // line height
	keep    float64 // keep the first so many points together (0: one line)
	after   float64 // keep the whole paragraph with so many points of what follows, if short
	bar     *rgb    // draw a bar left of the lines (quotes, summary)
	gutter  []span  // drawn at the first line, right-aligned left of indent
	role    string  // its structure element: P (default), H1, H2, LI, BlockQuote
}

// paragraph wraps and draws spans as a paragraph, breaking pages between
// lines.
func (f *flow) paragraph(spans []span, p para) {
	w := p.width
	if w == 0 {
		w = f.ps.bodyWidth() - p.indent
	}
	// The lines are drawn here and dropped: wrap into the spare buffers,
	// taken while in use.
	lines, frags := f.wrapInto(f.spareLines[:0], f.spareFrags[:0], spans, w)
	f.spareLines, f.spareFrags = nil, nil
	defer func() {
		clear(lines)
		clear(frags)
		f.spareLines, f.spareFrags = lines[:0], frags[:0]
	}()
	keep := max(p.keep, p.leading)
	if h := float64(len(lines))*p.leading + p.after; p.after > 0 && h <= 220 {
		keep = h
	}
	f.need(min(keep, float64(len(lines))*p.leading+p.after))
	role := p.role
	if role == "" {
		role = "P"
	}
	f.c.beginTag(role)
	defer f.c.endTag()
	x := f.ps.left + p.indent
	for i, ln := range lines {
		f.need(p.leading)
		// The gutter (a number, a bullet) first, so that it comes first in
		// reading order too.
		if i == 0 && len(p.gutter) > 0 {
			gw := 0.0
			for _, g := range p.gutter {
				gw += f.width(g.st, f.cl.clean(g.s, g.st.face))
			}
			gx := x - 6 - gw
			for _, g := range p.gutter {
				s := f.cl.clean(g.s, g.st.face)
				f.c.text(gx, f.baseline(f.y, p.leading, g.st), g.st, s)
				gx += f.width(g.st, s)
			}
		}
		f.drawLine(x, f.y, p.leading, ln)
		if n := len(ln.frags); i < len(lines)-1 && n > 0 {
			// The space the line was broken at, drawn past its end where
			// it shows nothing: text read from the PDF (a screen reader,
			// reflow, copy) keeps the words apart.
			last := ln.frags[n-1].st
			last.hasBG = false
			f.c.text(x+ln.width, f.baseline(f.y, p.leading, last), last, " ")
		}
		if p.bar != nil {
			f.c.fillRect(x-8, f.y, 2, p.leading, *p.bar)
		}
		f.y += p.leading
	}
}

// baseline returns the baseline of text in a line box starting at top.
func (f *flow) baseline(top, leading float64, st style) float64 {
	asc := f.m[st.face].ascent * st.size / 1000
	// centre the font's em box in the line, then place by the ascent
	return top + (leading-st.size*1.362)/2 + asc
}

// drawLine draws a wrapped line with its top at y.
func (f *flow) drawLine(x, y, leading float64, ln textLine) {
	for _, fr := range ln.frags {
		s := fr.s
		if fr.st.hasBG {
			pad := fr.st.size * 0.3
			h := fr.st.size * 1.25
			top := y + (leading-h)/2
			f.c.fillRect(x+fr.x-pad, top, f.width(fr.st, s)+2*pad, h, fr.st.bg)
		}
		f.c.text(x+fr.x, f.baseline(y, leading, fr.st), fr.st, s)
	}
}

// cell is one cell of a table row.
type cell struct {
	spans []span
	fill  *rgb
}

// table lays out rows with a header row that repeats on every page.
type table struct {
	widths  []float64
	pad     float64
	leading float64
	header  []cell
	grid    rgb
	headBG  rgb
}

// laidRow is a row wrapped into its columns.
type laidRow struct {
	cells []cell
	lines [][]textLine
	n     int // most lines in a cell
}

func (f *flow) layRow(t *table, cells []cell) laidRow {
	r := laidRow{cells: cells, lines: make([][]textLine, len(cells))}
	for i, c := range cells {
		if len(c.spans) == 0 {
			continue
		}
		r.lines[i] = f.wrap(c.spans, t.widths[i]-2*t.pad)
		r.n = max(r.n, len(r.lines[i]))
	}
	return r
}

// drawRowPart draws lines [from, to) of a row at the current y. cells, if
// not nil, are the row's cell elements, resumed one by one around their
// text so that a row split between pages stays one row of the structure.
func (f *flow) drawRowPart(t *table, r laidRow, from, to int, bg *rgb, cells []int) {
	h := float64(to-from)*t.leading + 2*t.pad
	x := f.ps.left
	for i, w := range t.widths {
		if cells != nil {
			f.c.resumeTag(cells[i])
		}
		fill := bg
		if r.cells[i].fill != nil {
			fill = r.cells[i].fill
		}
		if fill != nil {
			f.c.fillRect(x, f.y, w, h, *fill)
		}
		lines := r.lines[i]
		for k := from; k < to && k < len(lines); k++ {
			f.drawLine(x+t.pad, f.y+t.pad+float64(k-from)*t.leading, t.leading, lines[k])
		}
		if cells != nil {
			f.c.endTag()
		}
		if i > 0 {
			f.c.line(x, f.y, x, f.y+h, 0.4, t.grid)
		}
		x += w
	}
	f.c.line(f.ps.left, f.y+h, x, f.y+h, 0.4, t.grid)
	f.y += h
}

// tableHeader draws the header row: in the structure the first time, as
// an artifact when it is repeated on a new page.
func (f *flow) tableHeader(t *table, head laidRow, first bool) {
	f.c.line(f.ps.left, f.y, f.ps.left+sum(t.widths), f.y, 0.8, t.grid)
	if !first {
		f.c.artifact(true)
		f.drawRowPart(t, head, 0, head.n, &t.headBG, nil)
		f.c.artifact(false)
		return
	}
	f.drawRowPart(t, head, 0, head.n, &t.headBG, f.rowTags(len(t.widths), "TH"))
	f.c.endTag() // TR
}

// rowTags opens a row (TR) of the structure with its cells (TH or TD),
// closed at once for drawRowPart to resume; the row stays open.
func (f *flow) rowTags(n int, role string) []int {
	f.c.beginTag("TR")
	cells := make([]int, n)
	for i := range cells {
		cells[i] = f.c.beginTag(role)
		f.c.endTag()
	}
	return cells
}

// maxHeaderLines bounds the lines of a table's header cells: the header is
// repeated on every page, so it must leave room for rows however long the
// text it is given (a topic label of thousands of characters, cut between
// characters in a narrow column, once made a header taller than a page).
const maxHeaderLines = 4

// layHeader is layRow for a header, each cell cut to maxHeaderLines lines,
// the last ending with an ellipsis.
func (f *flow) layHeader(t *table) laidRow {
	r := f.layRow(t, t.header)
	r.n = 0
	for i, lines := range r.lines {
		if len(lines) > maxHeaderLines {
			lines = lines[:maxHeaderLines]
			last := &lines[maxHeaderLines-1]
			if k := len(last.frags) - 1; k >= 0 {
				fr := &last.frags[k]
				fr.s = f.truncate(fr.st, fr.s+"…", t.widths[i]-2*t.pad-fr.x)
				fr.w = f.width(fr.st, fr.s)
				last.width = fr.x + fr.w
			}
			r.lines[i] = lines
		}
		r.n = max(r.n, len(r.lines[i]))
	}
	return r
}

// tableRows draws the rows, each produced on demand by row(i), repeating
// the header on every page. A row taller than a page is split between lines.
func (f *flow) tableRows(t *table, n int, row func(i int) []cell) {
	head := f.layHeader(t)
	headH := float64(head.n)*t.leading + 2*t.pad
	f.need(headH + t.leading + 2*t.pad)
	f.c.beginTag("Table")
	defer f.c.endTag()
	f.tableHeader(t, head, true)
	for i := range n {
		r := f.layRow(t, row(i))
		r.n = max(r.n, 1)
		cells := f.rowTags(len(t.widths), "TD")
		fresh := false // the page was just started for this row
		for from := 0; from < r.n; {
			fit := int((f.room() - 2*t.pad + 0.01) / t.leading)
			if fit < min(r.n-from, 2) && !fresh { // not even two lines: next page
				f.newPage()
				f.tableHeader(t, head, false)
				fresh = true
				continue
			}
			// On a new page, at least one line, so that the loop ends
			// whatever the page's geometry.
			fit = max(fit, 1)
			fresh = false
			to := min(r.n, from+fit)
			f.drawRowPart(t, r, from, to, nil, cells)
			from = to
		}
		f.c.endTag() // TR
	}
}

func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}
