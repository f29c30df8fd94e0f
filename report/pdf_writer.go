package report

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/klauspost/compress/zlib"
)

// pdfWriter is the canvas that writes the PDF. It streams: each page's
// content is compressed, with one reused compressor, and written out as
// the page ends, so memory does not grow with the length of the brief.
// Only what must wait for the end is kept: a few numbers per page, the
// page footers that show the number of pages, the outline and the set of
// characters used, from which the fonts are subset (by gofpdf, see
// pdf_gofpdf.go) and written last.
//
// Text is set in Type 0 fonts with an encoding of our own (see codes):
// ASCII characters take one byte, the others two. Identity-H, which gofpdf
// uses, takes two bytes for every character; as nearly all the text is
// ASCII, that made a quarter more content to compress, the largest cost of
// writing a long brief.
type pdfWriter struct {
	bw   *bufio.Writer
	off  int64
	err  error
	meta pdfMeta

	objOffsets []int64 // by object number; 0 for none yet
	nObj       int     // objects numbered so far

	page   []byte // content of the current page
	inPage bool
	zbuf   bytes.Buffer
	zw     *zlib.Writer
	// While pages are laid out, a second goroutine compresses and writes
	// them, in order; it alone writes to bw until finish waits for it.
	work    chan pageJob
	free    chan []byte
	done    chan struct{}
	pages   []pageRec
	footers []deferredText
	marks   []outlineMark

	used  [numFaces][]bool // characters drawn, by face
	codes [numFaces]codes
	// Subsets made before the end (see settle), and the characters they
	// were made for.
	early     [numFaces]chan fontCut
	earlyUsed [numFaces][]bool
	usedFace  [numFaces]bool
	m         [numFaces]*metrics

	// graphics state of the current page
	st       style
	hasFont  bool
	fill     rgb
	hasFill  bool
	stroke   rgb
	hasColor bool
	lineW    float64
	curH     float64

	tags tagState // the logical structure (pdf_tags.go)
}

// pageJob is a finished page's content, for the writing goroutine.
type pageJob struct {
	obj     int
	content []byte
}

type pageRec struct {
	w, h    float64
	content int // object number of the content stream
}

// deferredText is text that holds pageTotal: drawn once the number of
// pages is known, in a small second content stream of its page.
type deferredText struct {
	page int // 0-based
	x, y float64
	st   style
	s    string
}

type outlineMark struct {
	title string
	level int
	page  int // 0-based
	y     float64
}

// Objects 1 and 2 are the page tree and the shared resources; both are
// written at the end.
const (
	pagesObj     = 1
	resourcesObj = 2
	firstFreeObj = 3
)

func newPDFWriter(w io.Writer, m [numFaces]*metrics, meta pdfMeta) *pdfWriter {
	pw := &pdfWriter{bw: bufio.NewWriterSize(w, 64<<10), meta: meta, m: m,
		objOffsets: make([]int64, firstFreeObj, 1024), nObj: firstFreeObj - 1}
	pw.zw, _ = zlib.NewWriterLevel(&pw.zbuf, zlib.BestSpeed)
	pw.writeString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	const inFlight = 4
	pw.work = make(chan pageJob, inFlight)
	pw.free = make(chan []byte, inFlight+2)
	pw.done = make(chan struct{})
	for range inFlight + 1 {
		pw.free <- make([]byte, 0, 64<<10)
	}
	pw.page = <-pw.free
	go pw.writePages()
	return pw
}

// writePages compresses and writes the pages handed over by endPage.
func (pw *pdfWriter) writePages() {
	defer close(pw.done)
	for job := range pw.work {
		pw.putStream(job.obj, "/Filter /FlateDecode", pw.compress(job.content))
		pw.free <- job.content[:0]
	}
}

// waitPages waits until every page handed over is written.
func (pw *pdfWriter) waitPages() {
	if pw.work != nil {
		close(pw.work)
		<-pw.done
		pw.work = nil
	}
}

func (pw *pdfWriter) write(b []byte) {
	if pw.err != nil {
		return
	}
	n, err := pw.bw.Write(b)
	pw.off += int64(n)
	pw.err = err
}

