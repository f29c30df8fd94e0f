package analysis

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/document"
)

func analyzeText(t testing.TB, text string) (*document.Document, *Result) {
	t.Helper()
	doc := document.FromText("test", text)
	return doc, Analyze(doc)
}

// actorNames maps the result's actor IDs to their names.
func actorNames(r *Result) map[string]string {
	names := map[string]string{}
	for _, a := range r.Actors {
		names[a.ID] = a.Name
	}
	return names
}

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func actorByName(r *Result, name string) *Actor {
	for i := range r.Actors {
		if r.Actors[i].Name == name {
			return &r.Actors[i]
		}
	}
	return nil
}

func actorByID(r *Result, id string) *Actor {
	for i := range r.Actors {
		if r.Actors[i].ID == id {
			return &r.Actors[i]
		}
	}
	return nil
}

// positionsOf returns the evidence texts of the positions held by (or shared with) the named actor.
func positionsOf(r *Result, name string) []string {
	var out []string
	for _, p := range r.Positions {
		ids := append([]string{p.Actor}, p.CoActors...)
		for _, id := range ids {
			if a := actorByID(r, id); a != nil && a.Name == name {
				out = append(out, p.Evidence.Text)
				break
			}
		}
	}
	return out
}

func hasPositionWith(r *Result, name, fragment string) bool {
	for _, ev := range positionsOf(r, name) {
		if strings.Contains(ev, fragment) {
			return true
		}
	}
	return false
}

func TestActors(t *testing.T) {
	tests := []struct {
		name                   string
		text                   string
		actor                  string
		role, affil, typ       string
		alias                  string
		absent                 []string
		named                  bool
		wantUnnamedGroupAbsent bool
	}{
		{name: "role and affiliation from a metonym",
			text:  "Kremlin spokesman Dmitry Peskov confirmed that the envoy will arrive on Tuesday.",
			actor: "Dmitry Peskov", role: "Kremlin spokesman", affil: "Russia", typ: Person, named: true},
		{name: "demonym before a title",
			text:  "Ukrainian President Volodymyr Zelensky said the talks were constructive.",
			actor: "Volodymyr Zelensky", role: "Ukrainian President", affil: "Ukraine", typ: Person, named: true,
			absent: []string{"Ukraine"}},
		{name: "capital as metonym",
			text:  "Moscow has rejected the proposal, and the Kremlin said it would not negotiate.",
			actor: "Russia", alias: "Moscow", typ: State, named: true},
		{name: "meeting place is not an actor",
			text:  "Speaking in Paris after talks with French President Emmanuel Macron, Zelensky stressed that Ukraine needs security guarantees.",
			actor: "Emmanuel Macron", affil: "France", typ: Person, named: true,
			absent: []string{"France", "Paris"}},
		{name: "country in a title is an affiliation, not a party",
			text:  "Witkoff held talks with UK Prime Minister Sir Keir Starmer on Monday.",
			actor: "Keir Starmer", role: "UK Prime Minister", affil: "United Kingdom", typ: Person, named: true,
			absent: []string{"United Kingdom"}},
		{name: "organisation acronym",
			text:  "EU foreign policy chief Kaja Kallas warned that the week could prove pivotal.",
			actor: "Kaja Kallas", role: "EU foreign policy chief", affil: "European Union", typ: Person, named: true},
		{name: "organisation by pattern",
			text:  "The programs support the new Patrol Police Service and the Ministry of Defense.",
			actor: "Patrol Police Service", typ: Organization, named: true},
		{name: "government of a state",
			text:  "The Secretary informed the Government of Ukraine of the decision.",
			actor: "Ukraine", typ: State, named: true},
		{name: "city and country of a trip are places",
			text:  "She served at the U.S. Embassies in Tashkent, Uzbekistan and Tbilisi, Georgia. Russia objected.",
			actor: "Russia", typ: State, named: true, absent: []string{"Uzbekistan", "Georgia"}},
		{name: "unnamed group holding a position",
			text:  "Open-source analysts reported that neither town appears fully under Russian control.",
			actor: "Open-source analysts", typ: Other, named: false},
		{name: "untitled full name",
			text:  "Andriy Kovalenko, who leads a disinformation centre, said Russia aims to shift the burden.",
			actor: "Andriy Kovalenko", typ: Person, named: true},
		{name: "surname with initial and suffix",
			text:  "Secretary of Defense Lloyd J. Austin III visited Kyiv to demonstrate support. Secretary Austin said more aid is coming.",
			actor: "Lloyd J. Austin III", role: "Secretary of Defense", alias: "Austin", typ: Person, named: true},
		{name: "place names are not people",
			text:  "Speaking at a press conference in Tel Aviv, the minister said the talks would resume.",
			actor: "", absent: []string{"Tel Aviv"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, r := analyzeText(t, tc.text)
			for _, n := range tc.absent {
				if actorByName(r, n) != nil {
					t.Errorf("%q should not be an actor; actors: %v", n, names(r))
				}
			}
			if tc.actor == "" {
				return
			}
			a := actorByName(r, tc.actor)
			if a == nil {
				t.Fatalf("no actor %q; actors: %v", tc.actor, names(r))
			}
			if tc.role != "" && a.Role != tc.role {
				t.Errorf("role = %q, want %q", a.Role, tc.role)
			}
			if tc.affil != "" && a.Affiliation != tc.affil {
				t.Errorf("affiliation = %q, want %q", a.Affiliation, tc.affil)
			}
			if tc.typ != "" && a.Type != tc.typ {
				t.Errorf("type = %q, want %q", a.Type, tc.typ)
			}
			if a.Named != tc.named {
				t.Errorf("named = %v, want %v", a.Named, tc.named)
			}
			if tc.alias != "" {
				found := false
				for _, al := range a.Aliases {
					if al == tc.alias {
						found = true
					}
				}
				if !found {
					t.Errorf("aliases %v lack %q", a.Aliases, tc.alias)
				}
			}
			if a.Why == "" {
				t.Errorf("actor %q has no Why", a.Name)
			}
		})
	}
}

