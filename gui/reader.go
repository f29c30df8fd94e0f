package gui

import (
	"image/color"
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

// readerStyle is the look of one run of text.
type readerStyle struct {
	fg, bg fyne.ThemeColorName
	bold   bool
	size   float32
	tag    string
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

	width, height float32
	stale         bool
	pieces        []piece
	numbers       []*canvas.Text
	lineStarts    []lineStart
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
	v := &articleView{stale: true}
	v.ExtendBaseWidget(v)
	return v
}

// SetDocument shows another document.
func (v *articleView) SetDocument(doc *document.Document) {
	v.doc = doc
	v.stale = true
	v.Refresh()
}

// SetHighlights replaces the marked ranges.
func (v *articleView) SetHighlights(h []highlight) {
	v.highlights = h
	v.stale = true
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

func (v *articleView) CreateRenderer() fyne.WidgetRenderer {
	return &articleRenderer{v: v}
}

type articleRenderer struct {
	v       *articleView
	objects []fyne.CanvasObject
}

func (r *articleRenderer) Destroy()                     {}
func (r *articleRenderer) MinSize() fyne.Size           { return r.v.MinSize() }
func (r *articleRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *articleRenderer) Refresh() {
	r.v.stale = true
	r.Layout(r.v.Size())
	canvas.Refresh(r.v)
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

// build wraps every block at width and makes the canvas objects.
func (r *articleRenderer) build(width float32) {
	v := r.v
	th := v.Theme()
	variant := fyne.CurrentApp().Settings().ThemeVariant()
	pad := th.Size(theme.SizeNamePadding)
	textSize := th.Size(theme.SizeNameText) + 1
	colW := min(width-readerGutter-3*pad, readerMaxWidth)
	left := max(readerGutter+pad, (width-colW)/2)
	v.pieces = v.pieces[:0]
	v.lineStarts = v.lineStarts[:0]
	var numbers []fyne.CanvasObject
	y := 2 * pad
	for _, b := range r.blocks(th, textSize) {
		y += b.gapTop
		top := y
		y = r.wrap(b, left, colW, y)
		if b.number > 0 {
			n := canvas.NewText(strconv.Itoa(b.number), th.Color(theme.ColorNamePlaceHolder, variant))
			n.TextSize = textSize - 3
			n.Alignment = fyne.TextAlignTrailing
			n.Move(fyne.NewPos(left-readerGutter-pad, top+(b.style.size-n.TextSize)/2+1))
			n.Resize(fyne.NewSize(readerGutter, n.TextSize+4))
			numbers = append(numbers, n)
		}
	}
	v.height = y + 3*pad
	var backs, texts []fyne.CanvasObject
	for i, p := range v.pieces {
		if p.style.bg != "" {
			w := p.w
			if i+1 == len(v.pieces) || v.pieces[i+1].y != p.y {
				w -= fyne.MeasureText(p.text[len(strings.TrimRight(p.text, " ")):], p.style.size, fyne.TextStyle{Bold: p.style.bold}).Width
			}
			rect := canvas.NewRectangle(th.Color(p.style.bg, variant))
			if p.style.bg != colorTopicShade && p.style.bg != colorMarkShade {
				rect.CornerRadius = 3 // a chip; sentences are shaded flat
			}
			rect.Move(fyne.NewPos(p.x-1, p.y))
			rect.Resize(fyne.NewSize(w+2, p.h))
			backs = append(backs, rect)
		}
		fg := p.style.fg
		if fg == "" {
			fg = theme.ColorNameForeground
		}
		t := canvas.NewText(p.text, th.Color(fg, variant))
		t.TextSize = p.style.size
		t.TextStyle = fyne.TextStyle{Bold: p.style.bold}
		t.Move(fyne.NewPos(p.x, p.y+(p.h-t.MinSize().Height)/2))
		texts = append(texts, t)
	}
	r.objects = append(append(backs, numbers...), texts...)
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
			tok[i].w = fyne.MeasureText(tok[i].text, tok[i].style.size, fyne.TextStyle{Bold: tok[i].style.bold}).Width
			w += tok[i].w
		}
		last := tok[len(tok)-1]
		if sp := len(last.text) - len(strings.TrimRight(last.text, " ")); sp > 0 {
			trail = fyne.MeasureText(strings.Repeat(" ", sp), last.style.size, fyne.TextStyle{Bold: last.style.bold}).Width
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

// styledRuns cuts a paragraph where highlights begin and end.
func (r *articleRenderer) styledRuns(b block) []piece {
	end := b.start + len(b.text)
	cuts := []int{b.start, end}
	var hs []highlight
	for _, h := range r.v.highlights {
		if h.end <= b.start || h.start >= end {
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
		bgRank := -1
		for _, h := range hs {
			if h.start <= a && h.end >= z {
				if h.fg != "" {
					st.fg, st.bold, st.tag = h.fg, true, h.tag
				}
				if h.bg != "" && h.rank > bgRank {
					st.bg, bgRank = h.bg, h.rank
				}
			}
		}
		runs = append(runs, piece{text: r.v.doc.Text[a:z], start: a, style: st})
	}
	return runs
}

var _ fyne.Tappable = (*articleView)(nil)

// colorOf is the colour a theme gives a name in the current variant.
func colorOf(th fyne.Theme, name fyne.ThemeColorName) color.Color {
	return th.Color(name, fyne.CurrentApp().Settings().ThemeVariant())
}
