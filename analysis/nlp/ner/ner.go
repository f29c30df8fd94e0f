// Package ner finds the names of people, organisations and places in tagged
// sentences: a greedy left-to-right averaged perceptron over BILOU labels,
// with features of the words, their shapes, affixes and predicted
// part-of-speech tags, a gazetteer (states, their divisions and cities,
// regions, organisations, given names, title and cue words), the previous
// labels, and document-wide facts: how
// each word is capitalised elsewhere in the text and, in a second pass, how
// the first pass labelled its other occurrences. Label sequences are kept
// well formed while decoding, and names end on name words. A span typer
// (spantype.go) then gives each distinct name of the document one type,
// from all its occurrences, or drops it; the proper-noun runs the tagger
// left out are put to it too (candidates.go). Last, rules of form mend
// what a word-at-a-time tagger gets wrong however it is trained: plural
// titles, legal forms and exclamations are not names (notnames.go), "Maria
// Lopez of Acme" is two names (personof.go), a name on "Cue of Name" is one
// (ofnames.go), and an abbreviation defined in brackets names what its
// definition names (acronyms.go).
package ner

import (
	"sync"

	"briefing/analysis/nlp/perceptron"
)

// Model is a trained entity tagger. It is safe for concurrent use.
type Model struct {
	first, second *perceptron.Model // second nil: one pass
	typer         *perceptron.Model // the span typer (spantype.go); nil: the tagger's types stand
	scratch       *sync.Pool        // *scratch
}

type scratch struct {
	ctx     context
	feats   []uint64
	scores  []float32
	classes []int
	lower   []byte
}

func newModel(first, second *perceptron.Model) *Model {
	return &Model{first: first, second: second, scratch: &sync.Pool{New: func() any {
		return &scratch{feats: make([]uint64, 0, 64), scores: make([]float32, numClasses)}
	}}}
}

// Recognize appends to dst the entities of one sentence given its words and
// their UPOS and PTB tags, as a document of its own.
func (m *Model) Recognize(dst []Span, words, upos, xpos []string) []Span {
	return append(dst, m.RecognizeDocument([]Sentence{{Words: words, UPOS: upos, XPOS: xpos}})[0]...)
}

// RecognizeDocument returns the entities of every sentence of a document
// (the Entities fields are ignored).
func (m *Model) RecognizeDocument(doc []Sentence) [][]Span {
	out, scores, d := m.tag(doc, m.typer != nil)
	if m.typer != nil {
		addCandidates(doc, out)
		retype(m.typer, doc, out, d, scores)
	}
	dropNotNames(doc, out)
	splitPersonOf(doc, out)
	joinOfNames(doc, out)
	defineAcronyms(doc, out)
	return out
}

// tag runs the BILOU passes over doc and returns the spans, the last pass's
// class scores when keep is set, and the document's statistics.
func (m *Model) tag(doc []Sentence, keep bool) ([][]Span, [][]float32, *docStats) {
	d := newDocStats(doc)
	last := m.first
	if m.second != nil {
		d.vote(doc, m.pass(m.first, doc, d, false, nil))
		last = m.second
	}
	var scores [][]float32
	if keep {
		n := 0
		for _, s := range doc {
			n += len(s.Words)
		}
		flat := make([]float32, n*numClasses) // one allocation for the document
		scores = make([][]float32, len(doc))
		for i, s := range doc {
			k := len(s.Words) * numClasses
			scores[i], flat = flat[:0:k], flat[k:]
		}
	}
	classes := m.pass(last, doc, d, m.second != nil, scores)
	out := make([][]Span, len(doc))
	for i, c := range classes {
		out[i] = trimEdges(doc[i], decode(nil, c))
	}
	return out, scores, d
}

// pass labels every sentence of doc with pm. When scores is not nil, each
// sentence's class scores, numClasses per word, are appended to its
// (empty) slice there.
func (m *Model) pass(pm *perceptron.Model, doc []Sentence, d *docStats, second bool, scores [][]float32) [][]int {
	s := m.scratch.Get().(*scratch)
	defer m.scratch.Put(s)
	out := make([][]int, len(doc))
	for si, sent := range doc {
		s.prepare(sent.Words, sent.UPOS, sent.XPOS, d, second)
		classes := make([]int, len(sent.Words))
		prev, prev2 := -1, -1
		for i := range sent.Words {
			s.feats = s.ctx.features(s.feats[:0], i, prev, prev2)
			pm.Score(s.feats, s.scores)
			if scores != nil {
				scores[si] = append(scores[si], s.scores...)
			}
			c := bestAllowed(s.scores, prev)
			classes[i] = c
			prev2, prev = prev, c
		}
		closeLast(classes)
		out[si] = classes
	}
	return out
}

