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
// organization and place mentions whose head (the mention's first content
// word whose syntactic head lies outside the mention) is a PROPN, trimmed to
// the name around the head: the run of proper-noun words (UPOS PROPN or XPOS
// NNP/NNPS, as GUM tags "American" in "American Academy" ADJ/NNP), bridged by
// "of", "de", "for", "the", "-", in organisations "&" ("Bank of America",
// "Bailey - Ross"), and by an "and" or "&" that joins two words of the name
// rather than two names ("National Air and Space Museum", but not "Brahms and
// Hanslick"). Determiners, titles tagged as nouns, possessive "'s",
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
		h := nameHead(s, m, mentionHead(s, m))
		if h < 0 || s.Words[h].UPOS != "PROPN" {
			continue
		}
		a, b := nameAround(s.Words, m, h)
		spans = append(spans, Span{Start: a, End: b, Type: m.Type})
	}
	return dropOverlaps(spans)
}

// mentionHead returns the first word of m whose syntactic head lies outside
// it, skipping function words: a mention nested in a larger noun phrase can
// have its determiner attached outside ("[the Union] army": "the" and
// "Union" both depend on "army"), and the mention's head is then the noun.
func mentionHead(s conllu.Sentence, m conllu.Mention) int {
	first := -1
	for i := m.Start; i < m.End; i++ {
		if hd := s.Words[i].Head - 1; hd < m.Start || hd >= m.End {
			if !isFunctionWord(s.Words[i]) {
				return i
			}
			if first < 0 {
				first = i
			}
		}
	}
	return first
}

// nameHead returns the name a mention's head h stands for: h itself, or,
// when h is a common noun whose name follows it as a flat dependent (GUM
// heads "spokesperson Julie Hahn" and "interviewee David Titley" by the
// title, with the name flat under it), the name's first word. Such a
// mention names its person as surely as "Julie Hahn" alone.
func nameHead(s conllu.Sentence, m conllu.Mention, h int) int {
	if h < 0 || s.Words[h].UPOS != "NOUN" {
		return h
	}
	for i := h + 1; i < m.End; i++ {
		if w := s.Words[i]; w.Head-1 == h && w.Deprel == "flat" && w.UPOS == "PROPN" {
			return i
		}
	}
	return h
}

func isFunctionWord(w conllu.Word) bool {
	switch w.UPOS {
	case "DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "PART", "AUX":
		return true
	}
	return false
}

func isNameWord(w conllu.Word) bool {
	return w.UPOS == "PROPN" || w.XPOS == "NNP" || w.XPOS == "NNPS"
}

// isBridge reports whether word i of a mention headed by h may join two
// name words.
func isBridge(ws []conllu.Word, i, h int, m conllu.Mention) bool {
	w := ws[i]
	if (w.Form == "and" || w.Form == "&") && innerConjunction(ws, i, h, m) {
		return true
	}
	switch w.Form {
	case "of", "de", "for", "the", "-", "du", "von", "van", "der", "la", "del":
		return true
	case "&":
		return m.Type == "organization"
	}
	return false
}

// innerConjunction reports whether the conjunction at i coordinates words
// inside one name: the conjunct it introduces (its syntactic head, in the
// mention) is neither the mention's head h nor a conjunct of it ("Air and
// Space" in "National Air and Space Museum", where "Space" depends on "Air";
// in "Brahms and Hanslick", "Hanslick" depends on the head "Brahms").
func innerConjunction(ws []conllu.Word, i, h int, m conllu.Mention) bool {
	c := ws[i].Head - 1
	return c > i && c < m.End && c != h && ws[c].Head-1 != h
}

// nameAround extends from the head h over name words and bridges, inside
// the mention.
func nameAround(ws []conllu.Word, m conllu.Mention, h int) (int, int) {
	a, b := h, h+1
	for {
		if a-1 >= m.Start && isNameWord(ws[a-1]) {
			a--
		} else if a-2 >= m.Start && isBridge(ws, a-1, h, m) && isNameWord(ws[a-2]) {
			a -= 2
		} else {
			break
		}
	}
	for {
		if b < m.End && isNameWord(ws[b]) {
			b++
		} else if b+1 < m.End && isBridge(ws, b, h, m) && isNameWord(ws[b+1]) {
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
