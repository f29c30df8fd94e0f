package project

import (
	"slices"
	"strings"
	"testing"

	"briefing/document"
)

const fixtureText = `Talks in Geneva

Volodymyr Zelensky said Ukraine supports the ceasefire plan.

Zelensky also said Ukraine opposes any territorial concessions.

The Kremlin rejected the plan, and Moscow said the talks were premature.

Russia claims control of the town.

U.S. officials said the US backs the talks; the United States will send an envoy.
`

// fixture builds, by hand, a small project with actors that are the same
// under two names, so that these tests do not depend on the analysis.
// Items are added out of document order on purpose.
func fixture(t testing.TB) *Project {
	t.Helper()
	p := New()
	d := document.FromText("d1", fixtureText)
	p.Documents = append(p.Documents, d)
	at := func(quote string) Anchor {
		i := strings.Index(d.Text, quote)
		if i < 0 {
			t.Fatalf("fixture: %q not in the text", quote)
		}
		return Anchor{Doc: d.ID, Start: i, End: i + len(quote), Quote: quote}
	}
	within := func(context, quote string) Anchor {
		a := at(context)
		i := strings.Index(context, quote)
		return Anchor{Doc: d.ID, Start: a.Start + i, End: a.Start + i + len(quote), Quote: quote}
	}
	sug := Review{Origin: Suggested, Why: "test"}
	actor := func(id, name, typ string, aliases []string, mentions ...string) {
		a := &Actor{ID: id, Name: name, Type: typ, Aliases: aliases, Named: true, Review: sug}
		for _, m := range mentions {
			a.Mentions = append(a.Mentions, at(m))
		}
		p.Actors = append(p.Actors, a)
	}
	actor("a9", "Ukraine", "state", nil, "Ukraine")
	actor("a1", "Volodymyr Zelensky", "person", nil, "Volodymyr Zelensky")
	actor("a2", "Zelensky", "person", nil)
	p.Actors[2].Mentions = []Anchor{within("Zelensky also", "Zelensky")}
	actor("a3", "Kremlin", "organization", []string{"the Kremlin"}, "The Kremlin")
	actor("a4", "Moscow", "other", nil, "Moscow")
	actor("a5", "Russia", "state", nil, "Russia")
	actor("a6", "U.S.", "state", nil, "U.S.")
	actor("a7", "US", "state", nil)
	p.Actors[len(p.Actors)-1].Mentions = []Anchor{within("the US backs", "US")}
	actor("a8", "United States", "state", nil, "United States")

	topic := func(id, label string, sentences ...string) {
		tp := &Topic{ID: id, Label: label, Selected: true, Priority: Medium, Review: sug}
		for _, s := range sentences {
			tp.Sentences = append(tp.Sentences, at(s))
		}
		p.Topics = append(p.Topics, tp)
	}
	topic("t2", "Territory", "Ukraine opposes any territorial concessions")
	topic("t1", "Ceasefire", "supports the ceasefire plan")
	topic("t3", "Envoy", "send an envoy")

	pos := func(id, actor, topic, stance string, conf float64, evidence string) *Position {
		ev := at(evidence)
		x := &Position{ID: id, Actor: actor, Topic: topic, Stance: stance, Summary: evidence, Evidence: ev,
			Paragraph: d.ParagraphAt(ev.Start), Confidence: conf, Selected: true, Review: sug}
		p.Positions = append(p.Positions, x)
		return x
	}
	pos("p6", "a5", "t2", "claims", 0.7, "Russia claims control of the town.")
	pos("p2", "a2", "t2", "opposes", 0.6, "Zelensky also said Ukraine opposes any territorial concessions.")
	pos("p1", "a1", "t1", "supports", 0.9, "Volodymyr Zelensky said Ukraine supports the ceasefire plan.")
	pos("p3", "a3", "t1", "opposes", 0.8, "The Kremlin rejected the plan")
	pos("p4", "a4", "t1", "claims", 0.4, "Moscow said the talks were premature")
	p5 := pos("p5", "a2", "t1", "supports", 0.5, "Volodymyr Zelensky said Ukraine supports the ceasefire plan.")
	p5.Note, p5.Reviewed = "Check the full speech", true
	pos("p7", "a7", "t1", "supports", 0.3, "U.S. officials said the US backs the talks")
	p.Positions[len(p.Positions)-1].CoActors = []string{"a6", "a8"}
	if err := p.Validate(); err != nil {
		t.Fatalf("fixture is inconsistent: %v", err)
	}
	return p
}