func (pw *pdfWriter) writeString(s string) {
	if pw.err != nil {
		return
	}
	n, err := pw.bw.WriteString(s)
	pw.off += int64(n)
	pw.err = err
}

// newObj reserves an object number.
func (pw *pdfWriter) newObj() int {
	pw.nObj++
	return pw.nObj
}

// beginObj starts writing object n.
func (pw *pdfWriter) beginObj(n int) {
	for len(pw.objOffsets) <= n {
		pw.objOffsets = append(pw.objOffsets, 0)
	}
	pw.objOffsets[n] = pw.off
	pw.writeString(strconv.Itoa(n))
	pw.writeString(" 0 obj\n")
}

// putObj writes a whole object with a dictionary or other value.
func (pw *pdfWriter) putObj(n int, body string) {
	pw.beginObj(n)
	pw.writeString(body)
	pw.writeString("\nendobj\n")
}

// putStream writes a stream object; dict holds the entries besides Length.
func (pw *pdfWriter) putStream(n int, dict string, data []byte) {
	pw.beginObj(n)
	pw.writeString("<<")
	pw.writeString(dict)
	pw.writeString("/Length ")
	pw.writeString(strconv.Itoa(len(data)))
	pw.writeString(">>\nstream\n")
	pw.write(data)
	pw.writeString("\nendstream\nendobj\n")
}

// compress deflates data with the writer's one compressor. The result is
// valid until the next call.
func (pw *pdfWriter) compress(data []byte) []byte {
	pw.zbuf.Reset()
	pw.zw.Reset(&pw.zbuf)
	pw.zw.Write(data)
	pw.zw.Close()
	return pw.zbuf.Bytes()
}

// --- canvas ---

func (pw *pdfWriter) beginPage(w, h float64) {
	pw.endPage()
	pw.pages = append(pw.pages, pageRec{w: w, h: h})
	pw.inPage = true
	pw.curH = h
	pw.hasFont, pw.hasFill, pw.hasColor = false, false, false
	pw.lineW = 1 // the PDF default
}

func (pw *pdfWriter) endPage() {
	if !pw.inPage {
		return
	}
	pw.endPageTags()
	pw.inPage = false
	n := pw.newObj()
	pw.pages[len(pw.pages)-1].content = n
	pw.work <- pageJob{obj: n, content: pw.page}
	pw.page = <-pw.free
}

func (pw *pdfWriter) setStyle(st style) {
	if !pw.hasFont || st.face != pw.st.face || st.size != pw.st.size {
		pw.page = append(pw.page, "/F"...)
		pw.page = strconv.AppendInt(pw.page, int64(st.face)+1, 10)
		pw.page = append(pw.page, ' ')
		pw.page = appendNum(pw.page, st.size)
		pw.page = append(pw.page, " Tf\n"...)
		pw.usedFace[st.face] = true
	}
	if !pw.hasFill || pw.fill != st.color {
		pw.page = appendColor(pw.page, st.color, " rg\n")
		pw.fill, pw.hasFill = st.color, true
	}
	pw.st, pw.hasFont = st, true
}

func (pw *pdfWriter) text(x, y float64, st style, s string) {
	if s == "" {
		return
	}
	if strings.Contains(s, pageTotal) {
		pw.footers = append(pw.footers, deferredText{page: len(pw.pages) - 1, x: x, y: y, st: st, s: s})
		return
	}
	pw.markText()
	pw.setStyle(st)
	pw.page = pw.appendText(pw.page, x, y, st.face, s)
}

// appendText appends a text object drawing s with its baseline at (x, y)
// from the top left, and notes the characters used.
func (pw *pdfWriter) appendText(b []byte, x, y float64, f face, s string) []byte {
	b = append(b, "BT "...)
	b = appendNum(b, x)
	b = append(b, ' ')
	b = appendNum(b, pw.curH-y)
	b = append(b, " Td ("...)
	used := pw.used[f]
	if used == nil {
		used = make([]bool, 0x10000)
		pw.used[f] = used
	}
	cs := &pw.codes[f]
	b = slices.Grow(b, len(s)+8)
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			used[c] = true
			b = appendEscaped(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r > 0xFFFF { // the cleaner replaces these; never expected here
			r = replacement
		}
		used[r] = true
		code := cs.code(r)
		b = append(b, byte(code>>8)) // 0x80 or more: never escaped
		b = appendEscaped(b, byte(code))
	}
	return append(b, ") Tj ET\n"...)
}

