package project

import (
	"strings"
	"testing"

	"briefing/analysis"
	"briefing/document"
)

// TestReanalyseKeepsUserWork is the anchoring promise: re-running a newer
// analysis on the same document keeps every note and selection, because
// items are anchored to the text, not to the analysis's numbering.
func TestReanalyseKeepsUserWork(t *testing.T) {
	p := sampleProject(t)
	if len(p.Positions) == 0 || len(p.Topics) < 2 {
		t.Fatal("the analysis suggested too little on the sample to test re-analysis")
	}
	annotate(t, p)
	// The user's decisions on suggestions.
	sx := p.Positions[0]
	sx.Note, sx.Selected, sx.Stance, sx.Origin, sx.Reviewed = "Quote in full", false, "opposes", Edited, true
	rejected := p.Positions[1]
	rejected.Rejected = true
	topic := p.Topics[1]
	topic.Note, topic.Priority, topic.Tags = "Lead with this", High, []string{"urgent"}
	before := p.Clone()

	// A "newer analysis": the same suggestions renumbered and in another
	// order, and a newer reading of the file that shifted every offset.
	doc := *p.Documents[0]
	shifted := "Updated: " + doc.Text
	newDoc := document.FromText(doc.ID, shifted)
	newDoc.Source = doc.Source
	res := analysis.Analyze(newDoc)
	renumber(res)

	if err := p.Reanalyse(newDoc, res); err != nil {
		t.Fatal(err)
	}
	for _, n := range before.Notes {
		got := findNote(p, n.Text)
		if got == nil {
			t.Fatalf("note %q lost", n.Text)
		}
		if newDoc.Slice(got.Anchor.Start, got.Anchor.End) != n.Anchor.Quote {
			t.Fatalf("note %q no longer anchored on %q", n.Text, n.Anchor.Quote)
		}
	}
	if len(p.Excerpts) != len(before.Excerpts) || p.Stale(p.Excerpts[0].Anchor) {
		t.Fatal("excerpt lost or not re-anchored")
	}
	var kept *Position
	for _, x := range p.Positions {
		if x.Note == "Quote in full" {
			kept = x
		}
	}
	if kept == nil || kept.Selected || kept.Stance != "opposes" || !kept.Reviewed || kept.Origin != Edited {
		t.Fatalf("the edited position lost its decisions: %+v", kept)
	}
	if newDoc.Slice(kept.Evidence.Start, kept.Evidence.End) != kept.Evidence.Quote {
		t.Fatal("the edited position's evidence is not re-anchored")
	}
	n := 0
	for _, x := range p.Positions {
		if x.Evidence.Quote == rejected.Evidence.Quote && x.Actor == rejected.Actor {
			n++
			if !x.Rejected {
				t.Fatal("a rejected suggestion came back")
			}
		}
	}
	if n != 1 {
		t.Fatalf("the rejected position appears %d times, want once", n)
	}
	tp := p.findTopic(topic.Label)
	if tp == nil || tp.Note != "Lead with this" || tp.Priority != High || len(tp.Tags) != 1 {
		t.Fatalf("topic decisions lost: %+v", tp)
	}
	if tb := p.findTopic("Battlefield claims"); tb == nil || !tb.Selected || tb.Note != "Unverified" {
		t.Fatal("a topic the user added was lost")
	}
	for _, x := range before.Topics {
		if !x.Selected && p.findTopic(x.Label) != nil && p.findTopic(x.Label).Selected {
			t.Fatalf("topic %q was unselected by the user and is selected again", x.Label)
		}
	}
	if p.Brief.Summary != before.Brief.Summary || p.Brief.Marking != before.Brief.Marking {
		t.Fatal("brief fields lost")
	}
	// Running the same analysis once more changes nothing.
	again := p.Clone()
	if err := p.Reanalyse(newDoc, res); err != nil {
		t.Fatal(err)
	}
	if len(again.Positions) != len(p.Positions) || len(again.Actors) != len(p.Actors) || len(again.Topics) != len(p.Topics) {
		t.Fatal("re-analysing twice duplicated items")
	}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
}

func renumber(res *analysis.Result) {
	ids := map[string]string{}
	for i := range res.Actors {
		nid := "x" + res.Actors[i].ID
		ids[res.Actors[i].ID] = nid
		res.Actors[i].ID = nid
	}
	for i := range res.Positions {
		res.Positions[i].ID = "x" + res.Positions[i].ID
		res.Positions[i].Actor = ids[res.Positions[i].Actor]
		for j, c := range res.Positions[i].CoActors {
			res.Positions[i].CoActors[j] = ids[c]
		}
	}
	// Reverse the order of positions, as a newer analysis may.
	for i, j := 0, len(res.Positions)-1; i < j; i, j = i+1, j-1 {
		res.Positions[i], res.Positions[j] = res.Positions[j], res.Positions[i]
	}
}

func findNote(p *Project, text string) *Note {
	for _, n := range p.Notes {
		if strings.EqualFold(n.Text, text) {
			return n
		}
	}
	return nil
}
