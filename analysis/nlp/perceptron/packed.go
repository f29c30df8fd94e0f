package perceptron

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
)

// packed is a frozen model laid out in one byte string that lookups read in
// place, so that loading a model is slicing its embedded bytes: nothing is
// decoded, allocated or copied, and an article's analysis touches (and the
// kernel pages in) only the slots its features land on. Decoding the
// models' 1.8 million features into hash tables took about 0.3 s, three
// times the analysis of an article itself.
//
// The layout is an open-addressing table with linear probing and a load of
// about 0.7. A slot holds a 32-bit fingerprint of its feature's key, not the
// key: that keeps the table near the size of the varint encoding it
// replaces. Features of one probe run never share a fingerprint (the
// fingerprint's multiplier is chosen at build time so that they do not), so
// every feature of the model is found exactly; a feature the model does not
// have is mistaken for one it has with a chance of about one in 2^32 per
// slot probed, which at a few million lookups per megabyte of text changes
// nothing measurable.
//
// Two slot kinds, whichever makes the smaller table:
//   - dense: fingerprint, then one int16 weight per class (the parser's
//     three moves);
//   - sparse: fingerprint, then the index of the slot's first entry in the
//     entry array (int16 weight, uint16 class); a slot's entries end where
//     the next slot's begin, and a last, empty slot closes the array.
//
// Numbers are little-endian. The weights are quantised: weight = w * scale.
type packed struct {
	raw      []byte // the whole encoding, for MarshalBinary
	slots    []byte
	entries  []byte
	size     uint64 // slots, not counting the closing one
	fpMul    uint64
	width    int // bytes per slot
	dense    bool
	classes  int
	scale    float32
	features int
}

// magicPacked opens a packed model (format version 2).
const magicPacked = "PCPT2"

const (
	homeMul   = 0x9e3779b97f4a7c15 // Fibonacci hashing
	fpMulBase = 0xbf58476d1ce4e5b9 // splitmix64's; tried first, then the next odd numbers
	// loadNum/loadDen is the table's load: linear probing stays short there,
	// and the table is near the size of the features' varint encoding.
	loadNum, loadDen = 7, 10
)

// home is k's first probe position: the high bits of a Fibonacci hash,
// scaled to the table's size (which is not a power of two).
func home(k, size uint64) uint64 { return ((k * homeMul) >> 32) * size >> 32 }

// fingerprint is never 0, which marks an empty slot.
func fingerprint(k, mul uint64) uint32 {
	if f := uint32((k * mul) >> 32); f != 0 {
		return f
	}
	return 1
}

// find returns the byte offset of k's slot, or -1 when k is absent.
func (p *packed) find(k uint64) int {
	if p.features == 0 {
		return -1
	}
	return p.findFrom(k, binary.LittleEndian.Uint32(p.slots[int(home(k, p.size))*p.width:]))
}

// findFrom is find for a k whose home slot holds the fingerprint at.
func (p *packed) findFrom(k uint64, at uint32) int {
	fp := fingerprint(k, p.fpMul)
	i := home(k, p.size)
	for {
		off := int(i) * p.width
		switch at {
		case fp:
			return off
		case 0:
			return -1
		}
		if i++; i == p.size {
			i = 0
		}
		at = binary.LittleEndian.Uint32(p.slots[int(i)*p.width:])
	}
}

// touchBatch is how many features score reads ahead; it bounds the stack
// array that carries their first slots from one pass to the next.
const touchBatch = 64

// score adds the quantised weights of feats to scores (already cleared)
// and scales them once at the end, exactly as frozen.score does, so a
// loaded model scores bit for bit like the trained one.
//
// It reads in two passes. The models are tens of megabytes, so nearly
// every feature's home slot is a cache miss; probing feature by feature
// puts a hard-to-predict branch after each miss, and a mispredicted branch
// throws away the loads the processor had started for the next features.
// The first pass only loads each home slot's fingerprint, with no branch
// between the loads, so their misses overlap; the second pass probes with
// those slots already in cache; a sparse model's entries are touched the
// same way before they are added. make nlp-eval's WORDS_PER_SEC_PARSE went
// from 54k to 80k with the first (medians of six runs each, interleaved,
// loaded machine), and WORDS_PER_SEC from 45k to 52k with the second
// (medians of eight, interleaved, idle machine).
func (p *packed) score(feats []uint64, scores []float32) {
	if p.features > 0 {
		var first [touchBatch]uint32
		for len(feats) > 0 {
			batch := feats[:min(len(feats), touchBatch)]
			feats = feats[len(batch):]
			for i, f := range batch {
				first[i] = binary.LittleEndian.Uint32(p.slots[int(home(f, p.size))*p.width:])
			}
			if p.dense {
				for i, f := range batch {
					if first[i] == 0 {
						continue // the home slot is empty: f is absent
					}
					if off := p.findFrom(f, first[i]); off >= 0 {
						p.add(off, scores)
					}
				}
				continue
			}
			// A sparse slot's weights are in the entry array, a second miss
			// each: find every slot first, touch their entries, then add.
			var offs [touchBatch]int
			n := 0
			for i, f := range batch {
				if first[i] == 0 {
					continue
				}
				if off := p.findFrom(f, first[i]); off >= 0 {
					offs[n] = off
					// the touched byte is kept, so that the load stays
					first[n] = uint32(p.entries[4*binary.LittleEndian.Uint32(p.slots[off+4:])])
					n++
				}
			}
			for _, off := range offs[:n] {
				p.add(off, scores)
			}
		}
	}
	for c := range scores {
		scores[c] *= p.scale
	}
}

