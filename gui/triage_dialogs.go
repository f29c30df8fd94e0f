package gui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"briefing/analysis"
	"briefing/project"
)

// edit opens the card's item in a small form; saving it is one undoable
// step that also marks the item reviewed.
func (t *triagePanel) edit() {
	p := t.u.project()
	var d *dialog.FormDialog
	switch t.kind.kind {
	case project.PositionItem:
		d = t.editPosition(p, t.cur)
	case project.ActorItem:
		d = t.editActor(p, t.cur)
	case project.TopicItem:
		d = t.editTopic(p, t.cur)
	}
	if d == nil {
		return
	}
	d.SetOnClosed(t.focusCard)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

func (t *triagePanel) editPosition(p *project.Project, id string) *dialog.FormDialog {
	x := p.Position(id)
	if x == nil {
		return nil
	}
	var actorIDs, actorNames []string
	for _, a := range p.LiveActors() {
		actorIDs = append(actorIDs, a.ID)
		actorNames = append(actorNames, a.Name)
	}
	who := widget.NewSelect(actorNames, nil)
	for i, aid := range actorIDs {
		if aid == x.Actor {
			who.SetSelectedIndex(i)
		}
	}
	topicIDs, topicNames := topicChoices(p)
	topic := widget.NewSelect(topicNames, nil)
	for i, tid := range topicIDs {
		if tid == x.Topic {
			topic.SetSelectedIndex(i)
		}
	}
	stance := widget.NewSelect(analysis.Stances, nil)
	stance.SetSelected(x.Stance)
	summary := widget.NewMultiLineEntry()
	summary.Wrapping = fyne.TextWrapWord
	summary.SetMinRowsVisible(3)
	summary.SetText(x.Summary)
	note := widget.NewMultiLineEntry()
	note.Wrapping = fyne.TextWrapWord
	note.SetText(x.Note)
	items := []*widget.FormItem{
		widget.NewFormItem("Evidence", quoteLabelWidget(x.Evidence.Quote)),
		widget.NewFormItem("Who", who), widget.NewFormItem("Topic", topic),
		widget.NewFormItem("Stance", stance), widget.NewFormItem("Summary", summary),
		widget.NewFormItem("Comment", note),
	}
	return dialog.NewForm("Edit the position", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		t.decide("Edit position", func(p *project.Project) error {
			x := p.Position(id)
			if x == nil {
				return fmt.Errorf("position %q: %w", id, project.ErrNotFound)
			}
			if i := who.SelectedIndex(); i >= 0 && actorIDs[i] != x.Actor {
				if err := p.SetPositionActor(id, actorIDs[i]); err != nil {
					return err
				}
			}
			if i := topic.SelectedIndex(); i >= 0 && topicIDs[i] != x.Topic {
				if err := p.SetPositionTopic(id, topicIDs[i]); err != nil {
					return err
				}
			}
			if stance.Selected != "" && stance.Selected != x.Stance {
				if err := p.SetStance(id, stance.Selected); err != nil {
					return err
				}
			}
			if summary.Text != x.Summary {
				if err := p.SetPositionSummary(id, summary.Text); err != nil {
					return err
				}
			}
			if note.Text != x.Note {
				if err := p.SetPositionNote(id, note.Text); err != nil {
					return err
				}
			}
			return p.Accept(project.PositionItem, id)
		})
	}, t.u.win)
}

func (t *triagePanel) editActor(p *project.Project, id string) *dialog.FormDialog {
	a := p.Actor(id)
	if a == nil {
		return nil
	}
	name := widget.NewEntry()
	name.SetText(a.Name)
	typ := widget.NewSelect(actorTypes, nil)
	typ.SetSelected(a.Type)
	role := widget.NewEntry()
	role.SetText(a.Role)
	affil := widget.NewEntry()
	affil.SetText(a.Affiliation)
	items := []*widget.FormItem{
		widget.NewFormItem("Name", name), widget.NewFormItem("Type", typ),
		widget.NewFormItem("Role", role), widget.NewFormItem("Affiliation", affil),
	}
	return dialog.NewForm("Edit the actor", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		f := project.ActorFields{Name: name.Text, Type: typ.Selected, Role: role.Text, Affiliation: affil.Text, Note: a.Note}
		t.decide("Edit actor", func(p *project.Project) error {
			if err := p.UpdateActor(id, f); err != nil {
				return err
			}
			return p.Accept(project.ActorItem, id)
		})
		t.u.rememberActorEdit(a, id)
	}, t.u.win)
}

