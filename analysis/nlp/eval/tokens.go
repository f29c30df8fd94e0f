package main

import (
	"strings"

	"briefing/analysis/nlp/conllu"
	"briefing/analysis/nlp/tokenize"
)

// tokenF1 tokenises the "# text" line of every sentence and compares the
// token spans with the gold words' spans (found by walking the text), as
// micro-averaged F1.
func tokenF1(sents []conllu.Sentence) float64 {
	var gold, pred, match int
	for _, s := range sents {
		if s.Text == "" {
			continue
		}
		spans := map[[2]int]bool{}
		pos := 0
		for _, w := range s.Words {
			for pos < len(s.Text) && s.Text[pos] == ' ' {
				pos++
			}
			gold++
			if strings.HasPrefix(s.Text[pos:], w.Form) {
				spans[[2]int{pos, pos + len(w.Form)}] = true
				pos += len(w.Form)
			}
		}
		toks := tokenize.Tokens(s.Text)
		pred += len(toks)
		for _, t := range toks {
			if spans[[2]int{t.Start, t.End}] {
				match++
			}
		}
	}
	return f1(match, pred, gold)
}

func f1(match, pred, gold int) float64 {
	if pred == 0 || gold == 0 || match == 0 {
		return 0
	}
	p, r := float64(match)/float64(pred), float64(match)/float64(gold)
	return 2 * p * r / (p + r)
}
