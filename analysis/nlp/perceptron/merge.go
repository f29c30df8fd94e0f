package perceptron

import (
	"errors"
	"slices"
)

// Merge returns the model whose weights are the mean of the given frozen
// models' weights (all with the same classes). As scores are linear in the
// weights, it scores every example as the mean of their scores: an ensemble
// of, say, runs with different shuffles, at the cost of one model.
func Merge(models ...*Model) (*Model, error) {
	if len(models) == 0 {
		return nil, errors.New("perceptron: nothing to merge")
	}
	classes := models[0].classes
	var keys []uint64
	for _, m := range models {
		if m.index != nil {
			return nil, errors.New("perceptron: merge of a model still training")
		}
		if m.packed != nil {
			return nil, errors.New("perceptron: merge of a loaded model")
		}
		if m.classes != classes {
			return nil, errors.New("perceptron: merge of models with different classes")
		}
		keys = append(keys, m.table.sortedKeys()...)
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	sum := make([]float32, classes)
	seen := make([]bool, classes)
	b := newBuilder(len(keys))
	for _, k := range keys {
		clear(sum)
		clear(seen)
		for _, m := range models {
			for _, e := range m.table.lookup(k) {
				sum[e.class] += float32(e.w) * m.table.scale
				seen[e.class] = true
			}
		}
		for c, w := range sum {
			if seen[c] && w != 0 {
				b.add(k, c, w/float32(len(models)))
			}
		}
	}
	return &Model{classes: classes, table: b.build()}, nil
}
