package main

import (
	"runtime"
	"strings"
	"testing"
)

// Without a display the window command panicked in GLFW; it says so in one
// line and points to the commands that need none.
func TestNoDisplay(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the check is for X11 and Wayland systems")
	}
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	for _, args := range [][]string{nil, {"article.txt"}} {
		code, out, errOut := runCLI(t, "", args...)
		if code != 1 || out != "" {
			t.Errorf("%q: exit %d, output %q", args, code, out)
		}
		if strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "no display found") ||
			!strings.Contains(errOut, "briefing analyze") || !strings.Contains(errOut, "briefing export") {
			t.Errorf("%q: message %q", args, errOut)
		}
	}
}