func names(r *Result) []string {
	var out []string
	for _, a := range r.Actors {
		out = append(out, a.Name)
	}
	return out
}

func TestPositions(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		actor    string
		fragment string // part of the evidence sentence
		co       string // expected co-actor, if any
		not      []string
	}{
		{name: "reporting verb",
			text:  "Kremlin spokesman Dmitry Peskov confirmed that the envoy will meet the president on Tuesday.",
			actor: "Dmitry Peskov", fragment: "confirmed that the envoy"},
		{name: "pronoun resolved to the last subject",
			text:  "Macron said no final peace plan exists. He said only Zelensky can decide on territorial issues.",
			actor: "Macron", fragment: "He said only Zelensky"},
		{name: "relative clause between subject and verb",
			text:  "Andriy Kovalenko, who leads Ukraine’s disinformation centre, said Russia aims to shift the burden onto Ukraine.",
			actor: "Andriy Kovalenko", fragment: "who leads", not: []string{"Ukraine"}},
		{name: "stance verb inside reported speech",
			text:  "He said territorial questions remain the hardest because Russia wants Ukraine to surrender land, a demand Ukraine rejects.",
			actor: "Russia", fragment: "Russia wants"},
		{name: "coordinated subjects",
			text:  "During the Dialogue, the United States and Armenia reiterated their commitment to strengthening bilateral ties.",
			actor: "United States", fragment: "reiterated their commitment", co: "Armenia"},
		{name: "group of officials stands for the state",
			text:  "The meeting comes as Russian officials claim they captured the town.",
			actor: "Russia", fragment: "Russian officials claim"},
		{name: "inverted quotation",
			text:  "“We will not give up our land,” said Foreign Minister Dmytro Kuleba.",
			actor: "Dmytro Kuleba", fragment: "We will not give up"},
		{name: "quotation over several sentences",
			text:  "“We are ready for talks. But our conditions are well known,” Lavrov said.",
			actor: "Lavrov", fragment: "We are ready for talks."},
		{name: "according to",
			text:  "The convoy was hit overnight, according to Kremlin spokesman Dmitry Peskov.",
			actor: "Dmitry Peskov", fragment: "The convoy was hit"},
		{name: "agent of a passive verb",
			text:  "The ceasefire proposal was rejected by Moscow on Friday.",
			actor: "Russia", fragment: "was rejected by Moscow"},
		{name: "the leaders of a call",
			text:  "President Joe Biden spoke today with Prime Minister Fumio Kishida of Japan. The leaders discussed their shared commitment to a free and open Indo-Pacific.",
			actor: "Fumio Kishida", fragment: "The leaders discussed"},
		{name: "participle clause",
			text:  "Russian President Vladimir Putin gave a televised address, claiming that the attackers had fled abroad.",
			actor: "Vladimir Putin", fragment: "claiming that"},
		{name: "place of the speech is not the holder",
			text:  "Speaking in Paris after talks with French President Emmanuel Macron, Zelensky stressed that Ukraine needs guarantees.",
			actor: "Zelensky", fragment: "Zelensky stressed", not: []string{"Emmanuel Macron"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, r := analyzeText(t, tc.text)
			if !hasPositionWith(r, tc.actor, tc.fragment) {
				t.Fatalf("no position of %q with %q; positions: %+v; actors %v", tc.actor, tc.fragment, r.Positions, names(r))
			}
			for _, n := range tc.not {
				if len(positionsOf(r, n)) > 0 {
					t.Errorf("%q should hold no position", n)
				}
			}
			if tc.co != "" {
				ok := false
				for _, p := range r.Positions {
					if a := actorByID(r, p.Actor); a != nil && a.Name == tc.actor {
						for _, c := range p.CoActors {
							if ca := actorByID(r, c); ca != nil && ca.Name == tc.co {
								ok = true
							}
						}
					}
				}
				if !ok {
					t.Errorf("no co-actor %q", tc.co)
				}
			}
		})
	}
}

