package gui

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"briefing/analysis"
	"briefing/project"
)

// positionForm is the "New position" dialog on a selected passage.
type positionForm struct {
	a        *articlePane
	anc      project.Anchor
	actor    *widget.SelectEntry
	topic    *widget.Select
	topicIDs []string
	stance   *widget.Select
	summary  *escEntry
}

func (a *articlePane) newPosition() {
	anc, ok := a.selectedAnchor()
	if !ok {
		return
	}
	p := a.u.project()
	f := &positionForm{a: a, anc: anc}
	speakers := p.Speakers(anc)
	f.actor = widget.NewSelectEntry(speakerChoices(p, speakers))
	f.actor.PlaceHolder = "Choose or type a name"
	// Only a speaker the analysis found in this very passage is offered
	// ready-made: the actor chosen in a side panel may have nothing to do
	// with it. Two or more speakers are listed first, for the user to pick.
	if len(speakers) == 1 {
		f.actor.SetText(p.Actor(speakers[0]).Name)
	}
	var topicNames []string
	f.topicIDs, topicNames = topicChoices(p)
	f.topic = widget.NewSelect(topicNames, nil)
	f.topic.SetSelectedIndex(max(slices.Index(f.topicIDs, a.u.focusTopic), 0))
	f.stance = widget.NewSelect(analysis.Stances, nil)
	f.stance.SetSelected(analysis.Claims)
	f.summary = newEscEntry(a.u, true)
	f.summary.SetText(anc.Quote)
	f.summary.SetMinRowsVisible(3)
	items := []*widget.FormItem{
		widget.NewFormItem("Evidence", quoteLabelWidget(anc.Quote)),
		{Text: "Who", Widget: f.actor, HintText: "A new name adds an actor"},
		widget.NewFormItem("Topic", f.topic),
		widget.NewFormItem("Stance", f.stance),
		widget.NewFormItem("Summary", f.summary),
	}
	d := dialog.NewForm("New position from the selection", "Add position", "Cancel", items, f.onSubmit, a.u.win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

// onSubmit adds the position, after asking when the actor already holds
// one on this passage: the analysis may have suggested it, and a silent
// second copy would be counted twice in the brief and the workbook.
func (f *positionForm) onSubmit(ok bool) {
	if !ok {
		return
	}
	p := f.a.u.project()
	actorID := actorByName(p, f.actor.Text)
	if actorID == "" {
		f.add()
		return
	}
	same := p.PositionsOfAt(actorID, f.anc)
	if len(same) == 0 {
		f.add()
		return
	}
	x := same[0]
	msg := fmt.Sprintf("%s already holds a position on this passage (%s, %s):\n“%s”",
		p.Actor(actorID).Name, originWord(x.Review), x.Stance, oneLine(x.Summary))
	if len(same) > 1 {
		msg += fmt.Sprintf("\nand %d more.", len(same)-1)
	}
	text := &widget.Label{Text: msg + "\n\nAdd the new one as well?", Wrapping: fyne.TextWrapWord}
	d := dialog.NewCustomConfirm("This position is already there", "Keep both", "Cancel", text, f.onKeepBoth, f.a.u.win)
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
}

func (f *positionForm) onKeepBoth(keep bool) {
	if keep {
		f.add()
	}
}

// add adds the position as the form says, and the actor when the name is
// new.
func (f *positionForm) add() {
	u := f.a.u
	topicID := f.topicIDs[max(f.topic.SelectedIndex(), 0)]
	name, stance, summary, anc := f.actor.Text, f.stance.Selected, f.summary.Text, f.anc
	var id string
	if u.do("Add position", func(p *project.Project) error {
		actorID := actorByName(p, name)
		if actorID == "" {
			var err error
			if actorID, err = p.AddActor(project.ActorFields{Name: name, Type: "other"}, &anc); err != nil {
				return err
			}
		}
		var err error
		id, err = p.AddPosition(actorID, topicID, stance, summary, anc)
		return err
	}) {
		u.positions.choose(id)
		u.tabs.SelectIndex(tabPositions)
	}
}

// originWord says in a word where an item comes from, for messages.
func originWord(r project.Review) string {
	switch r.Origin {
	case project.Added:
		return "added by you"
	case project.Edited:
		return "suggested, edited"
	}
	return "suggested"
}