func appendEscaped(b []byte, c byte) []byte {
	switch c {
	case '(', ')', '\\':
		return append(b, '\\', c)
	case '\r':
		return append(b, '\\', 'r')
	case '\n':
		return append(b, '\\', 'n')
	}
	return append(b, c)
}

func (pw *pdfWriter) fillRect(x, y, w, h float64, col rgb) {
	if !pw.hasFill || col != pw.fill {
		pw.page = appendColor(pw.page, col, " rg\n")
		pw.fill, pw.hasFill = col, true
	}
	b := appendNum(pw.page, x)
	b = append(b, ' ')
	b = appendNum(b, pw.curH-y-h)
	b = append(b, ' ')
	b = appendNum(b, w)
	b = append(b, ' ')
	b = appendNum(b, h)
	pw.page = append(b, " re f\n"...)
}

func (pw *pdfWriter) line(x1, y1, x2, y2, width float64, col rgb) {
	if !pw.hasColor || col != pw.stroke {
		pw.page = appendColor(pw.page, col, " RG\n")
		pw.stroke, pw.hasColor = col, true
	}
	if width != pw.lineW {
		pw.page = appendNum(pw.page, width)
		pw.page = append(pw.page, " w\n"...)
		pw.lineW = width
	}
	b := appendNum(pw.page, x1)
	b = append(b, ' ')
	b = appendNum(b, pw.curH-y1)
	b = append(b, " m "...)
	b = appendNum(b, x2)
	b = append(b, ' ')
	b = appendNum(b, pw.curH-y2)
	pw.page = append(b, " l S\n"...)
}

func (pw *pdfWriter) bookmark(title string, level int, y float64) {
	pw.marks = append(pw.marks, outlineMark{title: title, level: level, page: len(pw.pages) - 1, y: y})
}

// appendNum appends v with at most two decimals, without trailing zeros.
func appendNum(b []byte, v float64) []byte {
	n := int64(v*100 + 0.5)
	if v < 0 {
		n = int64(v*100 - 0.5)
	}
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	b = strconv.AppendInt(b, n/100, 10)
	if frac := n % 100; frac != 0 {
		b = append(b, '.', byte('0'+frac/10))
		if frac%10 != 0 {
			b = append(b, byte('0'+frac%10))
		}
	}
	return b
}

func appendColor(b []byte, c rgb, op string) []byte {
	for i, v := range [3]uint8{c.r, c.g, c.b} {
		if i > 0 {
			b = append(b, ' ')
		}
		b = appendUnit(b, v)
	}
	return append(b, op...)
}

// appendUnit appends v/255 with three decimals.
func appendUnit(b []byte, v uint8) []byte {
	switch v {
	case 0:
		return append(b, '0')
	case 255:
		return append(b, '1')
	}
	n := (int(v)*1000 + 127) / 255
	b = append(b, '.', byte('0'+n/100), byte('0'+n/10%10), byte('0'+n%10))
	return b
}

// --- end of document ---

