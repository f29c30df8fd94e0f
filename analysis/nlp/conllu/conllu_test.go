package conllu

import (
	"reflect"
	"strings"
	"testing"
)

const snippet = `# newdoc id = GUM_news_election
# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity
# newpar
# sent_id = GUM_news_election-7
# text = Eddie Chu didn't vote in Sha Tin.
1	Eddie	Eddie	PROPN	NNP	Number=Sing	4	nsubj	4:nsubj	Entity=(26-person-new-nssnn-cf1-1,2-coref-Eddie_Chu
2	Chu	Chu	PROPN	NNP	Number=Sing	1	flat	1:flat	Entity=26)
3-4	didn't	_	_	_	_	_	_	_	_
3	did	do	AUX	VBD	_	5	aux	5:aux	_
4	n't	not	PART	RB	_	5	advmod	5:advmod	_
5	vote	vote	VERB	VB	_	0	root	0:root	_
5.1	voted	vote	VERB	VBD	_	_	_	5:conj	_
6	in	in	ADP	IN	_	8	case	8:case	_
7	Sha	Sha	PROPN	NNP	_	8	compound	8:compound	Entity=(27-abstract-new-nnnnn-cf2-3-sgl(28-place-new-nnnnn-cf3-3-coref-Sha_Tin
8	Tin	Tin	PROPN	NNP	_	5	obl	5:obl	Entity=28)27)|SpaceAfter=No
9	.	.	PUNCT	.	_	5	punct	5:punct	_

# sent_id = GUM_news_election-8
# text = Iodine.
1	Iodine	iodine	NOUN	NN	_	0	root	0:root	Entity=(3-substance-giv:inact-sssss-cf1-1-coref-Iodine)|SpaceAfter=No
2	.	.	PUNCT	.	_	1	punct	1:punct	_
`

func TestRead(t *testing.T) {
	sents, err := Read(strings.NewReader(snippet))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	s := sents[0]
	if s.ID != "GUM_news_election-7" || s.Text != "Eddie Chu didn't vote in Sha Tin." || s.DocID != "GUM_news_election" || !s.NewPar {
		t.Errorf("sentence header = %q %q %q %v", s.ID, s.Text, s.DocID, s.NewPar)
	}
	if sents[1].NewPar || sents[1].DocID != "GUM_news_election" {
		t.Errorf("second sentence NewPar=%v DocID=%q", sents[1].NewPar, sents[1].DocID)
	}
	var forms []string
	for i, w := range s.Words {
		if w.ID != i+1 {
			t.Errorf("word %d has ID %d", i, w.ID)
		}
		forms = append(forms, w.Form)
	}
	want := []string{"Eddie", "Chu", "did", "n't", "vote", "in", "Sha", "Tin", "."}
	if !reflect.DeepEqual(forms, want) {
		t.Errorf("forms = %q, want %q", forms, want)
	}
	w := s.Words[2]
	if w.Lemma != "do" || w.UPOS != "AUX" || w.XPOS != "VBD" || w.Head != 5 || w.Deprel != "aux" {
		t.Errorf("word 3 = %+v", w)
	}
	if s.Words[4].Head != 0 || s.Words[4].Deprel != "root" {
		t.Errorf("root word = %+v", s.Words[4])
	}
}

func TestMentions(t *testing.T) {
	sents, err := Read(strings.NewReader(snippet))
	if err != nil {
		t.Fatal(err)
	}
	got := sents[0].Mentions()
	want := []Mention{
		{Start: 0, End: 2, Type: "person", Identity: "Eddie_Chu", Group: "26"},
		{Start: 6, End: 8, Type: "place", Identity: "Sha_Tin", Group: "28"},
		{Start: 6, End: 8, Type: "abstract", Group: "27"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Mentions() = %+v\nwant %+v", got, want)
	}
	got = sents[1].Mentions()
	want = []Mention{{Start: 0, End: 1, Type: "substance", Identity: "Iodine", Group: "3"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("one-token Mentions() = %+v, want %+v", got, want)
	}
}

func TestReadErrors(t *testing.T) {
	if _, err := Read(strings.NewReader("1\tonly\tthree\n")); err == nil {
		t.Error("short line accepted")
	}
	if _, err := Read(strings.NewReader("x\ta\tb\tc\td\te\tf\tg\th\ti\n")); err == nil {
		t.Error("bad ID accepted")
	}
}
