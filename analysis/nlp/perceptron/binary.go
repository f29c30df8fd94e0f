package perceptron

import (
	"encoding/binary"
	"errors"
)

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
	if len(b) < len(magicPacked) || string(b[:len(magicPacked)]) != magicPacked {
		return nil, errors.New("perceptron: not a model (bad magic)")
	}
	p, err := unpack(b)
	if err != nil {
		return nil, err
	}
	return &Model{classes: p.classes, packed: p}, nil
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
