package project

import (
	"slices"
	"strings"
	"testing"

	"briefing/analysis"
	"briefing/document"
)

// storyDoc is an article of the story the tests follow: a document with a
// date and, as its analysis, one position per (actor, stance) pair on the
// topic "Talks", each on a sentence of its own.
type storyActor struct {
	name, typ string
	aliases   []string
	stance    string
}

func storyDoc(t *testing.T, id, date string, actors ...storyActor) (*document.Document, *analysis.Result) {
	t.Helper()
	var text strings.Builder
	res := &analysis.Result{Topics: []analysis.Topic{{ID: "t1", Label: "Talks", Keywords: []string{"talks"}}}}
	for i, a := range actors {
		s := a.name + " said on " + date + " that it " + a.stance + " the talks."
		start := text.Len()
		text.WriteString(s + "\n\n")
		aid := "a" + string(rune('1'+i))
		res.Actors = append(res.Actors, analysis.Actor{ID: aid, Name: a.name, Aliases: a.aliases, Type: a.typ, Named: true,
			Mentions: []analysis.Span{{Start: start, End: start + len(a.name), Text: a.name}}, Why: "personal name"})
		res.Positions = append(res.Positions, analysis.Position{ID: "p" + string(rune('1'+i)), Actor: aid, Topic: "t1",
			Stance: a.stance, Summary: s, Evidence: analysis.Span{Start: start, End: start + len(s), Text: s}, Paragraph: i + 1})
	}
	doc := document.FromText("", text.String())
	doc.Date, doc.Title, doc.Outlet = date, "Article of "+date, "Outlet "+id
	return doc, res
}

func actorNamed(p *Project, name string) *Actor {
	for _, a := range p.Actors {
		if a.Name == name {
			return a
		}
	}
	return nil
}

func TestAddDocumentUnifiesActorsAcrossArticles(t *testing.T) {
	p := New()
	p.AddDocument(storyDoc(t, "1", "2026-03-02",
		storyActor{"President Putin", "person", nil, "opposes"},
		storyActor{"Joe Biden", "person", nil, "supports"},
		storyActor{"Jill Biden", "person", nil, "supports"},
		storyActor{"Kremlin", "organization", nil, "opposes"},
		storyActor{"United States", "state", []string{"US"}, "supports"}))
	p.AddDocument(storyDoc(t, "2", "2026-03-16",
		storyActor{"Vladimir Putin", "person", nil, "supports"}, // surname and title + surname
		storyActor{"Biden", "person", nil, "supports"},          // two Bidens: left to the user
		storyActor{"Russia", "state", nil, "supports"},          // the Kremlin is a seat: asked, not merged
		storyActor{"U.S.", "state", nil, "supports"}))           // the same abbreviation as "US"
	p.AddDocument(storyDoc(t, "3", "2026-03-20", storyActor{"putin", "person", nil, "supports"})) // case

	putins := 0
	for _, a := range p.Actors {
		if strings.Contains(strings.ToLower(a.Name), "putin") {
			putins++
		}
	}
	a := actorNamed(p, "Vladimir Putin")
	if putins != 1 || a == nil {
		t.Fatalf("want one Putin, named Vladimir Putin: %v", names(p))
	}
	if !slices.Contains(a.Aliases, "President Putin") || !strings.Contains(a.Why, "same actor in another article") {
		t.Errorf("the merge is not visible: aliases %q, rule %q", a.Aliases, a.Why)
	}
	if n := len(a.Mentions); n != 3 {
		t.Errorf("Putin has %d mentions, want 3", n)
	}
	held := 0
	for _, x := range p.Positions {
		if x.Actor == a.ID {
			held++
		}
	}
	if held != 3 {
		t.Errorf("Putin holds %d positions, want 3", held)
	}
	for _, want := range []string{"Biden", "Joe Biden", "Jill Biden", "Russia", "Kremlin"} {
		if actorNamed(p, want) == nil {
			t.Errorf("%s was merged away: %v", want, names(p))
		}
	}
	if us := actorNamed(p, "United States"); us == nil || !slices.Contains(us.Aliases, "U.S.") || actorNamed(p, "U.S.") != nil {
		t.Errorf("U.S. not unified with United States (US): %v", names(p))
	}
	// What was not merged is still proposed.
	proposed := map[string]bool{}
	for _, d := range p.LikelyDuplicates() {
		proposed[p.Actor(d.Keep).Name+"/"+p.Actor(d.Other).Name] = true
	}
	if !proposed["Russia/Kremlin"] || !proposed["Joe Biden/Biden"] {
		t.Errorf("LikelyDuplicates lost the pairs left to the user: %v", proposed)
	}
}

func TestAddDocumentKeepsTheUsersName(t *testing.T) {
	p := New()
	p.AddDocument(storyDoc(t, "1", "2026-03-02", storyActor{"Putin", "person", nil, "opposes"}))
	p.Actors[0].MarkEdited()
	p.AddDocument(storyDoc(t, "2", "2026-03-16", storyActor{"Vladimir Putin", "person", nil, "supports"}))
	if len(p.Actors) != 1 || p.Actors[0].Name != "Putin" || !slices.Contains(p.Actors[0].Aliases, "Vladimir Putin") {
		t.Errorf("an edited actor is renamed or not unified: %v %q", names(p), p.Actors[0].Aliases)
	}
}

func names(p *Project) []string {
	var out []string
	for _, a := range p.Actors {
		out = append(out, a.Name)
	}
	return out
}