// add adds the weights of the slot at byte offset off to scores.
func (p *packed) add(off int, scores []float32) {
	if p.dense {
		w := p.slots[off+4 : off+p.width]
		for c := range scores {
			scores[c] += float32(int16(binary.LittleEndian.Uint16(w[2*c:])))
		}
		return
	}
	start := binary.LittleEndian.Uint32(p.slots[off+4:])
	end := binary.LittleEndian.Uint32(p.slots[off+p.width+4:])
	es := p.entries[4*start : 4*end]
	for j := 0; j+4 <= len(es); j += 4 {
		scores[binary.LittleEndian.Uint16(es[j+2:])] += float32(int16(binary.LittleEndian.Uint16(es[j:])))
	}
}

// weights returns k's (class, weight) entries; a dense slot gives its
// nonzero weights. It is for tests and checks, not for scoring.
func (p *packed) weights(k uint64) []entry {
	off := p.find(k)
	if off < 0 {
		return nil
	}
	var out []entry
	if p.dense {
		for c := 0; c < p.classes; c++ {
			if w := int16(binary.LittleEndian.Uint16(p.slots[off+4+2*c:])); w != 0 {
				out = append(out, entry{w: w, class: uint16(c)})
			}
		}
		return out
	}
	start := binary.LittleEndian.Uint32(p.slots[off+4:])
	end := binary.LittleEndian.Uint32(p.slots[off+p.width+4:])
	for j := start; j < end; j++ {
		e := p.entries[4*j:]
		out = append(out, entry{w: int16(binary.LittleEndian.Uint16(e)), class: binary.LittleEndian.Uint16(e[2:])})
	}
	return out
}

// pack lays out the frozen table t of a model with classes classes. The
// same table always gives the same bytes.
func pack(t *frozen, classes int) []byte {
	keys := t.sortedKeys()
	n := uint64(len(keys))
	size := max(n*loadDen/loadNum+1, 8)
	denseWidth := 4 + 2*classes
	dense := uint64(denseWidth)*size <= 8*(size+1)+4*uint64(len(t.entries))
	var at []int32
	fpMul := uint64(fpMulBase)
	for {
		var ok bool
		if at, ok = place(keys, size, fpMul); ok {
			break
		}
		fpMul += 2
	}

	b := append([]byte(nil), magicPacked...)
	b = binary.AppendUvarint(b, uint64(classes))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(t.scale))
	b = binary.AppendUvarint(b, n)
	b = binary.AppendUvarint(b, size)
	b = binary.LittleEndian.AppendUint64(b, fpMul)
	if dense {
		b = append(b, 1)
		b = binary.AppendUvarint(b, 0)
	} else {
		b = append(b, 0)
		b = binary.AppendUvarint(b, uint64(len(t.entries)))
	}
	var entries []byte
	var next uint32
	for _, j := range at {
		if j < 0 {
			b = binary.LittleEndian.AppendUint32(b, 0)
			if dense {
				b = append(b, make([]byte, 2*classes)...)
			} else {
				b = binary.LittleEndian.AppendUint32(b, next)
			}
			continue
		}
		k := keys[j]
		es := t.lookup(k)
		b = binary.LittleEndian.AppendUint32(b, fingerprint(k, fpMul))
		if dense {
			w := make([]int16, classes)
			for _, e := range es {
				w[e.class] = e.w
			}
			for _, x := range w {
				b = binary.LittleEndian.AppendUint16(b, uint16(x))
			}
			continue
		}
		b = binary.LittleEndian.AppendUint32(b, next)
		for _, e := range es {
			entries = binary.LittleEndian.AppendUint16(entries, uint16(e.w))
			entries = binary.LittleEndian.AppendUint16(entries, e.class)
		}
		next += uint32(len(es))
	}
	if !dense {
		b = binary.LittleEndian.AppendUint64(b, uint64(next)<<32) // the closing slot: empty, entries end
	}
	return append(b, entries...)
}

