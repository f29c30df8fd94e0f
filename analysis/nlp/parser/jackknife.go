package parser

import (
	"fmt"

	"briefing/analysis/nlp/conllu"
)

// TagFunc writes the UPOS and XPOS tags of forms into upos and xpos (each at
// least len(forms) long); (*tagger.Model).Tag is one.
type TagFunc func(forms, upos, xpos []string)

// TaggerTrainer trains a tagger on gold-tagged sentences.
type TaggerTrainer func(train []conllu.Sentence) (TagFunc, error)

// jackknife tags the examples a second time: the training sentences are cut into folds
// contiguous parts (so a document rarely tags itself), and each part is
// tagged by a tagger trained on the others. The parser then learns from tags
// with the kind and rate of errors it will meet at parse time.
func jackknife(train []conllu.Sentence, examples []example, folds int, trainTagger TaggerTrainer, opts Options) error {
	n := len(train)
	for f := range folds {
		lo, hi := f*n/folds, (f+1)*n/folds
		rest := make([]conllu.Sentence, 0, n-(hi-lo))
		rest = append(append(rest, train[:lo]...), train[hi:]...)
		tag, err := trainTagger(rest)
		if err != nil {
			return fmt.Errorf("parser: jackknife fold %d: %w", f+1, err)
		}
		changed, words := 0, 0
		for i := lo; i < hi; i++ {
			ex := &examples[i]
			upos, xpos := make([]string, len(ex.forms)), make([]string, len(ex.forms))
			tag(ex.forms, upos, xpos)
			for j := range upos {
				if upos[j] != ex.upos[j] || xpos[j] != ex.xpos[j] {
					changed++
				}
			}
			words += len(upos)
			ex.predUPOS, ex.predXPOS = upos, xpos
		}
		logf(opts, "parser: jackknife fold %d: %d sentences, %.4f of words retagged", f+1, hi-lo, float64(changed)/float64(max(words, 1)))
	}
	return nil
}
