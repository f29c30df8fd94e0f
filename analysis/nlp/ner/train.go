package ner

import (
	"math/rand/v2"
	"slices"

	"briefing/analysis/nlp/perceptron"
)

// Sentence is a training or evaluation sentence: words, their predicted
// tags and the gold entities.
type Sentence struct {
	Words, UPOS, XPOS []string
	Entities          []Span
}

// Options control training.
type Options struct {
	Iterations int
	Seed       uint64
	Prune      float32
	OnePass    bool // no second, document-vote pass
	// Ensemble, when above 1, trains each final pass this many times with
	// different shuffles and keeps the mean of their weights.
	Ensemble int
	// TypeIterations, when above 0, trains a span typer (spantype.go) for
	// this many passes over the training names.
	TypeIterations int
	// Progress, when set, is called after every pass over the data of the
	// final model with the model averaged so far.
	Progress func(iteration int, m *Model)
}

// Train learns an entity tagger from documents. The second pass learns from
// first-pass labels of jackknifed models (each half of the documents
// labelled by a model of the other half), as at run time the first pass is
// not trained on the text it labels. The result depends only on the
// documents and the options.
func Train(docs [][]Sentence, opts Options) *Model {
	stats := make([]*docStats, len(docs))
	for i, d := range docs {
		stats[i] = newDocStats(d)
	}
	if opts.OnePass {
		return newModel(ensemble(docs, stats, nil, opts), nil)
	}
	var halves [2][]int
	for i := range docs {
		halves[i%2] = append(halves[i%2], i)
	}
	for h := range 2 {
		var sub [][]Sentence
		var subStats []*docStats
		for _, i := range halves[1-h] {
			sub = append(sub, docs[i])
			subStats = append(subStats, stats[i])
		}
		jm := newModel(trainPass(sub, subStats, nil, opts, false), nil)
		for _, i := range halves[h] {
			stats[i].vote(docs[i], jm.pass(jm.first, docs[i], stats[i], false, nil))
		}
	}
	first := ensemble(docs, stats, nil, opts)
	m := newModel(first, ensemble(docs, stats, first, opts))
	if opts.TypeIterations > 0 {
		m.typer = trainTyper(docs, opts)
	}
	return m
}

// ensemble trains opts.Ensemble passes with seeds Seed, Seed+1, … and
// merges them.
func ensemble(docs [][]Sentence, stats []*docStats, first *perceptron.Model, opts Options) *perceptron.Model {
	n := max(opts.Ensemble, 1)
	ms := make([]*perceptron.Model, n)
	for k := range n {
		o := opts
		o.Seed += uint64(k)
		ms[k] = trainPass(docs, stats, first, o, k == 0 && (first != nil || opts.OnePass))
	}
	if n == 1 {
		return ms[0]
	}
	m, err := perceptron.Merge(ms...)
	if err != nil {
		panic(err) // the passes share classes and are frozen: cannot happen
	}
	return m
}

// trainPass trains one perceptron; first is nil for a first-pass model and
// the trained first pass for the second.
func trainPass(docs [][]Sentence, stats []*docStats, first *perceptron.Model, opts Options, final bool) *perceptron.Model {
	type ref struct{ doc, sent int }
	var order []ref
	var golds [][][]int = make([][][]int, len(docs))
	for di, d := range docs {
		golds[di] = make([][]int, len(d))
		for si, s := range d {
			golds[di][si] = encode(s.Entities, len(s.Words))
			order = append(order, ref{di, si})
		}
	}
	second := first != nil
	pm := perceptron.New(numClasses)
	m := newModel(pm, nil)
	rng := rand.New(rand.NewPCG(opts.Seed, 0x4e52))
	s := m.scratch.Get().(*scratch)
	defer m.scratch.Put(s)
	for it := 1; it <= opts.Iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, r := range order {
			sent := docs[r.doc][r.sent]
			gold := golds[r.doc][r.sent]
			s.prepare(sent.Words, sent.UPOS, sent.XPOS, stats[r.doc], second)
			prev, prev2 := -1, -1
			for i := range sent.Words {
				s.feats = s.ctx.features(s.feats[:0], i, prev, prev2)
				pm.Score(s.feats, s.scores)
				guess := bestAllowed(s.scores, prev)
				pm.Update(s.feats, gold[i], guess)
				pm.Tick()
				prev2, prev = prev, guess
			}
		}
		if final && opts.Progress != nil {
			if second {
				opts.Progress(it, newModel(first, pm.Snapshot()))
			} else {
				opts.Progress(it, newModel(pm.Snapshot(), nil))
			}
		}
	}
	pm.Average()
	if opts.Prune > 0 {
		pm.Prune(opts.Prune)
	}
	return pm
}

