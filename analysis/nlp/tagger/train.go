package tagger

import (
	"math/rand/v2"
	"slices"
	"strings"

	"briefing/analysis/nlp/conllu"
	"briefing/analysis/nlp/perceptron"
)

// Options control training.
type Options struct {
	Iterations int     // passes over the training data
	Seed       uint64  // shuffle seed
	Prune      float32 // drop averaged weights below this magnitude
	OnePass    bool    // train the first-pass model only
	// Progress, when set, is called after every pass over the data of the
	// final model with the pass number and the model averaged so far (to
	// watch a held-out score).
	Progress func(iteration int, m *Model)
}

// example is a training sentence: its words and gold classes.
type example struct {
	words []string
	gold  []int
}

// Train learns a tagger from gold-tagged sentences. The result depends only
// on the sentences and the options.
func Train(sents []conllu.Sentence, opts Options) *Model {
	classes, index := classSet(sents)
	t := newModel(classes, tagDict(sents, index), ambiguityLexicon(sents, index), nil, nil)
	exs := make([]example, len(sents))
	for i, s := range sents {
		for _, w := range s.Words {
			exs[i].words = append(exs[i].words, w.Form)
			exs[i].gold = append(exs[i].gold, index[w.UPOS+"|"+w.XPOS])
		}
	}
	if opts.OnePass {
		t.first = t.trainPass(exs, nil, opts, true)
		return t
	}
	// Jackknife: each half is tagged by a first-pass model of the other half.
	var halves [2][]example
	var at [2][]int
	for i := range exs {
		halves[i%2] = append(halves[i%2], exs[i])
		at[i%2] = append(at[i%2], i)
	}
	ahead := make([][]int, len(exs))
	for h := range 2 {
		m := t.trainPass(halves[1-h], nil, opts, false)
		jt := newModel(classes, t.dict, t.lexicon, m, nil)
		s := jt.scratch.Get().(*scratch)
		for k, e := range halves[h] {
			ahead[at[h][k]] = slices.Clone(jt.classify(s, e.words))
		}
	}
	t.first = t.trainPass(exs, nil, opts, false)
	t.second = t.trainPass(exs, ahead, opts, true)
	return t
}

// trainPass trains one perceptron over exs; ahead, when not nil, holds the
// first-pass classes of every example for the second-pass features.
func (t *Model) trainPass(exs []example, ahead [][]int, opts Options, final bool) *perceptron.Model {
	m := perceptron.New(len(t.classes))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x7a66))
	s := t.scratch.Get().(*scratch)
	defer t.scratch.Put(s)
	for it := 1; it <= opts.Iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, ei := range order {
			e := exs[ei]
			t.prepare(s, e.words)
			if ahead != nil {
				s.ctx.ahead = ahead[ei]
			}
			prev, prev2 := -1, -1
			for i := range e.words {
				guess, ok := t.dict[e.words[i]]
				if !ok {
					s.feats = t.features(s.feats[:0], &s.ctx, i, prev, prev2)
					m.Score(s.feats, s.scores)
					guess = perceptron.Best(s.scores)
					m.Update(s.feats, e.gold[i], guess)
				}
				m.Tick()
				prev2, prev = prev, guess
			}
		}
		if final && opts.Progress != nil {
			snap := newModel(t.classes, t.dict, t.lexicon, t.first, m.Snapshot())
			if t.first == nil {
				snap.first, snap.second = snap.second, nil
			}
			opts.Progress(it, snap)
		}
	}
	m.Average()
	if opts.Prune > 0 {
		m.Prune(opts.Prune)
	}
	return m
}

// classSet returns the sorted "UPOS|XPOS" classes of sents and their indexes.
func classSet(sents []conllu.Sentence) ([]string, map[string]int) {
	seen := map[string]bool{}
	for _, s := range sents {
		for _, w := range s.Words {
			seen[w.UPOS+"|"+w.XPOS] = true
		}
	}
	classes := make([]string, 0, len(seen))
	for c := range seen {
		classes = append(classes, c)
	}
	slices.Sort(classes)
	index := make(map[string]int, len(classes))
	for i, c := range classes {
		index[c] = i
	}
	return classes, index
}

// ambiguityLexicon maps every lower-cased word seen at least 3 times to a
// hash of the classes it had at least 5% of the time.
func ambiguityLexicon(sents []conllu.Sentence, index map[string]int) map[string]uint64 {
	counts := map[string][]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			low := strings.ToLower(w.Form)
			c := counts[low]
			if c == nil {
				c = make([]int, len(index))
				counts[low] = c
			}
			c[index[w.UPOS+"|"+w.XPOS]]++
		}
	}
	lex := map[string]uint64{}
	for word, c := range counts {
		total := 0
		for _, n := range c {
			total += n
		}
		if total < 3 {
			continue
		}
		h := perceptron.Hash(0, "")
		for class, n := range c {
			if 20*n >= total {
				h = mix64(h, uint64(class))
			}
		}
		lex[word] = h | 4 // never 0-2, the codes of unknown and padding
	}
	return lex
}

// tagDict lists the words seen at least 20 times with one class at least
// 99.5% of the time: they are tagged without scoring.
func tagDict(sents []conllu.Sentence, index map[string]int) map[string]int {
	counts := map[string]map[int]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			c := counts[w.Form]
			if c == nil {
				c = map[int]int{}
				counts[w.Form] = c
			}
			c[index[w.UPOS+"|"+w.XPOS]]++
		}
	}
	dict := map[string]int{}
	for word, c := range counts {
		total, best, bestN := 0, 0, 0
		for class, n := range c {
			total += n
			if n > bestN || n == bestN && class < best {
				best, bestN = class, n
			}
		}
		if total >= 20 && float64(bestN) >= 0.995*float64(total) {
			dict[word] = best
		}
	}
	return dict
}
