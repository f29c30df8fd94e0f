//go:build cgo && !wasm && !android && !ios && !mobile

package gui

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

func init() { screenArea = glfwScreenArea }

// glfwScreenArea asks GLFW, which Fyne's desktop driver has initialised
// by the time a window exists, for the primary monitor's work area, and
// converts its pixels to Fyne's units as the driver does: by the screen's
// density (96 dpi is 1) and the user's scale.
func glfwScreenArea() (size fyne.Size, ok bool) {
	defer func() {
		// GLFW panics when it is not initialised: no desktop driver.
		if recover() != nil {
			size, ok = fyne.Size{}, false
		}
	}()
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return fyne.Size{}, false
	}
	_, _, w, h := m.GetWorkarea()
	scale := float32(1)
	if mm, _ := m.GetPhysicalSize(); mm > 0 {
		if mode := m.GetVideoMode(); mode != nil {
			if dpi := float32(mode.Width) / (float32(mm) / 25.4); dpi > 96 && dpi < 1000 {
				scale = dpi / 96
			}
		}
	}
	if user := fyne.CurrentApp().Settings().Scale(); user > 0 {
		scale *= user
	}
	if w <= 0 || h <= 0 {
		return fyne.Size{}, false
	}
	return fyne.NewSize(float32(w)/scale, float32(h)/scale), true
}