// TestSpansAndReferences checks that every span slices the document to its text and every reference resolves.
func TestSpansAndReferences(t *testing.T) {
	files := []string{"01-us-armenia-strategic-dialogue.txt", "02-blinken-lipavsky-remarks.txt",
		"03-blinken-austin-ukraine-travel.txt", "04-cop29-conclusion-statement.txt"}
	for _, f := range files {
		t.Run(f, func(t *testing.T) {
			doc, r := analyzeText(t, readTestdata(t, f))
			check := func(what string, s Span) {
				if doc.Slice(s.Start, s.End) != s.Text || s.Text == "" {
					t.Errorf("%s span %d-%d = %q, text %q", what, s.Start, s.End, doc.Slice(s.Start, s.End), s.Text)
				}
			}
			ids := map[string]bool{}
			for _, a := range r.Actors {
				ids[a.ID] = true
				for _, m := range a.Mentions {
					check("mention of "+a.Name, m)
				}
			}
			topics := map[string]bool{}
			for _, tp := range r.Topics {
				topics[tp.ID] = true
				if len(tp.Keywords) == 0 || tp.Why == "" {
					t.Errorf("topic %q lacks keywords or why", tp.Label)
				}
				for _, s := range tp.Sentences {
					check("topic "+tp.Label, s)
				}
			}
			if len(r.Positions) == 0 {
				t.Fatal("no positions")
			}
			for _, p := range r.Positions {
				check("evidence", p.Evidence)
				if !ids[p.Actor] {
					t.Errorf("position %s: unknown actor %q", p.ID, p.Actor)
				}
				for _, c := range p.CoActors {
					if !ids[c] {
						t.Errorf("position %s: unknown co-actor %q", p.ID, c)
					}
				}
				if p.Topic != "" && !topics[p.Topic] {
					t.Errorf("position %s: unknown topic %q", p.ID, p.Topic)
				}
				if p.Paragraph != doc.ParagraphAt(p.Evidence.Start) || p.Paragraph == 0 {
					t.Errorf("position %s: paragraph %d", p.ID, p.Paragraph)
				}
				if p.Confidence <= 0 || p.Confidence > 1 || p.Why == "" || p.Summary == "" {
					t.Errorf("position %s: confidence %v, why %q, summary %q", p.ID, p.Confidence, p.Why, p.Summary)
				}
				switch p.Stance {
				case Supports, Opposes, Neutral, Claims:
				default:
					t.Errorf("position %s: stance %q", p.ID, p.Stance)
				}
			}
		})
	}
}

