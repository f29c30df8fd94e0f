package gui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// findBar finds words in the article (Ctrl+F): matches are shaded and
// Enter or the arrows go from one to the next.
type findBar struct {
	a       *articlePane
	entry   *escEntry // Esc closes the bar
	count   *widget.Label
	content *fyne.Container
	query   string
	matches []int // byte offsets in the current document
	current int
}

func newFindBar(a *articlePane) *findBar {
	f := &findBar{a: a, entry: newEscEntry(a.u, false), count: widget.NewLabel("")}
	f.entry.PlaceHolder = "Find in article"
	f.entry.OnChanged = f.onChanged
	f.entry.OnSubmitted = func(string) { f.step(1) }
	f.content = container.NewBorder(nil, nil, widget.NewIcon(theme.SearchIcon()),
		container.NewHBox(f.count,
			&widget.Button{Icon: theme.MoveUpIcon(), Importance: widget.LowImportance, OnTapped: func() { f.step(-1) }},
			&widget.Button{Icon: theme.MoveDownIcon(), Importance: widget.LowImportance, OnTapped: func() { f.step(1) }},
			&widget.Button{Icon: theme.CancelIcon(), Importance: widget.LowImportance, OnTapped: f.close}),
		f.entry)
	f.content.Hide()
	return f
}

func (a *articlePane) showFind() {
	a.find.content.Show()
	a.relayout()
	a.u.win.Canvas().Focus(a.find.entry)
}

func (f *findBar) close() {
	f.entry.SetText("")
	f.content.Hide()
	f.a.relayout()
}

func (f *findBar) onChanged(q string) {
	f.query = q
	f.current = 0
	f.recount()
	f.a.view.SetHighlights(f.a.highlights(f.a.u.project()))
	f.show()
}

// recount finds the matches in the current document, ignoring case (for
// ASCII letters, so that byte offsets stay exact).
func (f *findBar) recount() {
	f.matches = f.matches[:0]
	d := f.a.document()
	if d == nil || strings.TrimSpace(f.query) == "" {
		f.count.SetText("")
		return
	}
	text, q := asciiLower(d.Text), asciiLower(f.query)
	for off := 0; ; {
		i := strings.Index(text[off:], q)
		if i < 0 {
			break
		}
		f.matches = append(f.matches, off+i)
		off += i + len(q)
	}
	if len(f.matches) == 0 {
		f.count.SetText("No match")
		return
	}
	f.current = min(f.current, len(f.matches)-1)
	f.count.SetText(fmt.Sprintf("%d of %d", f.current+1, len(f.matches)))
}

func (f *findBar) step(delta int) {
	if len(f.matches) == 0 {
		return
	}
	f.current = (f.current + delta + len(f.matches)) % len(f.matches)
	f.count.SetText(fmt.Sprintf("%d of %d", f.current+1, len(f.matches)))
	f.show()
}

func (f *findBar) show() {
	if len(f.matches) == 0 {
		return
	}
	m := f.matches[f.current]
	f.a.showRange(project.Anchor{Doc: f.a.u.doc, Start: m, End: m + len(f.query)})
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
