package tagger

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"briefing/analysis/nlp/conllu"
	"briefing/analysis/nlp/models"
)

func load(t testing.TB) *Model {
	t.Helper()
	m, err := Load(models.Tagger)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestEmbeddedModel(t *testing.T) {
	m := load(t)
	words := strings.Fields("The minister said Kyiv 's offer was fair .")
	upos, xpos := make([]string, len(words)), make([]string, len(words))
	m.Tag(words, upos, xpos)
	wantU := []string{"DET", "NOUN", "VERB", "PROPN", "PART", "NOUN", "AUX", "ADJ", "PUNCT"}
	wantX := []string{"DT", "NN", "VBD", "NNP", "POS", "NN", "VBD", "JJ", "."}
	if !reflect.DeepEqual(upos, wantU) || !reflect.DeepEqual(xpos, wantX) {
		t.Errorf("got %v %v\nwant %v %v", upos, xpos, wantU, wantX)
	}
	words = strings.Fields("I want to go to Paris with Anna Berg tomorrow .")
	upos, xpos = make([]string, len(words)), make([]string, len(words))
	m.Tag(words, upos, xpos)
	wantU = []string{"PRON", "VERB", "PART", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PROPN", "NOUN", "PUNCT"}
	if !reflect.DeepEqual(upos, wantU) {
		t.Errorf("got %v, want %v", upos, wantU)
	}
}

func TestRoundTrip(t *testing.T) {
	m := load(t)
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, models.Tagger) {
		t.Error("re-encoding the embedded model changes its bytes")
	}
	if _, err := Load(b[:len(b)/2]); err == nil {
		t.Error("truncated model accepted")
	}
}

// tiny is a hand-made treebank: the tagger must learn it.
const tiny = `1	the	_	DET	DT	_	0	_	_	_
2	dog	_	NOUN	NN	_	0	_	_	_
3	runs	_	VERB	VBZ	_	0	_	_	_

1	a	_	DET	DT	_	0	_	_	_
2	run	_	NOUN	NN	_	0	_	_	_
3	helps	_	VERB	VBZ	_	0	_	_	_

1	dogs	_	NOUN	NNS	_	0	_	_	_
2	run	_	VERB	VBP	_	0	_	_	_
`

func TestTrainDeterministic(t *testing.T) {
	sents, err := conllu.Read(strings.NewReader(tiny))
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{Iterations: 5, Seed: 3}
	m1, m2 := Train(sents, opts), Train(sents, opts)
	b1, _ := m1.MarshalBinary()
	b2, _ := m2.MarshalBinary()
	if !bytes.Equal(b1, b2) {
		t.Error("two trainings gave different bytes")
	}
	if u, x := m1.Accuracy(sents); u != 1 || x != 1 {
		t.Errorf("training accuracy %v %v, want 1", u, x)
	}
}

func BenchmarkTag(b *testing.B) {
	m := load(b)
	words := strings.Fields("The minister said on Tuesday that Kyiv 's offer to the Grain Exporters Group was fair , but talks would continue in Geneva .")
	upos, xpos := make([]string, len(words)), make([]string, len(words))
	for b.Loop() {
		m.Tag(words, upos, xpos)
	}
	b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "words/s")
}
