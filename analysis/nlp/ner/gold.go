package ner

import (
	"slices"

	"briefing/analysis/nlp/conllu"
)

// Types are the entity types recognised, in class order.
var Types = []string{"person", "organization", "place"}

// Span is one named entity: the tokens [Start,End) of a sentence.
type Span struct {
	Start, End int
	Type       string // one of Types
}

// Gold returns the named entities of a GUM sentence: its person,
// organization and place mentions whose head (the mention's first word whose
// syntactic head lies outside the mention) is a PROPN, trimmed to the name
// around the head: the run of proper-noun words (UPOS PROPN or XPOS NNP/NNPS,
// as GUM tags "American" in "American Academy" ADJ/NNP), bridged by "of",
// "de", "for", "the", "-" and, in organisations, "&" ("Bank of America",
// "Bailey - Ross"). Determiners, titles tagged as nouns, possessive "'s",
// appositions and relative clauses fall outside. Overlapping names keep the
// longer (the outer "University of Chicago" over the nested "Chicago").
//
// Mentions with a Wikipedia identity but a pronoun or common-noun head
// ("he", "the city") are not names and are left out: in GUM the identity
// belongs to the whole coreference chain, not to the mention.
func Gold(s conllu.Sentence) []Span {
	var spans []Span
	for _, m := range s.Mentions() {
		if !slices.Contains(Types, m.Type) {
			continue
		}
		h := mentionHead(s, m)
		if h < 0 || s.Words[h].UPOS != "PROPN" {
			continue
		}
		a, b := nameAround(s.Words, m, h)
		spans = append(spans, Span{Start: a, End: b, Type: m.Type})
	}
	return dropOverlaps(spans)
}

func mentionHead(s conllu.Sentence, m conllu.Mention) int {
	for i := m.Start; i < m.End; i++ {
		if hd := s.Words[i].Head - 1; hd < m.Start || hd >= m.End {
			return i
		}
	}
	return -1
}

func isNameWord(w conllu.Word) bool {
	return w.UPOS == "PROPN" || w.XPOS == "NNP" || w.XPOS == "NNPS"
}

func isBridge(w conllu.Word, typ string) bool {
	switch w.Form {
	case "of", "de", "for", "the", "-", "du", "von", "van", "der", "la", "del":
		return true
	case "&":
		return typ == "organization"
	}
	return false
}

// nameAround extends from the head h over name words and bridges, inside
// the mention.
func nameAround(ws []conllu.Word, m conllu.Mention, h int) (int, int) {
	a, b := h, h+1
	for {
		if a-1 >= m.Start && isNameWord(ws[a-1]) {
			a--
		} else if a-2 >= m.Start && isBridge(ws[a-1], m.Type) && isNameWord(ws[a-2]) {
			a -= 2
		} else {
			break
		}
	}
	for {
		if b < m.End && isNameWord(ws[b]) {
			b++
		} else if b+1 < m.End && isBridge(ws[b], m.Type) && isNameWord(ws[b+1]) {
			b += 2
		} else if b+2 < m.End && ws[b].Form == "of" && ws[b+1].Form == "the" && isNameWord(ws[b+2]) {
			b += 3
		} else {
			return a, b
		}
	}
}

// dropOverlaps keeps, of overlapping spans, the longest (the first on ties),
// and returns the rest sorted by start.
func dropOverlaps(spans []Span) []Span {
	slices.SortStableFunc(spans, func(x, y Span) int { return (y.End - y.Start) - (x.End - x.Start) })
	var kept []Span
	for _, s := range spans {
		if !slices.ContainsFunc(kept, func(k Span) bool { return s.Start < k.End && k.Start < s.End }) {
			kept = append(kept, s)
		}
	}
	slices.SortFunc(kept, func(x, y Span) int { return x.Start - y.Start })
	return kept
}

// Tagger fills the UPOS and XPOS tags of words (tagger.Model.Tag).
type Tagger func(words, upos, xpos []string)

// FromTreebank turns GUM sentences into entity documents (runs of sentences
// with one DocID): gold words, tags from tag (predicted, as at run time) and
// Gold entities.
func FromTreebank(sents []conllu.Sentence, tag Tagger) [][]Sentence {
	var docs [][]Sentence
	for i, s := range sents {
		if i == 0 || s.DocID != sents[i-1].DocID {
			docs = append(docs, nil)
		}
		n := len(s.Words)
		ws := make([]string, 3*n)
		words, upos, xpos := ws[:n:n], ws[n:2*n:2*n], ws[2*n:]
		for j, w := range s.Words {
			words[j] = w.Form
		}
		tag(words, upos, xpos)
		d := &docs[len(docs)-1]
		*d = append(*d, Sentence{Words: words, UPOS: upos, XPOS: xpos, Entities: Gold(s)})
	}
	return docs
}
