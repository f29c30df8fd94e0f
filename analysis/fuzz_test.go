package analysis

import (
	"slices"
	"testing"
	"unicode/utf8"

	"briefing/document"
)

// FuzzAnalyze feeds the analysis arbitrary text: it must not panic, and what it suggests
// must point into the text (the window highlights evidence by these offsets) and at actors
// and topics that exist.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"",
		"\"The talks failed. We will go on,\" claimed Sweden's Foreign Minister, Jan Kowal.\n\n\"More to come.\"",
		"He backed [George W.] Bush in 2000 and [Phil] Gramm ... in 96 [...] and",
		"Senators Anna Berg of Vermont, Omar Haddad of Oregon, and Jan Kowal of Maine each asked the governor to veto it.",
		"The Foreign and Commonwealth Office said, with Berg stating: \"No.\" ... claim residents.",
		"[ ] [[ ]] \" \" “ ” ... . , ; : ( ) - – — ’s 's",
		"Q: Why?\nA: Because.\n\nMINISTER KOWAL: We reject it.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 4000 {
			return // documents are valid UTF-8 by the time they reach the analysis
		}
		doc := document.FromText("fuzz", text)
		r := Analyze(doc)
		src := doc.Text
		span := func(what string, s Span) {
			if s.Start < 0 || s.End > len(src) || s.Start > s.End {
				t.Fatalf("%s span %d..%d outside the text (%d bytes)", what, s.Start, s.End, len(src))
			}
			if src[s.Start:s.End] != s.Text {
				t.Fatalf("%s span %d..%d is %q, its text %q", what, s.Start, s.End, src[s.Start:s.End], s.Text)
			}
		}
		var actors, topics []string
		for _, a := range r.Actors {
			actors = append(actors, a.ID)
			for _, m := range a.Mentions {
				span("mention of "+a.Name, m)
			}
		}
		for _, tp := range r.Topics {
			topics = append(topics, tp.ID)
		}
		for _, p := range r.Positions {
			span("evidence of "+p.ID, p.Evidence)
			if !slices.Contains(actors, p.Actor) {
				t.Fatalf("position %s names actor %q, which is not in the result", p.ID, p.Actor)
			}
			if p.Topic != "" && !slices.Contains(topics, p.Topic) {
				t.Fatalf("position %s names topic %q, which is not in the result", p.ID, p.Topic)
			}
			if !slices.Contains(Stances, p.Stance) {
				t.Fatalf("position %s has stance %q", p.ID, p.Stance)
			}
		}
	})
}
