package project

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"briefing/document"
)

// opsProject is a small project with three topics, two actors and
// positions, built by hand so that the tests do not depend on the analysis.
func opsProject() *Project {
	p := New()
	doc := document.FromText("d1", "Title Line\n\nAlice said the plan will fail. Bob’s team backs the plan.\n\nTalks go on.\n")
	p.Documents = []*document.Document{doc}
	at := func(s string) Anchor {
		i := strings.Index(doc.Text, s)
		return Anchor{Doc: "d1", Start: i, End: i + len(s), Quote: s}
	}
	p.Actors = []*Actor{
		{ID: "a1", Name: "Alice", Type: "person", Mentions: []Anchor{at("Alice")}, Review: Review{Origin: Suggested}},
		{ID: "a2", Name: "Bob", Type: "person", Mentions: []Anchor{at("Bob")}, Review: Review{Origin: Suggested}},
	}
	p.Topics = []*Topic{
		{ID: "t1", Label: "Plan", Selected: true, Priority: Medium, Sentences: []Anchor{at("Alice said the plan will fail.")}, Review: Review{Origin: Suggested}},
		{ID: "t2", Label: "Talks", Selected: true, Priority: High, Tags: []string{"diplomacy"}, Sentences: []Anchor{at("Talks go on.")}, Note: "n2", Review: Review{Origin: Suggested}},
		{ID: "t3", Label: "Other", Selected: false, Priority: Low, Review: Review{Origin: Suggested}},
	}
	p.Positions = []*Position{
		{ID: "p1", Actor: "a1", Topic: "t1", Stance: "opposes", Summary: "Alice: the plan will fail", Evidence: at("Alice said the plan will fail."), Selected: true, Review: Review{Origin: Suggested}},
		{ID: "p2", Actor: "a2", Topic: "t2", Stance: "supports", Summary: "Bob backs it", Evidence: at("Bob’s team backs the plan."), Selected: true, Review: Review{Origin: Suggested}},
	}
	if err := p.Validate(); err != nil {
		panic(err)
	}
	return p
}

func labels(p *Project) []string {
	var out []string
	for _, t := range p.LiveTopics() {
		out = append(out, t.ID)
	}
	return out
}

func TestMoveTopic(t *testing.T) {
	for _, tc := range []struct {
		id    string
		delta int
		want  []string
	}{
		{"t1", 1, []string{"t2", "t1", "t3"}},
		{"t3", -2, []string{"t3", "t1", "t2"}},
		{"t1", -1, []string{"t1", "t2", "t3"}},
		{"t2", 10, []string{"t1", "t3", "t2"}},
	} {
		p := opsProject()
		if err := p.MoveTopic(tc.id, tc.delta); err != nil {
			t.Fatal(err)
		}
		if got := labels(p); !slices.Equal(got, tc.want) {
			t.Errorf("MoveTopic(%s, %d) = %v, want %v", tc.id, tc.delta, got, tc.want)
		}
	}
	p := opsProject()
	p.Topics[0].Rejected = true // t1 hidden: moving t3 up passes over t2 only
	if err := p.MoveTopic("t3", -1); err != nil {
		t.Fatal(err)
	}
	if p.Topics[0].ID != "t1" || !slices.Equal(labels(p), []string{"t3", "t2"}) {
		t.Errorf("with a rejected topic: %v / %v", p.Topics[0].ID, labels(p))
	}
	if err := p.MoveTopic("nope", 1); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown topic: %v", err)
	}
}

func TestMergeTopics(t *testing.T) {
	p := opsProject()
	p.Topics[0].Note = "n1"
	if err := p.MergeTopics("t1", "t2"); err != nil {
		t.Fatal(err)
	}
	t1 := p.Topic("t1")
	if p.Topic("t2") != nil || len(t1.Sentences) != 2 || t1.Note != "n1\n\nn2" || t1.Priority != High ||
		!slices.Contains(t1.Tags, "diplomacy") || p.Position("p2").Topic != "t1" || t1.Origin != Edited {
		t.Errorf("merged: %+v, p2 topic %q", t1, p.Position("p2").Topic)
	}
	if err := p.Validate(); err != nil {
		t.Error(err)
	}
	if err := p.MergeTopics("t1", "t1"); err == nil {
		t.Error("merged a topic with itself")
	}
}

func TestRenameSelectPriorityTagsNote(t *testing.T) {
	p := opsProject()
	if err := p.RenameTopic("t1", "  New plan "); err != nil || p.Topic("t1").Label != "New plan" || p.Topic("t1").Origin != Edited {
		t.Errorf("rename: %v %+v", err, p.Topic("t1"))
	}
	if err := p.RenameTopic("t1", " "); err == nil {
		t.Error("renamed to nothing")
	}
	if err := p.SetTopicSelected("t1", false); err != nil || p.Topic("t1").Selected {
		t.Error("unselect failed")
	}
	if err := p.SetTopicPriority("t1", "urgent"); err == nil {
		t.Error("accepted an unknown priority")
	}
	if err := p.SetTopicTags("t1", []string{" a ", "", "A", "b"}); err != nil || !slices.Equal(p.Topic("t1").Tags, []string{"a", "b"}) {
		t.Errorf("tags: %v", p.Topic("t1").Tags)
	}
	if err := p.SetTopicNote("t1", "why"); err != nil || p.Topic("t1").Note != "why" {
		t.Error("note failed")
	}
}

func TestAddAndDeleteTopic(t *testing.T) {
	p := opsProject()
	d := p.Documents[0]
	i := strings.Index(d.Text, "Bob’s team")
	id, err := p.AddTopicFromSelection("d1", i-1, i+len("Bob’s team")+1, "")
	if err != nil {
		t.Fatal(err)
	}
	nt := p.Topic(id)
	if nt.Label != "Bob’s team" || nt.Sentences[0].Quote != "Bob’s team" || nt.Origin != Added || !nt.Selected {
		t.Errorf("added: %+v", nt)
	}
	if _, err := p.AddTopic("plan", nil); err == nil {
		t.Error("added a second topic called plan")
	}
	if _, err := p.AnchorAt("d1", i+1, i+4); err == nil {
		t.Error("accepted a range inside a character")
	}
	if err := p.DeleteTopic(id); err != nil || p.Topic(id) != nil {
		t.Error("an added topic was not removed")
	}
	if err := p.DeleteTopic("t1"); err != nil || !p.Topic("t1").Rejected || p.Position("p1").Topic != "" {
		t.Error("a suggested topic was not rejected, or its positions kept it")
	}
	if err := p.Validate(); err != nil {
		t.Error(err)
	}
}
