package ner

// Score is a precision/recall count of exact entity matches (span and type).
type Score struct {
	Gold, Predicted, Correct int
}

// F1 returns the harmonic mean of precision and recall (0 when undefined).
func (s Score) F1() float64 {
	if s.Correct == 0 {
		return 0
	}
	p := float64(s.Correct) / float64(s.Predicted)
	r := float64(s.Correct) / float64(s.Gold)
	return 2 * p * r / (p + r)
}

// Add counts one sentence's predicted entities against its gold ones.
func (s *Score) Add(gold, pred []Span) {
	s.Gold += len(gold)
	s.Predicted += len(pred)
	for _, p := range pred {
		for _, g := range gold {
			if p == g {
				s.Correct++
				break
			}
		}
	}
}

// Evaluate recognises the entities of docs and scores them by type and
// over all types ("" key).
func (m *Model) Evaluate(docs [][]Sentence) map[string]*Score {
	out := map[string]*Score{"": {}}
	for _, t := range Types {
		out[t] = &Score{}
	}
	for _, doc := range docs {
		for i, pred := range m.RecognizeDocument(doc) {
			gold := doc[i].Entities
			out[""].Add(gold, pred)
			for _, t := range Types {
				out[t].Add(filter(gold, t), filter(pred, t))
			}
		}
	}
	return out
}

func filter(spans []Span, t string) []Span {
	var out []Span
	for _, s := range spans {
		if s.Type == t {
			out = append(out, s)
		}
	}
	return out
}
