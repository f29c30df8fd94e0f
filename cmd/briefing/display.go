package main

import (
	"errors"
	"runtime"
)

// errNoDisplay is why the window cannot open without a graphical session.
// Fyne would otherwise panic deep in GLFW ("GLFW library is not
// initialized"), which tells the user nothing.
var errNoDisplay = errors.New("no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the window cannot open; " +
	"without one, use `briefing analyze FILE` or `briefing export --pdf OUT FILE`, or run the window under xvfb-run")

// checkDisplay reports errNoDisplay on systems with X11 or Wayland when
// neither is reachable. Elsewhere (Windows, macOS) there is always one.
func checkDisplay(getenv func(string) string) error {
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
	default:
		return nil
	}
	if getenv("DISPLAY") == "" && getenv("WAYLAND_DISPLAY") == "" {
		return errNoDisplay
	}
	return nil
}