func TestTimeline(t *testing.T) {
	p := New()
	p.AddDocument(storyDoc(t, "2", "16 March 2026", storyActor{"Vladimir Putin", "person", nil, "supports"},
		storyActor{"Zofia Nowak", "person", nil, "opposes"}))
	p.AddDocument(storyDoc(t, "1", "2026-03-02", storyActor{"President Putin", "person", nil, "opposes"}))
	p.AddDocument(storyDoc(t, "3", "2026-03-20", storyActor{"Putin", "person", nil, "supports"},
		storyActor{"Zofia Nowak", "person", nil, "opposes"}))
	p.AddDocument(storyDoc(t, "4", "", storyActor{"Putin", "person", nil, "opposes"}))
	p.AddDocument(storyDoc(t, "5", "2026-03-20", storyActor{"Putin", "person", nil, "opposes"}))
	var got []string
	for _, e := range p.Timeline() {
		got = append(got, strings.Join([]string{e.Actor.Name, e.Topic.Label, e.Date, e.Position.Stance, e.Change}, "|"))
	}
	want := []string{
		"Vladimir Putin|Talks|2026-03-02|opposes|",
		"Vladimir Putin|Talks|2026-03-16|supports|opposes → supports",
		"Vladimir Putin|Talks|2026-03-20|supports|supports → mixed", // two articles of one day disagree
		"Vladimir Putin|Talks|2026-03-20|opposes|",
		"Vladimir Putin|Talks||opposes|", // undated: last, no change
		"Zofia Nowak|Talks|2026-03-16|opposes|",
		"Zofia Nowak|Talks|2026-03-20|opposes|",
	}
	if !slices.Equal(got, want) {
		t.Errorf("timeline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Rejected positions and actors are left out.
	p.Actor(actorNamed(p, "Zofia Nowak").ID).Rejected = true
	p.Positions[0].Rejected = true
	if n := len(p.Timeline()); n != 4 {
		t.Errorf("%d entries once Nowak and a position are rejected, want 4", n)
	}
}

func TestDocumentDate(t *testing.T) {
	for in, want := range map[string]string{
		"2026-03-02": "2026-03-02", " 2 March 2026 ": "2026-03-02", "March 2, 2026": "2026-03-02",
		"2026-03-02T10:00:00Z": "2026-03-02", "2026/03/02": "2026-03-02", "Spring 2026": "Spring 2026", "": "",
	} {
		got, ok := DocumentDate(in)
		if got != want || ok != (want != "" && want[0] == '2') {
			t.Errorf("DocumentDate(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestCompare(t *testing.T) {
	first := func() (*document.Document, *analysis.Result) {
		return storyDoc(t, "1", "2026-03-02", storyActor{"President Putin", "person", nil, "opposes"},
			storyActor{"European Commission", "organization", nil, "supports"},
			storyActor{"Zofia Nowak", "person", nil, "claims"})
	}
	prev := New()
	prev.AddDocument(first())
	prev.Brief.Date = "2026-03-05"
	prev.Positions[2].Rejected = true // rejected before: not in prev, so new in cur

	cur := New()
	cur.AddDocument(first())
	cur.AddDocument(storyDoc(t, "2", "2026-03-16", storyActor{"Vladimir Putin", "person", nil, "supports"},
		storyActor{"European Commission", "organization", nil, "supports"},
		storyActor{"Selim Kaya", "person", nil, "claims"}))
	cur.Positions[1].Rejected = true // the Commission's first position: dropped

	c := Compare(prev, cur)
	if c.Since != "2026-03-05" || c.Prev != prev {
		t.Errorf("since %q", c.Since)
	}
	var got []string
	for _, x := range c.Items {
		var parts []string
		if x.Actor != nil {
			parts = append(parts, x.Actor.Name)
		}
		if x.Topic != nil {
			parts = append(parts, x.Topic.Label)
		}
		parts = append(parts, x.OldStance, x.NewStance)
		if x.Document != nil {
			parts = append(parts, x.Document.Outlet)
		}
		got = append(got, string(x.Kind)+": "+strings.Join(parts, "|"))
	}
	want := []string{
		"new source: ||Outlet 2",
		"stance change: Vladimir Putin|Talks|opposes|supports|Outlet 2",
		"new actor: Selim Kaya|||Outlet 2",
		"new position: Zofia Nowak|Talks||claims|Outlet 1",
		"new position: Vladimir Putin|Talks||supports|Outlet 2",
		"new position: European Commission|Talks||supports|Outlet 2",
		"new position: Selim Kaya|Talks||claims|Outlet 2",
		"dropped position: European Commission|Talks|supports||Outlet 1",
	}
	if !slices.Equal(got, want) {
		t.Errorf("changes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if c.Count(NewPosition) != 4 || len(c.Of(NewSource)) != 1 {
		t.Errorf("counts: %d new positions, %d new sources", c.Count(NewPosition), len(c.Of(NewSource)))
	}
	// A project compared with itself has not changed.
	if c := Compare(cur, cur.Clone()); len(c.Items) != 0 {
		t.Errorf("a copy differs: %+v", c.Items)
	}
}

func TestCompareCountsCopiesOfASource(t *testing.T) {
	doc := func() (*document.Document, *analysis.Result) {
		return storyDoc(t, "1", "2026-03-02", storyActor{"Zofia Nowak", "person", nil, "supports"})
	}
	prev := New()
	prev.AddDocument(doc())
	cur := prev.Clone()
	cur.AddDocument(doc()) // the same text again, as a second outlet runs a wire story
	c := Compare(prev, cur)
	if c.Count(NewSource) != 1 || c.Count(NewPosition) != 1 || c.Count(NewActor) != 0 || len(c.Items) != 2 {
		t.Errorf("a second copy of a source: %+v", c.Items)
	}
}