// finish writes what had to wait for the end: the page footers, the page
// tree, the fonts, the outline, the document information, the cross
// reference table. It does not close w.
func (pw *pdfWriter) finish() error {
	pw.endPage()
	if len(pw.pages) == 0 {
		pw.beginPage(595.28, 841.89)
		pw.endPage()
	}
	total := strconv.Itoa(len(pw.pages))

	// Footers: one small stream per page that has one. They are made
	// while the last pages are still being compressed, and written after.
	footerObj := make([]int, len(pw.pages))
	type footerStream struct {
		obj  int
		data []byte
	}
	var footerStreams []footerStream
	var fb []byte
	for i := 0; i < len(pw.footers); {
		pg := pw.footers[i].page
		start := len(fb)
		fb = append(fb, "/Artifact BMC\n"...) // "Page N of M" is furniture
		pw.curH = pw.pages[pg].h
		for ; i < len(pw.footers) && pw.footers[i].page == pg; i++ {
			d := pw.footers[i]
			pw.usedFace[d.st.face] = true
			fb = append(fb, "/F"...)
			fb = strconv.AppendInt(fb, int64(d.st.face)+1, 10)
			fb = append(fb, ' ')
			fb = appendNum(fb, d.st.size)
			fb = append(fb, " Tf "...)
			fb = appendColor(fb, d.st.color, " rg ")
			fb = pw.appendText(fb, d.x, d.y, d.st.face, strings.ReplaceAll(d.s, pageTotal, total))
		}
		fb = append(fb, "EMC\n"...)
		footerObj[pg] = pw.newObj()
		footerStreams = append(footerStreams, footerStream{footerObj[pg], fb[start:len(fb):len(fb)]})
	}

	// Subsetting takes a while per face: do the faces at once, while the
	// last pages are written. Every character used is known by now. A
	// subset made earlier serves if no character was drawn since.
	var cuts [numFaces]fontCut
	var wg sync.WaitGroup
	for f := range numFaces {
		if !pw.usedFace[f] {
			continue
		}
		if pw.early[f] != nil {
			if c := <-pw.early[f]; slices.Equal(pw.earlyUsed[f], pw.used[f]) {
				cuts[f] = c
				continue
			}
		}
		wg.Go(func() { cuts[f] = cutFont(f, pw.used[f], pw.m[f]) })
	}
	pw.waitPages()
	for _, fs := range footerStreams {
		pw.putStream(fs.obj, "", fs.data)
	}

	// Pages.
	pageObj := make([]int, len(pw.pages))
	var sb strings.Builder
	for i, p := range pw.pages {
		pageObj[i] = pw.newObj()
		sb.Reset()
		sb.WriteString("<</Type /Page /Parent 1 0 R /MediaBox [0 0 ")
		sb.Write(appendNum(nil, p.w))
		sb.WriteByte(' ')
		sb.Write(appendNum(nil, p.h))
		fmt.Fprintf(&sb, "] /StructParents %d /Tabs /S /Resources 2 0 R /Contents ", i)
		if footerObj[i] != 0 {
			fmt.Fprintf(&sb, "[%d 0 R %d 0 R]>>", p.content, footerObj[i])
		} else {
			fmt.Fprintf(&sb, "%d 0 R>>", p.content)
		}
		pw.putObj(pageObj[i], sb.String())
	}
	sb.Reset()
	sb.WriteString("<</Type /Pages /Kids [")
	for i, n := range pageObj {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(strconv.Itoa(n))
		sb.WriteString(" 0 R")
	}
	fmt.Fprintf(&sb, "] /Count %d>>", len(pageObj))
	pw.putObj(pagesObj, sb.String())

	// Fonts and resources.
	sb.Reset()
	sb.WriteString("<</ProcSet [/PDF /Text] /Font <<")
	wg.Wait()
	wide := 0
	for f := range numFaces {
		wide = max(wide, len(pw.codes[f].runes))
	}
	encoding := pw.newObj()
	pw.putStream(encoding, "/Type /CMap /CMapName /Briefing-Codes /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /Filter /FlateDecode",
		pw.compress(encodingCMap(wide)))
	for f := range numFaces {
		if !pw.usedFace[f] {
			continue
		}
		n, err := pw.putFont(f, cuts[f], encoding)
		if err != nil {
			return err
		}
		fmt.Fprintf(&sb, "/F%d %d 0 R ", f+1, n)
	}
	sb.WriteString(">> >>")
	pw.putObj(resourcesObj, sb.String())

	outlines := pw.putOutlines(pageObj)
	structure := pw.putStructure(pageObj)

	info := pw.newObj()
	sb.Reset()
	sb.WriteString("<<")
	for _, kv := range [][2]string{{"Producer", "Briefing Builder; fonts subset by gofpdf 1.16.2"}, {"Title", pw.meta.title},
		{"Subject", pw.meta.subject}, {"Author", pw.meta.author}, {"Keywords", pw.meta.keywords}, {"Creator", pw.meta.creator}} {
		if kv[1] != "" {
			sb.WriteString("/" + kv[0] + " " + pdfTextString(kv[1]) + "\n")
		}
	}
	date := "(D:" + pw.meta.created.Format("20060102150405") + "Z)"
	sb.WriteString("/CreationDate " + date + "\n/ModDate " + date + ">>")
	pw.putObj(info, sb.String())

	catalog := pw.newObj()
	sb.Reset()
	fmt.Fprintf(&sb, "<</Type /Catalog /Pages 1 0 R /OpenAction [%d 0 R /FitH null] /PageLayout /OneColumn", pageObj[0])
	if outlines != 0 {
		fmt.Fprintf(&sb, " /Outlines %d 0 R /PageMode /UseOutlines", outlines)
	}
	// Tagged, in English, its title shown in the window rather than the
	// file name.
	fmt.Fprintf(&sb, " /MarkInfo <</Marked true>> /StructTreeRoot %d 0 R /Lang (en-GB) /ViewerPreferences <</DisplayDocTitle true>>", structure)
	sb.WriteString(">>")
	pw.putObj(catalog, sb.String())

	// Cross-reference table and trailer.
	xref := pw.off
	if len(pw.objOffsets) != pw.nObj+1 {
		return errors.New("write PDF: an object was not written")
	}
	pw.writeString("xref\n0 " + strconv.Itoa(len(pw.objOffsets)) + "\n0000000000 65535 f \n")
	line := []byte("0000000000 00000 n \n")
	for _, o := range pw.objOffsets[1:] {
		if o == 0 {
			return errors.New("write PDF: an object was not written")
		}
		s := strconv.FormatInt(o, 10)
		for i := range 10 {
			line[i] = '0'
		}
		copy(line[10-len(s):], s)
		pw.write(line)
	}
	pw.writeString(fmt.Sprintf("trailer\n<</Size %d /Root %d 0 R /Info %d 0 R>>\nstartxref\n%d\n%%%%EOF\n",
		len(pw.objOffsets), catalog, info, xref))
	if pw.err == nil {
		pw.err = pw.bw.Flush()
	}
	return pw.err
}

