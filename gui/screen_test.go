package gui

import (
	"testing"

	"fyne.io/fyne/v2"
)

func TestFitScreen(t *testing.T) {
	for _, c := range []struct{ want, screen, got fyne.Size }{
		{fyne.NewSize(1280, 800), fyne.NewSize(1280, 720), fyne.NewSize(1280, 720-windowDecoration)},
		{fyne.NewSize(1280, 800), fyne.NewSize(1024, 600), fyne.NewSize(1024, 600-windowDecoration)},
		{fyne.NewSize(1280, 800), fyne.NewSize(1920, 1080), fyne.NewSize(1280, 800)},
		{fyne.NewSize(1280, 800), fyne.Size{}, fyne.NewSize(1280, 800)}, // unknown screen
	} {
		if got := fitScreen(c.want, c.screen); got != c.got {
			t.Errorf("fitScreen(%v, %v) = %v, want %v", c.want, c.screen, got, c.got)
		}
	}
}

// Without a desktop driver the screen is unknown, and asking does not fail.
func TestScreenAreaHeadless(t *testing.T) {
	newTestUI(t)
	if s, ok := screenArea(); ok {
		t.Errorf("the test driver reports a screen of %v", s)
	}
}
