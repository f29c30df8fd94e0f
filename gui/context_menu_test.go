package gui

import (
	"fmt"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// menuLabels are the labels of a menu's items, separators left out.
func menuLabels(m *fyne.Menu) []string {
	var out []string
	for _, it := range m.Items {
		if !it.IsSeparator {
			out = append(out, it.Label)
		}
	}
	return out
}

// menuItem runs the item of m with the given label.
func menuItem(t *testing.T, m *fyne.Menu, label string) {
	t.Helper()
	for _, it := range m.Items {
		if it.Label == label && !it.Disabled {
			it.Action()
			return
		}
	}
	t.Fatalf("no enabled %q in the menu %q", label, menuLabels(m))
}

// rightClickRow right-clicks the first visible row of list that has a menu,
// checks that a menu pops up and returns it.
func rightClickRow(t *testing.T, u *ui, list *widget.List) *fyne.Menu {
	t.Helper()
	rows := find(list, func(r *listRow) bool { return r.menu != nil })
	if len(rows) == 0 {
		t.Fatal("no list row with a right-click menu")
	}
	test.TapSecondary(rows[0])
	m := rows[0].menu()
	requireShownMenu(t, u, m)
	return m
}

// requireShownMenu checks that the window's top overlay is a pop-up
// showing the items of m, and closes it.
func requireShownMenu(t *testing.T, u *ui, m *fyne.Menu) {
	t.Helper()
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("the right click opened nothing")
	}
	shown := map[string]bool{}
	for _, o := range test.LaidOutObjects(top) {
		if txt, ok := o.(*canvas.Text); ok {
			shown[txt.Text] = true
		}
	}
	for _, l := range menuLabels(m) {
		if !shown[l] {
			t.Errorf("the pop-up does not show %q", l)
		}
	}
	top.Hide()
}

func countPositions(p *project.Project, keep func(*project.Position) bool) int {
	n := 0
	for _, x := range p.Positions {
		if keep(x) {
			n++
		}
	}
	return n
}

// A right click on a position's row accepts, rejects, includes and deletes
// that position, each as one undoable step.
func TestPositionRowMenu(t *testing.T) {
	u := newTestUI(t)
	u.tabs.SelectIndex(tabPositions)
	reviewed := func(x *project.Position) bool { return x.Reviewed && !x.Rejected }
	before := countPositions(u.project(), reviewed)
	m := rightClickRow(t, u, u.positions.list)
	for _, want := range []string{"Accept", "Reject", "Edit", "Show in Article", "Delete"} {
		if !slices.Contains(menuLabels(m), want) {
			t.Errorf("the position menu %q has no %q", menuLabels(m), want)
		}
	}
	menuItem(t, m, "Accept")
	if got := countPositions(u.project(), reviewed); got != before+1 || u.ed.UndoName() != "Accept position" {
		t.Fatalf("after Accept: %d accepted (was %d), undo step %q", got, before, u.ed.UndoName())
	}
	m = rightClickRow(t, u, u.positions.list)
	if slices.Contains(menuLabels(m), "Accept") {
		t.Error("an accepted position still offers Accept")
	}
	inBrief := func(x *project.Position) bool { return x.Selected }
	sel := countPositions(u.project(), inBrief)
	if slices.Contains(menuLabels(m), "Leave Out of the Brief") {
		menuItem(t, m, "Leave Out of the Brief")
		sel--
	} else {
		menuItem(t, m, "Include in the Brief")
		sel++
	}
	if got := countPositions(u.project(), inBrief); got != sel {
		t.Errorf("after the include item %d positions in the brief, want %d", got, sel)
	}
	// A suggested position that is deleted stays in the project as
	// rejected, so that a new analysis does not suggest it again.
	gone := func(x *project.Position) bool { return x.Rejected }
	n := countPositions(u.project(), gone)
	menuItem(t, rightClickRow(t, u, u.positions.list), "Delete")
	if got := countPositions(u.project(), gone); got != n+1 || u.ed.UndoName() != "Delete position" {
		t.Fatalf("after Delete %d deleted positions (was %d), undo step %q", got, n, u.ed.UndoName())
	}
	u.undo()
	if got := countPositions(u.project(), gone); got != n {
		t.Errorf("undo of Delete: %d deleted positions, want %d", got, n)
	}
}

