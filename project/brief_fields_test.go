package project

import (
	"encoding/json"
	"testing"

	"briefing/document"
)

// The brief's own fields survive saving and the interchange format.
func TestBriefFieldsRoundTrip(t *testing.T) {
	p := OpenSample()
	p.Brief.Purpose = "To prepare the Minister for Tuesday’s call."
	p.Brief.Outlook = "Expect no deal on territory this week."
	p.Brief.Reference = "EED/2025/117"
	p.Brief.ClearedBy = "Head of Eastern Europe Desk"
	data, err := Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	if back.Brief != p.Brief {
		t.Errorf("saved and read back:\n got %+v\nwant %+v", back.Brief, p.Brief)
	}
	js, err := json.Marshal(ToInterchange(p))
	if err != nil {
		t.Fatal(err)
	}
	in, err := FromInterchange(js)
	if err != nil {
		t.Fatal(err)
	}
	got, want := in.Brief, p.Brief
	if got.Purpose != want.Purpose || got.Outlook != want.Outlook || got.Reference != want.Reference || got.ClearedBy != want.ClearedBy {
		t.Errorf("interchange:\n got %+v\nwant %+v", got, want)
	}
}

// A text without a title is not named by a cut sentence.
func TestDisplayTitle(t *testing.T) {
	long := "Russian President Vladimir Putin will meet US special envoy Steve Witkoff in Moscow on Tuesday, signalling renewed momentum."
	for _, c := range []struct {
		name, text, source, want string
	}{
		{"first heading", long + "\nKyiv Holds Firm on Core Demands\nZelensky stressed that Ukraine continues to prioritise sovereignty.", "", "Kyiv Holds Firm on Core Demands"},
		{"short first sentence", "Talks resume in Geneva. The delegations met on Monday and again on Tuesday morning.", "", "Talks resume in Geneva"},
		{"file name", long + " " + long, "/home/desk/in/putin-witkoff.txt", "putin-witkoff"},
		{"nothing", long, "", "Untitled text"},
	} {
		doc := document.FromText("d1", c.text)
		doc.Title = "" // judged here, whatever FromText guessed
		doc.Source = c.source
		if got := DisplayTitle(doc); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// Pending counts the unreviewed items the brief shows, and only those.
func TestPendingInBrief(t *testing.T) {
	p := OpenSample()
	n := p.PendingInBrief()
	if n.Positions == 0 || n.Topics == 0 || n.Actors == 0 {
		t.Fatalf("a fresh analysis has items to review: %+v", n)
	}
	for _, x := range p.Positions {
		x.Reviewed = true
	}
	for _, x := range p.Topics {
		x.Reviewed = true
	}
	for _, a := range p.Actors {
		a.Reviewed = true
	}
	if n := p.PendingInBrief(); n.Total() != 0 {
		t.Fatalf("all reviewed, yet %+v", n)
	}
	p.Positions[0].Reviewed, p.Positions[0].Selected = false, false
	p.Topics[0].Reviewed, p.Topics[0].Selected = false, false
	if n := p.PendingInBrief(); n.Total() != 0 {
		t.Errorf("items left out of the brief count: %+v", n)
	}
	p.Positions[1].Reviewed = false
	if p.InBrief(p.Positions[1]) && p.PendingInBrief().Positions != 1 {
		t.Errorf("an unreviewed position in the brief does not count: %+v", p.PendingInBrief())
	}
}

// A selected position without a topic is in the brief; one on a topic the
// user left out is not.
func TestInBriefWithoutTopic(t *testing.T) {
	p := New()
	p.Topics = []*Topic{{ID: "t1", Selected: false}, {ID: "t2", Selected: true, Review: Review{Rejected: true}}}
	for _, c := range []struct {
		topic string
		want  bool
	}{{"", true}, {"gone", true}, {"t2", true}, {"t1", false}} {
		x := &Position{Topic: c.topic, Selected: true}
		if got := p.InBrief(x); got != c.want {
			t.Errorf("topic %q: InBrief %v, want %v", c.topic, got, c.want)
		}
	}
}

// The review state goes through brief JSON, so a reviewed brief exported
// from JSON is not a draft.
func TestInterchangeKeepsReview(t *testing.T) {
	p := OpenSample()
	p.Positions[0].Reviewed = true
	p.Topics[0].Reviewed = true
	p.Actors[0].Reviewed = true
	js, err := json.Marshal(ToInterchange(p))
	if err != nil {
		t.Fatal(err)
	}
	in, err := FromInterchange(js)
	if err != nil {
		t.Fatal(err)
	}
	if !in.Positions[0].Reviewed || !in.Topics[0].Reviewed || !in.Actors[0].Reviewed {
		t.Errorf("review lost: position %v, topic %v, actor %v", in.Positions[0].Reviewed, in.Topics[0].Reviewed, in.Actors[0].Reviewed)
	}
	if in.Positions[1].Reviewed {
		t.Error("an unreviewed position came back reviewed")
	}
}
