package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"
)

// The busy dialog says what runs and, on its bar, for how long; hidden, it
// goes.
func TestBusyDialog(t *testing.T) {
	u := newTestUI(t)
	b := u.progress("Opening and analysing big.txt…")
	if !strings.Contains(overlayText(t, u), "Opening and analysing big.txt") {
		t.Errorf("the busy dialog says %q", overlayText(t, u))
	}
	bars := find[*widget.ProgressBar](overlay(t, u), nil)
	if len(bars) != 1 {
		t.Fatalf("%d bars in the busy dialog, want 1", len(bars))
	}
	if got := bars[0].TextFormatter(); !strings.HasSuffix(got, " s") {
		t.Errorf("the bar says %q, want the seconds the job has run", got)
	}
	b.Hide()
	if u.win.Canvas().Overlays().Top() != nil {
		t.Error("the busy dialog is still shown after Hide")
	}
}
