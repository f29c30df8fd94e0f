// Package tagger assigns part-of-speech tags to tokenised sentences: the
// Universal POS tag and the Penn Treebank tag of every word, predicted
// together as one class by a greedy left-to-right averaged perceptron
// (features after Honnibal's "A good part-of-speech tagger in about 200
// lines of Python": the word, its affixes and shape, its neighbours, the
// ambiguity classes of the neighbours and the two previous predicted tags).
//
// Tagging runs two passes: the second model also sees the tags the first
// pass gave to the words ahead, which a left-to-right tagger cannot know
// ("to" before a verb is PART, before a noun ADP). The second model is
// trained on first-pass tags from jackknifed models, so it learns how far
// to trust them.
package tagger

import (
	"strings"
	"sync"

	"briefing/analysis/nlp/perceptron"
)

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	classes []string // "UPOS|XPOS"
	upos    []string
	xpos    []string
	dict    map[string]int    // frequent unambiguous words → class
	lexicon map[string]uint64 // lower-cased word → its ambiguity class (a hash of the classes seen)
	first   *perceptron.Model
	second  *perceptron.Model // nil: one pass
	scratch *sync.Pool        // *scratch
}

// context is what the features of one sentence read.
type context struct {
	words []string
	ambs  []uint64 // ambiguity class of every word (0 = unknown word)
	title bool     // the sentence is a title-case heading
	ahead []int    // first-pass classes, nil during the first pass
}

type scratch struct {
	ctx     context
	feats   []uint64
	scores  []float32
	pass1   []int
	pass2   []int
	margins []float32 // first pass: best score minus the runner-up's
	lower   []byte
}

// sureMargin is the first-pass score margin above which the second pass
// keeps the first pass's tag without scoring: it changes those tags almost
// never, and skipping them halves the cost of the second pass.
var sureMargin float32 = 8

func newModel(classes []string, dict map[string]int, lexicon map[string]uint64, first, second *perceptron.Model) *Model {
	t := &Model{classes: classes, dict: dict, lexicon: lexicon, first: first, second: second}
	for _, c := range classes {
		u, x, _ := strings.Cut(c, "|")
		t.upos = append(t.upos, u)
		t.xpos = append(t.xpos, x)
	}
	t.scratch = &sync.Pool{New: func() any {
		return &scratch{feats: make([]uint64, 0, 96), scores: make([]float32, len(classes))}
	}}
	return t
}

// Tag writes the UPOS and XPOS tags of words into upos and xpos (each at
// least len(words) long).
func (t *Model) Tag(words, upos, xpos []string) {
	s := t.scratch.Get().(*scratch)
	for i, c := range t.classify(s, words) {
		upos[i], xpos[i] = t.upos[c], t.xpos[c]
	}
	t.scratch.Put(s)
}

// classify returns the class of every word (a slice of s).
func (t *Model) classify(s *scratch, words []string) []int {
	t.prepare(s, words)
	s.margins = s.margins[:0]
	s.pass1 = t.pass(s, t.first, s.pass1[:0], nil)
	if t.second == nil {
		return s.pass1
	}
	s.ctx.ahead = s.pass1
	s.pass2 = t.pass(s, t.second, s.pass2[:0], s.margins)
	return s.pass2
}

// prepare fills s.ctx for words.
func (t *Model) prepare(s *scratch, words []string) {
	s.ctx = context{words: words, ambs: s.ctx.ambs[:0], title: titleCase(words)}
	for _, w := range words {
		s.lower = s.lower[:0]
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			s.lower = append(s.lower, c)
		}
		s.ctx.ambs = append(s.ctx.ambs, t.lexicon[string(s.lower)])
	}
}

// pass tags the sentence of s.ctx greedily with m, appending to out. The
// first pass (margins nil) records its margins in s.margins; the second
// keeps the first pass's sure tags.
func (t *Model) pass(s *scratch, m *perceptron.Model, out []int, margins []float32) []int {
	prev, prev2 := -1, -1
	for i := range s.ctx.words {
		c, ok := t.dict[s.ctx.words[i]]
		switch {
		case ok:
			if margins == nil {
				s.margins = append(s.margins, sureMargin)
			}
		case margins != nil && margins[i] >= sureMargin:
			c = s.ctx.ahead[i]
		default:
			s.feats = t.features(s.feats[:0], &s.ctx, i, prev, prev2)
			m.Score(s.feats, s.scores)
			c = perceptron.Best(s.scores)
			if margins == nil {
				s.margins = append(s.margins, margin(s.scores, c))
			}
		}
		out = append(out, c)
		prev2, prev = prev, c
	}
	return out
}

// margin returns how far scores[best] is above the next best score.
func margin(scores []float32, best int) float32 {
	var next float32
	first := true
	for c, v := range scores {
		if c != best && (first || v > next) {
			next, first = v, false
		}
	}
	return scores[best] - next
}

// Features returns the number of weighted features of the model.
func (t *Model) Features() int {
	n := t.first.Features()
	if t.second != nil {
		n += t.second.Features()
	}
	return n
}