var baseFontNames = [numFaces]string{regular: "NotoSans-Regular", bold: "NotoSans-Bold", italic: "NotoSans-Italic"}

// fontCut is a face subset to the characters used.
type fontCut struct {
	runes  []rune // ascending
	ttf    []byte
	glyphs []uint16 // glyph of each of runes in the subset
	err    error
}

// cutFont subsets face f to the characters marked in used.
func cutFont(f face, used []bool, m *metrics) fontCut {
	var c fontCut
	for r, u := range used {
		if u && r != 0 {
			c.runes = append(c.runes, rune(r))
		}
	}
	if len(c.runes) == 0 {
		c.runes = append(c.runes, ' ')
	}
	narrow, err := narrowFont(fontBytes(f), c.runes, m.gid)
	if err != nil {
		c.err = fmt.Errorf("write PDF: subset font %s: %w", baseFontNames[f], err)
		return c
	}
	c.ttf, c.err = subsetFont(narrow, string(c.runes))
	if c.err != nil {
		c.err = fmt.Errorf("write PDF: subset font %s: %w", baseFontNames[f], c.err)
		return c
	}
	// The subset numbers its glyphs anew: find each character's glyph.
	c.glyphs, err = subsetGlyphs(c.ttf, c.runes)
	if err != nil {
		c.err = fmt.Errorf("write PDF: read font subset %s: %w", baseFontNames[f], err)
	}
	return c
}

// subsetGlyphs returns the glyph that the font ttf gives each of runes
// (0 for none).
func subsetGlyphs(ttf []byte, runes []rune) ([]uint16, error) {
	tables, err := fontTables(ttf)
	if err != nil {
		return nil, err
	}
	glyphOf := make(map[rune]uint16, len(runes))
	if err := eachMapped(tables["cmap"], func(r rune, g uint16) { glyphOf[r] = g }); err != nil {
		return nil, err
	}
	glyphs := make([]uint16, len(runes))
	for i, r := range runes {
		glyphs[i] = glyphOf[r]
	}
	return glyphs, nil
}

