package gui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// One notch of the wheel scrolls the article by about three lines, not
// Fyne's 25 units.
func TestWheelNotchScrollsThreeLines(t *testing.T) {
	u := newTestUI(t)
	s := u.article.scroll
	s.ScrollToTop()
	// Through the canvas, as the driver delivers a wheel event.
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(s).Add(fyne.NewPos(100, 100))
	test.Scroll(u.win.Canvas(), pos, 0, -wheelNotch)
	want := wheelStep()
	if got := s.Offset.Y; got < want-0.5 || got > want+0.5 || got < 50 {
		t.Fatalf("one notch scrolled %.1f, want %.1f (three lines)", got, want)
	}
}

// One notch over the positions list moves it by the same three lines, not
// Fyne's 25 units (about one row).
func TestWheelNotchScrollsListThreeLines(t *testing.T) {
	u := newTestUI(t)
	u.tabs.SelectIndex(tabPositions)
	l := u.positions.list
	l.ScrollToTop()
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(l).Add(fyne.NewPos(60, 20))
	test.Scroll(u.win.Canvas(), pos, 0, -wheelNotch)
	want := wheelStep()
	if got := l.GetScrollOffset(); got < want-0.5 || got > want+0.5 || got < 50 {
		t.Fatalf("one notch scrolled the list %.1f, want %.1f (three lines)", got, want)
	}
}
