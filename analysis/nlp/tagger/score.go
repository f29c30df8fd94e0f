package tagger

import "briefing/analysis/nlp/conllu"

// Accuracy tags the gold words of sents and returns the share of words whose
// UPOS and whose XPOS tag is right.
func (t *Model) Accuracy(sents []conllu.Sentence) (upos, xpos float64) {
	var n, okU, okX int
	var words, u, x []string
	for _, s := range sents {
		words = words[:0]
		for _, w := range s.Words {
			words = append(words, w.Form)
		}
		u = append(u[:0], words...)
		x = append(x[:0], words...)
		t.Tag(words, u, x)
		for i, w := range s.Words {
			n++
			if u[i] == w.UPOS {
				okU++
			}
			if x[i] == w.XPOS {
				okX++
			}
		}
	}
	if n == 0 {
		return 0, 0
	}
	return float64(okU) / float64(n), float64(okX) / float64(n)
}
