package parser

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"briefing/analysis/nlp/conllu"
)

// tinyTreebank is a hand-made treebank in CoNLL-U (ID, FORM, UPOS, XPOS,
// HEAD, DEPREL filled), small enough to be learnt by heart.
const tinyTreebank = `
1	John	_	PROPN	NNP	_	2	nsubj	_	_
2	saw	_	VERB	VBD	_	0	root	_	_
3	Mary	_	PROPN	NNP	_	2	obj	_	_
4	.	_	PUNCT	.	_	2	punct	_	_

1	The	_	DET	DT	_	2	det	_	_
2	minister	_	NOUN	NN	_	3	nsubj	_	_
3	said	_	VERB	VBD	_	0	root	_	_
4	the	_	DET	DT	_	5	det	_	_
5	talks	_	NOUN	NNS	_	6	nsubj	_	_
6	failed	_	VERB	VBD	_	3	ccomp	_	_
7	.	_	PUNCT	.	_	3	punct	_	_

1	Anna	_	PROPN	NNP	_	4	nsubj:pass	_	_
2	was	_	AUX	VBD	_	4	aux:pass	_	_
3	not	_	PART	RB	_	4	advmod	_	_
4	elected	_	VERB	VBN	_	0	root	_	_
5	in	_	ADP	IN	_	6	case	_	_
6	May	_	PROPN	NNP	_	4	obl:tmod	_	_
7	.	_	PUNCT	.	_	4	punct	_	_

1	Berg	_	PROPN	NNP	_	0	root	_	_
2	,	_	PUNCT	,	_	4	punct	_	_
3	a	_	DET	DT	_	4	det	_	_
4	lawyer	_	NOUN	NN	_	1	appos	_	_
5	from	_	ADP	IN	_	6	case	_	_
6	Delft	_	PROPN	NNP	_	4	nmod	_	_

1	They	_	PRON	PRP	_	2	nsubj	_	_
2	want	_	VERB	VBP	_	0	root	_	_
3	to	_	PART	TO	_	4	mark	_	_
4	leave	_	VERB	VB	_	2	xcomp	_	_
5	and	_	CCONJ	CC	_	6	cc	_	_
6	return	_	VERB	VB	_	4	conj	_	_
7	home	_	ADV	RB	_	6	advmod	_	_
8	.	_	PUNCT	.	_	2	punct	_	_
`

func readTiny(t testing.TB) []conllu.Sentence {
	t.Helper()
	s, err := conllu.Read(strings.NewReader(strings.TrimPrefix(tinyTreebank, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 5 {
		t.Fatalf("read %d sentences, want 5", len(s))
	}
	return s
}

func tinyOptions() Options {
	o := DefaultOptions()
	o.Iterations = 10
	o.TagNoise = 0
	o.Prune = 0
	return o
}

// parseGold parses s with its gold tags.
func parseGold(m *Model, s conllu.Sentence) ([]int, []string) {
	n := len(s.Words)
	forms, upos, xpos := make([]string, n), make([]string, n), make([]string, n)
	for i, w := range s.Words {
		forms[i], upos[i], xpos[i] = w.Form, w.UPOS, w.XPOS
	}
	heads, deps := make([]int, n), make([]string, n)
	m.Parse(forms, upos, xpos, heads, deps)
	return heads, deps
}

func TestTrainLearnsTinyTreebank(t *testing.T) {
	sents := readTiny(t)
	m, err := Train(sents, nil, tinyOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents {
		heads, deps := parseGold(m, s)
		for i, w := range s.Words {
			if heads[i] != w.Head-1 || deps[i] != w.Deprel {
				t.Errorf("%s: head %d %s, want %d %s", w.Form, heads[i], deps[i], w.Head-1, w.Deprel)
			}
		}
	}
	if uas, las := Evaluate(m, sents, nil); uas != 1 || las != 1 {
		t.Errorf("Evaluate on the training trees = %.3f, %.3f; want 1, 1", uas, las)
	}
}

func TestTrainDeterministic(t *testing.T) {
	sents := readTiny(t)
	o := tinyOptions()
	o.TagNoise = 0.2 // the noise must come from the seed too
	var out [2][]byte
	for i := range out {
		m, err := Train(sents, nil, o)
		if err != nil {
			t.Fatal(err)
		}
		if out[i], err = m.MarshalBinary(); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(out[0], out[1]) {
		t.Error("two trainings on the same data and options gave different models")
	}
}

func TestTrainRejectsBadTrees(t *testing.T) {
	sents := readTiny(t)
	sents[0].Words = slices.Clone(sents[0].Words)
	sents[0].Words[1].Head = 1 // John <-> saw: a cycle and no root
	sents[0].Words[0].Head = 2
	if _, err := Train(sents, nil, tinyOptions()); err == nil {
		t.Error("Train accepted a sentence whose heads do not form a tree")
	}
	if _, err := Train(nil, nil, tinyOptions()); err == nil {
		t.Error("Train accepted no sentences")
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	sents := readTiny(t)
	m, err := Train(sents, nil, tinyOptions())
	if err != nil {
		t.Fatal(err)
	}
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Load(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents {
		h1, d1 := parseGold(m, s)
		h2, d2 := parseGold(m2, s)
		if !slices.Equal(h1, h2) || !slices.Equal(d1, d2) {
			t.Errorf("%s: loaded model parses %v %v, trained one %v %v", s.Words[0].Form, h2, d2, h1, d1)
		}
	}
	b2, _ := m2.MarshalBinary()
	if !bytes.Equal(b, b2) {
		t.Error("a loaded model encodes to other bytes")
	}
	for _, cut := range []int{0, 3, len(magic) + 1, len(b) / 2, len(b) - 1} {
		if _, err := Load(b[:cut]); err == nil {
			t.Errorf("Load accepted a model cut to %d of %d bytes", cut, len(b))
		}
	}
}
