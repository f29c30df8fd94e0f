package project

import (
	"strconv"
	"strings"
	"testing"

	"briefing/document"
)

// The anchors of actors and topics are shared between the snapshots of
// the history (see Clone): adding a sentence, merging topics or actors, and
// undoing and doing again in another way leave every earlier state exactly
// as it was, also when the slices had room to grow in place.
func TestSharedAnchorsStayInTheirSnapshot(t *testing.T) {
	p := bigProject(20)
	p.Documents = []*document.Document{document.FromText("d1", strings.Repeat("Some words of the article. ", 40))}
	for k, tp := range p.Topics[:3] {
		tp.Sentences = make([]Anchor, 3, 10) // room to append in place
		for i := range tp.Sentences {
			// Interleaved offsets: merging sorts them together.
			tp.Sentences[i] = Anchor{Doc: "d1", Start: i*10 + k, End: i*10 + k + 5, Quote: tp.ID + strconv.Itoa(i)}
		}
	}
	for _, a := range p.Actors[:3] {
		a.Mentions = append(make([]Anchor, 0, 10), Anchor{Doc: "d1", Start: 100, End: 104, Quote: a.Name})
	}
	ed := NewEditor(p)
	states := []string{mustMarshal(t, ed.Project())}
	do := func(name string, fn func(p *Project) error) {
		t.Helper()
		if err := ed.Do(name, fn); err != nil {
			t.Fatal(err)
		}
		states = append(states, mustMarshal(t, ed.Project()))
	}
	check := func() {
		t.Helper()
		if got := mustMarshal(t, ed.Project()); got != states[len(states)-1] {
			t.Fatal("a snapshot of the history changed after it was made")
		}
	}
	do("add sentence", func(p *Project) error {
		return p.AddTopicSentence("t0", Anchor{Doc: "d1", Start: 500, End: 510, Quote: "first"})
	})
	must(t, ed.Undo())
	states = states[:1]
	check()
	do("add another sentence", func(p *Project) error {
		return p.AddTopicSentence("t0", Anchor{Doc: "d1", Start: 600, End: 610, Quote: "second"})
	})
	do("merge topics", func(p *Project) error { return p.MergeTopics("t1", "t2") })
	do("merge actors", func(p *Project) error { return p.MergeActors("a0", "a1", "a2") })
	for i := len(states) - 2; i >= 0; i-- {
		must(t, ed.Undo())
		states = states[:i+1]
		check()
	}
}
