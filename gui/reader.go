package gui

import (
	"cmp"
	"image/color"
	"slices"
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/document"
	"briefing/project"
)

// highlight marks a range of the article (byte offsets) in the reader:
// a coloured bold foreground (actor mentions) and/or a shaded background
// (the topic in focus, the chosen actor, find matches). Higher rank wins
// when backgrounds overlap.
type highlight struct {
	start, end int
	fg         fyne.ThemeColorName
	bg         fyne.ThemeColorName
	rank       int
	tag        string // the actor's ID, for taps
}

// readerStyle is the look of one run of text (its shading is apart, see
// shade).
type readerStyle struct {
	fg   fyne.ThemeColorName
	bold bool
	size float32
	tag  string
}

// piece is a run of text in one style, placed on a line.
type piece struct {
	text       string
	start      int // byte offset in the document, -1 for title lines
	style      readerStyle
	x, y, w, h float32
}

// block is a paragraph of the reader: the title, the source line, or a
// paragraph of the article with its number.
type block struct {
	text   string
	start  int // offset of text in the document; -1 when not article text
	number int
	style  readerStyle
	gapTop float32
}

// articleView shows one document laid out like a reader app: a title, a
// source line, numbered paragraphs, headings, coloured actor mentions and
// shaded sentences. It lays its text out itself (word wrap, one
// canvas.Text per run) so that it can shade exact ranges, which RichText
// cannot. The layout is computed for the width it is given, after the
// window has its size.
type articleView struct {
	widget.BaseWidget

	doc        *document.Document
	highlights []highlight
	// OnTapped is called with the byte offset and tag of the run tapped.
	OnTapped func(offset int, tag string)
	// OnHeightChanged is called when wrapping gives the view a new height,
	// so that the scroll container around it can lay out again.
	OnHeightChanged func()

	// Viewport, when set, returns the top and the height of the part of
	// the view shown: only the text near it gets canvas objects.
	Viewport func() (top, height float32)

	width, height float32
	stale         bool // the text must be wrapped again
	marksOnly     bool // set by SetHighlights for the next Refresh
	pieces        []piece
	numbers       []paragraphNumber
	lineStarts    []lineStart
	fgListed      []fgRun // the coloured runs the text was wrapped with
	fg            []fgRun // the same in start order
	fgLongest     int     // the length of the longest of them
	shades        []shade
	measured      map[measureKey]float32
	renderer      *articleRenderer
}

// paragraphNumber is the number in the margin of a paragraph.
type paragraphNumber struct {
	number int
	pos    fyne.Position
	size   float32
}

type lineStart struct {
	offset int
	y      float32
}

const (
	readerMaxWidth = 720 // a comfortable line length, in Fyne units
	readerGutter   = 40
)

func newArticleView() *articleView {
	v := &articleView{stale: true, measured: map[measureKey]float32{}}
	v.ExtendBaseWidget(v)
	return v
}

// SetDocument shows another document.
func (v *articleView) SetDocument(doc *document.Document) {
	v.doc = doc
	v.stale = true
	v.Refresh()
}

// SetHighlights replaces the marked ranges. Only when the coloured runs
// change (actors came or went) is the text wrapped again: a change of
// shading (the item in focus, find matches) only moves rectangles, which
// keeps a review key cheap on a long article.
func (v *articleView) SetHighlights(h []highlight) {
	v.highlights = h
	v.marksOnly = true
	v.Refresh()
}

// OffsetY returns the vertical position of the line holding the byte
// offset, for scrolling to it.
func (v *articleView) OffsetY(offset int) float32 {
	i := sort.Search(len(v.lineStarts), func(i int) bool { return v.lineStarts[i].offset > offset })
	if i == 0 {
		return 0
	}
	return v.lineStarts[i-1].y
}

// MinSize is the height of the text wrapped at the current width.
func (v *articleView) MinSize() fyne.Size {
	return fyne.NewSize(240, v.height)
}

