package tagger

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"briefing/analysis/nlp/perceptron"
)

const magic = "TAGR1"

// MarshalBinary encodes the tagger: classes, tag dictionary (sorted by word)
// and perceptron weights. The same model always gives the same bytes.
func (t *Model) MarshalBinary() ([]byte, error) {
	b := []byte(magic)
	b = binary.AppendUvarint(b, uint64(len(t.classes)))
	for _, c := range t.classes {
		b = appendString(b, c)
	}
	words := make([]string, 0, len(t.dict))
	for w := range t.dict {
		words = append(words, w)
	}
	slices.Sort(words)
	b = binary.AppendUvarint(b, uint64(len(words)))
	for _, w := range words {
		b = appendString(b, w)
		b = binary.AppendUvarint(b, uint64(t.dict[w]))
	}
	words = words[:0]
	for w := range t.lexicon {
		words = append(words, w)
	}
	slices.Sort(words)
	b = binary.AppendUvarint(b, uint64(len(words)))
	for _, w := range words {
		b = appendString(b, w)
		b = binary.LittleEndian.AppendUint64(b, t.lexicon[w])
	}
	for _, m := range []*perceptron.Model{t.first, t.second} {
		if m == nil {
			b = binary.AppendUvarint(b, 0)
			continue
		}
		weights, err := m.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("tagger: %w", err)
		}
		b = binary.AppendUvarint(b, uint64(len(weights)))
		b = append(b, weights...)
	}
	return b, nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// Load decodes a tagger written by MarshalBinary.
func Load(b []byte) (*Model, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errors.New("tagger: not a tagger model")
	}
	r := stringReader{b: b[len(magic):]}
	n := r.uvarint()
	classes := make([]string, 0, min(n, 4096))
	for i := 0; i < n && r.err == nil; i++ {
		classes = append(classes, r.string())
	}
	n = r.uvarint()
	dict := make(map[string]int, min(n, 1<<20))
	for i := 0; i < n && r.err == nil; i++ {
		w := r.string()
		c := r.uvarint()
		if c >= len(classes) {
			return nil, fmt.Errorf("tagger: dictionary class %d out of range", c)
		}
		dict[w] = c
	}
	n = r.uvarint()
	lexicon := make(map[string]uint64, min(n, 1<<20))
	for i := 0; i < n && r.err == nil; i++ {
		w := r.string()
		lexicon[w] = r.uint64()
	}
	if r.err != nil {
		return nil, fmt.Errorf("tagger: %w", r.err)
	}
	var models [2]*perceptron.Model
	for i := range models {
		n := r.uvarint()
		if r.err != nil || n > len(r.b) {
			return nil, errors.New("tagger: truncated weights")
		}
		if n == 0 {
			continue
		}
		m, err := perceptron.Load(r.b[:n])
		if err != nil {
			return nil, fmt.Errorf("tagger: %w", err)
		}
		if m.Classes() != len(classes) {
			return nil, fmt.Errorf("tagger: %d classes but weights for %d", len(classes), m.Classes())
		}
		models[i] = m
		r.b = r.b[n:]
	}
	if models[0] == nil || len(r.b) != 0 {
		return nil, errors.New("tagger: bad weights section")
	}
	return newModel(classes, dict, lexicon, models[0], models[1]), nil
}

type stringReader struct {
	b   []byte
	err error
}

func (r *stringReader) uvarint() int {
	v, n := binary.Uvarint(r.b)
	if n <= 0 || v > 1<<31 {
		r.err = errors.New("truncated")
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *stringReader) uint64() uint64 {
	if len(r.b) < 8 {
		r.err = errors.New("truncated")
		r.b = nil
		return 0
	}
	v := binary.LittleEndian.Uint64(r.b)
	r.b = r.b[8:]
	return v
}

func (r *stringReader) string() string {
	n := r.uvarint()
	if n > len(r.b) {
		r.err = errors.New("truncated")
		r.b = nil
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

// Check reads every weight of a loaded tagger (loading reads only the
// headers): for tests of the embedded model.
func (t *Model) Check() error { return perceptron.CheckAll(t.first, t.second) }
