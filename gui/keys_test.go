package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// pressEsc sends Esc as the desktop driver does: to the focused widget, or
// to the window when nothing has the focus.
func pressEsc(u *ui) {
	esc := &fyne.KeyEvent{Name: fyne.KeyEscape}
	if f := u.win.Canvas().Focused(); f != nil {
		f.TypedKey(esc)
	} else if h := u.win.Canvas().OnTypedKey(); h != nil {
		h(esc)
	}
}

// menuShortcut runs the main-menu item bound to a shortcut, as the desktop
// driver does, and reports whether there was one.
func menuShortcut(u *ui, sc fyne.Shortcut) bool {
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == sc.ShortcutName() && it.Action != nil {
				it.Action()
				return true
			}
		}
	}
	return false
}

// Esc closes a dialog without acting (from its entry too), and leaves
// "Select text" mode.
func TestEscClosesDialogsAndSelectMode(t *testing.T) {
	u := newTestUI(t)
	u.article.setSelecting(true)
	selectPhrase(t, u, "disinformation countering centre")
	n := len(u.project().Topics)
	tapAction(t, u, "New topic") // its name entry has the focus
	if u.win.Canvas().Overlays().Top() == nil {
		t.Fatal("New topic opened no dialog")
	}
	pressEsc(u)
	if u.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Esc did not close the New topic dialog")
	}
	if len(u.project().Topics) != n {
		t.Error("Esc added the topic")
	}
	if !u.article.selecting {
		t.Fatal("the Esc that closed the dialog also left Select-text mode")
	}

	tapAction(t, u, "New position…") // nothing has the focus
	u.win.Canvas().Unfocus()
	pressEsc(u)
	if u.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Esc did not close the New position dialog")
	}

	u.article.showFind() // its field has the focus
	pressEsc(u)
	if u.article.find.content.Visible() || !u.article.selecting {
		t.Fatal("Esc in the find field did not close the find bar alone")
	}

	u.win.Canvas().Focus(u.article.entry)
	pressEsc(u)
	if u.article.selecting {
		t.Error("Esc in the article's text did not leave Select-text mode")
	}
}

// Ctrl+Q quits, asking first about unsaved changes.
func TestCtrlQQuitsAskingAboutUnsavedWork(t *testing.T) {
	// The window is closed by the test, so not by a clean-up as well.
	a := test.NewTempApp(t)
	w := a.NewWindow("")
	u := newUI(a, w, "test")
	u.setProject(project.OpenSample(), "", "Sample")
	w.Resize(fyne.NewSize(1280, 800))
	w.Show()
	test.Tap(find(u.topics.list, func(*widget.Check) bool { return true })[0])
	ctrlQ := &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
	if !menuShortcut(u, ctrlQ) {
		t.Fatal("no menu item takes Ctrl+Q")
	}
	if got := overlayText(t, u); !strings.Contains(got, "not saved") {
		t.Fatalf("Ctrl+Q with unsaved changes shows %q, want the question about them", got)
	}
	pressEsc(u) // Cancel, not Don't save
	if u.win.Canvas().Overlays().Top() != nil || u.win.Content() == nil {
		t.Fatal("Esc did not cancel quitting")
	}
	if !u.ed.Dirty() {
		t.Fatal("cancelling Quit lost the unsaved changes")
	}
	closed := false
	u.win.SetOnClosed(func() { closed = true })
	menuShortcut(u, ctrlQ)
	tapButton(t, u, "Don't save")
	if !closed {
		t.Error("Ctrl+Q then Don't save did not close the window")
	}
}