// settle tells the writer that face f will draw nothing more, so that its
// subset is made now, on another core, while the rest is laid out. If the
// face draws again after all, finish makes its subset afresh: the hint
// decides only when the work is done.
func (pw *pdfWriter) settle(f face) {
	if pw.used[f] == nil || pw.early[f] != nil {
		return
	}
	used := slices.Clone(pw.used[f])
	ch := make(chan fontCut, 1)
	pw.early[f], pw.earlyUsed[f] = ch, used
	go func() { ch <- cutFont(f, used, pw.m[f]) }()
}

// putFont writes face f, subset to the characters used, and returns the
// number of its font dictionary.
func (pw *pdfWriter) putFont(f face, c fontCut, encoding int) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	runes := c.runes
	cs := &pw.codes[f]
	cidToGID := make([]byte, 2*cs.numCIDs()) // 2 bytes per CID
	for i, r := range runes {
		cid := cs.cid(r)
		cidToGID[2*cid], cidToGID[2*cid+1] = byte(c.glyphs[i]>>8), byte(c.glyphs[i])
	}
	// Widths by CID, in runs of consecutive CIDs.
	adv := pw.m[f].adv
	width := func(r rune) int {
		if a := int(adv[r]); a != zeroWidth {
			return a
		}
		return 0
	}
	type cidWidth struct{ cid, w int }
	var ws []cidWidth
	for _, r := range runes {
		if r < 0x80 {
			ws = append(ws, cidWidth{int(r), width(r)})
		}
	}
	for _, r := range cs.runes {
		ws = append(ws, cidWidth{cs.cid(r), width(r)})
	}
	var w strings.Builder
	w.WriteString("[")
	for i := 0; i < len(ws); {
		j := i + 1
		for j < len(ws) && ws[j].cid == ws[j-1].cid+1 {
			j++
		}
		fmt.Fprintf(&w, "%d [", ws[i].cid)
		for k := i; k < j; k++ {
			if k > i {
				w.WriteByte(' ')
			}
			w.WriteString(strconv.Itoa(ws[k].w))
		}
		w.WriteString("]\n")
		i = j
	}
	w.WriteString("]")

	desc := fontDescs[f]
	name := subsetTag(f, runes) + "+" + baseFontNames[f]
	type0, cid, toUni, fdesc, cmap, file := pw.newObj(), pw.newObj(), pw.newObj(), pw.newObj(), pw.newObj(), pw.newObj()
	pw.putObj(type0, fmt.Sprintf("<</Type /Font /Subtype /Type0 /BaseFont /%s /Encoding %d 0 R /DescendantFonts [%d 0 R] /ToUnicode %d 0 R>>",
		name, encoding, cid, toUni))
	pw.putObj(cid, fmt.Sprintf("<</Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor %d 0 R /DW %d /W %s /CIDToGIDMap %d 0 R>>",
		name, fdesc, desc.missingWidth, w.String(), cmap))
	pw.putStream(toUni, "/Filter /FlateDecode", pw.compress(toUnicodeCMap(cs)))
	pw.putObj(fdesc, fmt.Sprintf("<</Type /FontDescriptor /FontName /%s /Ascent %d /Descent %d /CapHeight %d /Flags %d /FontBBox [%d %d %d %d] /ItalicAngle %d /StemV %d /MissingWidth %d /FontFile2 %d 0 R>>",
		name, desc.ascent, desc.descent, desc.capHeight, (desc.flags|4)&^32,
		desc.bbox[0], desc.bbox[1], desc.bbox[2], desc.bbox[3],
		desc.italicAngle, desc.stemV, desc.missingWidth, file))
	pw.putStream(cmap, "/Filter /FlateDecode", pw.compress(cidToGID))
	pw.putStream(file, fmt.Sprintf("/Filter /FlateDecode /Length1 %d", len(c.ttf)), pw.compress(c.ttf))
	return type0, nil
}

