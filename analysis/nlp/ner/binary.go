package ner

import (
	"encoding/binary"
	"errors"
	"fmt"

	"briefing/analysis/nlp/perceptron"
)

// magic opens the current format: three weight sections (first pass,
// second pass, span typer). magic2, the format before the span typer, has
// the first two only and still loads.
const (
	magic  = "NERM3"
	magic2 = "NERM2"
)

// MarshalBinary encodes the model (the two passes' and the span typer's
// weights, each preceded by its length; 0 for a missing second pass or
// typer). The same model gives the same bytes.
func (m *Model) MarshalBinary() ([]byte, error) {
	b := []byte(magic)
	for _, pm := range []*perceptron.Model{m.first, m.second, m.typer} {
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
	sections := 3
	switch {
	case len(b) >= len(magic) && string(b[:len(magic)]) == magic:
	case len(b) >= len(magic2) && string(b[:len(magic2)]) == magic2:
		sections = 2
	default:
		return nil, errors.New("ner: not an entity model")
	}
	b = b[len(magic):]
	var pms [3]*perceptron.Model
	for i := range sections {
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
		if want := sectionClasses(i); pm.Classes() != want {
			return nil, fmt.Errorf("ner: %d classes in section %d, want %d", pm.Classes(), i, want)
		}
		pms[i] = pm
		b = b[n:]
	}
	if pms[0] == nil || len(b) != 0 {
		return nil, errors.New("ner: bad model layout")
	}
	m := newModel(pms[0], pms[1])
	m.typer = pms[2]
	return m, nil
}

// sectionClasses is the number of classes of weight section i: BILOU labels
// for the passes, types for the span typer.
func sectionClasses(i int) int {
	if i == 2 {
		return len(Types) + 1 // and notName
	}
	return numClasses
}

// Check reads every weight of a loaded entity tagger (loading reads only
// the headers): for tests of the embedded model.
func (m *Model) Check() error { return perceptron.CheckAll(m.first, m.second, m.typer) }