// place puts keys (sorted, distinct) in a table of size slots, in the order
// of their home slots so that the table comes out the same whatever the
// order of equal homes would have been. It returns for each slot the index
// of its key (-1 when empty), or false when two keys of one probe run share
// a fingerprint under fpMul.
func place(keys []uint64, size, fpMul uint64) ([]int32, bool) {
	order := make([]int32, len(keys))
	for j := range order {
		order[j] = int32(j)
	}
	slices.SortStableFunc(order, func(a, b int32) int {
		ha, hb := home(keys[a], size), home(keys[b], size)
		switch {
		case ha < hb:
			return -1
		case ha > hb:
			return 1
		}
		return 0
	})
	at := make([]int32, size)
	fps := make([]uint32, size)
	for i := range at {
		at[i] = -1
	}
	for _, j := range order {
		k := keys[j]
		fp := fingerprint(k, fpMul)
		i := home(k, size)
		for fps[i] != 0 {
			if fps[i] == fp {
				return nil, false
			}
			if i++; i == size {
				i = 0
			}
		}
		fps[i], at[i] = fp, j
	}
	return at, true
}

// unpack reads the header of a packed model and slices its table out of b
// (which it keeps: b must not change afterwards). The slots' contents are
// checked by check, not here, so that loading reads nothing but the header.
func unpack(b []byte) (*packed, error) {
	r := reader{b: b[len(magicPacked):]}
	p := &packed{raw: b}
	p.classes = int(r.uvarint())
	if len(r.b) < 4 {
		return nil, fmt.Errorf("perceptron: %w header", errShort)
	}
	p.scale = math.Float32frombits(binary.LittleEndian.Uint32(r.b))
	r.b = r.b[4:]
	p.features = int(r.uvarint())
	p.size = r.uvarint()
	if r.err != nil || len(r.b) < 9 {
		return nil, fmt.Errorf("perceptron: %w header", errShort)
	}
	p.fpMul = binary.LittleEndian.Uint64(r.b)
	p.dense = r.b[8] == 1
	r.b = r.b[9:]
	nEntries := r.uvarint()
	if r.err != nil {
		return nil, fmt.Errorf("perceptron: %w header", errShort)
	}
	if p.classes < 1 || p.classes > math.MaxUint16 || p.size < 8 || uint64(p.features) >= p.size {
		return nil, errors.New("perceptron: bad packed header")
	}
	p.width = 8
	slotBytes := (p.size + 1) * 8 // with the closing slot
	if p.dense {
		p.width = 4 + 2*p.classes
		slotBytes = p.size * uint64(p.width)
		if nEntries != 0 {
			return nil, errors.New("perceptron: bad packed header")
		}
	}
	if slotBytes > uint64(len(r.b)) || uint64(len(r.b))-slotBytes != 4*nEntries {
		return nil, fmt.Errorf("perceptron: packed table of %d bytes, want %d", len(r.b), slotBytes+4*nEntries)
	}
	p.slots, p.entries = r.b[:slotBytes], r.b[slotBytes:]
	return p, nil
}

// Check reads the whole table of a loaded model (see check); a model
// trained here has nothing to check.
func (m *Model) Check() error {
	if m.packed == nil {
		return nil
	}
	return m.packed.check()
}

// CheckAll checks the models in turn; nil ones are skipped.
func CheckAll(models ...*Model) error {
	for _, m := range models {
		if m == nil {
			continue
		}
		if err := m.Check(); err != nil {
			return err
		}
	}
	return nil
}

// check reads the whole table: every class and entry range in bounds and
// the stated number of features present. Load leaves it out (it would page
// in the whole model); tests run it on the embedded models.
func (p *packed) check() error {
	used := 0
	for i := uint64(0); i < p.size; i++ {
		off := int(i) * p.width
		if binary.LittleEndian.Uint32(p.slots[off:]) != 0 {
			used++
		}
		if p.dense {
			continue
		}
		start := binary.LittleEndian.Uint32(p.slots[off+4:])
		end := binary.LittleEndian.Uint32(p.slots[off+p.width+4:])
		if start > end || 4*uint64(end) > uint64(len(p.entries)) {
			return fmt.Errorf("perceptron: slot %d: entries %d..%d out of range", i, start, end)
		}
		for j := start; j < end; j++ {
			if c := binary.LittleEndian.Uint16(p.entries[4*j+2:]); int(c) >= p.classes {
				return fmt.Errorf("perceptron: slot %d: class %d of %d", i, c, p.classes)
			}
		}
	}
	if used != p.features {
		return fmt.Errorf("perceptron: %d features in the table, header says %d", used, p.features)
	}
	return nil
}