func bestAllowed(scores []float32, prev int) int {
	best := -1
	for c, sc := range scores {
		if allowed(prev, c) && (best < 0 || sc > scores[best]) {
			best = c
		}
	}
	return best
}

// closeLast ends an entity left open at the end of the sentence.
func closeLast(classes []int) {
	if n := len(classes); n > 0 {
		switch c := classes[n-1]; part(c) {
		case begin:
			classes[n-1] = label(typeOf(c), unit)
		case inside:
			classes[n-1] = label(typeOf(c), last)
		}
	}
}

// prepare fills s.ctx for a sentence.
func (s *scratch) prepare(words, upos, xpos []string, d *docStats, second bool) {
	c := &s.ctx
	c.words, c.doc, c.second = words, d, second
	c.upos, c.xpos = append(c.upos[:0], upos...), append(c.xpos[:0], xpos...)
	nameTags(words, c.upos, c.xpos)
	c.marks, s.lower = gaz().mark(words, c.marks[:0], s.lower)
	c.runCue, c.runLeft = c.runCue[:0], c.runLeft[:0]
	c.runStart, c.runEnd = c.runStart[:0], c.runEnd[:0]
	caps, alpha := 0, 0
	for _, w := range words {
		c.runCue = append(c.runCue, 0x80)
		c.runLeft = append(c.runLeft, 0)
		c.runStart = append(c.runStart, -1)
		c.runEnd = append(c.runEnd, -1)
		if capitalised(w) {
			caps++
		}
		if w != "" && (w[0] >= 'a' && w[0] <= 'z' || capitalised(w)) {
			alpha++
		}
	}
	c.heading = alpha >= 3 && 10*caps >= 7*alpha
	end := -1 // last word of the current capitalised run, scanning backwards
	for i := len(words) - 1; i >= 0; i-- {
		w := words[i]
		inRun := capitalised(w) || end >= 0 && i > 0 && (w == "of" || w == "&" || w == "for") && capitalised(words[i-1])
		if !inRun {
			end = -1
			continue
		}
		if end < 0 {
			end = i
		}
		c.runCue[i] = c.marks[end] & (gzOrgCue | gzPlaceCue)
		c.runLeft[i] = uint8(min(end-i, 3))
		c.runEnd[i] = int32(end)
	}
	for i := range words {
		switch {
		case c.runEnd[i] < 0:
		case i > 0 && c.runEnd[i-1] == c.runEnd[i]:
			c.runStart[i] = c.runStart[i-1]
		default:
			c.runStart[i] = int32(i)
		}
	}
}

// nameTags re-tags as proper nouns the capitalised common nouns and
// adjectives that lead into a proper noun ("the Grain/NOUN Exporters/PROPN
// Group/PROPN"): the tagger often misses them, and inside a name they are
// names' words (GUM and EWT tag them PROPN).
func nameTags(words, upos, xpos []string) {
	for i := len(words) - 2; i >= 0; i-- {
		if (upos[i] == "NOUN" || upos[i] == "ADJ") && capitalised(words[i]) && upos[i+1] == "PROPN" && capitalised(words[i+1]) {
			upos[i], xpos[i] = "PROPN", "NNP"
		}
	}
}

// Features returns the number of weighted features of the model.
func (m *Model) Features() int {
	n := m.first.Features()
	for _, pm := range []*perceptron.Model{m.second, m.typer} {
		if pm != nil {
			n += pm.Features()
		}
	}
	return n
}

// trimEdges cuts from each span the words at its edges that cannot begin or
// end a name, and drops spans left empty. A name opens and closes on a name
// word (nameAround builds the gold spans so); the tagger, deciding a word at
// a time, sometimes runs a name on over "of the decision".
func trimEdges(s Sentence, spans []Span) []Span {
	out := spans[:0]
	for _, sp := range spans {
		for sp.Start < sp.End && !nameEdge(s, sp.Start) {
			sp.Start++
		}
		for sp.End > sp.Start && !nameEdge(s, sp.End-1) {
			sp.End--
		}
		if sp.Start < sp.End {
			out = append(out, sp)
		}
	}
	return out
}

// nameEdge reports whether word i may open or close a name: a name-shaped
// word, or a word the tagger calls a proper noun ("al-Rashid").
func nameEdge(s Sentence, i int) bool {
	return nameShaped(s.Words[i]) || s.Words[i] != "" && s.UPOS[i] == "PROPN"
}

// nameShaped reports whether a word is written as names are: capitalised,
// or opening with a digit ("2Pac", "11").
func nameShaped(w string) bool {
	return w != "" && (capitalised(w) || w[0] >= '0' && w[0] <= '9')
}
