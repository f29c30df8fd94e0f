package project

import (
	"bytes"
	"path/filepath"
	"reflect"
	"testing"
)

// TestUndoRedoLongSequence runs a long mixed session through the Editor,
// undoes every step back to the project as opened, checking each state on
// the way, then redoes every step to the final state.
func TestUndoRedoLongSequence(t *testing.T) {
	path := filepath.Join(t.TempDir(), "session.brief")
	must(t, Save(path, fixture(t)))
	opened, err := Load(path)
	must(t, err)
	pristine, err := Load(path) // never handed to the editor
	must(t, err)

	ed := NewEditor(opened)
	var splitID string
	steps := []struct {
		name string
		fn   func(p *Project) error
	}{
		{"accept", func(p *Project) error { return p.Accept(PositionItem, "p1") }},
		{"stance", func(p *Project) error { return p.ReviewStance("p2", "neutral") }},
		{"note", func(p *Project) error { return p.SetPositionNote("p3", "ask the desk") }},
		{"bulk reject", func(p *Project) error { _, err := p.BulkReview(ReviewFilter{Actor: "a7"}, false); return err }},
		{"bulk accept", func(p *Project) error {
			_, err := p.BulkReview(ReviewFilter{Topic: "t1", MinConfidence: 0.3}, true)
			return err
		}},
		{"merge Zelensky", func(p *Project) error { return p.MergeActors("a1", "a2") }},
		{"swap topics", func(p *Project) error { p.Topics[0], p.Topics[2] = p.Topics[2], p.Topics[0]; return nil }},
		{"move topic", func(p *Project) error { return p.MoveTopic("t1", 1) }},
		{"alias", func(p *Project) error { return p.AddAlias("a5", "Russian Federation") }},
		{"merge Russia", func(p *Project) error { return p.MergeActors("a5", "a3", "a4") }},
		{"delete position", func(p *Project) error { return p.DeletePosition("p6") }},
		{"delete topic", func(p *Project) error { return p.DeleteTopic("t3") }},
		{"reject actor", func(p *Project) error { return p.Reject(ActorItem, "a9") }},
		{"add note", func(p *Project) error {
			_, err := p.AddNote(p.Position("p4").Evidence, "premature?", "t1")
			return err
		}},
		{"split Moscow", func(p *Project) error { id, err := p.SplitActor("a5", []string{"Moscow"}); splitID = id; return err }},
		{"rename", func(p *Project) error {
			return p.UpdateActor(splitID, ActorFields{Name: "Moscow city hall", Type: "organization"})
		}},
		{"restore topic", func(p *Project) error { return p.Accept(TopicItem, "t3") }},
		{"remove alias", func(p *Project) error { return p.RemoveAlias("a5", "Russian Federation") }},
		{"merge US", func(p *Project) error { return p.MergeActors("a8", "a6", "a7") }},
	}
	states := [][]byte{marshal(t, ed.Project())}
	for _, s := range steps {
		if err := ed.Do(s.name, s.fn); err != nil {
			t.Fatalf("step %q: %v", s.name, err)
		}
		must(t, ed.Project().Validate())
		states = append(states, marshal(t, ed.Project()))
		if bytes.Equal(states[len(states)-1], states[len(states)-2]) {
			t.Fatalf("step %q changed nothing", s.name)
		}
	}
	final := ed.Project().Clone()
	// A failing step changes nothing and is not recorded.
	if err := ed.Do("bad merge", func(p *Project) error { return p.MergeActors("a1", "nobody") }); err == nil || ed.UndoName() != "merge US" {
		t.Fatalf("a failed step was recorded: %v, %q", err, ed.UndoName())
	}

	for i := len(steps) - 1; i >= 0; i-- {
		if ed.UndoName() != steps[i].name {
			t.Fatalf("undo name %q, want %q", ed.UndoName(), steps[i].name)
		}
		must(t, ed.Undo())
		if got := marshal(t, ed.Project()); !bytes.Equal(got, states[i]) {
			t.Fatalf("after undoing %q the project differs from before it", steps[i].name)
		}
	}
	if ed.Undo() != ErrNothingToUndo {
		t.Fatal("undo past the start")
	}
	if !reflect.DeepEqual(ed.Project(), pristine) {
		t.Fatal("after undoing everything the project is not the project as opened")
	}
	for i := range steps {
		must(t, ed.Redo())
		if got := marshal(t, ed.Project()); !bytes.Equal(got, states[i+1]) {
			t.Fatalf("after redoing %q the project differs", steps[i].name)
		}
	}
	if ed.Redo() != ErrNothingToRedo {
		t.Fatal("redo past the end")
	}
	if !reflect.DeepEqual(ed.Project(), final) {
		t.Fatal("after redoing everything the project is not the final one")
	}
}

func marshal(t testing.TB, p *Project) []byte {
	t.Helper()
	b, err := Marshal(p)
	must(t, err)
	return b
}

func TestCloneKeepsNilAndEmpty(t *testing.T) {
	data := []byte(`{"format":"briefing-builder-project","version":1,"project":{"documents":[],"actors":[{"id":"a","aliases":[],"mentions":null}],"topics":null,"notes":[]}}`)
	p, err := Unmarshal(data)
	must(t, err)
	if !reflect.DeepEqual(p.Clone(), p) || !bytes.Equal(marshal(t, p.Clone()), marshal(t, p)) {
		t.Fatal("a clone differs from its original")
	}
}