func TestReviewQueueInDocumentOrder(t *testing.T) {
	p := fixture(t)
	if got, want := p.ReviewQueue(PositionItem), []string{"p1", "p2", "p3", "p4", "p6", "p7"}; !slices.Equal(got, want) {
		t.Fatalf("position queue = %v, want %v (p5 is reviewed)", got, want)
	}
	if got, want := p.ReviewQueue(TopicItem), []string{"t1", "t2", "t3"}; !slices.Equal(got, want) {
		t.Fatalf("topic queue = %v, want %v", got, want)
	}
	q := p.ReviewQueue(ActorItem)
	if q[0] != "a1" || q[1] != "a9" || len(q) != 9 {
		t.Fatalf("actor queue = %v, want a1, a9 (Ukraine) first and all 9", q)
	}
	// An actor anchored nowhere comes last.
	p.Actors[0].Mentions = nil
	if q := p.ReviewQueue(ActorItem); q[len(q)-1] != "a9" {
		t.Fatalf("actor queue = %v, want the unanchored a9 last", q)
	}
}

func TestAcceptRejectAndProgress(t *testing.T) {
	p := fixture(t)
	if got := p.ReviewProgress(PositionItem); got != (Progress{Total: 7, Accepted: 1, Left: 6}) {
		t.Fatalf("progress = %+v", got)
	}
	must(t, p.Accept(PositionItem, "p1"))
	must(t, p.Reject(PositionItem, "p2"))
	if x := p.Position("p2"); !x.Rejected || x.Selected || !x.Reviewed {
		t.Fatalf("rejected position: %+v", x)
	}
	if got := p.ReviewProgress(PositionItem); got != (Progress{Total: 7, Accepted: 2, Rejected: 1, Left: 4}) {
		t.Fatalf("progress = %+v", got)
	}
	// Accepting a rejected item brings it back into the brief.
	must(t, p.Accept(PositionItem, "p2"))
	if x := p.Position("p2"); x.Rejected || !x.Selected || x.Origin != Suggested {
		t.Fatalf("re-accepted position: %+v", x)
	}
	must(t, p.Reject(TopicItem, "t3"))
	if tp := p.Topic("t3"); !tp.Rejected || tp.Selected {
		t.Fatalf("rejected topic: %+v", tp)
	}
	// Rejecting an actor rejects what it holds and drops it as co-holder.
	must(t, p.Reject(ActorItem, "a6"))
	if x := p.Position("p7"); slices.Contains(x.CoActors, "a6") {
		t.Fatalf("a rejected actor is still a co-holder: %v", x.CoActors)
	}
	must(t, p.Reject(ActorItem, "a4"))
	if x := p.Position("p4"); !x.Rejected {
		t.Fatal("the position of a rejected actor stays")
	}
	for _, err := range []error{p.Accept(PositionItem, "nope"), p.Reject("widget", "p1"), p.Accept(ActorItem, "p1")} {
		if err == nil {
			t.Fatal("a bad reference was accepted")
		}
	}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestReviewStanceMarksEdited(t *testing.T) {
	p := fixture(t)
	must(t, p.ReviewStance("p1", "supports")) // confirms the suggestion
	if x := p.Position("p1"); !x.Reviewed || x.Origin != Suggested {
		t.Fatalf("confirmed stance: %+v", x.Review)
	}
	must(t, p.ReviewStance("p2", "neutral"))
	if x := p.Position("p2"); !x.Reviewed || x.Origin != Edited || x.Stance != "neutral" {
		t.Fatalf("changed stance: %+v", x)
	}
	if err := p.ReviewStance("p2", "ambivalent"); err == nil || !strings.Contains(err.Error(), "p2") {
		t.Fatalf("unknown stance: %v", err)
	}
	added := &Review{Origin: Added}
	added.MarkEdited()
	if added.Origin != Added || !added.Reviewed {
		t.Fatalf("MarkEdited on an added item: %+v", added)
	}
}

func TestBulkReview(t *testing.T) {
	p := fixture(t)
	n, err := p.BulkReview(ReviewFilter{Actor: "a2"}, true)
	must(t, err)
	if n != 1 || !p.Position("p2").Reviewed { // p5 was already reviewed
		t.Fatalf("by actor: %d changed", n)
	}
	n, err = p.BulkReview(ReviewFilter{Topic: "t1", MinConfidence: 0.75}, false)
	must(t, err)
	if n != 2 || !p.Position("p1").Rejected || !p.Position("p3").Rejected || p.Position("p4").Reviewed {
		t.Fatalf("by topic and confidence: %d changed", n)
	}
	n, err = p.BulkReview(ReviewFilter{}, true)
	must(t, err)
	if n != 3 || len(p.ReviewQueue(PositionItem)) != 0 || !p.Position("p1").Rejected {
		t.Fatalf("accept the rest: %d changed; decisions already made must stay", n)
	}
	for _, f := range []ReviewFilter{{Actor: "zz"}, {Topic: "zz"}, {MinConfidence: 2}} {
		if _, err := p.BulkReview(f, true); err == nil {
			t.Fatalf("filter %+v accepted", f)
		}
	}
}

func TestCheck(t *testing.T) {
	p := fixture(t)
	byKind := func() map[FindingKind][]Finding {
		m := map[FindingKind][]Finding{}
		for _, f := range p.Check() {
			if f.Message == "" || len(f.Items) == 0 {
				t.Fatalf("finding without message or items: %+v", f)
			}
			m[f.Kind] = append(m[f.Kind], f)
		}
		return m
	}
	got := byKind()
	if len(got[FindUnreviewed]) != 3 || len(got[FindUnreviewed][0].Items) != 6 {
		t.Fatalf("unreviewed: %+v", got[FindUnreviewed])
	}
	if f := got[FindNoAffiliation]; len(f) != 3 || f[0].Items[0].ID != "a1" { // a1, a2, a3
		t.Fatalf("no affiliation: %+v", f)
	}
	if f := got[FindEmptyTopic]; len(f) != 1 || f[0].Items[0] != (ItemRef{TopicItem, "t3"}) {
		t.Fatalf("empty topic: %+v", f)
	}
	if len(got[FindStale]) != 0 || len(got[FindContradiction]) != 0 {
		t.Fatalf("false findings: %+v", got)
	}
	// Make trouble: a stale anchor, a contradiction, a rejected holder.
	p.Documents[0].Text = strings.Replace(p.Documents[0].Text, "Russia claims", "Russia states", 1) // same length
	p.Notes = append(p.Notes, &Note{ID: "n1", Anchor: p.Position("p3").Evidence, Text: "hm"})
	p.Position("p2").Topic = "t1"
	p.Position("p2").Stance = "opposes"
	p.Actor("a4").Rejected = true
	got = byKind()
	if f := got[FindStale]; len(f) != 1 || f[0].Items[0].ID != "p6" {
		t.Fatalf("stale: %+v", f)
	}
	if f := got[FindContradiction]; len(f) != 1 || !strings.Contains(f[0].Message, "Zelensky both supports and opposes") ||
		!slices.Contains(f[0].Items, ItemRef{PositionItem, "p5"}) || !slices.Contains(f[0].Items, ItemRef{PositionItem, "p2"}) {
		t.Fatalf("contradiction: %+v", f)
	}
	if f := got[FindRejectedActor]; len(f) != 1 || f[0].Items[0].ID != "p4" {
		t.Fatalf("rejected actor: %+v", f)
	}
	// Reviewing everything and filling the gaps leaves the other findings.
	_, _ = p.BulkReview(ReviewFilter{}, true)
	for _, a := range p.Actors {
		a.Reviewed, a.Affiliation = true, "x"
	}
	for _, tp := range p.Topics {
		tp.Reviewed = true
	}
	got = byKind()
	if len(got[FindUnreviewed]) != 0 || len(got[FindNoAffiliation]) != 0 {
		t.Fatalf("findings left after review: %+v", got)
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestSpeakers(t *testing.T) {
	p := OpenSample()
	d := p.Documents[0]
	var x *Position
	for _, q := range p.Positions {
		if len(p.Speakers(q.Evidence)) == 1 {
			x = q
			break
		}
	}
	if x == nil {
		t.Fatal("no position of the sample has one speaker")
	}
	// A part of the evidence has the same speaker.
	part := Anchor{Doc: d.ID, Start: x.Evidence.Start + 1, End: x.Evidence.End - 1}
	if got := p.Speakers(part); len(got) != 1 || got[0] != x.Actor {
		t.Errorf("speakers of a part of %s's evidence: %v, want [%s]", x.ID, got, x.Actor)
	}
	// A passage overlapping the evidence but reaching beyond it has none.
	wide := Anchor{Doc: d.ID, Start: x.Evidence.Start, End: x.Evidence.End + 5}
	for _, id := range p.Speakers(wide) {
		if id == x.Actor {
			t.Errorf("a passage wider than the evidence is attributed to %s", id)
		}
	}
	// A position the user rejects no longer attributes its passage.
	if err := p.Reject(PositionItem, x.ID); err != nil {
		t.Fatal(err)
	}
	if got := p.Speakers(part); len(got) != 0 {
		t.Errorf("speakers after rejecting the position: %v", got)
	}
}

func TestPositionsOfAt(t *testing.T) {
	p := OpenSample()
	x := p.Positions[0]
	inside := Anchor{Doc: x.Evidence.Doc, Start: x.Evidence.Start + 2, End: x.Evidence.Start + 10}
	if got := p.PositionsOfAt(x.Actor, inside); len(got) != 1 || got[0] != x {
		t.Errorf("positions of %s overlapping its own evidence: %v", x.Actor, got)
	}
	after := Anchor{Doc: x.Evidence.Doc, Start: x.Evidence.End, End: x.Evidence.End + 5}
	for _, q := range p.PositionsOfAt(x.Actor, after) {
		if q == x {
			t.Error("a passage just after the evidence overlaps it")
		}
	}
	for _, q := range p.PositionsOfAt("no such actor", inside) {
		t.Errorf("an unknown actor holds %s", q.ID)
	}
}
