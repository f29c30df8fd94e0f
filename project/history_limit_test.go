package project

import (
	"strconv"
	"testing"
)

// A very large brief keeps a shorter history, so that undo snapshots cannot
// take gigabytes; a small one keeps the full history.
func TestHistoryLimitScalesWithProjectSize(t *testing.T) {
	small := NewEditor(sampleProject(t))
	for i := 0; i < 50; i++ {
		if err := small.Do("title", func(p *Project) error { p.Brief.Title = strconv.Itoa(i); return nil }); err != nil {
			t.Fatal(err)
		}
	}
	if len(small.undo) != 50 {
		t.Fatalf("small project keeps %d steps, want all 50", len(small.undo))
	}

	big := New()
	big.Actors = []*Actor{{ID: "a1", Name: "A"}}
	for i := 0; i < 200_000; i++ {
		big.Positions = append(big.Positions, &Position{ID: "p" + strconv.Itoa(i), Actor: "a1"})
	}
	ed := NewEditor(big)
	for i := 0; i < 12; i++ {
		if err := ed.Do("note", func(p *Project) error { p.Positions[0].Note = strconv.Itoa(i); return nil }); err != nil {
			t.Fatal(err)
		}
	}
	if len(ed.undo) != 10 {
		t.Fatalf("a 200,000-position project keeps %d steps, want 10", len(ed.undo))
	}
	for ed.CanUndo() {
		if err := ed.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	if got := ed.Project().Positions[0].Note; got != "1" {
		t.Fatalf("after undoing the kept steps the note is %q, want %q (the state before the oldest kept step)", got, "1")
	}
}
