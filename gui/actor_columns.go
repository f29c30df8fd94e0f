package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"briefing/project"
)

// The Actors table's columns share the width the table has. Fixed widths
// cut the titles at the default window size ("Affiliat…") and left a wide
// table's room unused. Each column gets what its title (with the sort
// arrow) needs; the numbers, type and review columns get what their
// longest value needs; Name, Role and Affiliation share the rest in
// proportion to their longest value, so that a wider window shows more of
// them.

// flexColumn says whether an actors column takes a share of the spare
// width: the free-text ones.
func flexColumn(col int) bool { return col == 0 || col == 2 || col == 3 }

// maxFlexWidth caps what a free-text column asks for, so that one long
// role does not take the room of the others.
const maxFlexWidth = 320

// textWidth is the width a label needs for s.
func textWidth(th fyne.Theme, s string, bold bool) float32 {
	size := th.Size(theme.SizeNameText)
	// A pixel either side for the rounding of the cells' positions.
	return fyne.MeasureText(s, size, fyne.TextStyle{Bold: bold}).Width + 2*th.Size(theme.SizeNameInnerPadding) + 2
}

// columnNeeds returns, per column, the width its title needs (with the
// sort arrow on the sorted column) and the width its longest value needs.
func (a *actorsPanel) columnNeeds(th fyne.Theme, rows []*project.Actor) (title, content []float32) {
	title = make([]float32, len(actorColumns))
	content = make([]float32, len(actorColumns))
	for i, c := range actorColumns {
		t := c.title
		if i == a.sortCol {
			t += "↓" // the sort arrow, as wide as ↑
		}
		title[i] = textWidth(th, t, true)
		content[i] = title[i]
	}
	for _, x := range rows {
		for col := range actorColumns {
			w := textWidth(th, a.cellText(x, col), col == 0)
			if flexColumn(col) {
				w = min(w, maxFlexWidth)
			}
			content[col] = max(content[col], w)
		}
	}
	return title, content
}

// columnWidths divides width among the columns (see above): every column
// its title; the fixed ones their longest value; then Name its longest
// value, then Role and Affiliation theirs, in proportion when short; what
// is left widens Name.
func columnWidths(width, gap float32, title, content []float32) []float32 {
	n := len(title)
	out := make([]float32, n)
	rest := width - gap*float32(n)
	for col := range n {
		out[col] = content[col]
		if flexColumn(col) {
			out[col] = title[col]
		}
		rest -= out[col]
	}
	grow := func(col int, by float32) {
		out[col] += by
		rest -= by
	}
	if rest > 0 {
		grow(0, min(rest, content[0]-out[0]))
	}
	if beyond := content[2] - out[2] + content[3] - out[3]; rest > 0 && beyond > 0 {
		share := min(rest, beyond)
		a := share * (content[2] - out[2]) / beyond
		grow(2, a)
		grow(3, share-a)
	}
	if rest > 0 {
		grow(0, rest)
	}
	return out
}

// fitColumns sets the column widths for a table width. What the columns
// need is measured again only when the rows changed (see refresh), not at
// each step of a window being resized.
func (a *actorsPanel) fitColumns(width float32) {
	if width <= 0 {
		return
	}
	th := a.table.Theme()
	if a.needs == nil {
		a.needs = make([][]float32, 2)
		a.needs[0], a.needs[1] = a.columnNeeds(th, a.rows)
	}
	title, content := a.needs[0], a.needs[1]
	// The vertical scroll bar takes room at the right edge.
	gap := th.Size(theme.SizeNamePadding)
	ws := columnWidths(width-th.Size(theme.SizeNameScrollBar), gap, title, content)
	a.widths = ws
	for i, w := range ws {
		a.table.SetColumnWidth(i, w)
	}
}

// fitLayout lays out one object over the whole container and reports
// each new width, for the Actors table to share it among its columns.
type fitLayout struct {
	onWidth func(float32)
	width   float32
}

func (l *fitLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if size.Width != l.width {
		l.width = size.Width
		l.onWidth(size.Width)
	}
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l *fitLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}
