package gui

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// Merging, splitting and renaming actors: the "Merge…", "Split…" and
// "Duplicates" buttons of the Actors tab and the aliases of the chosen
// actor.

// aliasEditor lists the focused actor's other names, each with a remove
// button, and adds one.
type aliasEditor struct {
	a       *actorsPanel
	list    *fyne.Container
	entry   *widget.Entry
	content fyne.CanvasObject
}

func newAliasEditor(a *actorsPanel) *aliasEditor {
	e := &aliasEditor{a: a, list: container.NewVBox(), entry: widget.NewEntry()}
	e.entry.PlaceHolder = "Another name, e.g. the Kremlin"
	e.entry.OnSubmitted = func(string) { e.add() }
	add := &widget.Button{Text: "Add", Icon: theme.ContentAddIcon(), Importance: widget.LowImportance, OnTapped: e.add}
	e.content = container.NewVBox(e.list, container.NewBorder(nil, nil, nil, add, e.entry))
	return e
}

func (e *aliasEditor) load(x *project.Actor) {
	e.list.RemoveAll()
	for _, al := range x.Aliases {
		name := al
		rm := &widget.Button{Icon: theme.CancelIcon(), Importance: widget.LowImportance, OnTapped: func() { e.remove(name) }}
		e.list.Add(container.NewBorder(nil, nil, nil, rm, widget.NewLabel(name)))
	}
	if len(x.Aliases) == 0 {
		e.list.Add(&widget.Label{Text: "No other names.", Importance: widget.LowImportance})
	}
}

func (e *aliasEditor) add() {
	id, name := e.a.u.focusActor, strings.TrimSpace(e.entry.Text)
	if id == "" || name == "" {
		return
	}
	if e.a.u.do("Add alias", func(p *project.Project) error { return p.AddAlias(id, name) }) {
		e.entry.SetText("")
	}
}

func (e *aliasEditor) remove(name string) {
	id := e.a.u.focusActor
	e.a.u.do("Remove alias", func(p *project.Project) error { return p.RemoveAlias(id, name) })
}

// onMerge asks which other actors to merge into the chosen one.
func (a *actorsPanel) onMerge() {
	p := a.u.project()
	keep := p.Actor(a.u.focusActor)
	if keep == nil {
		a.u.status.say("Choose the actor to keep first, then Merge….")
		return
	}
	var ids, names []string
	for _, x := range p.LiveActors() {
		if x.ID != keep.ID {
			ids = append(ids, x.ID)
			names = append(names, x.Name)
		}
	}
	if len(ids) == 0 {
		a.u.status.say("There is no other actor to merge.")
		return
	}
	others := widget.NewCheckGroup(names, nil)
	msg := &widget.Label{Wrapping: fyne.TextWrapWord,
		Text: "Tick the actors that are really “" + keep.Name + "”. Their names become its aliases; their mentions and positions move to it."}
	scroll := container.NewVScroll(others)
	scroll.SetMinSize(fyne.NewSize(0, 240))
	keepID := keep.ID
	d := dialog.NewCustomConfirm("Merge into "+keep.Name, "Merge", "Cancel", container.NewBorder(msg, nil, nil, nil, scroll), func(ok bool) {
		if !ok {
			return
		}
		var chosen []string
		for i, n := range names {
			for _, s := range others.Selected {
				if s == n {
					chosen = append(chosen, ids[i])
					break
				}
			}
		}
		a.merge(keepID, chosen...)
	}, a.u.win)
	d.Resize(fyne.NewSize(480, 440))
	d.Show()
}

// merge merges others into keep as one undoable step.
func (a *actorsPanel) merge(keep string, others ...string) bool {
	if len(others) == 0 {
		a.u.status.say("No actor was ticked: nothing merged.")
		return false
	}
	name := "Merge actors"
	if len(others) > 1 {
		name = fmt.Sprintf("Merge %d actors", len(others)+1)
	}
	if a.u.do(name, func(p *project.Project) error { return p.MergeActors(keep, others...) }) {
		a.u.rememberMerge(keep)
		a.choose(keep)
		return true
	}
	return false
}

