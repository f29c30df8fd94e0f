package gui

import (
	"bytes"
	"slices"
	"strconv"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// twoActors returns the two live actors with the most positions.
func twoActors(t *testing.T, u *ui) (*project.Actor, *project.Actor) {
	t.Helper()
	p := u.project()
	live := slices.Clone(p.LiveActors())
	slices.SortStableFunc(live, func(a, b *project.Actor) int { return p.PositionCount(b.ID) - p.PositionCount(a.ID) })
	if len(live) < 2 {
		t.Fatalf("the sample has %d live actors, this test needs 2: the sample or the analysis changed", len(live))
	}
	return live[0], live[1]
}

// mergeViaDialog merges other into keep with the Merge… dialog.
func mergeViaDialog(t *testing.T, u *ui, keep, other string) {
	t.Helper()
	u.tabs.SelectIndex(tabActors)
	u.actors.choose(keep)
	tapButton(t, u, "Merge…")
	groups := find[*widget.CheckGroup](overlay(t, u), nil)
	if len(groups) != 1 {
		t.Fatalf("the merge dialog has %d check groups", len(groups))
	}
	groups[0].SetSelected([]string{u.project().Actor(other).Name})
	tapButton(t, u, "Merge")
}

func TestMergeAndSplitActors(t *testing.T) {
	u := newTestUI(t)
	a, b := twoActors(t, u)
	aID, bID, bName := a.ID, b.ID, b.Name
	held := u.project().PositionCount(aID) + u.project().PositionCount(bID)
	mergeViaDialog(t, u, aID, bID)
	p := u.project()
	if p.Actor(bID) != nil {
		t.Fatalf("%s is still an actor after the merge", bName)
	}
	if !slices.Contains(p.Actor(aID).Aliases, bName) {
		t.Fatalf("aliases after merge: %v", p.Actor(aID).Aliases)
	}
	if got := p.PositionCount(aID); got > held || got == 0 {
		t.Errorf("%d positions after merge, %d before", got, held)
	}

	// Split it off again through the Split… dialog.
	tapButton(t, u, "Split…")
	groups := find[*widget.CheckGroup](overlay(t, u), nil)
	groups[0].SetSelected([]string{bName})
	tapButton(t, u, "Split")
	p = u.project()
	if slices.Contains(p.Actor(aID).Aliases, bName) {
		t.Errorf("%s is still an alias after the split", bName)
	}
	nid := u.focusActor
	if n := p.Actor(nid); n == nil || n.Name != bName {
		t.Fatalf("split made %+v, want an actor named %q", n, bName)
	}

	// Aliases.
	u.actors.choose(aID)
	u.win.Canvas().Focus(u.actors.aliases.entry)
	test.Type(u.actors.aliases.entry, "The Boss")
	u.actors.aliases.entry.OnSubmitted(u.actors.aliases.entry.Text)
	if !slices.Contains(u.project().Actor(aID).Aliases, "The Boss") {
		t.Fatalf("alias not added: %v", u.project().Actor(aID).Aliases)
	}
	rows := find[*widget.Label](u.actors.aliases.list, func(l *widget.Label) bool { return l.Text == "The Boss" })
	if len(rows) != 1 {
		t.Fatal("the new alias is not listed")
	}
	var rm *widget.Button
	for _, o := range u.actors.aliases.list.Objects {
		if row := find[*widget.Label](o, func(l *widget.Label) bool { return l.Text == "The Boss" }); len(row) == 1 {
			rm = find[*widget.Button](o, nil)[0]
		}
	}
	test.Tap(rm)
	if slices.Contains(u.project().Actor(aID).Aliases, "The Boss") {
		t.Error("alias not removed")
	}
}

func TestLikelyDuplicatesDialog(t *testing.T) {
	u := newTestUI(t)
	// Two pairs of a full name and a surname, whatever the analysis finds.
	var twinA, twinB string
	u.do("Add actors", func(p *project.Project) error {
		for _, n := range []string{"Jane Doeman", "Doeman", "John Roeman", "Roeman"} {
			id, err := p.AddActor(project.ActorFields{Name: n, Type: "person"}, nil)
			if err != nil {
				return err
			}
			switch n {
			case "Doeman":
				twinA = id
			case "Roeman":
				twinB = id
			}
		}
		return nil
	})
	u.tabs.SelectIndex(tabActors)
	before := len(u.duplicates())
	if before < 2 {
		t.Fatalf("%d likely duplicates after adding two namesakes", before)
	}
	if find[*widget.Button](u.actors.content, func(x *widget.Button) bool { return x.Text == "Duplicates ("+strconv.Itoa(before)+")" }) == nil {
		t.Error("the Duplicates button does not count the pairs")
	}
	tapButton(t, u, "Duplicates ("+strconv.Itoa(before)+")")
	// Dismiss the pair of a, merge the pair of b.
	pairs := u.duplicates()
	ia := slices.IndexFunc(pairs, func(d project.DuplicatePair) bool { return d.Keep == twinA || d.Other == twinA })
	ib := slices.IndexFunc(pairs, func(d project.DuplicatePair) bool { return d.Keep == twinB || d.Other == twinB })
	if ia < 0 || ib < 0 {
		t.Fatalf("the namesakes are not proposed: %+v", pairs)
	}
	dismiss := find[*widget.Button](overlay(t, u), func(x *widget.Button) bool { return x.Text == "Dismiss" })
	test.Tap(dismiss[ia])
	if len(u.duplicates()) != before-1 {
		t.Fatalf("%d pairs after Dismiss, want %d", len(u.duplicates()), before-1)
	}
	pairs = u.duplicates()
	ib = slices.IndexFunc(pairs, func(d project.DuplicatePair) bool { return d.Keep == twinB || d.Other == twinB })
	merge := find[*widget.Button](overlay(t, u), func(x *widget.Button) bool { return x.Text == "Merge" })
	if len(merge) != len(pairs) {
		t.Fatalf("%d Merge buttons for %d pairs", len(merge), len(pairs))
	}
	gone := pairs[ib].Other
	test.Tap(merge[ib])
	if u.project().Actor(gone) != nil {
		t.Error("Merge did not merge the pair")
	}
	if len(u.duplicates()) != before-2 {
		t.Errorf("%d pairs after Merge, want %d", len(u.duplicates()), before-2)
	}
	// The dismissed pair stays dismissed.
	for _, d := range u.duplicates() {
		if d.Keep == twinA || d.Other == twinA {
			t.Error("the dismissed pair came back")
		}
	}
}

// TestUndoRedoLongSequence drives many kinds of change through the GUI,
// undoes them all back to the exact starting project, and redoes them all.
func TestUndoRedoLongSequence(t *testing.T) {
	u := newTestUI(t)
	marshal := func() []byte {
		b, err := project.Marshal(u.project())
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	start := marshal()
	a, b := twoActors(t, u)
	aID, bID := a.ID, b.ID

	// Topics: untick, rename.
	checks := find[*widget.Check](u.topics.list, nil)
	test.Tap(checks[0])
	u.topics.list.Select(1)
	u.win.Canvas().Focus(u.topics.name)
	test.Type(u.topics.name, " (renamed)")
	u.win.Canvas().Unfocus()
	// Review with keys, an edit and a bulk accept.
	startReview(t, u)
	typeKeys(t, u, "ar3")
	pressKey(t, u, fyne.KeyDown)
	pressKey(t, u, fyne.KeyReturn)
	typeKeys(t, u, "e")
	find[*widget.Entry](overlay(t, u), func(e *widget.Entry) bool { return e.MultiLine })[0].SetText("Edited in review.")
	tapButton(t, u, "Save")
	typeKeys(t, u, "b")
	find[*widget.Slider](overlay(t, u), nil)[0].SetValue(80)
	tapButton(t, u, "Apply")
	u.triage.kinds.SetSelected("Actors")
	typeKeys(t, u, "a")
	// Actors: merge, alias, split, edit.
	mergeViaDialog(t, u, aID, bID)
	u.actors.aliases.entry.SetText("Alias X")
	u.actors.aliases.add()
	tapButton(t, u, "Split…")
	find[*widget.CheckGroup](overlay(t, u), nil)[0].SetSelected([]string{b.Name})
	tapButton(t, u, "Split")
	u.actors.choose(aID)
	u.win.Canvas().Focus(u.actors.role)
	test.Type(u.actors.role, "chief")
	u.win.Canvas().Unfocus()

	steps := 0
	for u.ed.CanUndo() {
		u.undo()
		steps++
	}
	if steps < 12 {
		t.Errorf("only %d undoable steps", steps)
	}
	if got := marshal(); !bytes.Equal(got, start) {
		t.Fatal("undoing everything did not restore the starting project")
	}
	if u.ed.Dirty() {
		t.Error("the starting project shows unsaved changes")
	}
	for u.ed.CanRedo() {
		u.redo()
	}
	p := u.project()
	if p.Actor(aID).Role != "chief" || !slices.Contains(p.Actor(aID).Aliases, "Alias X") {
		t.Errorf("redo did not bring back the actor edits: %+v", p.Actor(aID))
	}
	for u.ed.CanUndo() {
		u.undo()
	}
	if !bytes.Equal(marshal(), start) {
		t.Fatal("a second undo of everything did not restore the starting project")
	}
}