// A right click on a topic's row rejects it, and Edit focuses it.
func TestTopicRowMenu(t *testing.T) {
	u := newTestUI(t)
	u.tabs.SelectIndex(tabTopics)
	live := len(u.project().LiveTopics())
	menuItem(t, rightClickRow(t, u, u.topics.list), "Reject")
	if got := len(u.project().LiveTopics()); got != live-1 || u.ed.UndoName() != "Reject topic" {
		t.Fatalf("after Reject %d live topics (was %d), undo step %q", got, live, u.ed.UndoName())
	}
	menuItem(t, rightClickRow(t, u, u.topics.list), "Edit")
	if u.focusTopic == "" {
		t.Error("Edit did not choose the topic")
	}
}

// A right click on selected text in the article offers to make a topic, a
// position, an excerpt or a note of exactly that passage; with nothing
// selected, only Copy (disabled) and Select All.
func TestSelectionMenu(t *testing.T) {
	u := newTestUI(t)
	u.article.setSelecting(true)
	m := u.article.selectionMenu()
	if got := menuLabels(m); !slices.Equal(got, []string{"Copy", "Select All"}) || !m.Items[0].Disabled {
		t.Errorf("menu without a selection: %q", got)
	}
	phrase := "disinformation countering centre"
	b := selectPhrase(t, u, phrase)
	test.TapSecondary(u.article.entry)
	m = u.article.selectionMenu()
	requireShownMenu(t, u, m)
	for _, want := range []string{"New Topic from the Selection…", "New Position…", "Key Excerpt", "Note…"} {
		if !slices.Contains(menuLabels(m), want) {
			t.Errorf("the selection menu %q has no %q", menuLabels(m), want)
		}
	}
	menuItem(t, m, "Key Excerpt")
	if n := len(u.project().Excerpts); n != 1 {
		t.Fatalf("%d key excerpts, want 1", n)
	}
	if x := u.project().Excerpts[0].Anchor; x.Quote != phrase || x.Start != b {
		t.Errorf("the excerpt is %q at %d, want %q at %d", x.Quote, x.Start, phrase, b)
	}
	menuItem(t, m, "Copy")
	if got := u.app.Clipboard().Content(); got != phrase {
		t.Errorf("Copy put %q on the clipboard", got)
	}
}

// actorCells are the Actors table's cells that have a menu. Table cells are
// the objects of the table's unexported cells widget, which
// test.LaidOutObjects does not list.
func actorCells(u *ui) []*menuRow {
	var out []*menuRow
	for _, o := range test.LaidOutObjects(u.actors.table) {
		if w, ok := o.(fyne.Widget); ok && fmt.Sprintf("%T", o) == "*widget.tableCells" {
			for _, c := range test.WidgetRenderer(w).Objects() {
				if r, ok := c.(*menuRow); ok && r.Visible() && r.menu != nil {
					out = append(out, r)
				}
			}
		}
	}
	return out
}

// A right click on an actor's row rejects it (one undoable step); the
// actor menu has no brief item, since actors are not ticked for the brief.
func TestActorRowMenu(t *testing.T) {
	u := newTestUI(t)
	u.tabs.SelectIndex(tabActors)
	cells := actorCells(u)
	if len(cells) == 0 {
		t.Fatal("no Actors table cell with a right-click menu")
	}
	test.TapSecondary(cells[0])
	m := cells[0].menu()
	requireShownMenu(t, u, m)
	labels := menuLabels(m)
	if !slices.Contains(labels, "Reject") || !slices.Contains(labels, "Delete") || slices.Contains(labels, "Include in the Brief") {
		t.Errorf("the actor menu is %q", labels)
	}
	live := len(u.project().LiveActors())
	menuItem(t, m, "Reject")
	if got := len(u.project().LiveActors()); got != live-1 || u.ed.UndoName() != "Reject actor" {
		t.Fatalf("after Reject %d live actors (was %d), undo step %q", got, live, u.ed.UndoName())
	}
}
