package ner

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// A text that abbreviates a name defines the abbreviation once, in
// brackets after the name ("the World Health Organization (WHO)", "the
// Kennedy Space Center (KSC)"), and then uses it alone. Alone, an
// abbreviation has no context the tagger can read: the tagger misses it or
// types it by its shape. Its definition settles it: it names what the name
// names. (Schwartz and Hearst's abbreviation definitions, 2003, restricted
// to an abbreviation of capitals after a name the tagger found.)

// defineAcronyms gives every occurrence of an abbreviation defined in doc
// the type of the name it abbreviates: as a new span where no span covers
// it, as the type of a span that is the abbreviation alone.
func defineAcronyms(doc []Sentence, spans [][]Span) {
	defined := map[string]string{}
	for si, s := range doc {
		for _, p := range spans[si] {
			if p.Type == "" || p.End-p.Start < 2 || p.End+2 >= len(s.Words)+1 {
				continue
			}
			if at(s.Words, p.End) != "(" || at(s.Words, p.End+2) != ")" {
				continue
			}
			a := s.Words[p.End+1]
			if _, seen := defined[a]; !seen && Abbreviates(a, s.Words[p.Start:p.End]) {
				defined[a] = p.Type
			}
		}
	}
	if len(defined) == 0 {
		return
	}
	for si, s := range doc {
		added := false
		for i, w := range s.Words {
			typ, ok := defined[w]
			if !ok {
				continue
			}
			k := slices.IndexFunc(spans[si], func(p Span) bool { return p.Start <= i && i < p.End })
			switch {
			case k < 0:
				spans[si] = append(spans[si], Span{Start: i, End: i + 1, Type: typ})
				added = true
			case spans[si][k].Start == i && spans[si][k].End == i+1:
				spans[si][k].Type = typ
			}
		}
		if added {
			slices.SortFunc(spans[si], func(x, y Span) int { return x.Start - y.Start })
		}
	}
}

// Abbreviates reports whether a, two or more capital letters, is made of
// the initials of name's words, in order, the first word's first: words
// may be left out ("of", "the", or a word the abbreviation skips), letters
// may not.
func Abbreviates(a string, name []string) bool {
	if len(a) < 2 || len(a) > 8 {
		return false
	}
	for _, r := range a {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	j := 0
	for k, w := range name {
		r, _ := utf8.DecodeRuneInString(w)
		if j < len(a) && unicode.ToUpper(r) == rune(a[j]) {
			j++
		} else if k == 0 {
			return false
		}
	}
	return j == len(a)
}
