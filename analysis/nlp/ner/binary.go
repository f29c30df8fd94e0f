package ner

import (
	"encoding/binary"
	"errors"
	"fmt"

	"briefing/analysis/nlp/perceptron"
)

const magic = "NERM2"

// MarshalBinary encodes the model (the two passes' weights, each preceded by
// its length; 0 for a missing second pass). The same model gives the same
// bytes.
func (m *Model) MarshalBinary() ([]byte, error) {
	b := []byte(magic)
	for _, pm := range []*perceptron.Model{m.first, m.second} {
		if pm == nil {
			b = binary.AppendUvarint(b, 0)
			continue
		}
		w, err := pm.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("ner: %w", err)
		}
		b = binary.AppendUvarint(b, uint64(len(w)))
		b = append(b, w...)
	}
	return b, nil
}

// Load decodes a model written by MarshalBinary.
func Load(b []byte) (*Model, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errors.New("ner: not an entity model")
	}
	b = b[len(magic):]
	var pms [2]*perceptron.Model
	for i := range pms {
		n, k := binary.Uvarint(b)
		if k <= 0 || n > uint64(len(b)-k) {
			return nil, errors.New("ner: truncated model")
		}
		b = b[k:]
		if n == 0 {
			continue
		}
		pm, err := perceptron.Load(b[:n])
		if err != nil {
			return nil, fmt.Errorf("ner: %w", err)
		}
		if pm.Classes() != numClasses {
			return nil, fmt.Errorf("ner: %d classes, want %d", pm.Classes(), numClasses)
		}
		pms[i] = pm
		b = b[n:]
	}
	if pms[0] == nil || len(b) != 0 {
		return nil, errors.New("ner: bad model layout")
	}
	return newModel(pms[0], pms[1]), nil
}

// Check reads every weight of a loaded entity tagger (loading reads only
// the headers): for tests of the embedded model.
func (m *Model) Check() error { return perceptron.CheckAll(m.first, m.second) }
