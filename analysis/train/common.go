package main

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"briefing/analysis/nlp/conllu"
)

// Settings of the list of common words, chosen so that the words that open title-case
// phrases ("Living Wage", "Term Limits") are in it and given names are not.
const (
	commonMinLower   = 3   // a word seen in lower case at least this often ...
	commonMaxProperF = 0.1 // ... and capitalised as a proper noun at most this share of that
)

// trainCommonWords lists the words that EWT and GUM train use as ordinary words: seen in
// lower case at least commonMinLower times and capitalised as a proper noun rarely. The
// analysis reads a capitalised phrase that opens with one of them, which the entity tagger
// does not call a person, as a title-case phrase rather than a personal name.
func trainCommonWords(c *corpora, _ string, _ bool) ([]byte, error) {
	lower, proper := map[string]int{}, map[string]int{}
	for _, set := range [][]conllu.Sentence{c.ewtTrain, c.gumTrain} {
		for _, s := range set {
			for _, w := range s.Words {
				if !isLetters(w.Form) {
					continue
				}
				switch l := strings.ToLower(w.Form); {
				case l == w.Form:
					lower[l]++
				case w.UPOS == "PROPN" && unicode.IsUpper([]rune(w.Form)[0]):
					proper[l]++
				}
			}
		}
	}
	var words []string
	for w, n := range lower {
		if n >= commonMinLower && float64(proper[w]) < commonMaxProperF*float64(n) {
			words = append(words, w)
		}
	}
	slices.Sort(words)
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Common English words: used in lower case at least %d times in UD English EWT and GUM train, and\n", commonMinLower)
	fmt.Fprintf(&b, "# capitalised as a proper noun in under %.0f%% of that (CC BY-SA 4.0; built by analysis/train).\n", 100*commonMaxProperF)
	for _, w := range words {
		b.WriteString(w)
		b.WriteByte('\n')
	}
	return b.Bytes(), nil
}

func isLetters(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
