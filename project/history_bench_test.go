package project

import (
	"runtime"
	"strconv"
	"testing"
)

// bigProject has about as many items as the analysis of a 1 MB article
// (6,478 positions in the workspace issue's measurements).
func bigProject(positions int) *Project {
	p := New()
	for i := range 300 {
		p.Actors = append(p.Actors, &Actor{ID: "a" + strconv.Itoa(i), Name: "Actor " + strconv.Itoa(i),
			Aliases: []string{"A" + strconv.Itoa(i)}, Mentions: make([]Anchor, 20)})
	}
	for i := range 200 {
		p.Topics = append(p.Topics, &Topic{ID: "t" + strconv.Itoa(i), Label: "Topic " + strconv.Itoa(i), Sentences: make([]Anchor, 30)})
	}
	for i := range positions {
		p.Positions = append(p.Positions, &Position{ID: "p" + strconv.Itoa(i), Actor: "a" + strconv.Itoa(i%300),
			Topic: "t" + strconv.Itoa(i%200), Stance: "claims", Summary: "a summary of what the actor said on the topic",
			Evidence: Anchor{Quote: "the sentence that holds the evidence for the position"}, Confidence: 0.7})
	}
	return p
}

// BenchmarkReviewDecision is one review decision (accepting a position) on
// a project the size of a 1 MB article: the time of the undoable step and
// the memory the history keeps for it (retained-B/decision), all of it
// kept, as the history keeps every step of a session.
func BenchmarkReviewDecision(b *testing.B) {
	ed := NewEditor(bigProject(6500))
	b.ResetTimer()
	retained := retainedPerDecision(b, ed, b.N)
	b.StopTimer()
	b.ReportMetric(retained, "retained-B/decision")
}

// retainedPerDecision makes n review decisions through ed, accepting the
// positions in turn, and returns the heap they leave allocated, per
// decision: what the history and the project keep for each.
func retainedPerDecision(tb testing.TB, ed *Editor, n int) float64 {
	tb.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := range n {
		id := ed.Project().Positions[i%len(ed.Project().Positions)].ID
		if err := ed.Do("Accept position", func(p *Project) error { return p.Accept(PositionItem, id) }); err != nil {
			tb.Fatal(err)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	if ed.UndoName() == "" {
		tb.Fatal("no history") // and it keeps ed's history alive until here
	}
	return float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / float64(n)
}

// What a review decision keeps in memory does not depend on the size of the
// project: 500 decisions on a brief of 20,000 positions keep a few KB each
// (the history kept a pointer for every position with each, 160 KB), and
// all 500 stay undoable.
func TestDecisionMemoryIndependentOfProjectSize(t *testing.T) {
	ed := NewEditor(bigProject(20_000))
	if got := retainedPerDecision(t, ed, 500); got > 4096 {
		t.Errorf("each decision keeps %.0f bytes, want at most 4096", got)
	}
	undone := 0
	for ed.CanUndo() {
		if err := ed.Undo(); err != nil {
			t.Fatal(err)
		}
		undone++
	}
	if undone != 500 || ed.Project().ReviewProgress(PositionItem).Accepted != 0 {
		t.Errorf("undid %d steps to %d accepted positions, want 500 steps back to none", undone, ed.Project().ReviewProgress(PositionItem).Accepted)
	}
}

// An undo step keeps one copy of what it did not change: both snapshots
// point at the same unchanged items, and undo and redo still give back
// exactly the states before and after, also after a change that reorders.
func TestHistorySharesUnchangedItems(t *testing.T) {
	ed := NewEditor(bigProject(50))
	orig := ed.Project()
	if err := ed.Do("Accept position", func(p *Project) error { return p.Accept(PositionItem, "p7") }); err != nil {
		t.Fatal(err)
	}
	cur := ed.Project()
	for i, x := range cur.Positions {
		if shared := x == orig.Positions[i]; shared != (x.ID != "p7") {
			t.Fatalf("position %s shared=%v after accepting p7", x.ID, shared)
		}
	}
	if orig.Positions[7].Reviewed || !cur.Positions[7].Reviewed {
		t.Fatal("the change reached the earlier snapshot")
	}
	before := mustMarshal(t, orig)
	if err := ed.Do("Move topic", func(p *Project) error { return p.MoveTopic("t3", -2) }); err != nil {
		t.Fatal(err)
	}
	after := mustMarshal(t, ed.Project())
	for _, undo := range []func() error{ed.Undo, ed.Undo} {
		if err := undo(); err != nil {
			t.Fatal(err)
		}
	}
	if got := mustMarshal(t, ed.Project()); got != before {
		t.Error("two undos do not give back the first state")
	}
	ed.Redo()
	ed.Redo()
	if got := mustMarshal(t, ed.Project()); got != after {
		t.Error("two redos do not give back the last state")
	}
}

func mustMarshal(t *testing.T, p *Project) string {
	t.Helper()
	b, err := Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// BenchmarkReviewQueue is the queue and the counts the Review tab asks for
// after each decision, on a project the size of a 1 MB article.
func BenchmarkReviewQueue(b *testing.B) {
	p := bigProject(6500)
	for i := range p.Positions {
		p.Positions[i].Evidence = Anchor{Doc: "d1", Start: (i * 7919) % 1_000_000}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if q := p.ReviewQueue(PositionItem); len(q) != 6500 {
			b.Fatalf("%d positions in the queue, want 6500", len(q))
		}
		if n := p.ReviewProgress(PositionItem); n.Left != 6500 {
			b.Fatalf("%d positions left, want 6500", n.Left)
		}
	}
}