func TestTranscript(t *testing.T) {
	_, r := analyzeText(t, readTestdata(t, "02-blinken-lipavsky-remarks.txt"))
	lip := actorByName(r, "Jan Lipavský")
	if lip == nil {
		t.Fatalf("no Jan Lipavský; actors %v", names(r))
	}
	if lip.Role != "Czech Republic Foreign Minister" || lip.Affiliation != "Czech Republic" {
		t.Errorf("Lipavský role %q affiliation %q", lip.Role, lip.Affiliation)
	}
	// The speaker tag "FOREIGN MINISTER LIPAVSKY:" is matched without its diacritic.
	if !hasPositionWith(r, "Jan Lipavský", "The Putin wars against Ukraine") {
		t.Error("speaker sentence not attributed to Lipavský")
	}
	if !hasPositionWith(r, "Antony J. Blinken", "remarkable supporter of Ukraine") {
		t.Error("speaker sentence not attributed to Blinken")
	}
	// Greetings and thanks are skipped.
	for _, p := range r.Positions {
		for _, g := range []string{"Good evening, everyone.", "Thanks, everyone.", "Appreciate it.", "It’s great to have you here."} {
			if p.Evidence.Text == g {
				t.Errorf("courtesy %q became a position", g)
			}
		}
	}
	// A third party's belief reported by the speaker.
	if !hasPositionWith(r, "Putin", "he really believes") {
		t.Error("no position for Putin's belief")
	}
	for _, n := range []string{"Thomas Jefferson", "Washington"} {
		if actorByName(r, n) != nil {
			t.Errorf("%q is a place, not an actor", n)
		}
	}
}

func TestGenres(t *testing.T) {
	t.Run("joint statement", func(t *testing.T) {
		_, r := analyzeText(t, readTestdata(t, "01-us-armenia-strategic-dialogue.txt"))
		if !hasPositionWith(r, "Armenia", "The delegations also discussed") {
			t.Error("'the delegations' not resolved to the parties")
		}
		for _, n := range []string{"USAID", "OSCE Minsk Group", "Ministry of Defense", "U.S. Department of State", "U.S. Department of Defense", "Karen Donfried"} {
			if actorByName(r, n) == nil {
				t.Errorf("missing actor %q; actors %v", n, names(r))
			}
		}
	})
	t.Run("spokesperson readout", func(t *testing.T) {
		_, r := analyzeText(t, readTestdata(t, "03-blinken-austin-ukraine-travel.txt"))
		if !hasPositionWith(r, "Ned Price", "our diplomatic mission") {
			t.Error("first-person sentence not attributed to the spokesperson")
		}
		if !hasPositionWith(r, "Lloyd J. Austin III", "He highlighted") {
			t.Error("'He' not resolved to Austin")
		}
		if !hasPositionWith(r, "Lloyd J. Austin III", "They noted that the bravery") {
			t.Error("'They' not resolved to Blinken and Austin")
		}
		for _, n := range []string{"Germany", "Slovakia", "Uzbekistan", "Georgia"} {
			if actorByName(r, n) != nil {
				t.Errorf("%q is only a location", n)
			}
		}
	})
	t.Run("presidential statement", func(t *testing.T) {
		_, r := analyzeText(t, readTestdata(t, "04-cop29-conclusion-statement.txt"))
		if got := len(positionsOf(r, "Joe Biden")); got < 8 {
			t.Errorf("Biden holds %d positions, want most sentences", got)
		}
		if !hasPositionWith(r, "United States", "In Baku, the United States challenged") {
			t.Error("explicit subject not preferred over the author")
		}
		if actorByName(r, "Azerbaijan") != nil || actorByName(r, "Paris") != nil || actorByName(r, "France") != nil {
			t.Errorf("places as actors: %v", names(r))
		}
	})
}

