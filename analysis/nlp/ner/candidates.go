package ner

import "slices"

// The BILOU tagger decides each word from a few words around it, and leaves
// out names it has too little local evidence for: a place met once after
// "of", a given name alone in a conversation, the second mention of a name
// it tagged in the first. The span typer sees the whole document, so the
// proper-noun runs the tagger left out are put to it as candidates, beside
// the tagger's spans: a candidate with the words of a tagged name joins
// that name's group and takes its type, and one of its own is kept only if
// the typer finds it a name. Candidates carry no type ("") until then.

// addCandidates appends to each sentence's spans its untagged candidates:
// the maximal runs of capitalised proper nouns (UPOS PROPN or PTB NNP/NNPS,
// as GUM's names are; "2Pac" counts as capitalised) that overlap none of
// its spans. Lower-case words the tagger calls proper nouns ("-", "which"
// after a title) end a run: they are the tagger's slips more often than
// parts of names.
func addCandidates(doc []Sentence, spans [][]Span) {
	for si, s := range doc {
		taken := func(i int) bool {
			return slices.ContainsFunc(spans[si], func(p Span) bool { return p.Start <= i && i < p.End })
		}
		n := len(spans[si])
		for i := 0; i < len(s.Words); {
			j := i
			for j < len(s.Words) && candidateWord(s, j) && !taken(j) {
				j++
			}
			if j > i {
				spans[si] = append(spans[si], Span{Start: i, End: j})
				i = j
			} else {
				i++
			}
		}
		if len(spans[si]) > n {
			slices.SortFunc(spans[si], func(x, y Span) int { return x.Start - y.Start })
		}
	}
}

func candidateWord(s Sentence, i int) bool {
	return (s.UPOS[i] == "PROPN" || s.XPOS[i] == "NNP" || s.XPOS[i] == "NNPS") && nameShaped(s.Words[i])
}
