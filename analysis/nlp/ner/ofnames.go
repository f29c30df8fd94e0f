package ner

import "slices"

// Names of bodies and places built on "of" ("the National Library of the
// Netherlands", "the Bay of Bengal", "the United States Court of Appeals")
// are rare in the training data one by one, and the tagger, deciding a word
// at a time, keeps the part it knows: the place after "of", or the cue word
// before it. Their form is regular, though: a capitalised run that ends on
// a word that ends organisation or place names (the gazetteer's cue words),
// then "of", an optional "the", and a capitalised run. When the tagger found
// a name inside such a phrase, the whole phrase is the name, and the cue
// word gives its type.

// ofConnectors may join the words of the run after "of" ("the Congress of
// Arts and Sciences", "the Ministry of Defence of Ukraine").
var ofConnectors = map[string]bool{"of": true, "for": true, "and": true, "&": true}

// joinOfNames replaces, in each sentence, the spans lying inside a
// "Cue of (the) Name" phrase with the whole phrase.
func joinOfNames(doc []Sentence, spans [][]Span) {
	for si, s := range doc {
		if len(spans[si]) == 0 {
			continue
		}
		for i := 0; i+2 < len(s.Words); i++ {
			if s.Words[i+1] != "of" || !capitalised(s.Words[i]) {
				continue
			}
			typ := cueType(s.Words[i])
			if typ == "" {
				continue
			}
			start := i
			for start > 0 && headWord(s, start-1) && !personAt(spans[si], start-1) {
				start--
			}
			end := ofTail(s, spans[si], i+2)
			if end < 0 {
				continue
			}
			var joined bool
			if spans[si], joined = joinSpan(spans[si], Span{Start: start, End: end, Type: typ}); joined {
				i = end - 1
			}
		}
	}
}

// headWord reports whether word i may be part of the name before "of": a
// capitalised noun or adjective, not a sentence's capitalised "The" (even
// tagged a proper noun).
func headWord(s Sentence, i int) bool {
	switch s.Words[i] {
	case "The", "A", "An":
		return false
	}
	switch s.UPOS[i] {
	case "PROPN", "NOUN", "ADJ", "NUM":
		return capitalised(s.Words[i])
	}
	return false
}

// cueType is the type a cue word gives the "of" name it heads, or "".
func cueType(w string) string {
	lower := string(appendLower(nil, w))
	switch m := gaz().words[lower]; {
	case m&gzOrgCue != 0:
		return "organization"
	case m&gzPlaceCue != 0:
		return "place"
	}
	return ""
}

// ofTail returns the end of the capitalised run that starts at i (after an
// optional "the"), with its connectors, or -1 when there is none.
func ofTail(s Sentence, spans []Span, i int) int {
	if i < len(s.Words) && s.Words[i] == "the" {
		i++
	}
	if i >= len(s.Words) || !capitalised(s.Words[i]) {
		return -1
	}
	end := i
	for end < len(s.Words) {
		switch w := s.Words[end]; {
		case capitalised(w) && !personAt(spans, end):
			end++
		case ofConnectors[w] && end+1 < len(s.Words) && capitalised(s.Words[end+1]) && (w != "and" && w != "&" || !startsSpan(spans, end+1)):
			end++
		default:
			return end
		}
	}
	return end
}

// personAt reports whether word i is inside a span typed person: a person
// next to a body ("Minister Anna Berg of the Ministry of Finance") is not
// part of its name.
func personAt(spans []Span, i int) bool {
	return slices.ContainsFunc(spans, func(p Span) bool { return p.Type == "person" && p.Start <= i && i < p.End })
}

// startsSpan reports whether a span opens at word i: after "and" it is a
// name of its own ("the Ministry of Defence and NATO").
func startsSpan(spans []Span, i int) bool {
	return slices.ContainsFunc(spans, func(p Span) bool { return p.Start == i })
}

// joinSpan puts j in place of the spans inside it when at least one span
// lies inside it and none crosses its edges, and reports whether it did.
func joinSpan(spans []Span, j Span) ([]Span, bool) {
	inside := false
	for _, p := range spans {
		switch {
		case p.End <= j.Start || p.Start >= j.End:
		case p.Start >= j.Start && p.End <= j.End:
			inside = true
		default:
			return spans, false
		}
	}
	if !inside {
		return spans, false
	}
	out := slices.DeleteFunc(spans, func(p Span) bool { return p.Start >= j.Start && p.End <= j.End })
	k, _ := slices.BinarySearchFunc(out, j.Start, func(p Span, start int) int { return p.Start - start })
	return slices.Insert(out, k, j), true
}
