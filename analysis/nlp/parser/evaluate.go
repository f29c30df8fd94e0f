package parser

import "briefing/analysis/nlp/conllu"

// Evaluate parses the gold sentences and returns the unlabeled and labeled
// attachment scores over all words, punctuation included. Labels count in
// full (nsubj:pass is not nsubj). tag supplies the tags to parse with; nil
// means the gold tags.
func Evaluate(m *Model, gold []conllu.Sentence, tag func(forms []string) (upos, xpos []string)) (uas, las float64) {
	var words, headOK, bothOK int
	var forms, upos, xpos, deps []string
	var heads []int
	for _, s := range gold {
		n := len(s.Words)
		forms, upos, xpos = forms[:0], upos[:0], xpos[:0]
		for _, w := range s.Words {
			forms = append(forms, w.Form)
			upos = append(upos, w.UPOS)
			xpos = append(xpos, w.XPOS)
		}
		if tag != nil {
			upos, xpos = tag(forms)
		}
		heads = append(heads[:0], make([]int, n)...)
		deps = append(deps[:0], make([]string, n)...)
		m.Parse(forms, upos, xpos, heads, deps)
		for i, w := range s.Words {
			words++
			if heads[i] == w.Head-1 {
				headOK++
				if deps[i] == w.Deprel {
					bothOK++
				}
			}
		}
		if tag != nil {
			upos, xpos = nil, nil // the tagger's slices are not ours to reuse
		}
	}
	if words == 0 {
		return 0, 0
	}
	return float64(headOK) / float64(words), float64(bothOK) / float64(words)
}