// Tapped reports the run under the pointer.
func (v *articleView) Tapped(ev *fyne.PointEvent) {
	if v.OnTapped == nil {
		return
	}
	for _, p := range v.pieces {
		if p.start >= 0 && ev.Position.X >= p.x && ev.Position.X < p.x+p.w && ev.Position.Y >= p.y && ev.Position.Y < p.y+p.h {
			v.OnTapped(p.start, p.style.tag)
			return
		}
	}
}

// ViewportMoved is called when the part of the view shown may have changed
// (scrolled, resized): the text near it gets its canvas objects.
func (v *articleView) ViewportMoved() {
	r := v.renderer
	if r == nil || v.width <= 0 {
		return
	}
	top, bottom := v.band()
	if top >= r.top && bottom <= r.bottom {
		return
	}
	r.place()
	canvas.Refresh(v)
}

// band is the part of the view that must have canvas objects: what is
// shown and, so that scrolling a little needs no new objects, a screenful
// either side.
func (v *articleView) band() (top, bottom float32) {
	if v.Viewport == nil {
		return 0, v.height
	}
	y, h := v.Viewport()
	if h <= 0 {
		return 0, v.height
	}
	return y, y + h
}

func (v *articleView) CreateRenderer() fyne.WidgetRenderer {
	v.renderer = &articleRenderer{v: v, texts: map[int]*canvas.Text{}}
	return v.renderer
}

// articleRenderer keeps canvas objects only for the text near what is
// shown (see band): a 1 MB article has some 100,000 runs of text, which
// would cost a texture each and be walked on every frame.
type articleRenderer struct {
	v       *articleView
	objects []fyne.CanvasObject
	// top and bottom bound the part of the view the objects cover.
	top, bottom float32
	// texts holds the canvas text made for each piece, reused while the
	// layout stands.
	texts map[int]*canvas.Text
}

func (r *articleRenderer) Destroy()                     {}
func (r *articleRenderer) MinSize() fyne.Size           { return r.v.MinSize() }
func (r *articleRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *articleRenderer) Refresh() {
	v := r.v
	marksOnly := v.marksOnly
	v.marksOnly = false
	if !marksOnly || !slices.Equal(fgOf(v.highlights), v.fgListed) {
		v.stale = true
	}
	if v.stale {
		r.Layout(v.Size())
	} else {
		v.shades = shadesOf(v.highlights)
		r.place()
	}
	canvas.Refresh(v)
}

func (r *articleRenderer) Layout(size fyne.Size) {
	v := r.v
	if size.Width <= 0 || (!v.stale && size.Width == v.width) {
		return
	}
	v.stale = false
	v.width = size.Width
	old := v.height
	r.build(size.Width)
	if v.height != old && v.OnHeightChanged != nil {
		v.OnHeightChanged()
	}
}

// fgRun is a run of text in an actor's colour: what the layout depends on.
type fgRun struct {
	start, end int
	fg         fyne.ThemeColorName
	tag        string
}

// fgOf lists the coloured runs of the highlights, in their order.
func fgOf(hs []highlight) []fgRun {
	var out []fgRun
	for _, h := range hs {
		if h.fg != "" {
			out = append(out, fgRun{h.start, h.end, h.fg, h.tag})
		}
	}
	return out
}

// shade is a range of the document with the background it is shaded in.
type shade struct {
	start, end int
	bg         fyne.ThemeColorName
}

