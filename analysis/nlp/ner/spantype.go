package ner

import (
	"slices"

	"briefing/analysis/nlp/perceptron"
)

// The span typer re-decides the type of the names the BILOU tagger found,
// once per distinct name of a document, from all its occurrences together,
// and drops those that are not names. The tagger types each occurrence from
// a few words around it, so a name's occurrences disagree ("Oakland" a
// person in one sentence, a place in the next) or all follow one misleading
// cue, while the evidence that settles the type ("in Oakland", "Oakland 's
// mayor", "Oakland said") is spread over the text. Every occurrence of a
// name gets the typer's one decision. Its classes are the Types, then
// notName.

// notName is the span typer's class of spans that are not names.
var notName = len(Types)

// Span-typer feature templates. Their numbers are part of the model format.
const (
	sBias uint32 = iota + 200
	sWord
	sFirst
	sLast
	sLastSuffix3
	sWhole
	sLen
	sShapeFirst
	sMark
	sCaps
	sBefore
	sBefore2
	sAfter
	sAfter2
	sBeforeTag
	sAfterTag
	sTitleBefore
	sTagged
	sTaggedBefore
	sTaggedLast
	sVote
	sOccurrences
	sPartOf
	sSentenceStart
	sMargin
	sScoreVote
	sBagBefore
	sBagAfter
	sCandidate
)

// marginStep scales the buckets of the tagger's score margins (its weights
// are of the order of hundreds); tuned on GUM dev.
const marginStep = 100

// nameGroup is the occurrences of one name (the same words) in a document.
type nameGroup struct {
	occ   []spanRef
	typed [3]int32   // occurrences per type given by the tagger
	score [3]float32 // the tagger's scores of each type, summed over the occurrences
}

// spanRef is one span: its sentence and its index among that sentence's
// spans.
type spanRef struct{ sent, span int }

// groupNames collects the spans of a document by their words, in order of
// first occurrence; sc holds the tagger's class scores, numClasses per
// word of each sentence.
func groupNames(doc []Sentence, spans [][]Span, sc [][]float32) []*nameGroup {
	index := map[uint64]*nameGroup{}
	var groups []*nameGroup
	for si, ss := range spans {
		for k, s := range ss {
			key := perceptron.Hash(0, "")
			for _, w := range doc[si].Words[s.Start:s.End] {
				key = perceptron.MixByte(perceptron.Mix(key, w), 0xff)
			}
			g := index[key]
			if g == nil {
				g = &nameGroup{}
				index[key] = g
				groups = append(groups, g)
			}
			g.occ = append(g.occ, spanRef{si, k})
			if t := typeIndex(s.Type); t >= 0 {
				g.typed[t]++
			}
			ts := typeScores(sc[si], s)
			for t := range ts {
				g.score[t] += ts[t]
			}
		}
	}
	return groups
}

// typeScores returns the tagger's scores of opening span s with each type:
// those of the B or U labels of its first word. The later words were scored
// after the type was chosen, so their other types' scores mean nothing.
func typeScores(sc []float32, s Span) [3]float32 {
	var out [3]float32
	p := begin
	if s.End-s.Start == 1 {
		p = unit
	}
	for t := range out {
		out[t] = sc[s.Start*numClasses+label(t, p)]
	}
	return out
}

