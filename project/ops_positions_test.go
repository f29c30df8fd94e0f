package project

import (
	"strings"
	"testing"
)

func TestPositionOps(t *testing.T) {
	p := opsProject()
	if err := p.SetStance("p1", "supports"); err != nil || p.Position("p1").Stance != "supports" || p.Position("p1").Origin != Edited {
		t.Errorf("stance: %v %+v", err, p.Position("p1"))
	}
	if err := p.SetStance("p1", "maybe"); err == nil {
		t.Error("accepted an unknown stance")
	}
	if err := p.SetPositionSelected("p1", false); err != nil || p.InBrief(p.Position("p1")) {
		t.Error("leaving out failed")
	}
	if err := p.SetPositionSummary("p1", "  "); err == nil {
		t.Error("accepted an empty summary")
	}
	if err := p.SetPositionActor("p1", "a2"); err != nil || p.Position("p1").Actor != "a2" {
		t.Error("actor change failed")
	}
	if err := p.SetPositionTopic("p1", "zz"); err == nil {
		t.Error("accepted an unknown topic")
	}
	if err := p.SetPositionNote("p1", "c"); err != nil || p.Position("p1").Note != "c" {
		t.Error("note failed")
	}
	d := p.Documents[0]
	i := strings.Index(d.Text, "Talks go on.")
	a, _ := p.AnchorAt("d1", i, i+len("Talks go on."))
	id, err := p.AddPosition("a1", "t2", "neutral", "", a)
	if err != nil {
		t.Fatal(err)
	}
	x := p.Position(id)
	if x.Summary != "Talks go on." || x.Paragraph != d.ParagraphAt(i) || x.Origin != Added || !p.InBrief(x) {
		t.Errorf("added: %+v", x)
	}
	if _, err := p.AddPosition("nobody", "", "neutral", "", a); err == nil {
		t.Error("added a position without an actor")
	}
	if err := p.DeletePosition(id); err != nil || p.Position(id) != nil {
		t.Error("an added position was not removed")
	}
	if err := p.DeletePosition("p2"); err != nil || !p.Position("p2").Rejected {
		t.Error("a suggested position was not rejected")
	}
}

func TestActorOps(t *testing.T) {
	p := opsProject()
	if err := p.UpdateActor("a1", ActorFields{Name: "Alice Smith", Type: "person", Role: " minister "}); err != nil {
		t.Fatal(err)
	}
	a := p.Actor("a1")
	if a.Name != "Alice Smith" || a.Role != "minister" || a.Origin != Edited || a.Aliases[0] != "Alice" {
		t.Errorf("updated: %+v", a)
	}
	id, err := p.AddActor(ActorFields{Name: "Carol"}, nil)
	if err != nil || p.Actor(id).Type != "other" {
		t.Fatalf("add: %v", err)
	}
	if _, err := p.AddActor(ActorFields{Name: "carol"}, nil); err == nil {
		t.Error("added Carol twice")
	}
	if err := p.DeleteActor("a1"); err != nil || !p.Actor("a1").Rejected || !p.Position("p1").Rejected {
		t.Error("deleting a suggested actor did not reject it and its positions")
	}
	if err := p.DeleteActor(id); err != nil || p.Actor(id) != nil {
		t.Error("an added actor was not removed")
	}
	if n := p.PositionCount("a2"); n != 1 {
		t.Errorf("a2 holds %d positions", n)
	}
	if err := p.Validate(); err != nil {
		t.Error(err)
	}
}

func TestNotesExcerptsBrief(t *testing.T) {
	p := opsProject()
	a, err := p.AnchorAt("d1", 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	nid, err := p.AddNote(a, " check this ", "t1")
	if err != nil || p.Notes[0].Text != "check this" {
		t.Fatalf("note: %v", err)
	}
	if _, err := p.AddNote(a, " ", ""); err == nil {
		t.Error("added an empty note")
	}
	xid, err := p.AddExcerpt(a, "t1")
	if err != nil {
		t.Fatal(err)
	}
	if err := p.MergeTopics("t2", "t1"); err != nil || p.Notes[0].Topic != "t2" || p.Excerpts[0].Topic != "t2" {
		t.Error("merging did not move the note and the excerpt")
	}
	if p.DeleteNote(nid) != nil || p.DeleteExcerpt(xid) != nil || len(p.Notes)+len(p.Excerpts) != 0 {
		t.Error("delete failed")
	}
	if err := p.SetBrief(Brief{Title: "T", PageSize: "Legal"}); err == nil {
		t.Error("accepted page size Legal")
	}
	if err := p.SetBrief(Brief{Title: "T", Date: "25/11/2026"}); err == nil {
		t.Error("accepted a date that is not YYYY-MM-DD")
	}
	if err := p.SetBrief(Brief{Title: "T", Date: "2026-11-25"}); err != nil || p.Brief.PageSize != "A4" {
		t.Errorf("brief: %v %+v", err, p.Brief)
	}
}