// shadesOf cuts the highlights' backgrounds into ranges that do not
// overlap, each in the background of the highest rank over it (of equal
// ranks the first listed), in document order.
func shadesOf(hs []highlight) []shade {
	type mark struct {
		h   highlight
		ord int
	}
	var ms []mark
	var cuts []int
	for i, h := range hs {
		if h.bg != "" && h.end > h.start {
			ms = append(ms, mark{h, i})
			cuts = append(cuts, h.start, h.end)
		}
	}
	if len(ms) == 0 {
		return nil
	}
	slices.SortStableFunc(ms, func(a, b mark) int { return cmp.Compare(a.h.start, b.h.start) })
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var out []shade
	var active []mark
	next := 0
	for i := 0; i+1 < len(cuts); i++ {
		a, z := cuts[i], cuts[i+1]
		active = slices.DeleteFunc(active, func(m mark) bool { return m.h.end <= a })
		for next < len(ms) && ms[next].h.start <= a {
			if ms[next].h.end > a {
				active = append(active, ms[next])
			}
			next++
		}
		if len(active) == 0 {
			continue
		}
		best := active[0]
		for _, m := range active[1:] {
			if m.h.rank > best.h.rank || m.h.rank == best.h.rank && m.ord < best.ord {
				best = m
			}
		}
		if n := len(out); n > 0 && out[n-1].end == a && out[n-1].bg == best.h.bg {
			out[n-1].end = z
			continue
		}
		out = append(out, shade{a, z, best.h.bg})
	}
	return out
}

// build wraps every block at width. The canvas objects are made by place.
func (r *articleRenderer) build(width float32) {
	v := r.v
	th := v.Theme()
	pad := th.Size(theme.SizeNamePadding)
	textSize := th.Size(theme.SizeNameText) + 1
	colW := min(width-readerGutter-3*pad, readerMaxWidth)
	left := max(readerGutter+pad, (width-colW)/2)
	v.fgListed = fgOf(v.highlights)
	v.fg = slices.Clone(v.fgListed)
	slices.SortStableFunc(v.fg, func(a, b fgRun) int { return cmp.Compare(a.start, b.start) })
	v.fgLongest = 0
	for _, h := range v.fg {
		v.fgLongest = max(v.fgLongest, h.end-h.start)
	}
	v.shades = shadesOf(v.highlights)
	v.measured = map[measureKey]float32{}
	v.pieces = v.pieces[:0]
	v.lineStarts = v.lineStarts[:0]
	v.numbers = v.numbers[:0]
	y := 2 * pad
	for _, b := range r.blocks(th, textSize) {
		y += b.gapTop
		top := y
		y = r.wrap(b, left, colW, y)
		if b.number > 0 {
			size := textSize - 3
			v.numbers = append(v.numbers, paragraphNumber{b.number, fyne.NewPos(left-readerGutter-pad, top+(b.style.size-size)/2+1), size})
		}
	}
	v.height = y + 3*pad
	r.texts = map[int]*canvas.Text{}
	r.place()
}

// measure is fyne.MeasureText's width, remembered for the layout: the
// words of an article repeat, and measuring each of them anew would be
// most of the time it takes to wrap a long one.
func (v *articleView) measure(text string, size float32, bold bool) float32 {
	k := measureKey{text, size, bold}
	if w, ok := v.measured[k]; ok {
		return w
	}
	w := fyne.MeasureText(text, size, fyne.TextStyle{Bold: bold}).Width
	v.measured[k] = w
	return w
}

type measureKey struct {
	text string
	size float32
	bold bool
}

// place makes the canvas objects for the text near what is shown: the
// shading behind it, the paragraph numbers and the runs of text.
func (r *articleRenderer) place() {
	v := r.v
	th := v.Theme()
	variant := fyne.CurrentApp().Settings().ThemeVariant()
	shown, end := v.band()
	h := end - shown
	r.top, r.bottom = max(0, shown-h), end+h
	first := sort.Search(len(v.pieces), func(i int) bool { return v.pieces[i].y+v.pieces[i].h >= r.top })
	last := first
	for last < len(v.pieces) && v.pieces[last].y <= r.bottom {
		last++
	}
	var backs, numbers, texts []fyne.CanvasObject
	for i := first; i < last; i++ {
		backs = r.shadePiece(backs, i, th, variant)
	}
	for _, n := range v.numbers {
		if n.pos.Y+n.size+4 < r.top || n.pos.Y > r.bottom {
			continue
		}
		t := canvas.NewText(strconv.Itoa(n.number), th.Color(theme.ColorNamePlaceHolder, variant))
		t.TextSize = n.size
		t.Alignment = fyne.TextAlignTrailing
		t.Move(n.pos)
		t.Resize(fyne.NewSize(readerGutter, n.size+4))
		numbers = append(numbers, t)
	}
	for i := first; i < last; i++ {
		t := r.texts[i]
		if t == nil {
			p := v.pieces[i]
			fg := p.style.fg
			if fg == "" {
				fg = theme.ColorNameForeground
			}
			t = canvas.NewText(p.text, th.Color(fg, variant))
			t.TextSize = p.style.size
			t.TextStyle = fyne.TextStyle{Bold: p.style.bold}
			t.Move(fyne.NewPos(p.x, p.y+(p.h-t.MinSize().Height)/2))
			r.texts[i] = t
		}
		texts = append(texts, t)
	}
	r.objects = append(append(backs, numbers...), texts...)
}

