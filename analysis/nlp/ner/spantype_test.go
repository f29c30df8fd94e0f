package ner

import (
	"bytes"
	"encoding/binary"
	"reflect"
	"slices"
	"strings"
	"testing"

	"briefing/analysis/nlp/perceptron"
)

// handTyper returns a span typer that answers class for every name.
func handTyper(class int) *perceptron.Model {
	pm := perceptron.New(len(Types) + 1)
	bias := []uint64{perceptron.Hash(sBias, "")}
	for c := range len(Types) + 1 {
		if c != class {
			pm.Update(bias, class, c)
			pm.Tick()
		}
	}
	pm.Average()
	return pm
}

// typedDoc is a document of two sentences naming Oakland, as the tagger
// left it: a person in one, an organisation in the other, and a place
// "Smith" in the second.
func typedDoc() ([]Sentence, [][]Span) {
	doc := []Sentence{
		{Words: strings.Fields("He moved to Oakland in 1990 .")},
		{Words: strings.Fields("Oakland and Smith said no .")},
	}
	for i := range doc {
		doc[i].UPOS = make([]string, len(doc[i].Words))
		doc[i].XPOS = make([]string, len(doc[i].Words))
	}
	spans := [][]Span{
		{{Start: 3, End: 4, Type: "person"}},
		{{Start: 0, End: 1, Type: "organization"}, {Start: 2, End: 3, Type: "place"}},
	}
	return doc, spans
}

func scoresFor(doc []Sentence) [][]float32 {
	sc := make([][]float32, len(doc))
	for i, s := range doc {
		sc[i] = make([]float32, len(s.Words)*numClasses)
	}
	return sc
}

func TestRetypeGivesEveryOccurrenceOneType(t *testing.T) {
	doc, spans := typedDoc()
	retype(handTyper(typeIndex("place")), doc, spans, newDocStats(doc), scoresFor(doc))
	want := [][]Span{
		{{Start: 3, End: 4, Type: "place"}},
		{{Start: 0, End: 1, Type: "place"}, {Start: 2, End: 3, Type: "place"}},
	}
	if !reflect.DeepEqual(spans, want) {
		t.Errorf("got %v, want %v", spans, want)
	}
}

func TestRetypeDropsWhatIsNotAName(t *testing.T) {
	doc, spans := typedDoc()
	retype(handTyper(notName), doc, spans, newDocStats(doc), scoresFor(doc))
	for i, ss := range spans {
		if len(ss) != 0 {
			t.Errorf("sentence %d keeps %v", i, ss)
		}
	}
}

func TestGroupNamesByWords(t *testing.T) {
	doc, spans := typedDoc()
	groups := groupNames(doc, spans, scoresFor(doc))
	if len(groups) != 2 {
		t.Fatalf("%d names, want 2 (Oakland, Smith)", len(groups))
	}
	if got, want := groups[0].occ, []spanRef{{0, 0}, {1, 0}}; !reflect.DeepEqual(got, want) {
		t.Errorf("Oakland's occurrences %v, want %v", got, want)
	}
	if got, want := groups[0].typed, [3]int32{1, 1, 0}; got != want {
		t.Errorf("Oakland's tagger types %v, want %v", got, want)
	}
}

// TestEmbeddedTyperAgreesAcrossMentions runs the embedded model on texts
// where the BILOU tagger alone types some mentions of a place as a person
// ("Oakland said", "Harrow announced").
func TestEmbeddedTyperAgreesAcrossMentions(t *testing.T) {
	tg, m := loadModels(t)
	for name, text := range map[string][]string{
		"Oakland": {"Oakland is a city in California .", "Oakland said the budget was tight .",
			"The mayor of Oakland spoke .", "Oakland 's police chief resigned ."},
		"Harrow": {"Harrow is a town in London .", "He was sent to Harrow , where he remained .",
			"Harrow announced new rules ."},
	} {
		doc := taggedDoc(tg, text...)
		var types []string
		for i, ss := range m.RecognizeDocument(doc) {
			for _, s := range ss {
				if strings.Join(doc[i].Words[s.Start:s.End], " ") == name {
					types = append(types, s.Type)
				}
			}
		}
		if want := slices.Repeat([]string{"place"}, len(text)); !reflect.DeepEqual(types, want) {
			t.Errorf("%s typed %v, want %v", name, types, want)
		}
	}
}

func TestBinaryKeepsTyper(t *testing.T) {
	_, m := loadModels(t)
	withTyper := newModel(m.first, m.second)
	withTyper.typer = handTyper(typeIndex("place"))
	b, err := withTyper.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Load(b)
	if err != nil {
		t.Fatal(err)
	}
	if back.typer == nil {
		t.Fatal("typer lost")
	}
	if b2, _ := back.MarshalBinary(); !bytes.Equal(b, b2) {
		t.Error("re-encoding changes the bytes")
	}
	doc, spans := typedDoc()
	retype(back.typer, doc, spans, newDocStats(doc), scoresFor(doc))
	if spans[0][0].Type != "place" {
		t.Errorf("loaded typer says %q, want place", spans[0][0].Type)
	}

	// a model of the format before the typer still loads, without one
	noTyper := newModel(m.first, m.second)
	b3, _ := noTyper.MarshalBinary()
	old := append([]byte(magic2), b3[len(magic):len(b3)-1]...) // no typer section
	if om, err := Load(old); err != nil || om.typer != nil {
		t.Errorf("old format: %v (typer %v)", err, om != nil && om.typer != nil)
	}

	// a typer with the classes of a pass is refused
	bad := newModel(m.first, m.second)
	bad.typer = m.first
	b4, _ := bad.MarshalBinary()
	if _, err := Load(b4); err == nil {
		t.Error("typer with BILOU classes accepted")
	}
	// a typer section cut short is refused
	if _, err := Load(b[:len(b)-1]); err == nil {
		t.Error("truncated typer accepted")
	}
	// bytes after the last section are refused
	if _, err := Load(binary.AppendUvarint(b, 0)); err == nil {
		t.Error("trailing bytes accepted")
	}
}
