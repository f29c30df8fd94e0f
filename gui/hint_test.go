package gui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// The first start shows the getting-started hint above the side panel;
// "Got it" hides it for good (a new window on the same preferences shows
// none); Help ▸ Show the getting-started hint brings it back.
func TestStartHint(t *testing.T) {
	u := newTestUI(t)
	if !u.hint.content.Visible() {
		t.Fatal("no getting-started hint on the first start")
	}
	tapButton(t, u, "Got it")
	if u.hint.content.Visible() {
		t.Fatal("the hint is still shown after Got it")
	}
	again := newUI(u.app, u.app.NewWindow(""), "test")
	if again.hint.content.Visible() {
		t.Fatal("a dismissed hint came back in the next session")
	}
	var item *fyne.MenuItem
	for _, m := range u.menus.main.Items {
		for _, it := range m.Items {
			if it.Label == "Show the getting-started hint" {
				item = it
			}
		}
	}
	if item == nil {
		t.Fatal("no Help ▸ Show the getting-started hint")
	}
	item.Action()
	if !u.hint.content.Visible() {
		t.Fatal("the menu item did not bring the hint back")
	}
}
