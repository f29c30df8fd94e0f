package perceptron

import (
	"math"
	"slices"
)

// entry is one (class, weight) of a frozen feature; the weight is quantised
// (times the table's scale), which halves the memory scoring walks through.
type entry struct {
	w     int16
	class uint16
}

// slot is one cell of the open-addressing table: a feature key and the run
// of its entries. Key 0 marks an empty slot, so a feature whose key is 0 is
// stored under zeroKey instead. Key and run share a cache line, so a lookup
// costs one miss for the slot and one for the entries.
type slot struct {
	key        uint64
	start, end uint32
}

// frozen is an open-addressing hash table (linear probing, power-of-two size)
// from feature key to a run of entries.
type frozen struct {
	slots   []slot
	entries []entry
	scale   float32 // weight = float32(entry.w) * scale
	count   int
	mask    uint64
	shift   uint // 64 - log2(len(slots)): the hash's top bits pick the home slot
}

const zeroKey = 0x9e3779b97f4a7c15

func fixKey(k uint64) uint64 {
	if k == 0 {
		return zeroKey
	}
	return k
}

// home is k's first probe position (Fibonacci hashing).
func (t *frozen) home(k uint64) uint64 { return (k * 0x9e3779b97f4a7c15) >> t.shift }

// find returns the slot of k, or nil when k is absent.
func (t *frozen) find(k uint64) *slot {
	if t.count == 0 {
		return nil
	}
	k = fixKey(k)
	for i := t.home(k); ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		switch s.key {
		case k:
			return s
		case 0:
			return nil
		}
	}
}

// score adds the weights of feats to scores (already cleared): the
// quantised sums first, scaled once at the end.
func (t *frozen) score(feats []uint64, scores []float32) {
	for _, f := range feats {
		s := t.find(f)
		if s == nil {
			continue
		}
		for _, e := range t.entries[s.start:s.end] {
			scores[e.class] += float32(e.w)
		}
	}
	for c := range scores {
		scores[c] *= t.scale
	}
}

// lookup returns the entries of feature k (nil when absent).
func (t *frozen) lookup(k uint64) []entry {
	s := t.find(k)
	if s == nil {
		return nil
	}
	return t.entries[s.start:s.end]
}

func (t *frozen) sortedKeys() []uint64 {
	keys := make([]uint64, 0, t.count)
	for _, s := range t.slots {
		if s.key != 0 {
			keys = append(keys, s.key)
		}
	}
	slices.Sort(keys)
	return keys
}

// builder collects features (each key's weights added together, keys in
// increasing order) and lays them out as a frozen table.
type builder struct {
	keys    []uint64
	spans   [][2]uint32
	classes []uint16
	weights []float32 // real weights; quantised by build unless quantised is set
	// quantised: weights already hold integers to be scaled by scale.
	quantised bool
	scale     float32
}

func newBuilder(hint int) *builder {
	return &builder{keys: make([]uint64, 0, hint), spans: make([][2]uint32, 0, hint)}
}

// add appends a weight of feature k. All weights of one feature must be
// added one after another.
func (b *builder) add(k uint64, class int, w float32) {
	k = fixKey(k)
	n := len(b.keys)
	if n == 0 || b.keys[n-1] != k {
		b.keys = append(b.keys, k)
		b.spans = append(b.spans, [2]uint32{uint32(len(b.weights)), uint32(len(b.weights))})
		n++
	}
	b.classes = append(b.classes, uint16(class))
	b.weights = append(b.weights, w)
	b.spans[n-1][1]++
}

// newFrozen makes an empty table for features keys and room for entries.
// The table is filled to between 3/8 and 3/4: linear probing stays short
// there (slots are 16 bytes, four to a cache line, so a probe or two more
// is the same miss). This is the table of training and pruning; the
// analysis reads the packed form (see packed).
func newFrozen(features, entries int, scale float32) frozen {
	size, shift := 16, uint(60)
	for size*3 < 4*features {
		size *= 2
		shift--
	}
	return frozen{
		slots:   make([]slot, size),
		entries: make([]entry, entries),
		count:   features,
		mask:    uint64(size - 1),
		shift:   shift,
		scale:   scale,
	}
}

// insert puts feature k (not yet in the table, already fixKey'ed) with its
// entries start..end.
func (t *frozen) insert(k uint64, start, end uint32) {
	i := t.home(k)
	for t.slots[i].key != 0 {
		i = (i + 1) & t.mask
	}
	t.slots[i] = slot{key: k, start: start, end: end}
}

func (b *builder) build() frozen {
	t := newFrozen(len(b.keys), len(b.weights), b.scale)
	if !b.quantised {
		var maxAbs float64
		for _, w := range b.weights {
			maxAbs = max(maxAbs, math.Abs(float64(w)))
		}
		t.scale = float32(maxAbs / math.MaxInt16)
		if t.scale == 0 {
			t.scale = 1
		}
	}
	for i, w := range b.weights {
		q := float64(w)
		if !b.quantised {
			q = math.Round(q / float64(t.scale))
		}
		t.entries[i] = entry{w: int16(q), class: b.classes[i]}
	}
	for j, k := range b.keys {
		t.insert(k, b.spans[j][0], b.spans[j][1])
	}
	return t
}