// onSplit asks which of the chosen actor's names belong to another actor.
func (a *actorsPanel) onSplit() {
	x := a.u.project().Actor(a.u.focusActor)
	if x == nil {
		a.u.status.say("Choose the actor to split first.")
		return
	}
	if len(x.Aliases) == 0 {
		a.u.status.say(x.Name + " has no other names to split off. Add one under “Also called”, or merge first.")
		return
	}
	aliases := widget.NewCheckGroup(x.Aliases, nil)
	msg := &widget.Label{Wrapping: fyne.TextWrapWord,
		Text: "Tick the names of “" + x.Name + "” that are another actor. They become a new actor (named after the first), with the mentions and positions that use them."}
	id := x.ID
	d := dialog.NewCustomConfirm("Split "+x.Name, "Split", "Cancel", container.NewBorder(msg, nil, nil, nil, container.NewVScroll(aliases)), func(ok bool) {
		if ok {
			a.split(id, aliases.Selected)
		}
	}, a.u.win)
	d.Resize(fyne.NewSize(480, 380))
	d.Show()
}

func (a *actorsPanel) split(id string, aliases []string) bool {
	if len(aliases) == 0 {
		a.u.status.say("No name was ticked: nothing split.")
		return false
	}
	var nid string
	if a.u.do("Split actor", func(p *project.Project) (err error) {
		nid, err = p.SplitActor(id, aliases)
		return err
	}) {
		a.u.forgetSplit(aliases)
		a.choose(nid)
		return true
	}
	return false
}

// duplicateCache keeps the likely duplicates of the last actors asked
// about: they depend on the actors alone, and comparing every pair of a
// 1 MB article's actors on each review key would be most of its time. A
// change leaves the actors it did not touch as they were (the snapshots of
// an Editor share them and are never changed in place), so the same
// pointers in the same order are the same actors.
type duplicateCache struct {
	actors []*project.Actor
	pairs  []project.DuplicatePair
	valid  bool
}

func (c *duplicateCache) of(p *project.Project) []project.DuplicatePair {
	if !c.valid || !slices.Equal(c.actors, p.Actors) {
		c.actors, c.pairs, c.valid = slices.Clone(p.Actors), p.LikelyDuplicates(), true
	}
	return c.pairs
}

// pairKey identifies a proposed pair, whichever way round.
func pairKey(x, y string) [2]string {
	if x > y {
		x, y = y, x
	}
	return [2]string{x, y}
}

// duplicates returns the likely duplicates the user has not dismissed.
func (u *ui) duplicates() []project.DuplicatePair {
	var out []project.DuplicatePair
	for _, d := range u.dupes.of(u.project()) {
		if !u.dismissed[pairKey(d.Keep, d.Other)] {
			out = append(out, d)
		}
	}
	return out
}

// duplicatesDialog lists the likely duplicates, each with Merge and
// Dismiss. Dismissed pairs stay dismissed for the session.
type duplicatesDialog struct {
	a    *actorsPanel
	rows *fyne.Container
	d    dialog.Dialog
}

func (a *actorsPanel) showDuplicates() {
	x := &duplicatesDialog{a: a, rows: container.NewVBox()}
	x.fill()
	msg := &widget.Label{Wrapping: fyne.TextWrapWord,
		Text: "These actors look like one under two names. Merge keeps the first and makes the second its alias; Dismiss hides the pair until you close the application."}
	scroll := container.NewVScroll(x.rows)
	scroll.SetMinSize(fyne.NewSize(0, 280))
	d := dialog.NewCustom("Likely duplicates", "Close", container.NewBorder(msg, nil, nil, nil, scroll), a.u.win)
	x.d = d
	d.Resize(fyne.NewSize(640, 460))
	d.Show()
}

func (x *duplicatesDialog) fill() {
	u := x.a.u
	x.rows.RemoveAll()
	pairs := u.duplicates()
	if len(pairs) == 0 {
		x.rows.Add(&widget.Label{Text: "No likely duplicates left.", Importance: widget.LowImportance})
	}
	p := u.project()
	for _, pr := range pairs {
		keep, other := p.Actor(pr.Keep), p.Actor(pr.Other)
		if keep == nil || other == nil {
			continue
		}
		pr := pr
		text := &widget.Label{Wrapping: fyne.TextWrapWord,
			Text: "“" + keep.Name + "” and “" + other.Name + "”: " + pr.Reason}
		merge := &widget.Button{Text: "Merge", Importance: widget.HighImportance, OnTapped: func() {
			if x.a.merge(pr.Keep, pr.Other) {
				x.fill()
			}
		}}
		dismiss := &widget.Button{Text: "Dismiss", Importance: widget.LowImportance, OnTapped: func() {
			u.dismissed[pairKey(pr.Keep, pr.Other)] = true
			u.refresh()
			x.fill()
		}}
		x.rows.Add(container.NewBorder(nil, nil, nil, container.NewHBox(merge, dismiss), text))
	}
	x.rows.Refresh()
}