// subsetTag names a subset by the characters it holds, as PDF asks: six
// capital letters, the same for the same subset.
func subsetTag(f face, runes []rune) string {
	h := uint32(2166136261) ^ uint32(f)
	for _, r := range runes {
		h ^= uint32(r)
		h *= 16777619
	}
	var tag [6]byte
	for i := range tag {
		tag[i] = byte('A' + h%26)
		h /= 26
	}
	return string(tag[:])
}

// putOutlines writes the outline and returns its root's number (0: none).
func (pw *pdfWriter) putOutlines(pageObj []int) int {
	nb := len(pw.marks)
	if nb == 0 {
		return 0
	}
	type node struct{ parent, prev, next, first, last, count int }
	nodes := make([]node, nb)
	for i := range nodes {
		nodes[i] = node{parent: -1, prev: -1, next: -1, first: -1, last: -1}
	}
	lastAt := map[int]int{} // last item seen at each level
	for i, m := range pw.marks {
		lv := m.level
		if lv > 0 {
			if _, ok := lastAt[lv-1]; !ok {
				lv = 0 // no parent: promote
			}
		}
		pw.marks[i].level = lv
		if lv > 0 {
			p := lastAt[lv-1]
			nodes[i].parent = p
			if nodes[p].first < 0 {
				nodes[p].first = i
			} else {
				nodes[nodes[p].last].next = i
				nodes[i].prev = nodes[p].last
			}
			nodes[p].last = i
			nodes[p].count++
		} else if prev, ok := lastAt[0]; ok {
			nodes[prev].next = i
			nodes[i].prev = prev
		}
		lastAt[lv] = i
		for k := range lastAt { // deeper levels end here
			if k > lv {
				delete(lastAt, k)
			}
		}
	}
	base := pw.nObj + 1
	for range nb {
		pw.newObj()
	}
	root := pw.newObj()
	firstTop, lastTop := -1, -1
	for i, m := range pw.marks {
		n := nodes[i]
		var sb strings.Builder
		sb.WriteString("<</Title " + pdfTextString(m.title))
		parent := root
		if n.parent >= 0 {
			parent = base + n.parent
		} else {
			if firstTop < 0 {
				firstTop = i
			}
			lastTop = i
		}
		fmt.Fprintf(&sb, " /Parent %d 0 R", parent)
		for _, ref := range []struct {
			key string
			v   int
		}{{"Prev", n.prev}, {"Next", n.next}, {"First", n.first}, {"Last", n.last}} {
			if ref.v >= 0 {
				fmt.Fprintf(&sb, " /%s %d 0 R", ref.key, base+ref.v)
			}
		}
		if n.count > 0 {
			fmt.Fprintf(&sb, " /Count -%d", n.count) // closed
		}
		sb.WriteString(" /Dest [" + strconv.Itoa(pageObj[m.page]) + " 0 R /XYZ 0 ")
		sb.Write(appendNum(nil, pw.pages[m.page].h-m.y))
		sb.WriteString(" null]>>")
		pw.putObj(base+i, sb.String())
	}
	top := 0
	for i := range nodes {
		if nodes[i].parent < 0 {
			top++
		}
	}
	pw.putObj(root, fmt.Sprintf("<</Type /Outlines /First %d 0 R /Last %d 0 R /Count %d>>", base+firstTop, base+lastTop, top))
	return root
}

// pdfTextString encodes s as a PDF text string: UTF-16BE with a byte order
// mark, in hexadecimal.
func pdfTextString(s string) string {
	b := make([]byte, 0, 6+4*len(s))
	b = append(b, "<FEFF"...)
	const hex = "0123456789ABCDEF"
	var u [2]uint16
	for _, r := range s {
		if r == utf8.RuneError {
			r = replacement
		}
		units := u[:1]
		if r > 0xFFFF {
			r1, r2 := utf16.EncodeRune(r)
			u[0], u[1] = uint16(r1), uint16(r2)
			units = u[:2]
		} else {
			u[0] = uint16(r)
		}
		for _, c := range units {
			b = append(b, hex[c>>12], hex[c>>8&15], hex[c>>4&15], hex[c&15])
		}
	}
	return string(append(b, '>'))
}
