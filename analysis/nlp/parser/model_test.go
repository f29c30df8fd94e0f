package parser

import (
	"bytes"
	"os"
	"slices"
	"sync"
	"testing"

	"briefing/analysis/nlp/conllu"
)

// committedModel loads the model the pipeline embeds.
func committedModel(t testing.TB) *Model {
	t.Helper()
	b, err := os.ReadFile("../models/parser.bin")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Load(b)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func readSample(t testing.TB) []conllu.Sentence {
	t.Helper()
	s, err := conllu.ReadFile("testdata/ewt-test-sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestCommittedModelParsesReportedSpeech checks the attribution facts the
// positions analysis reads off a parse. Greedy parsing is brittle around the
// commas of an apposition: the model trained with Prune 2 attached "Anna" to
// the first comma here, so this test is also a tripwire for that error.
func TestCommittedModelParsesReportedSpeech(t *testing.T) {
	m := committedModel(t)
	words := []struct{ form, upos, xpos string }{
		{"The", "DET", "DT"}, {"Dutch", "ADJ", "JJ"}, {"Finance", "PROPN", "NNP"}, {"Minister", "PROPN", "NNP"},
		{",", "PUNCT", ","}, {"Anna", "PROPN", "NNP"}, {"Berg", "PROPN", "NNP"}, {",", "PUNCT", ","},
		{"said", "VERB", "VBD"}, {"the", "DET", "DT"}, {"talks", "NOUN", "NNS"}, {"failed", "VERB", "VBD"},
		{".", "PUNCT", "."},
	}
	var forms, upos, xpos []string
	for _, w := range words {
		forms, upos, xpos = append(forms, w.form), append(upos, w.upos), append(xpos, w.xpos)
	}
	heads, deps := make([]int, len(forms)), make([]string, len(forms))
	m.Parse(forms, upos, xpos, heads, deps)
	// UD heads a multiword name by its first word, so the apposition is
	// Minister -> Anna and Berg is flat under Anna.
	const minister, anna, berg, said, talks, failed = 3, 5, 6, 8, 10, 11
	for _, c := range []struct {
		word, head int
		dep        string
	}{
		{said, -1, "root"},
		{minister, said, "nsubj"},
		{anna, minister, "appos"},
		{berg, anna, "flat"},
		{failed, said, "ccomp"},
		{talks, failed, "nsubj"},
	} {
		if heads[c.word] != c.head || deps[c.word] != c.dep {
			t.Errorf("%s: head %d %s, want %d %s (parse %v %v)", forms[c.word], heads[c.word], deps[c.word], c.head, c.dep, heads, deps)
		}
	}
}

// TestCommittedModelAccuracy guards against a broken model or feature
// drift: on these held-out EWT test sentences with gold tags the committed
// model scores UAS 0.875, LAS 0.850; the floor leaves a margin.
func TestCommittedModelAccuracy(t *testing.T) {
	m := committedModel(t)
	uas, las := Evaluate(m, readSample(t), nil)
	if uas < 0.86 || las < 0.83 {
		t.Errorf("sample UAS %.4f LAS %.4f, want at least 0.86 and 0.83", uas, las)
	}
}

func TestCommittedModelRoundTrip(t *testing.T) {
	m := committedModel(t)
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	orig, _ := os.ReadFile("../models/parser.bin")
	if !bytes.Equal(b, orig) {
		t.Error("the committed model re-encodes to other bytes")
	}
	m2, err := Load(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range readSample(t) {
		h1, d1 := parseGold(m, s)
		h2, d2 := parseGold(m2, s)
		if !slices.Equal(h1, h2) || !slices.Equal(d1, d2) {
			t.Fatalf("%s: round-tripped model parses differently", s.ID)
		}
	}
}

func TestParseConcurrent(t *testing.T) {
	m := committedModel(t)
	sents := readSample(t)[:60]
	want := make([][]int, len(sents))
	for i, s := range sents {
		want[i], _ = parseGold(m, s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(sents))
	for range 4 {
		wg.Go(func() {
			for i, s := range sents {
				if got, _ := parseGold(m, s); !slices.Equal(got, want[i]) {
					errs <- s.ID
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for id := range errs {
		t.Errorf("%s: concurrent parse differs from the sequential one", id)
	}
}

// BenchmarkParse measures parsing alone (gold tags, committed model and
// sample) and reports words per second.
func BenchmarkParse(b *testing.B) {
	m := committedModel(b)
	type sent struct{ forms, upos, xpos []string }
	var sents []sent
	for _, s := range readSample(b) {
		var x sent
		for _, w := range s.Words {
			x.forms, x.upos, x.xpos = append(x.forms, w.Form), append(x.upos, w.UPOS), append(x.xpos, w.XPOS)
		}
		sents = append(sents, x)
	}
	heads, deps := make([]int, 256), make([]string, 256)
	words := 0
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		x := sents[i%len(sents)]
		m.Parse(x.forms, x.upos, x.xpos, heads, deps)
		words += len(x.forms)
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
}
