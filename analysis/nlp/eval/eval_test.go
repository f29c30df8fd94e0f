package main

import (
	"reflect"
	"testing"

	"briefing/analysis/nlp/conllu"
	"briefing/analysis/nlp/ner"
)

func TestIOBSpans(t *testing.T) {
	tags := []string{"B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "I-LOC", "B-MISC"}
	want := []ner.Span{{Start: 0, End: 2, Type: "person"}, {Start: 3, End: 4, Type: "place"}, {Start: 4, End: 6, Type: "organization"}, {Start: 6, End: 7, Type: "place"}}
	if got := iobSpans(tags); !reflect.DeepEqual(got, want) {
		t.Errorf("iobSpans = %v, want %v", got, want)
	}
}

func TestTokenF1(t *testing.T) {
	s := conllu.Sentence{Text: "I don't know.", Words: []conllu.Word{{Form: "I"}, {Form: "do"}, {Form: "n't"}, {Form: "know"}, {Form: "."}}}
	if got := tokenF1([]conllu.Sentence{s}); got != 1 {
		t.Errorf("tokenF1 = %v, want 1", got)
	}
	s.Words = []conllu.Word{{Form: "I"}, {Form: "don't"}, {Form: "know."}}
	if got := tokenF1([]conllu.Sentence{s}); got >= 0.5 {
		t.Errorf("tokenF1 of a different tokenisation = %v", got)
	}
}
