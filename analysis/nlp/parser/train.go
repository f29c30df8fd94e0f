package parser

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"briefing/analysis/nlp/conllu"
	"briefing/analysis/nlp/perceptron"
)

// Options control training.
type Options struct {
	// Iterations is the number of passes over the training sentences.
	Iterations int
	// Seed drives the sentence order, exploration and tag noise.
	Seed int64
	// Explore is the probability, from the second pass on, of following the
	// model's own move instead of the oracle's, so that it learns to recover
	// from its mistakes (Goldberg and Nivre 2012).
	Explore float64
	// TagNoise is the probability that a training word's gold tags are
	// replaced by another tag pair seen for the same form, so that the model
	// learns not to trust tags blindly: at parse time they come from a tagger.
	TagNoise float64
	// Prune drops averaged weights smaller than this in magnitude.
	Prune float32
	// Logf, when set, receives one progress line per pass, with the dev
	// scores (gold tags) of the model averaged so far when dev is given.
	Logf func(format string, args ...any)
}

// DefaultOptions returns the options the committed model is trained with,
// tuned on EWT dev: Prune 1 keeps 1.3 million features (18 MB); Prune 2
// halves that and parses about 15% faster but loses 0.3 UAS with predicted
// tags.
func DefaultOptions() Options {
	return Options{Iterations: 15, Seed: 1, Explore: 0.9, TagNoise: 0.04, Prune: 1}
}

// maxLabels bounds the label inventory: label sets are two 64-bit words.
const maxLabels = 127

// example is a training sentence with its projectivised gold tree.
type example struct {
	forms, upos, xpos []string
	gold              []int32 // gold head of each word, n for the root
	label             []int16 // gold label id of each word
}

// Train trains a parser on train. dev, when given, is only parsed to report
// its scores through opts.Logf. The same data and options always
// give the same model bytes.
func Train(train, dev []conllu.Sentence, opts Options) (*Model, error) {
	if len(train) == 0 {
		return nil, errors.New("parser: no training sentences")
	}
	if opts.Iterations < 1 {
		return nil, fmt.Errorf("parser: %d iterations", opts.Iterations)
	}
	labels, err := inventory(train)
	if err != nil {
		return nil, err
	}
	ids := make(map[string]int16, len(labels))
	for i, l := range labels {
		ids[l] = int16(i)
	}
	examples, lifted, err := prepare(train, ids)
	if err != nil {
		return nil, err
	}
	logf(opts, "parser: %d sentences, %d labels, %d arcs lifted to projectivise",
		len(examples), len(labels)-1, lifted)

	m := newModel(labels, perceptron.New(3), perceptron.New(len(labels)))
	t := trainer{m: m, opts: opts, alts: tagAlternatives(train)}
	t.rng = rand.New(rand.NewPCG(uint64(opts.Seed), 0x5eed))
	t.ws = *m.workspace()
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	for it := range opts.Iterations {
		t.rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		t.explore = it > 0
		t.moves, t.wrongMoves, t.arcs, t.wrongLabels = 0, 0, 0, 0
		for _, i := range order {
			t.sentence(&examples[i])
		}
		var devScores string
		if len(dev) > 0 && opts.Logf != nil {
			snap := newModel(labels, m.moves.Snapshot(), m.labeler.Snapshot())
			uas, las := Evaluate(snap, dev, nil)
			devScores = fmt.Sprintf(", dev UAS %.4f LAS %.4f", uas, las)
		}
		logf(opts, "parser: pass %d: %.4f of moves wrong, %.4f of gold arcs mislabelled%s", it+1,
			float64(t.wrongMoves)/float64(max(t.moves, 1)), float64(t.wrongLabels)/float64(max(t.arcs, 1)), devScores)
	}

	// Round-trip the weights through their quantised form now, so the model
	// returned parses exactly like the one loaded from its bytes.
	for _, w := range []**perceptron.Model{&m.moves, &m.labeler} {
		(*w).Prune(opts.Prune)
		b, err := (*w).MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("parser: encode weights: %w", err)
		}
		if *w, err = perceptron.Load(b); err != nil {
			return nil, fmt.Errorf("parser: reload weights: %w", err)
		}
	}
	logf(opts, "parser: %d move and %d label features", m.moves.Features(), m.labeler.Features())
	return m, nil
}

func logf(opts Options, format string, args ...any) {
	if opts.Logf != nil {
		opts.Logf(format, args...)
	}
}

// inventory returns the sorted labels of the training trees, root always
// among them, after id 0 (no label).
func inventory(train []conllu.Sentence) ([]string, error) {
	seen := map[string]bool{rootLabel: true}
	for _, s := range train {
		for _, w := range s.Words {
			seen[w.Deprel] = true
		}
	}
	labels := make([]string, 0, len(seen)+1)
	for l := range seen {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	if len(labels) > maxLabels {
		return nil, fmt.Errorf("parser: %d labels, at most %d supported", len(labels), maxLabels)
	}
	return append([]string{""}, labels...), nil
}

// prepare converts the training sentences to examples, projectivising their
// trees; it returns how many arcs were lifted.
func prepare(train []conllu.Sentence, ids map[string]int16) ([]example, int, error) {
	examples := make([]example, 0, len(train))
	lifted := 0
	for si, s := range train {
		n := len(s.Words)
		ex := example{
			forms: make([]string, n), upos: make([]string, n), xpos: make([]string, n),
			gold: make([]int32, n), label: make([]int16, n),
		}
		for i, w := range s.Words {
			if w.Head < 0 || w.Head > n || w.Head == i+1 {
				return nil, 0, fmt.Errorf("parser: sentence %d (%s): word %d has head %d", si+1, s.ID, i+1, w.Head)
			}
			ex.forms[i], ex.upos[i], ex.xpos[i] = w.Form, w.UPOS, w.XPOS
			ex.gold[i] = int32(w.Head - 1)
			if w.Head == 0 {
				ex.gold[i] = int32(n)
			}
			ex.label[i] = ids[w.Deprel]
		}
		if !isTree(ex.gold) {
			return nil, 0, fmt.Errorf("parser: sentence %d (%s): heads do not form one tree", si+1, s.ID)
		}
		lifted += projectivise(ex.gold)
		examples = append(examples, ex)
	}
	return examples, lifted, nil
}

// isTree reports whether heads (n = root) form a tree with one root word.
func isTree(heads []int32) bool {
	n := len(heads)
	roots := 0
	for w := range n {
		if int(heads[w]) == n {
			roots++
		}
		for steps, h := 0, w; h != n; steps++ {
			if steps > n {
				return false // a cycle
			}
			h = int(heads[h])
		}
	}
	return roots == 1
}

// tagPair is one (UPOS, XPOS) assignment.
type tagPair struct{ upos, xpos string }

// tagAlternatives lists, for every lowercased form seen with more than one
// tag pair, the pairs in order of first appearance.
func tagAlternatives(train []conllu.Sentence) map[string][]tagPair {
	alts := map[string][]tagPair{}
	for _, s := range train {
		for _, w := range s.Words {
			k := strings.ToLower(w.Form)
			p := tagPair{w.UPOS, w.XPOS}
			if !slices.Contains(alts[k], p) {
				alts[k] = append(alts[k], p)
			}
		}
	}
	for k, v := range alts {
		if len(v) < 2 {
			delete(alts, k)
		}
	}
	return alts
}
