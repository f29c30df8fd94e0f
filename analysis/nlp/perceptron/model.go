// Package perceptron implements an averaged multiclass perceptron over hashed
// sparse features, the learning machine of the tagger, the entity tagger and
// the dependency parser.
//
// Training keeps, per feature, only the classes it was ever updated for, with
// lazily averaged weights (Collins 2002, Honnibal's "200 lines" tagger).
// Average freezes the model into a compact read-only form: an open-addressing
// table from feature key to a run of (class, weight) entries, so scoring costs
// one probe per feature and touches only the classes the feature has weights for.
package perceptron

import (
	"math"
	"slices"
)

// Model is a multiclass linear model. A new Model is trained with Update and
// Tick, then frozen with Average; a loaded Model is frozen already. Score is
// safe for concurrent use on a frozen Model.
type Model struct {
	classes int

	// Training state, nil once frozen.
	index map[uint64]int32
	rows  [][]trainWeight
	now   int32 // examples seen (Tick count)

	// Frozen state: table for a model trained here, packed for one loaded
	// from its bytes.
	table  frozen
	packed *packed
}

// trainWeight is one class's weight of a feature during training.
type trainWeight struct {
	class int32
	stamp int32   // example count when w last changed
	w     float32 // current weight
	total float64 // sum of w over the examples before stamp
}

// New returns an empty Model for the given number of classes, ready to train.
func New(classes int) *Model {
	return &Model{classes: classes, index: make(map[uint64]int32)}
}

// Classes returns the number of classes.
func (m *Model) Classes() int { return m.classes }

// Features returns the number of features that carry weights.
func (m *Model) Features() int {
	switch {
	case m.index != nil:
		return len(m.index)
	case m.packed != nil:
		return m.packed.features
	}
	return m.table.count
}

// Score writes into scores (length Classes()) the sum of the weights of feats
// for every class. Unknown features add nothing.
func (m *Model) Score(feats []uint64, scores []float32) {
	scores = scores[:m.classes]
	clear(scores)
	switch {
	case m.packed != nil:
		m.packed.score(feats, scores)
		return
	case m.index == nil:
		m.table.score(feats, scores)
		return
	}
	for _, f := range feats {
		if r, ok := m.index[f]; ok {
			for _, tw := range m.rows[r] {
				scores[tw.class] += tw.w
			}
		}
	}
}

// Best returns the class with the highest score (the lowest class on ties).
func Best(scores []float32) int {
	best := 0
	for c, s := range scores {
		if s > scores[best] {
			best = c
		}
	}
	return best
}

// Update moves the weights of feats toward truth and away from guess. It does
// nothing when they are equal. It panics on a frozen Model.
func (m *Model) Update(feats []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	if m.index == nil {
		panic("perceptron: Update on a frozen model")
	}
	for _, f := range feats {
		r, ok := m.index[f]
		if !ok {
			r = int32(len(m.rows))
			m.index[f] = r
			m.rows = append(m.rows, nil)
		}
		m.rows[r] = m.bump(m.rows[r], int32(truth), 1)
		m.rows[r] = m.bump(m.rows[r], int32(guess), -1)
	}
}

func (m *Model) bump(row []trainWeight, class int32, delta float32) []trainWeight {
	for i := range row {
		if row[i].class == class {
			tw := &row[i]
			tw.total += float64(tw.w) * float64(m.now-tw.stamp)
			tw.stamp = m.now
			tw.w += delta
			return row
		}
	}
	return append(row, trainWeight{class: class, stamp: m.now, w: delta})
}

// Tick records that one training example is done; averaging weighs each
// weight by the number of examples it stood for.
func (m *Model) Tick() { m.now++ }

// Snapshot returns a frozen copy of the model with the weights averaged so
// far, leaving the model itself training (to score a held-out set between
// passes).
func (m *Model) Snapshot() *Model {
	if m.index == nil {
		return m
	}
	return &Model{classes: m.classes, table: m.averaged()}
}

// Average replaces every weight by its average over all examples seen,
// quantised to 16 bits times a model-wide scale, and freezes the model. Calling it on a frozen model does nothing.
func (m *Model) Average() {
	if m.index == nil {
		return
	}
	m.table = m.averaged()
	m.index, m.rows = nil, nil
}

// averaged lays out the averaged training weights as a frozen table.
func (m *Model) averaged() frozen {
	keys := make([]uint64, 0, len(m.index))
	for k := range m.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	n := float64(max(m.now, 1))
	b := newBuilder(len(keys))
	for _, k := range keys {
		row := slices.Clone(m.rows[m.index[k]])
		slices.SortFunc(row, func(a, b trainWeight) int { return int(a.class - b.class) })
		for _, tw := range row {
			avg := (tw.total + float64(tw.w)*float64(m.now-tw.stamp)) / n
			if avg != 0 {
				b.add(k, int(tw.class), float32(avg))
			}
		}
	}
	return b.build()
}

// Prune drops every weight with |w| < eps, and the features left without
// weights. It averages the model first if it is still training. It panics on
// a loaded model, whose table is read in place.
func (m *Model) Prune(eps float32) {
	if m.packed != nil {
		panic("perceptron: Prune on a loaded model")
	}
	m.Average()
	t := &m.table
	b := newBuilder(t.count)
	b.quantised, b.scale = true, t.scale
	for _, k := range t.sortedKeys() {
		for _, e := range t.lookup(k) {
			if float32(math.Abs(float64(e.w)))*t.scale >= eps {
				b.add(k, int(e.class), float32(e.w))
			}
		}
	}
	m.table = b.build()
}