// spanFeatures appends the features of group g of a document: those of the
// name's words once, the contexts of every occurrence, and the tagger's
// types and their score margins. Repeated contexts count once, so a name
// mentioned often does not outweigh the bias. lastTypes holds the tagger's
// types of all spans by their lower-cased last word (a surname alone and
// in full names).
func spanFeatures(buf []uint64, doc []Sentence, spans [][]Span, sc [][]float32, g *nameGroup, d *docStats, lastTypes map[uint64][3]int32) []uint64 {
	start := len(buf)
	r := g.occ[0]
	first := spans[r.sent][r.span]
	words := doc[r.sent].Words[first.Start:first.End]
	lw := words[len(words)-1]
	whole := perceptron.Hash(sWhole, "")
	for _, w := range words {
		buf = append(buf, perceptron.HashLower(sWord, w))

		whole = perceptron.MixByte(perceptron.MixLower(whole, w), ' ')
	}
	// the gazetteer's marks of the name's words, together
	marks, lower := gaz().mark(words, nil, nil)
	var m uint8
	for _, x := range marks {
		m |= x
	}
	buf = append(buf,
		perceptron.Hash(sBias, ""),
		whole,
		perceptron.HashLower(sFirst, words[0]),
		perceptron.HashLower(sLast, lw),
		perceptron.HashAffix(sLastSuffix3, lw, 3, true),
		perceptron.MixByte(perceptron.Hash(sLen, ""), byte(min(len(words), 4))),
		perceptron.HashShape(sShapeFirst, words[0]),
		perceptron.MixByte(perceptron.Hash(sCaps, ""), d.capClass(words[0])),
		perceptron.MixByte(perceptron.Hash(sOccurrences, ""), byte(min(len(g.occ), 4))),
		perceptron.MixByte(perceptron.Hash(sMark, ""), m),
		perceptron.MixByte(perceptron.MixByte(perceptron.Hash(sVote, ""), byte(argmax(g.typed))), voteShare(g.typed)),
		perceptron.MixByte(perceptron.MixByte(perceptron.Hash(sScoreVote, ""), byte(argmax(g.score))), marginBucket(g.score)),
	)
	tagged := int(g.typed[0] + g.typed[1] + g.typed[2])
	buf = append(buf, perceptron.MixByte(perceptron.Hash(sCandidate, ""), byte(min(len(g.occ)-tagged, 3))<<2|byte(min(tagged, 3))))
	if lt, ok := lastTypes[perceptron.HashLower(0, lw)]; ok {
		for t, n := range lt {
			if n > g.typed[t] {
				buf = append(buf, perceptron.MixByte(perceptron.Hash(sPartOf, ""), byte(t)))
			}
		}
	}
	for _, r := range g.occ {
		s := spans[r.sent][r.span]
		sent := doc[r.sent]
		typ := byte(typeIndex(s.Type))
		b1, a1 := at(sent.Words, s.Start-1), at(sent.Words, s.End)
		ts := typeScores(sc[r.sent], s)
		buf = append(buf,
			perceptron.HashLower(sBefore, b1),
			perceptron.MixLower(perceptron.HashLower(sBefore2, at(sent.Words, s.Start-2)), b1),
			perceptron.HashLower(sAfter, a1),
			perceptron.MixLower(perceptron.HashLower(sAfter2, a1), at(sent.Words, s.End+1)),
			perceptron.Hash(sBeforeTag, at(sent.XPOS, s.Start-1)),
			perceptron.Hash(sAfterTag, at(sent.XPOS, s.End)),
			perceptron.MixByte(perceptron.Hash(sTagged, ""), typ),
			perceptron.MixLower(perceptron.MixByte(perceptron.Hash(sTaggedBefore, ""), typ), b1),
			perceptron.MixLower(perceptron.MixByte(perceptron.Hash(sTaggedLast, ""), typ), lw),
			perceptron.MixByte(perceptron.MixByte(perceptron.Hash(sMargin, ""), byte(argmax(ts))), marginBucket(ts)),
		)
		if s.Start == 0 {
			buf = append(buf, perceptron.Hash(sSentenceStart, ""))
		} else {
			lower = appendLower(lower[:0], b1)
			if gaz().words[string(lower)]&gzTitle != 0 {
				buf = append(buf, perceptron.Hash(sTitleBefore, ""))
			}
		}
		for k := 2; k <= 4; k++ {
			if w := at(sent.Words, s.Start-k); w != edge {
				buf = append(buf, perceptron.HashLower(sBagBefore, w))
			}
			if w := at(sent.Words, s.End+k-1); w != edge {
				buf = append(buf, perceptron.HashLower(sBagAfter, w))
			}
		}
	}
	slices.Sort(buf[start:])
	return append(buf[:start], slices.Compact(buf[start:])...)
}

func argmax[T int32 | float32](v [3]T) int {
	best := 0
	for t := range v {
		if v[t] > v[best] {
			best = t
		}
	}
	return best
}