// shadePiece adds the rectangles of the shaded ranges over piece i. A
// rectangle stops before the spaces that end a line.
func (r *articleRenderer) shadePiece(backs []fyne.CanvasObject, i int, th fyne.Theme, variant fyne.ThemeVariant) []fyne.CanvasObject {
	v := r.v
	p := v.pieces[i]
	if p.start < 0 {
		return backs
	}
	pend := p.start + len(p.text)
	j := sort.Search(len(v.shades), func(j int) bool { return v.shades[j].end > p.start })
	lastOnLine := i+1 == len(v.pieces) || v.pieces[i+1].y != p.y
	bold := p.style.bold
	for ; j < len(v.shades) && v.shades[j].start < pend; j++ {
		s := v.shades[j]
		a, z := max(s.start, p.start)-p.start, min(s.end, pend)-p.start
		part := p.text[a:z]
		x := p.x + v.measure(p.text[:a], p.style.size, bold)
		w := v.measure(part, p.style.size, bold)
		if z == len(p.text) && lastOnLine {
			w -= v.measure(part[len(strings.TrimRight(part, " ")):], p.style.size, bold)
		}
		rect := canvas.NewRectangle(th.Color(s.bg, variant))
		if s.bg != colorTopicShade && s.bg != colorMarkShade {
			rect.CornerRadius = 3 // a chip; sentences are shaded flat
		}
		rect.Move(fyne.NewPos(x-1, p.y))
		rect.Resize(fyne.NewSize(w+2, p.h))
		backs = append(backs, rect)
	}
	return backs
}

// blocks lists what the reader shows, top to bottom.
func (r *articleRenderer) blocks(th fyne.Theme, textSize float32) []block {
	d := r.v.doc
	if d == nil {
		return nil
	}
	var out []block
	title := strings.TrimSpace(d.Title)
	if title == "" {
		title = project.DisplayTitle(d)
	}
	out = append(out, block{text: title, start: -1, style: readerStyle{bold: true, size: th.Size(theme.SizeNameHeadingText) + 2}})
	if line := sourceLine(d); line != "" {
		out = append(out, block{text: line, start: -1, gapTop: textSize * 0.4, style: readerStyle{fg: theme.ColorNamePlaceHolder, size: textSize - 2}})
	}
	for i, p := range d.Paragraphs {
		text := d.Text[p.Start:p.End]
		if i == 0 && p.Heading && strings.TrimSpace(text) == title {
			continue
		}
		b := block{text: text, start: p.Start, number: i + 1, gapTop: textSize * 0.9, style: readerStyle{size: textSize}}
		if p.Heading {
			b.style = readerStyle{bold: true, size: th.Size(theme.SizeNameSubHeadingText)}
			b.gapTop = textSize * 1.6
		}
		out = append(out, b)
	}
	return out
}

