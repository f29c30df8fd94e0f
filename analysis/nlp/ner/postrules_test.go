package ner

import (
	"reflect"
	"strings"
	"testing"
)

func TestOfNameJoinsCueAndPlace(t *testing.T) {
	cases := []struct {
		name  string
		sent  string
		spans []Span
		want  []Span
	}{
		{"organisation cue, tagger kept the place",
			"She/PRON joined/VERB the/DET National/ADJ Bank/PROPN of/ADP the/DET Republic/PROPN of/ADP Korea/PROPN ./PUNCT",
			[]Span{{9, 10, "place"}},
			[]Span{{3, 10, "organization"}}},
		{"place cue, tagger kept the cue",
			"Ships/NOUN crossed/VERB the/DET Gulf/PROPN of/ADP Aden/PROPN ./PUNCT",
			[]Span{{3, 4, "organization"}},
			[]Span{{3, 6, "place"}}},
		{"connectors inside the tail",
			"He/PRON spoke/VERB at/ADP the/DET Congress/PROPN of/ADP Arts/PROPN and/CCONJ Letters/PROPN today/NOUN",
			[]Span{{4, 5, "organization"}},
			[]Span{{4, 9, "organization"}}},
		{"a name of its own after and stays apart",
			"the/DET Ministry/PROPN of/ADP Defence/PROPN and/CCONJ NATO/PROPN agreed/VERB",
			[]Span{{1, 4, "organization"}, {5, 6, "organization"}},
			[]Span{{1, 4, "organization"}, {5, 6, "organization"}}},
		{"a sentence's The is not part of the name",
			"The/DET State/PROPN of/ADP Ohio/PROPN appealed/VERB",
			[]Span{{3, 4, "place"}},
			[]Span{{1, 4, "place"}}},
		{"a person before the cue is not part of it",
			"Anna/PROPN Berg/PROPN University/PROPN of/ADP Oslo/PROPN",
			[]Span{{0, 2, "person"}, {4, 5, "place"}},
			[]Span{{0, 2, "person"}, {2, 5, "organization"}}},
		{"no name found inside: nothing is made up",
			"the/DET Court/PROPN of/ADP Appeal/PROPN ruled/VERB",
			nil, nil},
		{"a title is not a cue",
			"the/DET Secretary/PROPN of/ADP State/PROPN Jane/PROPN Roe/PROPN",
			[]Span{{4, 6, "person"}},
			[]Span{{4, 6, "person"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			spans := [][]Span{append([]Span(nil), c.spans...)}
			joinOfNames([]Sentence{sentence(c.sent)}, spans)
			if len(spans[0]) == 0 && len(c.want) == 0 {
				return
			}
			if !reflect.DeepEqual(spans[0], c.want) {
				t.Errorf("spans = %v, want %v", spans[0], c.want)
			}
		})
	}
}

func TestAbbreviationTakesTheTypeOfItsDefinition(t *testing.T) {
	doc := []Sentence{
		sentence("the/DET Pacific/PROPN Fisheries/PROPN Board/PROPN (/PUNCT PFB/PROPN )/PUNCT met/VERB"),
		sentence("PFB/PROPN staff/NOUN and/CCONJ the/DET PFB/PROPN said/VERB no/INTJ"),
		sentence("a/DET UN/PROPN body/NOUN"),
	}
	spans := [][]Span{{{1, 4, "organization"}}, {{4, 5, "person"}}, nil}
	defineAcronyms(doc, spans)
	want := [][]Span{
		{{1, 4, "organization"}, {5, 6, "organization"}},
		{{0, 1, "organization"}, {4, 5, "organization"}},
		nil,
	}
	if !reflect.DeepEqual(spans, want) {
		t.Errorf("spans = %v, want %v", spans, want)
	}
}

func TestAbbreviates(t *testing.T) {
	for _, c := range []struct {
		a    string
		name string
		want bool
	}{
		{"WHO", "World Health Organization", true},
		{"FBI", "Federal Bureau of Investigation", true},
		{"IAEA", "International Atomic Energy Agency", true},
		{"KSC", "Kennedy Space Center", true},
		{"NATO", "North Atlantic Treaty Organization", true},
		{"UK", "Foreign Office", false},     // other letters
		{"FO", "the Foreign Office", false}, // must start on the first word
		{"Who", "World Health Organization", false},
		{"W", "World", false},
	} {
		if got := Abbreviates(c.a, strings.Fields(c.name)); got != c.want {
			t.Errorf("Abbreviates(%q, %q) = %v, want %v", c.a, c.name, got, c.want)
		}
	}
}

func TestPluralTitlesAndExclamationsAreNotNames(t *testing.T) {
	doc := []Sentence{
		sentence("Senators/PROPN swore/VERB an/DET oath/NOUN"),
		sentence("Republican/ADJ Senators/PROPN agreed/VERB with/ADP Senator/PROPN Jane/PROPN Roe/PROPN"),
		sentence("Oh/INTJ my/PRON God/PROPN ,/PUNCT look/VERB"),
		sentence("They/PRON prayed/VERB to/ADP God/PROPN"),
		sentence("the/DET House/PROPN of/ADP Representatives/PROPN voted/VERB"),
	}
	spans := [][]Span{{{0, 1, "person"}}, {{0, 2, "person"}, {4, 7, "person"}}, {{2, 3, "person"}}, {{3, 4, "person"}}, {{1, 4, "organization"}}}
	dropNotNames(doc, spans)
	want := [][]Span{{}, {{4, 7, "person"}}, {}, {{3, 4, "person"}}, {{1, 4, "organization"}}}
	if !reflect.DeepEqual(spans, want) {
		t.Errorf("spans = %v, want %v", spans, want)
	}
}

// The rules run inside RecognizeDocument: an abbreviation defined in the
// first sentence is found alone in the second.
func TestRecognizeFindsADefinedAbbreviationAlone(t *testing.T) {
	tg, m := loadModels(t)
	doc := taggedDoc(tg, "The World Health Organization ( WHO ) issued new guidance on Monday .", "WHO said the guidance would be reviewed next year .")
	got := m.RecognizeDocument(doc)
	want := Span{0, 1, "organization"}
	if !reflect.DeepEqual(got[1], []Span{want}) {
		t.Errorf("second sentence: %v, want [%v] (first: %v)", got[1], want, got[0])
	}
}

func TestPersonOfBodyIsSplit(t *testing.T) {
	cases := []struct {
		sent  string
		spans []Span
		want  []Span
	}{
		{"interviews/VERB Maria/PROPN Lopez/PROPN of/ADP Blue/PROPN Harbor/PROPN Games/PROPN", []Span{{1, 7, "person"}},
			[]Span{{1, 3, "person"}, {4, 7, "organization"}}},
		{"said/VERB Maria/PROPN Lopez/PROPN of/ADP the/DET Finance/PROPN Ministry/PROPN", []Span{{1, 7, "organization"}},
			[]Span{{1, 3, "person"}, {5, 7, "organization"}}},
		{"said/VERB Maria/PROPN Lopez/PROPN of/ADP Chicago/PROPN", []Span{{1, 5, "person"}},
			[]Span{{1, 3, "person"}, {4, 5, "place"}}},
		// not a given name first: a body's name on "of" stays whole
		{"the/DET Bank/PROPN of/ADP England/PROPN", []Span{{1, 4, "organization"}}, []Span{{1, 4, "organization"}}},
		// a given name that opens a body's name: the cue word keeps it whole
		{"the/DET George/PROPN Washington/PROPN University/PROPN of/ADP Law/PROPN", []Span{{1, 6, "organization"}},
			[]Span{{1, 6, "organization"}}},
	}
	for _, c := range cases {
		spans := [][]Span{append([]Span(nil), c.spans...)}
		splitPersonOf([]Sentence{sentence(c.sent)}, spans)
		if !reflect.DeepEqual(spans[0], c.want) {
			t.Errorf("%s: spans = %v, want %v", c.sent, spans[0], c.want)
		}
	}
}

func TestALegalFormAloneIsNotAName(t *testing.T) {
	doc := []Sentence{sentence("Acme/PROPN Holdings/PROPN ,/PUNCT Inc./PROPN appealed/VERB")}
	spans := [][]Span{{{0, 2, "organization"}, {3, 4, "organization"}}}
	dropNotNames(doc, spans)
	if want := []Span{{0, 2, "organization"}}; !reflect.DeepEqual(spans[0], want) {
		t.Errorf("spans = %v, want %v", spans[0], want)
	}
}