// trainTyper trains the span typer on the names that two-pass taggers found
// in docs, each half of the documents tagged by a tagger trained on the other
// half: at run time the typer types names found by a tagger not trained on
// the text, with its mistakes and its confidence.
func trainTyper(docs [][]Sentence, opts Options) *perceptron.Model {
	return fitTyper(typerExamples(docs, opts), opts)
}

// typerExamples returns the span typer's training names of docs.
func typerExamples(docs [][]Sentence, opts Options) []spanExample {
	folds := make([][][]Sentence, typerFolds)
	for i, d := range docs {
		folds[i%typerFolds] = append(folds[i%typerFolds], d)
	}
	o := opts
	o.Ensemble, o.TypeIterations, o.Progress = min(o.Ensemble, typerJackknifeEnsemble), 0, nil
	var ex []spanExample
	for h := range folds {
		var rest [][]Sentence
		for k, f := range folds {
			if k != h {
				rest = append(rest, f...)
			}
		}
		jm := Train(rest, o)
		for _, d := range folds[h] {
			spans, scores, stats := jm.tag(d, true)
			addCandidates(d, spans)
			ex = spanExamples(ex, d, spans, scores, stats)
		}
	}
	return ex
}

// fitTyper trains the span typer on names: the mean of typerEnsemble
// perceptrons trained on different shuffles, as one perceptron's
// decisions on a few thousand names depend much on their order.
func fitTyper(ex []spanExample, opts Options) *perceptron.Model {
	ms := make([]*perceptron.Model, typerEnsemble)
	for k := range ms {
		o := opts
		o.Seed += uint64(k)
		ms[k] = fitTyperOnce(slices.Clone(ex), o)
	}
	if len(ms) == 1 {
		return ms[0]
	}
	m, err := perceptron.Merge(ms...)
	if err != nil {
		panic(err) // the models share classes and are frozen: cannot happen
	}
	return m
}

const (
	// typerEnsemble is the number of perceptrons in a span typer.
	typerEnsemble = 8
	// typerJackknifeEnsemble caps the ensemble of the taggers that find the
	// typer's training names (of 2, 3, 4 and the final tagger's 6, 3 gave
	// the best GUM dev F1, in half the time of 6).
	typerJackknifeEnsemble = 3
	// typerFolds is the number of parts the training documents are cut
	// into to find the typer's training names, each part tagged by a
	// tagger trained on the others.
	typerFolds = 4
)

// fitTyperOnce trains one span-typer perceptron.
func fitTyperOnce(ex []spanExample, opts Options) *perceptron.Model {
	classes := len(Types) + 1 // and notName
	pm := perceptron.New(classes)
	rng := rand.New(rand.NewPCG(opts.Seed, 0x5350))
	scores := make([]float32, classes)
	for range opts.TypeIterations {
		rng.Shuffle(len(ex), func(i, j int) { ex[i], ex[j] = ex[j], ex[i] })
		for _, e := range ex {
			pm.Score(e.feats, scores)
			pm.Update(e.feats, e.class, perceptron.Best(scores))
			pm.Tick()
		}
	}
	pm.Average()
	return pm
}
