package gui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// find returns the laid-out objects under o that satisfy keep.
func find[T fyne.CanvasObject](o fyne.CanvasObject, keep func(T) bool) []T {
	var out []T
	for _, x := range test.LaidOutObjects(o) {
		if v, ok := x.(T); ok && x.Visible() && (keep == nil || keep(v)) {
			out = append(out, v)
		}
	}
	return out
}

// tapButton taps the visible button with the given text in the window's
// top dialog (or the window when there is none).
func tapButton(t *testing.T, u *ui, text string) {
	t.Helper()
	var root fyne.CanvasObject = u.win.Content()
	if top := u.win.Canvas().Overlays().Top(); top != nil {
		root = top
	}
	bs := find(root, func(b *widget.Button) bool { return b.Text == text })
	if len(bs) == 0 {
		t.Fatalf("no button %q", text)
	}
	test.Tap(bs[0])
}
