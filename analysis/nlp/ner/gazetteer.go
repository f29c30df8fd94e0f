package ner

import (
	_ "embed"
	"strings"
	"sync"

	"briefing/analysis/nlp/tokenize"
)

//go:embed gazetteer.tsv
var gazetteerTSV string

// Gazetteer marks of a token (bits).
const (
	gzPlaceB   uint8 = 1 << iota // begins a known place name
	gzPlaceI                     // continues one
	gzOrgB                       // begins a known organisation name
	gzOrgI                       // continues one
	gzTitle                      // a title or role word ("minister", "Dr.")
	gzOrgCue                     // a word that ends organisation names ("Group", "Ministry")
	gzPlaceCue                   // a word that ends place names ("River", "Street")
	gzGiven                      // a given name ("Maria", "Ahmed"), as written
)

// gazetteer holds the phrases of gazetteer.tsv.
type gazetteer struct {
	phrases map[string][]phrase // first token (as written) → phrases starting with it, longest first
	words   map[string]uint8    // lower-cased single words → gzTitle, gzOrgCue, gzPlaceCue bits
	given   map[string]bool     // given names, as written
}

type phrase struct {
	tokens []string
	kind   uint8 // gzPlaceB or gzOrgB
}

// gaz is parsed on first use, not at program start.
var gaz = sync.OnceValue(func() *gazetteer { return parseGazetteer(gazetteerTSV) })

func parseGazetteer(tsv string) *gazetteer {
	g := &gazetteer{phrases: map[string][]phrase{}, words: map[string]uint8{}, given: map[string]bool{}}
	for line := range strings.SplitSeq(tsv, "\n") {
		kind, text, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		switch kind {
		case "title":
			g.words[strings.ToLower(text)] |= gzTitle
		case "orgcue":
			g.words[strings.ToLower(text)] |= gzOrgCue
		case "placecue":
			g.words[strings.ToLower(text)] |= gzPlaceCue
		case "given":
			g.given[text] = true
		case "place", "organization":
			var toks []string
			for _, t := range tokenize.Tokens(text) {
				toks = append(toks, t.Text)
			}
			if len(toks) == 0 {
				continue
			}
			p := phrase{tokens: toks, kind: gzPlaceB}
			if kind == "organization" {
				p.kind = gzOrgB
			}
			list := append(g.phrases[toks[0]], p)
			for i := len(list) - 1; i > 0 && len(list[i].tokens) > len(list[i-1].tokens); i-- {
				list[i], list[i-1] = list[i-1], list[i]
			}
			g.phrases[toks[0]] = list
		}
	}
	return g
}

// mark appends the gazetteer bits of every word to marks. lower is scratch.
func (g *gazetteer) mark(words []string, marks []uint8, lower []byte) ([]uint8, []byte) {
	start := len(marks)
	for range words {
		marks = append(marks, 0)
	}
	m := marks[start:]
	for i, w := range words {
		lower = appendLower(lower[:0], w)
		m[i] |= g.words[string(lower)]
		if g.given[w] {
			m[i] |= gzGiven
		}
		for _, p := range g.phrases[w] {
			if matches(words[i:], p.tokens) {
				m[i] |= p.kind
				for j := 1; j < len(p.tokens); j++ {
					m[i+j] |= p.kind << 1 // the I bit follows the B bit
				}
				break
			}
		}
	}
	return marks, lower
}

func matches(words, toks []string) bool {
	if len(toks) > len(words) {
		return false
	}
	for i, t := range toks {
		if words[i] != t {
			return false
		}
	}
	return true
}

func appendLower(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}
