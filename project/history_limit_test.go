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
	defer func(n int) { historyPointers = n }(historyPointers)
	historyPointers = 2_400_000 // 11 steps of this brief
	keep := historyPointers / (len(big.Actors) + len(big.Positions) + 1)
	for i := 0; i < keep+2; i++ {
		if err := ed.Do("note", func(p *Project) error { p.Positions[0].Note = strconv.Itoa(i); return nil }); err != nil {
			t.Fatal(err)
		}
	}
	if keep >= DefaultHistoryLimit || len(ed.undo) != keep {
		t.Fatalf("a 200,000-position project keeps %d steps, want %d (fewer than %d)", len(ed.undo), keep, DefaultHistoryLimit)
	}
	for ed.CanUndo() {
		if err := ed.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	if got := ed.Project().Positions[0].Note; got != "1" {
		t.Fatalf("after undoing the kept steps the note is %q, want %q (the state before the oldest kept step)", got, "1")
	}
	// The snapshots share the 199,999 positions no step changed.
	if ed.Project().Positions[1] != big.Positions[1] {
		t.Error("an unchanged position was copied by the history, not shared")
	}
}
