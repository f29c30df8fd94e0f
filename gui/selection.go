package gui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// Turning the selected passage into a topic, a position, an excerpt or a
// note.

func (a *articlePane) newTopic() {
	anc, ok := a.selectedAnchor()
	if !ok {
		return
	}
	name := newEscEntry(a.u, false)
	name.SetText(quoteLabel(anc.Quote))
	items := []*widget.FormItem{
		widget.NewFormItem("Passage", quoteLabelWidget(anc.Quote)),
		widget.NewFormItem("Topic name", name),
	}
	dialog.ShowForm("New topic from the selection", "Add topic", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		var id string
		if a.u.do("Add topic", func(p *project.Project) (err error) {
			id, err = p.AddTopicFromSelection(anc.Doc, anc.Start, anc.End, name.Text)
			return err
		}) {
			a.u.topics.choose(id)
			a.u.tabs.SelectIndex(0)
		}
	}, a.u.win)
	a.u.win.Canvas().Focus(name)
}

func (a *articlePane) newExcerpt() {
	anc, ok := a.selectedAnchor()
	if !ok {
		return
	}
	topic := a.u.focusTopic
	if a.u.do("Add key excerpt", func(p *project.Project) error {
		_, err := p.AddExcerpt(anc, topic)
		return err
	}) {
		where := "the brief"
		if t := a.u.project().Topic(topic); t != nil {
			where = "the topic “" + t.Label + "”"
		}
		a.u.status.say("Key excerpt added to " + where + ".")
	}
}

func (a *articlePane) newNote() {
	anc, ok := a.selectedAnchor()
	if !ok {
		return
	}
	text := newEscEntry(a.u, true)
	text.SetMinRowsVisible(4)
	topicIDs, topicNames := topicChoices(a.u.project())
	topic := widget.NewSelect(topicNames, nil)
	topic.SetSelectedIndex(0)
	for i, id := range topicIDs {
		if id == a.u.focusTopic {
			topic.SetSelectedIndex(i)
		}
	}
	items := []*widget.FormItem{
		widget.NewFormItem("Passage", quoteLabelWidget(anc.Quote)),
		widget.NewFormItem("Topic", topic),
		widget.NewFormItem("Note", text),
	}
	d := dialog.NewForm("Note on the selection", "Add note", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		topicID := topicIDs[max(topic.SelectedIndex(), 0)]
		a.u.do("Add note", func(p *project.Project) error {
			_, err := p.AddNote(anc, text.Text, topicID)
			return err
		})
	}, a.u.win)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
	a.u.win.Canvas().Focus(text)
}

// speakerChoices lists the names of the live actors for the "Who" field,
// the passage's speakers first.
func speakerChoices(p *project.Project, speakers []string) []string {
	names := make([]string, 0, len(p.Actors))
	for _, id := range speakers {
		names = append(names, p.Actor(id).Name)
	}
	for _, act := range p.LiveActors() {
		if !slices.Contains(speakers, act.ID) {
			names = append(names, act.Name)
		}
	}
	return names
}

// topicChoices lists the live topics for a Select, "(no topic)" first.
func topicChoices(p *project.Project) (ids, names []string) {
	ids, names = []string{""}, []string{"(no topic)"}
	for _, t := range p.LiveTopics() {
		ids = append(ids, t.ID)
		names = append(names, t.Label)
	}
	return ids, names
}

// actorByName finds a live actor by name or alias, ignoring case.
func actorByName(p *project.Project, name string) string {
	name = strings.TrimSpace(name)
	for _, a := range p.LiveActors() {
		if strings.EqualFold(a.Name, name) {
			return a.ID
		}
	}
	for _, a := range p.LiveActors() {
		for _, al := range a.Aliases {
			if strings.EqualFold(al, name) {
				return a.ID
			}
		}
	}
	return ""
}

// quoteLabel shortens a passage for a name.
func quoteLabel(s string) string {
	words := strings.Fields(s)
	if len(words) > 6 {
		return strings.Join(words[:6], " ") + "…"
	}
	return strings.Join(words, " ")
}

// quoteLabelWidget shows a passage in quotes, at most a few lines.
func quoteLabelWidget(s string) fyne.CanvasObject {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 280 {
		s = string(r[:280]) + "…"
	}
	l := widget.NewLabel("“" + s + "”")
	l.Wrapping = fyne.TextWrapWord
	l.TextStyle.Italic = true
	return l
}
