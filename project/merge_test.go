package project

import (
	"slices"
	"strings"
	"testing"
)

func TestMergeActors(t *testing.T) {
	p := fixture(t)
	must(t, p.MergeActors("a1", "a2"))
	a := p.Actor("a1")
	if p.Actor("a2") != nil {
		t.Fatal("the merged actor is still there")
	}
	if !slices.Contains(a.Aliases, "Zelensky") || len(a.Mentions) != 2 || a.Mentions[0].Start > a.Mentions[1].Start {
		t.Fatalf("aliases %v, mentions %v", a.Aliases, a.Mentions)
	}
	if a.Origin != Edited || !a.Reviewed {
		t.Fatalf("merged actor review: %+v", a.Review)
	}
	if x := p.Position("p2"); x.Actor != "a1" || x.Origin != Edited {
		t.Fatalf("p2 did not follow: %+v", x)
	}
	// p1 and p5 said the same thing; p5 carries the user's note and review.
	if p.Position("p1") != nil || p.Position("p5") == nil {
		t.Fatal("the duplicate without user work should go, the annotated one stay")
	}
	if x := p.Position("p5"); x.Note != "Check the full speech" || x.Confidence != 0.9 || !x.Reviewed || !x.Selected {
		t.Fatalf("survivor: %+v", x)
	}
	must(t, p.Validate())

	// Co-holders follow and a holder is never its own co-holder.
	must(t, p.MergeActors("a7", "a6", "a8"))
	if x := p.Position("p7"); len(x.CoActors) != 0 {
		t.Fatalf("co-holders after merging them into the holder: %v", x.CoActors)
	}
	if a := p.Actor("a7"); !slices.Contains(a.Aliases, "U.S.") || !slices.Contains(a.Aliases, "United States") {
		t.Fatalf("aliases %v", a.Aliases)
	}
	must(t, p.Validate())

	for _, c := range [][]string{{"a1", "a1"}, {"a1", "zz"}, {"zz", "a1"}, {"a1"}} {
		if err := p.MergeActors(c[0], c[1:]...); err == nil {
			t.Fatalf("MergeActors%v accepted", c)
		}
	}
}

func TestMergeKeepsNotesOfBothDuplicates(t *testing.T) {
	p := fixture(t)
	p.Position("p1").Note = "From the transcript"
	p.Position("p1").Stance = "neutral"
	p.Position("p1").Origin = Edited
	quote := p.Position("p5").Evidence.Quote
	must(t, p.MergeActors("a2", "a1"))
	var left []*Position
	for _, x := range p.Positions {
		if x.Evidence.Quote == quote {
			left = append(left, x)
		}
	}
	if len(left) != 1 {
		t.Fatalf("%d positions on the same evidence, want 1", len(left))
	}
	x := left[0]
	if x.ID != "p1" || x.Stance != "neutral" || !strings.Contains(x.Note, "From the transcript") || !strings.Contains(x.Note, "Check the full speech") {
		t.Fatalf("survivor lost user work: %+v", x)
	}
}

// Stakeholder levels the user set survive a merge: the kept actor's win,
// and an unset one is taken from the merged actor.
func TestMergeKeepsStakeholderLevels(t *testing.T) {
	p := fixture(t)
	p.Actor("a1").Power = High
	p.Actor("a2").Power, p.Actor("a2").Interest = Low, High
	must(t, p.MergeActors("a1", "a2"))
	if a := p.Actor("a1"); a.Power != High || a.Interest != High {
		t.Fatalf("after the merge power %q, interest %q; want High (kept) and High (from the merged actor)", a.Power, a.Interest)
	}
}

func TestSplitActor(t *testing.T) {
	p := fixture(t)
	must(t, p.MergeActors("a5", "a3", "a4"))
	if got := p.Actor("a5").Aliases; !slices.Equal(got, []string{"Kremlin", "the Kremlin", "Moscow"}) {
		t.Fatalf("aliases %v", got)
	}
	id, err := p.SplitActor("a5", []string{"moscow"})
	must(t, err)
	n, r := p.Actor(id), p.Actor("a5")
	if n.Name != "Moscow" || len(n.Mentions) != 1 || n.Mentions[0].Quote != "Moscow" || n.Origin != Added {
		t.Fatalf("new actor %+v", n)
	}
	if slices.Contains(r.Aliases, "Moscow") || len(r.Mentions) != 2 {
		t.Fatalf("remaining actor %+v", r)
	}
	if p.Position("p4").Actor != id {
		t.Fatal("the position naming only Moscow did not move")
	}
	if p.Position("p3").Actor != "a5" || p.Position("p6").Actor != "a5" {
		t.Fatal("positions naming the Kremlin or Russia moved")
	}
	must(t, p.Validate())

	// Positions whose evidence names both forms stay.
	must(t, p.MergeActors("a8", "a6", "a7"))
	id, err = p.SplitActor("a8", []string{"US"})
	must(t, err)
	if x := p.Position("p7"); x.Actor != "a8" {
		t.Fatalf("p7 (naming U.S. and US) moved to %s", x.Actor)
	}
	if len(p.Actor(id).Mentions) != 1 {
		t.Fatalf("split mentions %v", p.Actor(id).Mentions)
	}
	for _, aliases := range [][]string{nil, {"Russia"}, {"Paris"}} {
		if _, err := p.SplitActor("a5", aliases); err == nil {
			t.Fatalf("split of %v accepted", aliases)
		}
	}
}

func TestFormsInCountsLongestFirst(t *testing.T) {
	got := formsIn(Anchor{Quote: "Volodymyr Zelensky met Zelenskyy's aide"}, nil, []string{"Zelensky", "Volodymyr Zelensky"})
	if !got["volodymyr zelensky"] || got["zelensky"] {
		t.Fatalf("forms found: %v", got)
	}
}

func TestAliases(t *testing.T) {
	p := fixture(t)
	must(t, p.AddAlias("a5", "  Russian  Federation "))
	if a := p.Actor("a5"); !slices.Contains(a.Aliases, "Russian Federation") || a.Origin != Edited {
		t.Fatalf("%+v", a)
	}
	for _, c := range []struct{ id, alias, want string }{
		{"a5", "russia", "already called"},
		{"a5", "Moscow", "merge the two actors"},
		{"a5", " ", "empty"},
		{"zz", "x", "no such item"},
	} {
		if err := p.AddAlias(c.id, c.alias); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Fatalf("AddAlias(%q, %q) = %v, want %q", c.id, c.alias, err, c.want)
		}
	}
	must(t, p.RemoveAlias("a5", "russian federation"))
	if len(p.Actor("a5").Aliases) != 0 {
		t.Fatal("alias not removed")
	}
	if err := p.RemoveAlias("a5", "Moscow"); err == nil {
		t.Fatal("removed an alias the actor does not have")
	}
}
