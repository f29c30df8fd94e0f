package gui

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// notesSection lists the user's notes and key excerpts in the Brief tab,
// each with Show, Edit and Delete. The rows are few (what one person marks
// in a few articles), so they are plain widgets rebuilt on every refresh.
type notesSection struct {
	u       *ui
	heading *widget.Label
	empty   *widget.Label
	rows    *fyne.Container
	content fyne.CanvasObject
}

// markItem is a note or a key excerpt as the section shows it.
type markItem struct {
	id     string
	note   bool
	anchor project.Anchor
	text   string // the note's text
	topic  string // topic ID, "" for none
}

func newNotesSection(u *ui) *notesSection {
	s := &notesSection{u: u}
	s.heading = widget.NewLabelWithStyle("Notes & key excerpts", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.empty = &widget.Label{Text: "None yet. To add one, choose Select text above the article, select a passage, then Key excerpt or Note….",
		Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance}
	s.rows = container.NewVBox()
	s.content = container.NewVBox(s.heading, s.empty, s.rows)
	return s
}

// items lists the notes, then the excerpts, in the order they were made.
func (s *notesSection) items() []markItem {
	p := s.u.project()
	var out []markItem
	for _, n := range p.Notes {
		out = append(out, markItem{id: n.ID, note: true, anchor: n.Anchor, text: n.Text, topic: n.Topic})
	}
	for _, x := range p.Excerpts {
		out = append(out, markItem{id: x.ID, anchor: x.Anchor, topic: x.Topic})
	}
	return out
}

func (s *notesSection) refresh() {
	items := s.items()
	s.heading.SetText("Notes & key excerpts")
	if len(items) > 0 {
		s.heading.SetText("Notes & key excerpts (" + strconv.Itoa(len(items)) + ")")
	}
	if len(items) > 0 {
		s.empty.Hide()
	} else {
		s.empty.Show()
	}
	objs := make([]fyne.CanvasObject, 0, len(items))
	for _, it := range items {
		objs = append(objs, s.row(it))
	}
	s.rows.Objects = objs
	s.rows.Refresh()
}

// row shows one item: the quoted passage on the first line, the note or
// the excerpt's topic on the second, and the buttons on the right.
func (s *notesSection) row(it markItem) fyne.CanvasObject {
	quote := &widget.Label{Text: "“" + shortQuote(it.anchor.Quote, 120) + "”", TextStyle: fyne.TextStyle{Italic: true},
		Truncation: fyne.TextTruncateEllipsis}
	detail := &widget.Label{Text: s.detail(it), Truncation: fyne.TextTruncateEllipsis}
	if it.id == s.u.focusNote {
		detail.TextStyle.Bold = true
		quote.Importance = widget.HighImportance
	}
	button := func(text string, icon fyne.Resource, tapped func()) *widget.Button {
		return &widget.Button{Text: text, Icon: icon, Importance: widget.LowImportance, OnTapped: tapped}
	}
	buttons := container.NewHBox(
		button("Show", theme.VisibilityIcon(), func() { s.show(it) }),
		button("Edit…", theme.DocumentCreateIcon(), func() { s.edit(it) }),
		button("Delete", theme.DeleteIcon(), func() { s.remove(it) }),
	)
	return container.NewBorder(nil, widget.NewSeparator(), nil, container.NewCenter(buttons),
		container.NewVBox(quote, detail))
}

func (s *notesSection) detail(it markItem) string {
	where := "no topic"
	if t := s.u.project().Topic(it.topic); t != nil {
		where = "topic “" + t.Label + "”"
	}
	if it.note {
		return "Note: " + strings.Join(strings.Fields(it.text), " ") + " (" + where + ")"
	}
	return "Key excerpt, " + where
}

// show shades the passage in the article and scrolls to it.
func (s *notesSection) show(it markItem) {
	u := s.u
	u.commitEdits()
	u.focusTopic, u.focusActor, u.focusPosition, u.focusNote = "", "", "", it.id
	u.updateFrom("brief")
	u.article.showRange(it.anchor)
}

// edit changes a note's text and topic, or moves an excerpt to another
// topic.
func (s *notesSection) edit(it markItem) {
	u := s.u
	ids, names := topicChoices(u.project())
	if t := u.project().Topic(it.topic); t != nil && !slices.Contains(ids, t.ID) {
		ids, names = append(ids, t.ID), append(names, t.Label+" (rejected)")
	}
	topic := widget.NewSelect(names, nil)
	topic.SetSelectedIndex(0)
	for i, id := range ids {
		if id == it.topic {
			topic.SetSelectedIndex(i)
		}
	}
	items := []*widget.FormItem{
		widget.NewFormItem("Passage", quoteLabelWidget(it.anchor.Quote)),
		widget.NewFormItem("Topic", topic),
	}
	var text *widget.Entry
	title := "Edit key excerpt"
	if it.note {
		title = "Edit note"
		text = widget.NewMultiLineEntry()
		text.Wrapping = fyne.TextWrapWord
		text.SetMinRowsVisible(4)
		text.SetText(it.text)
		items = append(items, widget.NewFormItem("Note", text))
	}
	d := dialog.NewForm(title, "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		topicID := ids[max(topic.SelectedIndex(), 0)]
		if it.note {
			if text.Text == it.text && topicID == it.topic {
				return
			}
			u.do("Edit note", func(p *project.Project) error { return p.EditNote(it.id, text.Text, topicID) })
			return
		}
		if topicID != it.topic {
			u.do("Move key excerpt", func(p *project.Project) error { return p.MoveExcerpt(it.id, topicID) })
		}
	}, u.win)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
	if text != nil {
		u.win.Canvas().Focus(text)
	}
}

// remove deletes the item; Undo brings it back.
func (s *notesSection) remove(it markItem) {
	if it.note {
		s.u.do("Delete note", func(p *project.Project) error { return p.DeleteNote(it.id) })
	} else {
		s.u.do("Delete key excerpt", func(p *project.Project) error { return p.DeleteExcerpt(it.id) })
	}
}

// shortQuote puts a passage on one line and cuts it at about n runes.
func shortQuote(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return strings.TrimSpace(string(r[:n])) + "…"
	}
	return s
}
