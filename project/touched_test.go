package project

import "testing"

// What a change touched, as the user interface reads it to redraw: a
// review decision touches one position and none of its links; a rejection
// changes the links (the actor's count of positions); undo touches what the
// change did; nothing else reads as changed.
func TestTouchedSince(t *testing.T) {
	ed := NewEditor(bigProject(50))
	s0 := ed.Project()
	must(t, ed.Do("accept", func(p *Project) error { return p.Accept(PositionItem, "p3") }))
	s1 := ed.Project()
	if got := s1.TouchedSince(s0); got != (Touched{Positions: true}) {
		t.Errorf("accepting a position touched %+v, want only the positions", got)
	}
	must(t, ed.Do("reject", func(p *Project) error { return p.Reject(PositionItem, "p4") }))
	if got := ed.Project().TouchedSince(s1); got != (Touched{Positions: true, PositionLinks: true}) {
		t.Errorf("rejecting a position touched %+v, want the positions and their links", got)
	}
	must(t, ed.Undo())
	if got := ed.Project().TouchedSince(s1); got.Any() {
		t.Errorf("undo gives back a state that differs from the one before: %+v", got)
	}
	must(t, ed.Do("rename", func(p *Project) error { return p.RenameTopic("t1", "Energy") }))
	if got := ed.Project().TouchedSince(s1); got != (Touched{Topics: true}) {
		t.Errorf("renaming a topic touched %+v, want only the topics", got)
	}
}
