package analysis

import (
	"bytes"
	"sync"

	"briefing/analysis/nlp/models"
)

// commonWords is the set of words the corpora use as ordinary lower-case words
// (analysis/nlp/models/commonwords.txt, built by analysis/train).
var commonWords = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, line := range bytes.Split(models.CommonWords, []byte{'\n'}) {
		if len(line) > 0 && line[0] != '#' {
			set[string(line)] = true
		}
	}
	return set
})

// isCommonWord says whether the lower-cased word w is an ordinary English word.
func isCommonWord(w string) bool { return commonWords()[w] }
