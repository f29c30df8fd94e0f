package perceptron

import "slices"

// entry is one (class, weight) of a frozen feature.
type entry struct {
	w     float32
	class uint32
}

// frozen is an open-addressing hash table (linear probing, power-of-two size)
// from feature key to a run of entries. Key 0 marks an empty slot, so a
// feature whose key is 0 is stored under zeroKey instead.
type frozen struct {
	keys    []uint64
	spans   []span
	entries []entry
	count   int
	mask    uint64
	shift   uint // 64 - log2(len(keys)): the hash's top bits pick the home slot
}

type span struct{ start, end uint32 }

const zeroKey = 0x9e3779b97f4a7c15

func fixKey(k uint64) uint64 {
	if k == 0 {
		return zeroKey
	}
	return k
}

// slot returns the index of k's slot, or -1 when k is absent.
func (t *frozen) slot(k uint64) int {
	if t.count == 0 {
		return -1
	}
	k = fixKey(k)
	i := t.home(k)
	for {
		switch t.keys[i] {
		case k:
			return int(i)
		case 0:
			return -1
		}
		i = (i + 1) & t.mask
	}
}

// home is k's first probe position (Fibonacci hashing).
func (t *frozen) home(k uint64) uint64 { return (k * 0x9e3779b97f4a7c15) >> t.shift }

func (t *frozen) score(feats []uint64, scores []float32) {
	for _, f := range feats {
		i := t.slot(f)
		if i < 0 {
			continue
		}
		sp := t.spans[i]
		for _, e := range t.entries[sp.start:sp.end] {
			scores[e.class] += e.w
		}
	}
}

func (t *frozen) entriesAt(i int) []entry {
	sp := t.spans[i]
	return t.entries[sp.start:sp.end]
}

func (t *frozen) lookup(k uint64) []entry {
	i := t.slot(k)
	if i < 0 {
		return nil
	}
	return t.entriesAt(i)
}

func (t *frozen) sortedKeys() []uint64 {
	keys := make([]uint64, 0, t.count)
	for _, k := range t.keys {
		if k != 0 {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}

// builder collects features in any order of keys (each key's entries added
// together) and lays them out as a frozen table.
type builder struct {
	classes int
	keys    []uint64
	spans   []span
	entries []entry
}

func newBuilder(classes, hint int) *builder {
	return &builder{classes: classes, keys: make([]uint64, 0, hint), spans: make([]span, 0, hint)}
}

// add appends a weight of feature k. All weights of one feature must be
// added one after another.
func (b *builder) add(k uint64, class int, w float32) {
	k = fixKey(k)
	n := len(b.keys)
	if n == 0 || b.keys[n-1] != k {
		b.keys = append(b.keys, k)
		b.spans = append(b.spans, span{uint32(len(b.entries)), uint32(len(b.entries))})
		n++
	}
	b.entries = append(b.entries, entry{w: w, class: uint32(class)})
	b.spans[n-1].end++
}

func (b *builder) build() frozen {
	size, shift := 16, uint(60)
	for size < 2*len(b.keys) {
		size *= 2
		shift--
	}
	t := frozen{
		keys:    make([]uint64, size),
		spans:   make([]span, size),
		entries: slices.Clip(b.entries),
		count:   len(b.keys),
		mask:    uint64(size - 1),
		shift:   shift,
	}
	for j, k := range b.keys {
		i := t.home(k)
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i] = k
		t.spans[i] = b.spans[j]
	}
	return t
}
