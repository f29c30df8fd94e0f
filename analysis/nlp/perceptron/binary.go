package perceptron

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// magic opens a model of format version 1: features in increasing key
// order, keys delta-coded as varints, weights as zigzag varints. Load still
// reads it (slowly: it decodes into a hash table); MarshalBinary writes the
// packed format.
const magic = "PCPT1"

// MarshalBinary encodes the frozen model (averaging it first if needed) in
// the packed format, which Load reads in place (see packed). Each weight is
// the 16-bit integer that, times one model-wide scale, gives the weight, so
// a loaded model scores exactly like the one saved. The same model always
// gives the same bytes.
func (m *Model) MarshalBinary() ([]byte, error) {
	if m.packed != nil {
		return append([]byte(nil), m.packed.raw...), nil
	}
	m.Average()
	return pack(&m.table, m.classes), nil
}

var errShort = errors.New("truncated")

// Load returns the model encoded in b. A packed model (what MarshalBinary
// writes) keeps b and reads it in place: b must not change afterwards. The
// result is frozen.
func Load(b []byte) (*Model, error) {
	if len(b) >= len(magicPacked) && string(b[:len(magicPacked)]) == magicPacked {
		p, err := unpack(b)
		if err != nil {
			return nil, err
		}
		return &Model{classes: p.classes, packed: p}, nil
	}
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errors.New("perceptron: not a model (bad magic)")
	}
	r := reader{b: b[len(magic):]}
	classes := int(r.uvarint())
	if len(r.b) < 4 {
		return nil, fmt.Errorf("perceptron: %w header", errShort)
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(r.b))
	r.b = r.b[4:]
	n := int(r.uvarint())
	if r.err != nil || n > len(r.b) {
		return nil, fmt.Errorf("perceptron: bad header")
	}
	// Decoded straight into the table, without a builder's copies: the
	// entries are counted first (a cheap pass over the varints) so that
	// they are allocated once.
	entries, err := countEntries(r.b, n)
	if err != nil {
		return nil, err
	}
	t := newFrozen(n, entries, scale)
	keys := make([]uint64, 0, n)
	starts := make([]uint32, 0, n+1)
	var k uint64
	e := 0
	for i := 0; i < n && r.err == nil; i++ {
		k += r.uvarint()
		if len(keys) > 0 && fixKey(k) <= keys[len(keys)-1] && k != 0 {
			return nil, fmt.Errorf("perceptron: feature %d: keys out of order", i)
		}
		ne := int(r.uvarint())
		if ne > 0 {
			keys = append(keys, fixKey(k))
			starts = append(starts, uint32(e))
		}
		for j := 0; j < ne && r.err == nil; j++ {
			c := int(r.uvarint())
			q := r.varint()
			if c >= classes || q < math.MinInt16 || q > math.MaxInt16 {
				return nil, fmt.Errorf("perceptron: feature %d: bad weight", i)
			}
			t.entries[e] = entry{w: int16(q), class: uint16(c)}
			e++
		}
	}
	if r.err != nil {
		return nil, fmt.Errorf("perceptron: %w", r.err)
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("perceptron: %d trailing bytes", len(r.b))
	}
	starts = append(starts, uint32(e))
	t.count = len(keys)
	t.insertInSlotOrder(keys, starts)
	return &Model{classes: classes, table: t}, nil
}

// countEntries counts the (class, weight) entries of n features encoded in
// b, checking only that the varints are whole.
func countEntries(b []byte, n int) (int, error) {
	r := reader{b: b}
	total := 0
	for i := 0; i < n && r.err == nil; i++ {
		r.uvarint()
		ne := r.uvarint()
		if ne > uint64(len(r.b)) {
			return 0, fmt.Errorf("perceptron: feature %d: %w", i, errShort)
		}
		for j := uint64(0); j < ne && r.err == nil; j++ {
			r.uvarint()
			r.varint()
		}
		total += int(ne)
	}
	if r.err != nil {
		return 0, fmt.Errorf("perceptron: %w", r.err)
	}
	return total, nil
}

// reader decodes varints, remembering the first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errShort
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.err = errShort
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return v
}
