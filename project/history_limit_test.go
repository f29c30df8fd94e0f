package project

import (
	"strconv"
	"testing"
)

// The history keeps every step of a session on a very large brief, and its
// steps share the items they did not change with the project.
func TestHistoryKeepsTheWholeSession(t *testing.T) {
	big := New()
	big.Actors = []*Actor{{ID: "a1", Name: "A"}}
	for i := 0; i < 20_000; i++ {
		big.Positions = append(big.Positions, &Position{ID: "p" + strconv.Itoa(i), Actor: "a1"})
	}
	ed := NewEditor(big)
	const steps = 1000
	for i := range steps {
		if err := ed.Do("note", func(p *Project) error { p.Positions[i%10].Note = strconv.Itoa(i); return nil }); err != nil {
			t.Fatal(err)
		}
	}
	undone := 0
	for ed.CanUndo() {
		if err := ed.Undo(); err != nil {
			t.Fatal(err)
		}
		undone++
	}
	if undone != steps {
		t.Fatalf("%d steps undone, want all %d", undone, steps)
	}
	for i, x := range ed.Project().Positions {
		if x != big.Positions[i] {
			t.Fatalf("after undoing every step position %d is not the one opened", i)
		}
	}
}

// Bulk changes that together hold more items than the history's bound drop
// the oldest steps; the kept ones still undo to the state before them.
func TestHistoryBoundDropsOldestBulkChanges(t *testing.T) {
	p := New()
	for i := 0; i < 1000; i++ {
		p.Positions = append(p.Positions, &Position{ID: "p" + strconv.Itoa(i)})
	}
	defer func(n int) { historyItems = n }(historyItems)
	historyItems = 10_000 // each step below keeps 2,004: four of them fit
	ed := NewEditor(p)
	for i := 0; i < 7; i++ {
		if err := ed.Do("note all", func(p *Project) error {
			for _, x := range p.Positions {
				x.Note = strconv.Itoa(i)
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	undone := 0
	for ed.CanUndo() {
		if err := ed.Undo(); err != nil {
			t.Fatal(err)
		}
		undone++
	}
	if undone != 4 {
		t.Fatalf("%d steps kept, want 4", undone)
	}
	if got := ed.Project().Positions[999].Note; got != "2" {
		t.Fatalf("after undoing the kept steps the note is %q, want %q (the state before the oldest kept step)", got, "2")
	}
}
