package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// Fyne moves a scroll container by the wheel's delta as the driver gives
// it, 25 units for one notch: less than one and a half lines of the
// article, so reading a long one takes many turns of the wheel. wheelScroll
// scales each wheel event so that a notch moves about three lines, as in
// other desktop readers.

// wheelNotch is the delta of one notch of a mouse wheel in Fyne's driver.
const wheelNotch = 25

// wheelLines is how many lines of text one notch scrolls.
const wheelLines = 3

// wheelScroll is a vertical scroll container with a wheel step of about
// wheelLines lines.
type wheelScroll struct {
	*container.Scroll
	// onResized, when set, is called after the container got a new size.
	onResized func()
}

// Resize resizes the container and tells onResized.
func (s *wheelScroll) Resize(size fyne.Size) {
	s.Scroll.Resize(size)
	if s.onResized != nil {
		s.onResized()
	}
}

// newWheelScroll wraps content in a vertical wheelScroll.
func newWheelScroll(content fyne.CanvasObject) *wheelScroll {
	s := &wheelScroll{Scroll: container.NewVScroll(content)}
	s.ExtendBaseWidget(s)
	return s
}

// wheelStep is the distance one notch moves: wheelLines lines of body
// text, as the reader spaces them.
func wheelStep() float32 {
	size := theme.Current().Size(theme.SizeNameText) + 1
	return wheelLines * fyne.MeasureText("Mg", size, fyne.TextStyle{}).Height * 1.45
}

// Scrolled scales the wheel's delta before the container applies it.
func (s *wheelScroll) Scrolled(ev *fyne.ScrollEvent) {
	scaled := *ev
	k := wheelStep() / wheelNotch
	scaled.Scrolled = fyne.NewDelta(ev.Scrolled.DX*k, ev.Scrolled.DY*k)
	s.Scroll.Scrolled(&scaled)
}
