package ner

import (
	"slices"

	"briefing/analysis/nlp/perceptron"
)

// docStats are document-wide facts about word forms: how a word is written
// where capitals mean something (not at a sentence start), and how the first
// pass labelled its other occurrences. A name's other mentions in the same
// text are the best evidence for it ("Byron" at a sentence start, "Harrow"
// the school).
type docStats struct {
	caps  map[uint64]capCount // lower-cased form → counts
	votes map[uint64][4]int32 // form → first-pass labels: one count per type, then outside
	// around holds, for each capitalised form, the distinct words seen
	// before and after its occurrences: "in", "at" and "village of" before
	// a place's other mentions, "said" after a person's, tell a name's type
	// where one occurrence alone does not.
	around map[uint64]*neighbours
}

// neighbours are the lower-cased words next to a form's occurrences (at most
// maxNeighbours of each side, in document order).
type neighbours struct {
	before, after []uint64
}

const maxNeighbours = 12

type capCount struct{ upper, lower int32 }

func formKey(w string) uint64 { return perceptron.Hash(0, w) }

// newDocStats counts the capitalisation of every form of doc.
func newDocStats(doc []Sentence) *docStats {
	d := &docStats{caps: map[uint64]capCount{}, around: map[uint64]*neighbours{}}
	for _, s := range doc {
		for i, w := range s.Words {
			if capitalised(w) {
				d.addNeighbours(s.Words, i)
			}
			if i == 0 || w == "" || !isAlpha(w[0]) && !capitalised(w) || isOpener(s.Words[i-1]) {
				continue
			}
			k := perceptron.HashLower(0, w)
			c := d.caps[k]
			if capitalised(w) {
				c.upper++
			} else {
				c.lower++
			}
			d.caps[k] = c
		}
	}
	return d
}

// addNeighbours records the words around words[i].
func (d *docStats) addNeighbours(words []string, i int) {
	k := formKey(words[i])
	n := d.around[k]
	if n == nil {
		n = &neighbours{}
		d.around[k] = n
	}
	n.before = addDistinct(n.before, perceptron.HashLower(fDocBefore, at(words, i-1)))
	n.after = addDistinct(n.after, perceptron.HashLower(fDocAfter, at(words, i+1)))
	if i >= 2 && !capitalised(words[i-1]) {
		n.before = addDistinct(n.before, perceptron.MixLower(perceptron.HashLower(fDocBefore2, words[i-2]), words[i-1]))
	}
}

func addDistinct(list []uint64, h uint64) []uint64 {
	if len(list) >= maxNeighbours || slices.Contains(list, h) {
		return list
	}
	return append(list, h)
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isOpener reports whether a word after w starts a sentence-like unit.
func isOpener(w string) bool {
	switch w {
	case ".", "!", "?", ":", "\"", "“", "‘", "'", "(", "[", "-", "—", "–", "*":
		return true
	}
	return false
}

// capClass buckets how w is written elsewhere in the document.
func (d *docStats) capClass(w string) byte {
	c, ok := d.caps[perceptron.HashLower(0, w)]
	switch {
	case !ok:
		return 0
	case c.lower == 0:
		return 1
	case c.upper == 0:
		return 2
	case c.upper >= c.lower:
		return 3
	}
	return 4
}

// vote records the first-pass labels of a document.
func (d *docStats) vote(doc []Sentence, classes [][]int) {
	d.votes = map[uint64][4]int32{}
	for si, s := range doc {
		for i, w := range s.Words {
			if !capitalised(w) {
				continue
			}
			k := formKey(w)
			v := d.votes[k]
			if c := classes[si][i]; c == outside {
				v[3]++
			} else {
				v[typeOf(c)]++
			}
			d.votes[k] = v
		}
	}
}

// voteClass buckets the first-pass labels of w's occurrences: the leading
// type and its share.
func (d *docStats) voteClass(w string) byte {
	v, ok := d.votes[formKey(w)]
	if !ok {
		return 0
	}
	total, best := v[3], 0
	for t := range len(Types) {
		total += v[t]
		if v[t] > v[best] {
			best = t
		}
	}
	if v[best] == 0 {
		return 1
	}
	share := byte(1)
	if 3*v[best] >= 2*total {
		share = 3
	} else if 3*v[best] >= total {
		share = 2
	}
	return byte(2 + 3*best + int(share))
}