// voteShare buckets the share of the leading type among the tagger's types
// of a name: all, most, or not most.
func voteShare(v [3]int32) byte {
	b, total := v[argmax(v)], v[0]+v[1]+v[2]
	switch {
	case b == total:
		return 3
	case 2*b > total:
		return 2
	}
	return 1
}

// marginBucket buckets how far the best of v is ahead of the runner-up.
func marginBucket(v [3]float32) byte {
	b := argmax(v)
	second := float32(-1e30)
	for t := range v {
		if t != b && v[t] > second {
			second = v[t]
		}
	}
	switch m := v[b] - second; {
	case m < marginStep:
		return 0
	case m < 3*marginStep:
		return 1
	case m < 9*marginStep:
		return 2
	}
	return 3
}

// lastWordTypes counts the tagger's types of a document's spans by their
// lower-cased last word.
func lastWordTypes(doc []Sentence, spans [][]Span) map[uint64][3]int32 {
	out := map[uint64][3]int32{}
	for si, ss := range spans {
		for _, s := range ss {
			if t := typeIndex(s.Type); t >= 0 {
				k := perceptron.HashLower(0, doc[si].Words[s.End-1])
				v := out[k]
				v[t]++
				out[k] = v
			}
		}
	}
	return out
}

// retype gives every occurrence of each name of a document the span
// typer's type, and removes the names it finds are not names. sc holds the
// tagger's class scores of each sentence.
func retype(pm *perceptron.Model, doc []Sentence, spans [][]Span, d *docStats, sc [][]float32) {
	groups := groupNames(doc, spans, sc)
	if len(groups) == 0 {
		return
	}
	last := lastWordTypes(doc, spans)
	scores := make([]float32, pm.Classes())
	var feats []uint64
	dropped := false
	for _, g := range groups {
		feats = spanFeatures(feats[:0], doc, spans, sc, g, d, last)
		pm.Score(feats, scores)
		t := "" // not a name
		if b := perceptron.Best(scores); b != notName {
			t = Types[b]
		} else {
			dropped = true
		}
		for _, r := range g.occ {
			spans[r.sent][r.span].Type = t
		}
	}
	if dropped {
		for si, ss := range spans {
			spans[si] = slices.DeleteFunc(ss, func(s Span) bool { return s.Type == "" })
		}
	}
}

// spanExample is one training name: its features and its class.
type spanExample struct {
	feats []uint64
	class int      // a type index or notName
	occ   [4]int32 // occurrences by class (for measuring)
	right [4]int32 // of those, the ones the tagger typed right
}

// spanExamples appends the span typer's training names of one document,
// from the spans a tagger not trained on it found (pred, with the class
// scores sc and the document's statistics d): those with the boundaries of
// a gold name, in the class of most of their occurrences, and those
// touching no gold name, as not names. Spans overlapping a gold name with
// other boundaries are left out: typing cannot mend them.
func spanExamples(dst []spanExample, doc []Sentence, pred [][]Span, sc [][]float32, d *docStats) []spanExample {
	kept := make([][]Span, len(doc))
	classes := make([][]int, len(doc))
	for si, ss := range pred {
		for _, p := range ss {
			class, overlap := notName, false
			for _, g := range doc[si].Entities {
				if g.Start == p.Start && g.End == p.End {
					class = typeIndex(g.Type)
				} else if g.Start < p.End && p.Start < g.End {
					overlap = true
				}
			}
			if class == notName && overlap {
				continue
			}
			kept[si] = append(kept[si], p)
			classes[si] = append(classes[si], class)
		}
	}
	last := lastWordTypes(doc, pred)
	for _, g := range groupNames(doc, kept, sc) {
		e := spanExample{}
		for _, r := range g.occ {
			c := classes[r.sent][r.span]
			e.occ[c]++
			if typeIndex(kept[r.sent][r.span].Type) == c {
				e.right[c]++
			}
		}
		for c := range e.occ {
			if e.occ[c] > e.occ[e.class] {
				e.class = c
			}
		}
		e.feats = spanFeatures(nil, doc, kept, sc, g, d, last)
		dst = append(dst, e)
	}
	return dst
}
