package parser

import (
	"encoding/binary"
	"errors"
	"fmt"

	"briefing/analysis/nlp/perceptron"
)

// magic opens every serialised parser (format version 1; bump it whenever
// the features change, since old weights would silently mean nothing).
const magic = "UDPARSE1"

// MarshalBinary encodes the model: the labels, then the move and label
// weights in the perceptron's quantised form, each with its length. The same
// model always gives the same bytes.
func (m *Model) MarshalBinary() ([]byte, error) {
	b := append([]byte(nil), magic...)
	b = binary.AppendUvarint(b, uint64(len(m.labels)))
	for _, l := range m.labels {
		b = binary.AppendUvarint(b, uint64(len(l)))
		b = append(b, l...)
	}
	for _, w := range []*perceptron.Model{m.moves, m.labeler} {
		wb, err := w.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("parser: encode weights: %w", err)
		}
		b = binary.AppendUvarint(b, uint64(len(wb)))
		b = append(b, wb...)
	}
	return b, nil
}

var errTruncated = errors.New("parser: truncated model")

// Load decodes a model written by MarshalBinary.
func Load(b []byte) (*Model, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errors.New("parser: not a parser model (bad magic)")
	}
	b = b[len(magic):]
	// chunk reads a length-prefixed byte string.
	chunk := func() ([]byte, error) {
		k, w := binary.Uvarint(b)
		if w <= 0 || k > uint64(len(b)-w) {
			return nil, errTruncated
		}
		c := b[w : w+int(k)]
		b = b[w+int(k):]
		return c, nil
	}
	nl, w := binary.Uvarint(b)
	if w <= 0 {
		return nil, errTruncated
	}
	b = b[w:]
	if nl < 2 || nl > maxLabels+1 {
		return nil, fmt.Errorf("parser: %d labels in model", nl)
	}
	labels := make([]string, nl)
	for i := range labels {
		c, err := chunk()
		if err != nil {
			return nil, err
		}
		labels[i] = string(c)
	}
	var ws [2]*perceptron.Model
	for i := range ws {
		c, err := chunk()
		if err != nil {
			return nil, err
		}
		if ws[i], err = perceptron.Load(c); err != nil {
			return nil, fmt.Errorf("parser: %w", err)
		}
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("parser: %d trailing bytes", len(b))
	}
	if ws[0].Classes() != 3 || ws[1].Classes() != len(labels) {
		return nil, fmt.Errorf("parser: weights for %d moves and %d labels, want 3 and %d",
			ws[0].Classes(), ws[1].Classes(), len(labels))
	}
	m := newModel(labels, ws[0], ws[1])
	if labels[m.root] != rootLabel {
		return nil, errors.New("parser: model has no root label")
	}
	return m, nil
}

// Check reads every weight of a loaded parser (loading reads only the
// headers): for tests of the embedded model.
func (m *Model) Check() error { return perceptron.CheckAll(m.moves, m.labeler) }
