package project

import (
	"slices"
	"testing"

	"briefing/actorregistry"
)

// TestApplyRegistryMergesAndCorrects: names the user merged in another
// project become one actor under the canonical name, with the corrected
// fields and the registry as its rule; review states are untouched; an
// actor the user already changed keeps its own fields; applying again
// changes nothing.
func TestApplyRegistryMergesAndCorrects(t *testing.T) {
	var r actorregistry.Registry
	r.RecordMerge("Vladimir Putin", []string{"Putin", "the Russian President"})
	r.RecordCorrection("Vladimir Putin", "", actorregistry.Fields{Type: "person", Role: "President of Russia"})
	r.RecordCorrection("NATO", "", actorregistry.Fields{Type: "alliance", Affiliation: "Brussels"})
	r.RecordCorrection("EU", "", actorregistry.Fields{Role: "bloc"})

	p := New()
	p.AddDocument(storyDoc(t, "1", "2026-03-02",
		storyActor{"Putin", "other", nil, "opposes"},
		storyActor{"the Russian President", "other", nil, "supports"},
		storyActor{"NATO", "organization", nil, "supports"},
		storyActor{"EU", "organization", []string{"European Union"}, "supports"},
		storyActor{"Joe Biden", "person", nil, "supports"}))
	p.Actor(actorNamed(p, "EU").ID).Role = "mine"
	actorNamed(p, "EU").MarkEdited() // the user's own edit in this project
	positions := len(p.Positions)

	if n := p.ApplyRegistry(&r); n != 3 {
		t.Fatalf("ApplyRegistry changed %d actors, want 3 (two Putins, NATO): %v", n, names(p))
	}
	a := actorNamed(p, "Vladimir Putin")
	if a == nil || actorNamed(p, "Putin") != nil || actorNamed(p, "the Russian President") != nil {
		t.Fatalf("the Putins are not one Vladimir Putin: %v", names(p))
	}
	if a.Type != "person" || a.Role != "President of Russia" || a.Why != "personal name; "+RegistryReason {
		t.Errorf("Vladimir Putin: type %q role %q rule %q", a.Type, a.Role, a.Why)
	}
	if !slices.Contains(a.Aliases, "Putin") || !slices.Contains(a.Aliases, "the Russian President") || len(a.Mentions) != 2 {
		t.Errorf("Vladimir Putin's aliases %q, %d mentions", a.Aliases, len(a.Mentions))
	}
	if a.Reviewed || a.Origin != Suggested || p.PositionCount(a.ID) != 2 || len(p.Positions) != positions {
		t.Errorf("review state or positions changed: reviewed %v origin %q, %d positions", a.Reviewed, a.Origin, p.PositionCount(a.ID))
	}
	for _, x := range p.Positions {
		if x.Reviewed || x.Origin != Suggested {
			t.Errorf("position %s became reviewed (%v) or %s", x.ID, x.Reviewed, x.Origin)
		}
	}
	if nato := actorNamed(p, "NATO"); nato.Type != "alliance" || nato.Affiliation != "Brussels" {
		t.Errorf("NATO: %+v", nato)
	}
	if eu := actorNamed(p, "EU"); eu.Role != "mine" {
		t.Errorf("the user's own role of the EU was replaced: %q", eu.Role)
	}
	if n := p.ApplyRegistry(&r); n != 0 {
		t.Errorf("applying twice changed %d actors", n)
	}
}
