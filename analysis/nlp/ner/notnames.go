package ner

import (
	"slices"
	"strings"
)

// Three kinds of capitalised words look like names to the tagger and name
// no one:
//   - a company's legal form alone ("Acme Holdings, Inc."): it belongs to
//     the name before the comma, and names nothing by itself;
//   - titles in the plural ("Senators swore an oath", "Republican
//     Senators"): a title names an office, and its plural a class of
//     holders, not a person;
//   - the name of God in an exclamation ("Oh my God", "God, I didn't"),
//     which refers to nobody in the talk.
// Both are dropped after typing, whatever the context made of them.

// exclaimed are the words of exclamations built on a sacred name, and
// exclaimBefore the words that open them (general English usage).
var (
	exclaimed     = map[string]bool{"God": true, "Lord": true, "Jesus": true, "Christ": true, "Gosh": true, "Heavens": true}
	exclaimBefore = map[string]bool{"my": true, "oh": true, "thank": true, "good": true, "dear": true}
)

// legalForms are the abbreviated legal forms of companies in English
// (general usage).
var legalForms = map[string]bool{"Inc.": true, "Inc": true, "Ltd.": true, "Ltd": true, "Corp.": true, "LLC": true, "plc": true, "PLC": true, "Co.": true, "LLP": true}

// dropNotNames removes the spans of legal forms, plural titles and
// exclamations. A
// plural title after "of" is not the head of its name ("the House of
// Representatives").
func dropNotNames(doc []Sentence, spans [][]Span) {
	for si, s := range doc {
		spans[si] = slices.DeleteFunc(spans[si], func(p Span) bool {
			return pluralTitle(s.Words[p.End-1]) && !slices.Contains(s.Words[p.Start:p.End], "of") ||
				exclamation(s, p) || p.End-p.Start == 1 && legalForms[s.Words[p.Start]]
		})
	}
}

// pluralTitle reports whether w is the plural of a title word.
func pluralTitle(w string) bool {
	lower := strings.ToLower(w)
	singular, ok := strings.CutSuffix(lower, "s")
	return ok && len(singular) > 2 && gaz().words[singular]&gzTitle != 0
}

// exclamation reports whether span p is a sacred name said in
// exclamation: after "my", "oh", "thank" …, or opening the sentence before
// a comma or its end.
func exclamation(s Sentence, p Span) bool {
	if p.End-p.Start != 1 || !exclaimed[s.Words[p.Start]] {
		return false
	}
	if exclaimBefore[strings.ToLower(at(s.Words, p.Start-1))] {
		return true
	}
	next := at(s.Words, p.End)
	return p.Start == 0 && (next == "," || next == "!" || next == edge)
}
