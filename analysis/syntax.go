package analysis

import (
	"strings"

	"briefing/analysis/nlp"
)

// The language models under the analysis (analysis/nlp): the text's sentences and tokens,
// part-of-speech tags, dependency parse and named entities, turned into the attribution
// and entity stages' own types.
func init() {
	annotateText = annotateWithModels
}

// annotateWithModels runs the language models on a document's text.
func annotateWithModels(text string) (*syntax, []nerSpan) {
	sents := nlp.Annotate(text)
	n := 0
	for _, s := range sents {
		n += len(s.Tokens)
	}
	toks := make([]synToken, 0, n)
	var ents []nerSpan
	for _, s := range sents {
		base := len(toks)
		for _, t := range s.Tokens {
			head := -1
			if t.Head >= 0 {
				head = base + t.Head
			}
			toks = append(toks, synToken{s: t.Start, e: t.End, low: strings.ToLower(t.Text), upos: t.UPOS, head: head, dep: t.Dep})
		}
		for _, e := range s.Entities {
			if e.Start < e.End && e.End <= len(s.Tokens) {
				ents = append(ents, nerSpan{s: s.Tokens[e.Start].Start, e: s.Tokens[e.End-1].End, typ: e.Type})
			}
		}
	}
	return newSyntax(toks), ents
}
