package project

import (
	"errors"
	"testing"
)

func TestEditNoteAndMoveExcerpt(t *testing.T) {
	p := OpenSample()
	d := p.Documents[0]
	a, err := p.AnchorAt(d.ID, 0, 10)
	must(t, err)
	topic := p.LiveTopics()[0].ID
	ed := NewEditor(p)
	var nid, xid string
	must(t, ed.Do("add", func(p *Project) (err error) {
		if nid, err = p.AddNote(a, "first", ""); err != nil {
			return err
		}
		xid, err = p.AddExcerpt(a, "")
		return err
	}))
	must(t, ed.Do("edit", func(p *Project) error { return p.EditNote(nid, "  second ", topic) }))
	if n := ed.Project().Note(nid); n.Text != "second" || n.Topic != topic {
		t.Fatalf("edited note %+v", n)
	}
	if err := ed.Do("empty", func(p *Project) error { return p.EditNote(nid, " ", "") }); err == nil {
		t.Error("an empty note was accepted")
	}
	if err := ed.Do("bad topic", func(p *Project) error { return p.EditNote(nid, "x", "nope") }); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown topic: %v", err)
	}
	must(t, ed.Do("move", func(p *Project) error { return p.MoveExcerpt(xid, topic) }))
	if x := ed.Project().Excerpt(xid); x.Topic != topic {
		t.Fatalf("moved excerpt %+v", x)
	}
	if err := ed.Do("missing", func(p *Project) error { return p.MoveExcerpt("nope", "") }); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown excerpt: %v", err)
	}
	must(t, ed.Undo())
	must(t, ed.Undo())
	if n, x := ed.Project().Note(nid), ed.Project().Excerpt(xid); n.Text != "first" || n.Topic != "" || x.Topic != "" {
		t.Fatalf("after undo: %+v %+v", n, x)
	}
}
