package tokenize

import (
	"reflect"
	"strings"
	"testing"
)

func texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokens(t *testing.T) {
	cases := []struct {
		in   string
		want string // tokens joined by spaces
	}{
		{"The minister said Kyiv's offer was fair.", "The minister said Kyiv 's offer was fair ."},
		{"I don't know, and we can't go.", "I do n't know , and we ca n't go ."},
		{"Kyiv’s offer won’t do", "Kyiv ’s offer wo n’t do"},
		{"We're sure they'll say I'd gone.", "We 're sure they 'll say I 'd gone ."},
		{"The U.S. and Mr. Smith met Dr. Jones at 9 a.m. on St. Mark's day.", "The U.S. and Mr. Smith met Dr. Jones at 9 a.m. on St. Mark 's day ."},
		{"It rose 3.5% to $1,000 (from 1,234.5).", "It rose 3.5 % to $ 1,000 ( from 1,234.5 ) ."},
		{"See https://example.org/a-b?x=1, or mail anna.berg@example.com.", "See https://example.org/a-b?x=1 , or mail anna.berg@example.com ."},
		{"a long-term, non-binding and state-of-the-art deal", "a long - term , non-binding and state - of - the - art deal"},
		{"call 713-853-3989 in 1969-1970", "call 713-853-3989 in 1969 - 1970"},
		{"on 11/28/2000 and/or w/o the parts/materials", "on 11/28/2000 and / or w/o the parts / materials"},
		{"“Yes,” she said—then left...", "“ Yes , ” she said — then left ..."},
		{"He cannot; we're gonna try -- maybe.", "He can not ; we 're gon na try -- maybe ."},
		{"the parents' rights", "the parents ' rights"},
		{"‘quoted’ (nested [x])", "‘ quoted ’ ( nested [ x ] )"},
	}
	for _, c := range cases {
		got := strings.Join(texts(Tokens(c.in)), " ")
		if got != c.want {
			t.Errorf("Tokens(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestOffsets(t *testing.T) {
	in := "  “Kyiv’s  offer,” he said.\n\nNew para — here"
	for _, tok := range Tokens(in) {
		if in[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %q at [%d,%d) reads %q", tok.Text, tok.Start, tok.End, in[tok.Start:tok.End])
		}
	}
}

func TestSplit(t *testing.T) {
	in := "Mr. Smith met the U.S. envoy. He said “No.” Then he left! what? Yes.\n\nA heading without stop\nSecond line. Grain Exporters Group Inc. The end"
	var got []string
	for _, s := range Split(in) {
		got = append(got, in[s.Start:s.End])
		if s.Tokens[0].Start != s.Start || s.Tokens[len(s.Tokens)-1].End != s.End {
			t.Errorf("sentence span [%d,%d) does not match its tokens", s.Start, s.End)
		}
	}
	want := []string{
		"Mr. Smith met the U.S. envoy.",
		"He said “No.”",
		"Then he left! what?",
		"Yes.",
		"A heading without stop\nSecond line.",
		"Grain Exporters Group Inc.",
		"The end",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Split sentences\n got %q\nwant %q", got, want)
	}
}

func TestBoundedSentences(t *testing.T) {
	in := strings.Repeat("word ", 20000) + strings.Repeat("x", 100000)
	sents := Split(in)
	total := 0
	for _, s := range sents {
		if len(s.Tokens) > MaxTokens {
			t.Fatalf("sentence of %d tokens, limit %d", len(s.Tokens), MaxTokens)
		}
		total += len(s.Tokens)
	}
	if total != 20001 {
		t.Errorf("%d tokens, want 20001", total)
	}
}

func TestEmpty(t *testing.T) {
	if got := Split(" \n\n\t "); len(got) != 0 {
		t.Errorf("Split(blank) = %v", got)
	}
}

func BenchmarkSplit(b *testing.B) {
	text := strings.Repeat("The minister said Kyiv's offer, worth $3.5 billion, wasn't fair. “We'll see,” Mr. Berg replied.\n\n", 2000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Split(text)
	}
}
