package ner

import (
	"reflect"
	"strings"
	"testing"

	"briefing/analysis/nlp/conllu"
)

// sentence builds a tagged sentence from "word/UPOS" fields (XPOS NNP for
// PROPN, NN otherwise).
func sentence(s string) Sentence {
	var out Sentence
	for _, f := range strings.Fields(s) {
		w, tag, _ := strings.Cut(f, "/")
		x := "NN"
		if tag == "PROPN" {
			x = "NNP"
		}
		out.Words, out.UPOS, out.XPOS = append(out.Words, w), append(out.UPOS, tag), append(out.XPOS, x)
	}
	return out
}

func TestCandidatesAreUntaggedProperNounRuns(t *testing.T) {
	s := sentence("Maria/PROPN Lopez/PROPN met/VERB officials/NOUN of/ADP Acme/PROPN in/ADP Port/PROPN Louis/PROPN and/CCONJ iPhone/PROPN users/NOUN ./PUNCT")
	spans := [][]Span{{{Start: 5, End: 6, Type: "organization"}}}
	addCandidates([]Sentence{s}, spans)
	// "Acme" is the tagger's; "iPhone" opens with a lower-case letter
	want := []Span{{Start: 0, End: 2}, {Start: 5, End: 6, Type: "organization"}, {Start: 7, End: 9}}
	if !reflect.DeepEqual(spans[0], want) {
		t.Errorf("spans = %v, want %v", spans[0], want)
	}
}

func TestCandidateTakesTheTypeOfTheSameNameTagged(t *testing.T) {
	tg, m := loadModels(t)
	doc := taggedDoc(tg, "Kofi Mensah , the mayor of Accra , opened the market .", "Kofi Mensah said the market would stay open .")
	for i, ss := range m.RecognizeDocument(doc) {
		found := false
		for _, s := range ss {
			if strings.Join(doc[i].Words[s.Start:s.End], " ") == "Kofi Mensah" {
				found = s.Type == "person"
			}
		}
		if !found {
			t.Errorf("sentence %d: Kofi Mensah not a person: %v", i+1, ss)
		}
	}
}

func TestTrimEdgesEndsNamesOnNameWords(t *testing.T) {
	s := sentence("the/DET Government/PROPN of/ADP Ukraine/PROPN of/ADP the/DET decision/NOUN ./PUNCT")
	got := trimEdges(s, []Span{{Start: 0, End: 7, Type: "organization"}, {Start: 4, End: 6, Type: "place"}})
	want := []Span{{Start: 1, End: 4, Type: "organization"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("trimEdges = %v, want %v", got, want)
	}
}

// gumTitled is a GUM sentence whose person mention is headed by the title,
// with the name flat under it, beside a nested organisation.
const gumTitled = `# newdoc id = doc3
# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity
# sent_id = doc3-1
1	Acme	Acme	PROPN	NNP	_	2	compound	_	Entity=(1-person-new-sssss-cf1-3-sgl(2-organization-new-sssss-cf2-1-sgl)
2	spokesperson	spokesperson	NOUN	NN	_	5	nsubj	_	_
3	Julie	Julie	PROPN	NNP	_	2	flat	_	_
4	Hahn	Hahn	PROPN	NNP	_	3	flat	_	Entity=1)
5	said	say	VERB	VBD	_	0	root	_	_
6	no	no	INTJ	UH	_	5	obj	_	_
`

func TestGoldNameFlatUnderTitle(t *testing.T) {
	sents, err := conllu.Read(strings.NewReader(gumTitled))
	if err != nil {
		t.Fatal(err)
	}
	got := Gold(sents[0])
	want := []Span{{0, 1, "organization"}, {2, 4, "person"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Gold = %v, want %v", got, want)
	}
}

func TestGazetteerMarksGivenNames(t *testing.T) {
	marks, _ := gaz().mark([]string{"Maria", "visited", "Bavaria", "and", "maria"}, nil, nil)
	if marks[0]&gzGiven == 0 || marks[4]&gzGiven != 0 {
		t.Errorf("given-name marks %08b %08b: want Maria marked, lower-case maria not", marks[0], marks[4])
	}
	if marks[2]&gzPlaceB == 0 {
		t.Errorf("Bavaria not marked a place: %08b", marks[2])
	}
}
