package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// commitEntry is an entry whose text goes into the project when the user
// is done with it (focus leaves it, or Enter in a one-line entry), as one
// undoable step, rather than at every key.
type commitEntry struct {
	widget.Entry
	// OnCommit is called with the new text when it differs from the last
	// text set or committed.
	OnCommit func(text string)
	last     string
	focused  bool
}

func newCommitEntry(multiLine bool, placeholder string, commit func(string)) *commitEntry {
	e := &commitEntry{OnCommit: commit}
	e.MultiLine = multiLine
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
		e.SetMinRowsVisible(3)
	}
	e.PlaceHolder = placeholder
	e.OnSubmitted = func(string) { e.commit() }
	e.ExtendBaseWidget(e)
	return e
}

// Set shows the project's value, unless the user is typing in the field.
func (e *commitEntry) Set(text string) {
	if e.focused && e.Text != e.last {
		return
	}
	e.last = text
	if e.Text != text {
		e.SetText(text)
	}
}

// FocusGained notes that the user is in the field.
func (e *commitEntry) FocusGained() {
	e.focused = true
	e.Entry.FocusGained()
}

// FocusLost commits the text.
func (e *commitEntry) FocusLost() {
	e.focused = false
	e.Entry.FocusLost()
	e.commit()
}

func (e *commitEntry) commit() {
	if e.Text == e.last || e.OnCommit == nil {
		return
	}
	e.last = e.Text
	e.OnCommit(e.Text)
}

// readOnlyEntry is a multi-line entry that can be scrolled, selected and
// copied from but not changed: the article in "select text" mode.
type readOnlyEntry struct {
	widget.Entry
	// OnEscape is called on Esc: the entry has the focus in "select
	// text" mode, so the window would not see the key.
	OnEscape func() bool
	// Menu, when set, gives the right-click menu in place of the Entry's
	// own, whose Cut and Paste do not apply to an article.
	Menu func() *fyne.Menu
}

// TappedSecondary opens Menu at the pointer.
func (e *readOnlyEntry) TappedSecondary(ev *fyne.PointEvent) {
	if e.Menu == nil {
		e.Entry.TappedSecondary(ev)
		return
	}
	showMenuAt(e, e.Menu(), ev)
}

func newReadOnlyEntry() *readOnlyEntry {
	e := &readOnlyEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// TypedRune ignores typing.
func (e *readOnlyEntry) TypedRune(rune) {}

// TypedKey lets through keys that move the cursor or the selection.
func (e *readOnlyEntry) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyEscape:
		if e.OnEscape != nil {
			e.OnEscape()
		}
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight, fyne.KeyHome, fyne.KeyEnd, fyne.KeyPageUp, fyne.KeyPageDown:
		e.Entry.TypedKey(k)
	}
}

// TypedShortcut allows copy and select all only.
func (e *readOnlyEntry) TypedShortcut(s fyne.Shortcut) {
	switch s.(type) {
	case *fyne.ShortcutCopy, *fyne.ShortcutSelectAll:
		e.Entry.TypedShortcut(s)
	}
}

// selection returns the selected range as rune offsets into the text.
func (e *readOnlyEntry) selection() (start, end int, ok bool) {
	sel := e.SelectedText()
	if sel == "" {
		return 0, 0, false
	}
	runes := []rune(e.Text)
	n := len([]rune(sel))
	cur := e.CursorTextOffset()
	if cur-n >= 0 && cur <= len(runes) && string(runes[cur-n:cur]) == sel {
		return cur - n, cur, true
	}
	if cur >= 0 && cur+n <= len(runes) && string(runes[cur:cur+n]) == sel {
		return cur, cur + n, true
	}
	return 0, 0, false
}

// moveCursorTo puts the cursor before the rune at offset, without a
// selection. The entry wraps, so its rows are not the text's lines: the row
// is the last whose first rune is at or before offset, found through
// CursorTextOffset, which counts in the entry's own rows.
func (e *readOnlyEntry) moveCursorTo(offset int) {
	row, start := 0, 0
	for r := 1; ; r++ {
		e.CursorRow, e.CursorColumn = r, 0
		begin := e.CursorTextOffset()
		if begin <= start || begin > offset { // past the last row, or past offset
			break
		}
		row, start = r, begin
	}
	e.CursorRow, e.CursorColumn = row, offset-start
	e.Refresh()
}

// byteOffset converts a rune offset into a byte offset of s.
func byteOffset(s string, runes int) int {
	i := 0
	for b := range s {
		if i == runes {
			return b
		}
		i++
	}
	return len(s)
}

// runeOffset converts a byte offset of s into a rune offset.
func runeOffset(s string, bytes int) int {
	n := 0
	for b := range s {
		if b >= bytes {
			return n
		}
		n++
	}
	return n
}
