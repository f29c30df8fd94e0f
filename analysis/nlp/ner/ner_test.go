package ner

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"briefing/analysis/nlp/conllu"
	"briefing/analysis/nlp/models"
	"briefing/analysis/nlp/tagger"
)

func loadModels(t testing.TB) (*tagger.Model, *Model) {
	t.Helper()
	tg, err := tagger.Load(models.Tagger)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Load(models.NER)
	if err != nil {
		t.Fatal(err)
	}
	return tg, m
}

// taggedDoc tags each sentence (words split on spaces) with tg.
func taggedDoc(tg *tagger.Model, sentences ...string) []Sentence {
	var doc []Sentence
	for _, s := range sentences {
		words := strings.Fields(s)
		upos, xpos := make([]string, len(words)), make([]string, len(words))
		tg.Tag(words, upos, xpos)
		doc = append(doc, Sentence{Words: words, UPOS: upos, XPOS: xpos})
	}
	return doc
}

func recognize(tg *tagger.Model, m *Model, sentence string) []string {
	words := strings.Fields(sentence)
	upos, xpos := make([]string, len(words)), make([]string, len(words))
	tg.Tag(words, upos, xpos)
	var out []string
	for _, s := range m.Recognize(nil, words, upos, xpos) {
		out = append(out, s.Type+":"+strings.Join(words[s.Start:s.End], " "))
	}
	return out
}

func TestEmbeddedModel(t *testing.T) {
	tg, m := loadModels(t)
	cases := []struct {
		in   string
		want []string
	}{
		{"Anna Berg , the head of the Grain Exporters Group , said the deal was fair .",
			[]string{"person:Anna Berg", "organization:Grain Exporters Group"}},
		{"The minister flew from Kyiv to Paris on Monday .", []string{"place:Kyiv", "place:Paris"}},
		{"He said the weather was fine .", nil},
	}
	for _, c := range cases {
		if got := recognize(tg, m, c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	_, m := loadModels(t)
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, models.NER) {
		t.Error("re-encoding the embedded model changes its bytes")
	}
	if _, err := Load(b[:len(b)-3]); err == nil {
		t.Error("truncated model accepted")
	}
}

const gumSnippet = `# newdoc id = doc1
# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity
# sent_id = doc1-1
1	The	the	DET	DT	_	2	det	_	Entity=(1-organization-new-sssss-cf1-2-coref-University_of_Chicago
2	University	University	PROPN	NNP	_	6	nsubj	_	_
3	of	of	ADP	IN	_	4	case	_	_
4	Chicago	Chicago	PROPN	NNP	_	2	nmod	_	Entity=(2-place-new-sssss-cf2-1-sgl-Chicago)1)
5	's	's	PART	POS	_	2	case	_	_
6	hired	hire	VERB	VBD	_	0	root	_	_
7	President	president	NOUN	NN	_	9	compound	_	Entity=(3-person-new-sssss-cf3-3-coref
8	Anna	Anna	PROPN	NNP	_	9	compound	_	_
9	Berg	Berg	PROPN	NNP	_	6	obj	_	Entity=3)
10	and	and	CCONJ	CC	_	11	cc	_	_
11	him	he	PRON	PRP	_	9	conj	_	Entity=(3-person-giv-sssss-cf3-1-coref-Anna_Berg)
`

func TestGold(t *testing.T) {
	sents, err := conllu.Read(strings.NewReader(gumSnippet))
	if err != nil {
		t.Fatal(err)
	}
	got := Gold(sents[0])
	want := []Span{{1, 4, "organization"}, {7, 9, "person"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Gold = %v, want %v", got, want)
	}
}

// gumNames has a name nested in a noun phrase whose determiner attaches
// outside it ("[the Union] army"), a coordination inside one name ("the
// National Air and Space Museum") and a coordination of two names ("Brahms and
// Dvořák").
const gumNames = `# newdoc id = doc2
# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity
# sent_id = doc2-1
1	the	the	DET	DT	_	3	det	_	Entity=(1-organization-new-sssss-cf1-3-sgl-(2-place-new-sssss-cf2-2-coref-Union
2	Union	Union	PROPN	NNP	_	3	compound	_	Entity=2)
3	army	army	NOUN	NN	_	4	nsubj	_	Entity=1)
4	visited	visit	VERB	VBD	_	0	root	_	_
5	the	the	DET	DT	_	10	det	_	Entity=(3-place-new-sssss-cf3-5-sgl
6	National	National	ADJ	NNP	_	10	amod	_	_
7	Air	Air	PROPN	NNP	_	10	compound	_	_
8	and	and	CCONJ	CC	_	9	cc	_	_
9	Space	Space	PROPN	NNP	_	7	conj	_	_
10	Museum	Museum	PROPN	NNP	_	4	obj	_	Entity=3)
11	with	with	ADP	IN	_	12	case	_	_
12	Brahms	Brahms	PROPN	NNP	_	4	obl	_	Entity=(4-person-new-sssss-cf4-1-sgl-(5-person-new-sssss-cf5-1-sgl)
13	and	and	CCONJ	CC	_	14	cc	_	_
14	Dvořák	Dvořák	PROPN	NNP	_	12	conj	_	Entity=(6-person-new-sssss-cf6-1-sgl)4)
`

func TestGoldHeadsAndCoordination(t *testing.T) {
	sents, err := conllu.Read(strings.NewReader(gumNames))
	if err != nil {
		t.Fatal(err)
	}
	got := Gold(sents[0])
	want := []Span{{1, 2, "place"}, {5, 10, "place"}, {11, 12, "person"}, {13, 14, "person"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Gold = %v, want %v", got, want)
	}
}

func TestLabels(t *testing.T) {
	spans := []Span{{0, 2, "person"}, {3, 4, "place"}, {5, 8, "organization"}}
	classes := encode(spans, 9)
	for i := 1; i < len(classes); i++ {
		if !allowed(classes[i-1], classes[i]) {
			t.Fatalf("encoded sequence breaks at %d: %v", i, classes)
		}
	}
	if got := decode(nil, classes); !reflect.DeepEqual(got, spans) {
		t.Errorf("decode(encode) = %v, want %v", got, spans)
	}
}

func BenchmarkRecognize(b *testing.B) {
	tg, m := loadModels(b)
	words := strings.Fields("Anna Berg , the head of the Grain Exporters Group , told reporters in Kyiv on Monday that the offer from Ukraine was fair .")
	upos, xpos := make([]string, len(words)), make([]string, len(words))
	tg.Tag(words, upos, xpos)
	for b.Loop() {
		m.Recognize(nil, words, upos, xpos)
	}
	b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "words/s")
}

func TestTrainDeterministic(t *testing.T) {
	sents, err := conllu.Read(strings.NewReader(gumSnippet + "\n" + strings.ReplaceAll(gumSnippet, "doc1", "doc2")))
	if err != nil {
		t.Fatal(err)
	}
	tag := func(words, upos, xpos []string) {
		for i := range words {
			upos[i], xpos[i] = "PROPN", "NNP"
		}
	}
	docs := FromTreebank(sents, tag)
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	opts := Options{Iterations: 10, Seed: 5, Ensemble: 2}
	b1, _ := Train(docs, opts).MarshalBinary()
	b2, _ := Train(docs, opts).MarshalBinary()
	if !bytes.Equal(b1, b2) {
		t.Error("two trainings gave different bytes")
	}
	m, err := Load(b1)
	if err != nil {
		t.Fatal(err)
	}
	if f := m.Evaluate(docs)[""].F1(); f != 1 {
		t.Errorf("training F1 %v, want 1", f)
	}
}