// TestTopics checks topics on a text written for the test: each theme the text treats
// becomes a topic holding its sentences, and a theme it does not treat does not.
func TestTopics(t *testing.T) {
	text := "Defence Minister Anna Berg said the new package of military aid includes air defence systems and ammunition.\n\n" +
		"Foreign Minister Piet Kros said the ceasefire talks would resume in Geneva next week.\n\n" +
		"Berg added that the weapons would reach the front before winter.\n\n" +
		"Kros said the negotiators had agreed on a draft of the truce.\n"
	_, r := analyzeText(t, text)
	want := map[string]string{
		"Security assistance": "Berg added that the weapons would reach the front before winter.",
		"Peace plan":          "Foreign Minister Piet Kros said the ceasefire talks would resume in Geneva next week.",
	}
	for label, sentence := range want {
		var tp *Topic
		for i := range r.Topics {
			if r.Topics[i].Label == label {
				tp = &r.Topics[i]
			}
		}
		if tp == nil {
			t.Errorf("no topic %q: %+v", label, r.Topics)
			continue
		}
		found := false
		for _, s := range tp.Sentences {
			found = found || strings.TrimSpace(s.Text) == sentence
		}
		if !found {
			t.Errorf("topic %q lacks %q: %+v", label, sentence, tp.Sentences)
		}
	}
	for _, tp := range r.Topics {
		if tp.Label == "Sanctions" || tp.Label == "Energy security" {
			t.Errorf("topic %q from a text that never treats it", tp.Label)
		}
	}
}

func TestEmptyAndOddInput(t *testing.T) {
	for _, text := range []string{"", "\n\n", "Hello", "“", "SECRETARY:", "Q:", "a.b.c. U.S. D.C.", "’s ’s ’s", strings.Repeat("Mr. ", 50)} {
		_, r := analyzeText(t, text)
		if r == nil || r.Actors == nil || r.Topics == nil || r.Positions == nil {
			t.Errorf("%q: nil result or slices", text)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	text := readTestdata(t, "03-blinken-austin-ukraine-travel.txt")
	want := len(Analyze(document.FromText("x", text)).Positions)
	done := make(chan int)
	for i := 0; i < 4; i++ {
		go func() { done <- len(Analyze(document.FromText("x", text)).Positions) }()
	}
	for i := 0; i < 4; i++ {
		if got := <-done; got != want {
			t.Errorf("concurrent run found %d positions, want %d", got, want)
		}
	}
}

func TestLexiconsHaveSources(t *testing.T) {
	entries, err := lexiconFS.ReadDir("lexicon")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) < 8 {
		t.Fatalf("only %d lexicon files", len(entries))
	}
	for _, e := range entries {
		b, _ := lexiconFS.ReadFile("lexicon/" + e.Name())
		text := string(b)
		if !strings.HasPrefix(text, "# ") || !strings.Contains(strings.ToLower(text), "source") && !strings.Contains(text, "comes from") {
			t.Errorf("%s lacks a header saying where its vocabulary comes from", e.Name())
		}
	}
	// every word list says what it holds and where it comes from
	lines := strings.Split(string(must(lexiconFS.ReadFile("lexicon/wordlists.tsv"))), "\n")
	for i, l := range lines {
		if l != "" && !strings.HasPrefix(l, "#") && (i == 0 || !strings.HasPrefix(lines[i-1], "# ")) {
			t.Errorf("wordlists.tsv: list %q has no comment above it", strings.SplitN(l, "\t", 2)[0])
		}
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

func benchText(b *testing.B, size int) string {
	var parts []string
	for _, f := range []string{"01-us-armenia-strategic-dialogue.txt", "02-blinken-lipavsky-remarks.txt",
		"03-blinken-austin-ukraine-travel.txt", "04-cop29-conclusion-statement.txt"} {
		parts = append(parts, readTestdata(b, f))
	}
	var sb strings.Builder
	for i := 0; sb.Len() < size; i++ {
		sb.WriteString(parts[i%len(parts)])
		sb.WriteString("\n\n")
	}
	return sb.String()
}

func benchAnalyze(b *testing.B, size int) {
	text := benchText(b, size)
	doc := document.FromText("bench", text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Analyze(doc)
	}
}

func BenchmarkAnalyze1MB(b *testing.B)  { benchAnalyze(b, 1<<20) }
func BenchmarkAnalyze10MB(b *testing.B) { benchAnalyze(b, 10<<20) }
