package project

import (
	"slices"
	"strings"
	"testing"

	"briefing/analysis"
	"briefing/document"
)

// topicDoc is a storyDoc whose positions are on the topic label.
func topicDoc(t *testing.T, id, date, label string, actors ...storyActor) (*document.Document, *analysis.Result) {
	t.Helper()
	doc, res := storyDoc(t, id, date, actors...)
	res.Topics[0].Label = label
	return doc, res
}

// kinds lists the changes as "kind: topic (outlet)".
func topicKinds(c Changes) []string {
	var out []string
	for _, x := range c.Items {
		if x.Kind != NewTopic && x.Kind != QuietTopic {
			continue
		}
		s := string(x.Kind) + ": " + x.Topic.Label
		if x.Document != nil {
			s += " (" + x.Document.Outlet + ")"
		}
		out = append(out, s)
	}
	return out
}

func TestCompareNewAndQuietTopics(t *testing.T) {
	prev := New()
	prev.AddDocument(topicDoc(t, "1", "2026-03-02", "Talks", storyActor{"Zofia Nowak", "person", nil, "supports"}))
	prev.AddDocument(topicDoc(t, "2", "2026-03-04", "Sanctions", storyActor{"European Commission", "organization", nil, "supports"}))
	prev.AddDocument(topicDoc(t, "3", "2026-03-01", "Sanctions", storyActor{"Selim Kaya", "person", nil, "opposes"}))
	prev.AddDocument(topicDoc(t, "4", "2026-03-03", "Grain", storyActor{"Selim Kaya", "person", nil, "claims"}))
	prev.Positions[len(prev.Positions)-1].Rejected = true // Grain had no live position

	cur := prev.Clone()
	cur.AddDocument(topicDoc(t, "5", "2026-03-10", "Energy  prices", storyActor{"Selim Kaya", "person", nil, "opposes"}))
	cur.AddDocument(topicDoc(t, "6", "2026-03-11", "TALKS", storyActor{"Zofia Nowak", "person", nil, "opposes"})) // Talks, folded
	cur.AddDocument(topicDoc(t, "7", "2026-03-12", "Grain", storyActor{"Zofia Nowak", "person", nil, "supports"}))
	cur.AddDocument(topicDoc(t, "8", "2026-03-12", "Ports", storyActor{"Zofia Nowak", "person", nil, "supports"}))
	for _, x := range cur.Positions {
		if tp := cur.Topic(x.Topic); tp != nil && tp.Label == "Ports" {
			x.Rejected = true // a topic without a live position is not new
		}
	}

	c := Compare(prev, cur)
	want := []string{
		"new topic: Grain (Outlet 7)", // it had no live position before; first in the project's topics
		"new topic: Energy  prices (Outlet 5)",
		"quiet topic: Sanctions (Outlet 2)", // the latest source that discussed it
	}
	if got := topicKinds(c); !slices.Equal(got, want) {
		t.Errorf("topics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	energy := c.Of(NewTopic)[1]
	if energy.Actor == nil || energy.Actor.Name != "Selim Kaya" || energy.Position == nil || energy.Position.Stance != "opposes" {
		t.Errorf("a new topic's first position: %+v", energy)
	}
	quiet := c.Of(QuietTopic)[0]
	if quiet.Actor != nil || quiet.Position != nil || !slices.Contains(prev.Topics, quiet.Topic) {
		t.Errorf("a quiet topic is the earlier project's, without a position: %+v", quiet)
	}
	// The topics come right after the sources.
	var order []ChangeKind
	for _, x := range c.Items {
		if len(order) == 0 || order[len(order)-1] != x.Kind {
			order = append(order, x.Kind)
		}
	}
	if len(order) < 3 || order[0] != NewSource || order[1] != NewTopic || order[2] != QuietTopic {
		t.Errorf("kinds in the order %v", order)
	}
}

func TestCompareNothingQuietWithoutNewSources(t *testing.T) {
	prev := New()
	prev.AddDocument(topicDoc(t, "1", "2026-03-02", "Talks", storyActor{"Zofia Nowak", "person", nil, "supports"}))
	prev.AddDocument(topicDoc(t, "2", "2026-03-04", "Sanctions", storyActor{"European Commission", "organization", nil, "supports"}))

	// The same articles, reviewed again: a position rejected, none added.
	cur := prev.Clone()
	cur.Positions[1].Rejected = true
	if c := Compare(prev, cur); c.Count(QuietTopic) != 0 || c.Count(NewTopic) != 0 || c.Count(DroppedPosition) != 1 {
		t.Errorf("without new sources: %v", topicKinds(c))
	}
	// A new article on the talks only: the sanctions went quiet.
	cur.AddDocument(topicDoc(t, "3", "2026-03-09", "Talks", storyActor{"Selim Kaya", "person", nil, "opposes"}))
	if got := topicKinds(Compare(prev, cur)); !slices.Equal(got, []string{"quiet topic: Sanctions (Outlet 2)"}) {
		t.Errorf("with a new source on the talks: %v", got)
	}
}
