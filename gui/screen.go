package gui

import "fyne.io/fyne/v2"

// Fyne 2.7 does not say how large the screen is, and opens a window at the
// size asked even when that is larger, which pushes the status bar off a
// 1280×720 screen. The desktop build asks GLFW (screen_glfw.go); other
// builds, and the headless tests, know no screen and keep the size asked.

// screenArea returns the usable area of the primary screen (without the
// desktop's panels) in Fyne's units, or false when it is not known. It
// must run on the main goroutine, after the first window was created.
var screenArea = func() (fyne.Size, bool) { return fyne.Size{}, false }

// windowDecoration is the room left for the window's title bar and frame,
// which the window manager adds around the size Fyne asks for.
const windowDecoration = 40

// fitScreen returns the window size to ask for: want, made no larger than
// the screen (less the window's frame).
func fitScreen(want, screen fyne.Size) fyne.Size {
	if screen.Width <= 0 || screen.Height <= 0 {
		return want
	}
	return fyne.NewSize(min(want.Width, screen.Width), min(want.Height, screen.Height-windowDecoration))
}