func (t *triagePanel) editTopic(p *project.Project, id string) *dialog.FormDialog {
	x := p.Topic(id)
	if x == nil {
		return nil
	}
	name := widget.NewEntry()
	name.SetText(x.Label)
	prio := widget.NewRadioGroup([]string{"High", "Medium", "Low"}, nil)
	prio.Horizontal = true
	prio.SetSelected(priorityName(x.Priority))
	items := []*widget.FormItem{widget.NewFormItem("Name", name), widget.NewFormItem("Priority", prio)}
	return dialog.NewForm("Edit the topic", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		t.decide("Edit topic", func(p *project.Project) error {
			if err := p.RenameTopic(id, name.Text); err != nil {
				return err
			}
			if prio.Selected != "" {
				if err := p.SetTopicPriority(id, strings.ToLower(prio.Selected)); err != nil {
					return err
				}
			}
			return p.Accept(project.TopicItem, id)
		})
	}, t.u.win)
}

// bulkForm is the bulk review dialog's state.
type bulkForm struct {
	action   *widget.RadioGroup
	actor    *widget.Select
	topic    *widget.Select
	conf     *widget.Slider
	confText *widget.Label
	preview  *widget.Label
	actorIDs []string
	topicIDs []string
}

func (b *bulkForm) filter() (project.ReviewFilter, bool) {
	var f project.ReviewFilter
	if i := b.actor.SelectedIndex(); i > 0 {
		f.Actor = b.actorIDs[i]
	}
	if i := b.topic.SelectedIndex(); i > 0 {
		f.Topic = b.topicIDs[i]
	}
	f.MinConfidence = b.conf.Value / 100
	return f, b.action.Selected != "Reject"
}

// showBulk opens the dialog that accepts or rejects, at once, the positions
// awaiting review by one actor, on one topic, or above a confidence.
func (t *triagePanel) showBulk() {
	if t.kind.kind != project.PositionItem {
		t.u.status.say("Bulk review is for positions: choose Positions above the card.")
		return
	}
	p := t.u.project()
	b := &bulkForm{
		action:   widget.NewRadioGroup([]string{"Accept", "Reject"}, nil),
		confText: widget.NewLabel(""),
		preview:  &widget.Label{Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: true}},
	}
	b.action.Horizontal = true
	b.action.Required = true
	b.action.SetSelected("Accept")
	b.actorIDs = []string{""}
	names := []string{"Any actor"}
	for _, a := range p.LiveActors() {
		b.actorIDs = append(b.actorIDs, a.ID)
		names = append(names, a.Name)
	}
	b.actor = widget.NewSelect(names, nil)
	b.actor.SetSelectedIndex(0)
	b.topicIDs = []string{""}
	tnames := []string{"Any topic"}
	for _, x := range p.LiveTopics() {
		b.topicIDs = append(b.topicIDs, x.ID)
		tnames = append(tnames, x.Label)
	}
	b.topic = widget.NewSelect(tnames, nil)
	b.topic.SetSelectedIndex(0)
	b.conf = widget.NewSlider(0, 100)
	b.conf.Step = 5
	update := func() {
		f, accept := b.filter()
		if f.MinConfidence > 0 {
			b.confText.SetText(fmt.Sprintf("at least %.0f%%", f.MinConfidence*100))
		} else {
			b.confText.SetText("any")
		}
		n, err := t.u.project().Clone().BulkReview(f, accept)
		switch {
		case err != nil:
			b.preview.SetText(upperFirst(plainError(err)) + ".")
		case accept:
			b.preview.SetText(fmt.Sprintf("Accepts %s awaiting review.", plural(n, "position")))
		default:
			b.preview.SetText(fmt.Sprintf("Rejects %s awaiting review.", plural(n, "position")))
		}
	}
	b.action.OnChanged = func(string) { update() }
	b.actor.OnChanged = func(string) { update() }
	b.topic.OnChanged = func(string) { update() }
	b.conf.OnChanged = func(float64) { update() }
	update()
	items := []*widget.FormItem{
		widget.NewFormItem("Action", b.action),
		widget.NewFormItem("Held by", b.actor),
		widget.NewFormItem("On topic", b.topic),
		{Text: "Confidence", Widget: b.conf, HintText: "Only positions the analysis is this sure of"},
		widget.NewFormItem("", b.confText),
		widget.NewFormItem("", b.preview),
	}
	d := dialog.NewForm("Review positions in bulk", "Apply", "Cancel", items, func(ok bool) {
		if ok {
			t.applyBulk(b.filter())
		}
	}, t.u.win)
	d.SetOnClosed(t.focusCard)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// applyBulk accepts or rejects the positions the filter matches.
func (t *triagePanel) applyBulk(f project.ReviewFilter, accept bool) {
	n, err := t.u.project().Clone().BulkReview(f, accept)
	if err != nil {
		t.u.showError("Could not review the positions", err, "")
		return
	}
	if n == 0 {
		t.u.status.say("No position awaiting review matches.")
		return
	}
	verb := "Reject"
	if accept {
		verb = "Accept"
	}
	t.decide(verb+" "+plural(n, "position"), func(p *project.Project) error {
		_, err := p.BulkReview(f, accept)
		return err
	})
}
