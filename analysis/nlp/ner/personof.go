package ner

import "slices"

// "Isabel Ruiz of Heaven Sent Gaming", "Anna Berg of the Finance Ministry":
// a person named with the body or place they belong to. The tagger, seeing
// capitalised words on both sides of "of", sometimes makes one name of the
// whole, and the typer gives it one type. A span that opens on a given name
// and goes on over "of" is split there: the person before, and after it the
// body, a place when the gazetteer knows it as one.

// splitPersonOf splits the spans of every sentence that hold a person and,
// after "of", what they belong to.
func splitPersonOf(doc []Sentence, spans [][]Span) {
	for si, s := range doc {
		for k := 0; k < len(spans[si]); k++ {
			p := spans[si][k]
			of := slices.Index(s.Words[p.Start:p.End], "of")
			if of < 2 || of > 3 || p.Start+of+1 >= p.End || !gaz().given[s.Words[p.Start]] {
				continue
			}
			of += p.Start
			if !personNamed(s.Words[p.Start:of]) {
				continue
			}
			tail := Span{Start: of + 1, End: p.End, Type: "organization"}
			if tail.Start < tail.End && s.Words[tail.Start] == "the" {
				tail.Start++
			}
			if tail.Start >= tail.End {
				continue
			}
			marks, _ := gaz().mark(s.Words[tail.Start:tail.End], nil, nil)
			if marks[0]&gzPlaceB != 0 {
				tail.Type = "place"
			}
			spans[si][k] = Span{Start: p.Start, End: of, Type: "person"}
			spans[si] = slices.Insert(spans[si], k+1, tail)
			k++
		}
	}
}

// personNamed reports whether words are a person's name: capitalised
// words none of which is a cue word of bodies or places ("Bank", "River").
func personNamed(words []string) bool {
	for _, w := range words {
		if !capitalised(w) || cueType(w) != "" {
			return false
		}
	}
	return true
}
