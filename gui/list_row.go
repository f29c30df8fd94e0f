package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// listRow is a row of a widget.List with the row's right-click menu (see
// menuRow) and the article's wheel step: Fyne's list moves 25 units a notch,
// about one row, so a long list took a turn of the wheel per row. The
// driver gives the wheel to the deepest scrollable object under the
// pointer, which is the row; it moves its list by the scaled delta.
type listRow struct {
	menuRow
	list *widget.List
}

func newListRow(list *widget.List, content fyne.CanvasObject) *listRow {
	r := &listRow{menuRow: menuRow{content: content}, list: list}
	r.ExtendBaseWidget(r)
	return r
}

// Scrolled moves the list by the wheel's delta, scaled like the article's.
func (r *listRow) Scrolled(ev *fyne.ScrollEvent) {
	r.list.ScrollToOffset(r.list.GetScrollOffset() - ev.Scrolled.DY*wheelStep()/wheelNotch)
}
