package gui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Esc backs out of what the user is in: the open dialog first, then the
// find bar, then "Select text" mode. Fyne 2.7 gives Esc to the focused
// widget, or to the canvas when nothing has the focus, and its dialogs do
// not close on it; so the canvas and the widgets that take the focus where
// a user would press Esc hand it to escape.

// dismissLabels are the buttons that close a dialog without doing anything,
// in the order they are looked for.
var dismissLabels = []string{"Cancel", "Close", "No", "Later", "OK"}

// escape closes the top dialog, else the find bar, else leaves "Select
// text" mode. It reports whether there was anything to close.
func (u *ui) escape() bool {
	if top := u.win.Canvas().Overlays().Top(); top != nil {
		if b := dismissButton(top); b != nil {
			// Tapping the button runs the dialog's own callback, as a
			// click on it would: Cancel must not be taken for Save.
			b.OnTapped()
			return true
		}
		return false
	}
	if u.article.find.content.Visible() {
		u.article.find.close()
		return true
	}
	if u.article.selecting {
		u.article.setSelecting(false)
		return true
	}
	return false
}

// dismissButton finds the button of a dialog that closes it without
// acting: the one with a dismiss label (Cancel first) or the cancel icon.
func dismissButton(top fyne.CanvasObject) *widget.Button {
	var best *widget.Button
	rank := len(dismissLabels)
	for _, b := range buttonsIn(top) {
		if b.OnTapped == nil || b.Disabled() {
			continue
		}
		r := slices.Index(dismissLabels, b.Text)
		if r < 0 && b.Icon == theme.CancelIcon() && b.Text != "" {
			r = 0
		}
		if r >= 0 && r < rank {
			best, rank = b, r
		}
	}
	return best
}

// buttonsIn returns the visible buttons of a pop-up and of the containers
// in it. It does not look inside other widgets: a dialog's own buttons are
// in containers, and the buttons of its content are not the dialog's.
func buttonsIn(o fyne.CanvasObject) []*widget.Button {
	if o == nil || !o.Visible() {
		return nil
	}
	switch o := o.(type) {
	case *widget.Button:
		return []*widget.Button{o}
	case *widget.PopUp:
		return buttonsIn(o.Content)
	case *fyne.Container:
		var out []*widget.Button
		for _, c := range o.Objects {
			out = append(out, buttonsIn(c)...)
		}
		return out
	}
	return nil
}

// onTypedKey takes the keys typed while no widget has the focus.
func (u *ui) onTypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		u.escape()
	}
}

// escEntry is a dialog's entry that hands Esc to ui.escape, so that Esc
// closes the dialog while the user is typing in it.
type escEntry struct {
	widget.Entry
	onEscape func() bool
}

func newEscEntry(u *ui, multiLine bool) *escEntry {
	e := &escEntry{onEscape: u.escape}
	e.MultiLine = multiLine
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
	}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey closes the dialog on Esc.
func (e *escEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(k)
}