// sourceLine is the line under the title: outlet, author, date and file.
func sourceLine(d *document.Document) string {
	var parts []string
	for _, s := range []string{d.Outlet, d.Author, d.Date} {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	if d.Source != "" {
		src := d.Source
		if i := strings.LastIndexAny(src, `/\`); i >= 0 && !strings.Contains(src, "://") {
			src = src[i+1:]
		}
		parts = append(parts, src)
	}
	return strings.Join(parts, "  ·  ")
}

// wrap places one block's runs word by word from y and returns the y below
// it.
func (r *articleRenderer) wrap(b block, left, width, y float32) float32 {
	v := r.v
	lineH := fyne.MeasureText("Mg", b.style.size, fyne.TextStyle{Bold: b.style.bold}).Height
	lineStep := lineH * 1.45
	if b.style.bold {
		lineStep = lineH * 1.2
	}
	x := float32(0)
	first := true
	for _, tok := range r.tokens(b) {
		var w, trail float32
		for i := range tok {
			tok[i].w = v.measure(tok[i].text, tok[i].style.size, tok[i].style.bold)
			w += tok[i].w
		}
		last := tok[len(tok)-1]
		if sp := len(last.text) - len(strings.TrimRight(last.text, " ")); sp > 0 {
			trail = v.measure(strings.Repeat(" ", sp), last.style.size, last.style.bold)
		}
		if x > 0 && x+w-trail > width {
			x = 0
			y += lineStep
		}
		for _, p := range tok {
			if x == 0 || first {
				if p.start >= 0 {
					v.lineStarts = append(v.lineStarts, lineStart{p.start, y})
				}
				first = false
			}
			p.x, p.y, p.h = left+x, y-(lineStep-lineH)/2, lineStep
			x += p.w
			if n := len(v.pieces); n > 0 {
				q := &v.pieces[n-1]
				if q.y == p.y && q.style == p.style && q.x+q.w == p.x {
					q.text += p.text
					q.w += p.w
					continue
				}
			}
			v.pieces = append(v.pieces, p)
		}
	}
	return y + lineStep
}

// tokens splits a block into words (each with its following spaces), each
// word into runs of one style.
func (r *articleRenderer) tokens(b block) [][]piece {
	var runs []piece
	if b.start < 0 {
		runs = []piece{{text: b.text, start: -1, style: b.style}}
	} else {
		runs = r.styledRuns(b)
	}
	var out [][]piece
	var cur []piece
	for _, run := range runs {
		text := strings.ReplaceAll(run.text, "\n", " ")
		off := 0
		for off < len(text) {
			end := strings.IndexByte(text[off:], ' ')
			if end < 0 {
				cur = append(cur, piece{text: text[off:], start: shift(run.start, off), style: run.style})
				break
			}
			end += off
			for end < len(text) && text[end] == ' ' {
				end++
			}
			cur = append(cur, piece{text: text[off:end], start: shift(run.start, off), style: run.style})
			out = append(out, cur)
			cur = nil
			off = end
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func shift(start, by int) int {
	if start < 0 {
		return -1
	}
	return start + by
}

// styledRuns cuts a paragraph where the coloured runs begin and end.
func (r *articleRenderer) styledRuns(b block) []piece {
	v := r.v
	end := b.start + len(b.text)
	cuts := []int{b.start, end}
	// The runs are in start order; those over the block start less than
	// the longest run's length before it.
	from := sort.Search(len(v.fg), func(i int) bool { return v.fg[i].start >= b.start-v.fgLongest })
	var hs []fgRun
	for _, h := range v.fg[from:] {
		if h.start >= end {
			break
		}
		if h.end <= b.start {
			continue
		}
		hs = append(hs, h)
		cuts = append(cuts, max(h.start, b.start), min(h.end, end))
	}
	sort.Ints(cuts)
	var runs []piece
	for i := 0; i+1 < len(cuts); i++ {
		a, z := cuts[i], cuts[i+1]
		if a == z {
			continue
		}
		st := b.style
		for _, h := range hs {
			if h.start <= a && h.end >= z {
				st.fg, st.bold, st.tag = h.fg, true, h.tag
			}
		}
		runs = append(runs, piece{text: v.doc.Text[a:z], start: a, style: st})
	}
	return runs
}

var _ fyne.Tappable = (*articleView)(nil)

// colorOf is the colour a theme gives a name in the current variant.
func colorOf(th fyne.Theme, name fyne.ThemeColorName) color.Color {
	return th.Color(name, fyne.CurrentApp().Settings().ThemeVariant())
}
