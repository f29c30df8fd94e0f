package tagger

import "briefing/analysis/nlp/perceptron"

// Feature templates. Their numbers are part of the model format: renumbering
// them invalidates trained models.
const (
	fBias uint32 = iota + 1
	fWord
	fLower
	fSuffix1
	fSuffix2
	fSuffix3
	fSuffix4
	fPrefix1
	fPrefix2
	fPrefix3
	fShape
	fFlags
	fPrev
	fPrev2
	fPrevPrev2
	fPrevLower
	fLowerM1
	fSuffix3M1
	fLowerM2
	fLowerP1
	fSuffix3P1
	fLowerP2
	fLowerM1Lower
	fLowerLowerP1
	fShapeM1
	fShapeP1
	fPrevLowerP1
	fAmb
	fAmbP1
	fAmbP2
	fPrevAmb
	fAmbAmbP1
	fAmbM1AmbP1
	fTitleShape
	fTitleLower
	fAhead1
	fAhead2
	fAhead12
	fPrevAhead1
	fLowerAhead1
	fSelf
	fSelfAhead1
	fAheadM1Self
)

// features appends the feature keys of word i of words given the two
// previous predicted classes (-1 before the sentence start).
func (t *Model) features(buf []uint64, ctx *context, i, prev, prev2 int) []uint64 {
	words, ambs := ctx.words, ctx.ambs
	w := words[i]
	low := perceptron.HashLower(fLower, w)
	buf = append(buf,
		perceptron.Hash(fBias, ""),
		perceptron.Hash(fWord, w),
		low,
		perceptron.HashAffix(fSuffix1, w, 1, true),
		perceptron.HashAffix(fSuffix2, w, 2, true),
		perceptron.HashAffix(fSuffix3, w, 3, true),
		perceptron.HashAffix(fSuffix4, w, 4, true),
		perceptron.HashAffix(fPrefix1, w, 1, false),
		perceptron.HashAffix(fPrefix2, w, 2, false),
		perceptron.HashAffix(fPrefix3, w, 3, false),
		perceptron.HashShape(fShape, w),
		perceptron.MixByte(perceptron.Hash(fFlags, ""), flags(w, i == 0)),
	)
	p1, p2 := t.className(prev), t.className(prev2)
	buf = append(buf,
		perceptron.Hash(fPrev, p1),
		perceptron.Hash(fPrev2, p2),
		perceptron.Hash2(fPrevPrev2, p1, p2),
		perceptron.MixLower(perceptron.Hash2(fPrevLower, p1, ""), w),
	)
	m1, m2, n1, n2 := "<s>", "<s>", "</s>", "</s>"
	if i > 0 {
		m1 = words[i-1]
	}
	if i > 1 {
		m2 = words[i-2]
	}
	if i+1 < len(words) {
		n1 = words[i+1]
	}
	if i+2 < len(words) {
		n2 = words[i+2]
	}
	buf = append(buf,
		perceptron.HashLower(fLowerM1, m1),
		perceptron.HashAffix(fSuffix3M1, m1, 3, true),
		perceptron.HashLower(fLowerM2, m2),
		perceptron.HashLower(fLowerP1, n1),
		perceptron.HashAffix(fSuffix3P1, n1, 3, true),
		perceptron.HashLower(fLowerP2, n2),
		perceptron.MixLower(perceptron.MixByte(perceptron.HashLower(fLowerM1Lower, m1), 0xff), w),
		perceptron.MixLower(perceptron.MixByte(perceptron.HashLower(fLowerLowerP1, w), 0xff), n1),
		perceptron.HashShape(fShapeM1, m1),
		perceptron.HashShape(fShapeP1, n1),
		perceptron.MixLower(perceptron.Hash2(fPrevLowerP1, p1, ""), n1),
	)
	a, am1, ap1, ap2 := ambs[i], uint64(1), uint64(2), uint64(2)
	if i > 0 {
		am1 = ambs[i-1]
	}
	if i+1 < len(words) {
		ap1 = ambs[i+1]
	}
	if i+2 < len(words) {
		ap2 = ambs[i+2]
	}
	buf = append(buf,
		mix64(perceptron.Hash(fAmb, ""), a),
		mix64(perceptron.Hash(fAmbP1, ""), ap1),
		mix64(perceptron.Hash(fAmbP2, ""), ap2),
		mix64(perceptron.Hash(fPrevAmb, p1), a),
		mix64(mix64(perceptron.Hash(fAmbAmbP1, ""), a), ap1),
		mix64(mix64(perceptron.Hash(fAmbM1AmbP1, ""), am1), ap1),
	)
	if ctx.title {
		buf = append(buf, perceptron.HashShape(fTitleShape, w), perceptron.HashLower(fTitleLower, w))
	}
	if ctx.ahead == nil {
		return buf
	}
	self, a1, a2 := t.classes[ctx.ahead[i]], "</s>", "</s>"
	if i+1 < len(words) {
		a1 = t.classes[ctx.ahead[i+1]]
	}
	if i+2 < len(words) {
		a2 = t.classes[ctx.ahead[i+2]]
	}
	buf = append(buf,
		perceptron.Hash(fAhead1, a1),
		perceptron.Hash(fAhead2, a2),
		perceptron.Hash2(fAhead12, a1, a2),
		perceptron.Hash2(fPrevAhead1, p1, a1),
		perceptron.MixLower(perceptron.Hash2(fLowerAhead1, a1, ""), w),
		perceptron.Hash(fSelf, self),
		perceptron.Hash2(fSelfAhead1, self, a1),
		perceptron.Hash2(fAheadM1Self, p1, self),
	)
	return buf
}

func (t *Model) className(c int) string {
	if c < 0 {
		return "<s>"
	}
	return t.classes[c]
}

// titleCase reports whether most words of a sentence of at least three
// words begin with a capital letter (a heading), where capitals say less
// about proper nouns.
func titleCase(words []string) bool {
	caps, alpha := 0, 0
	for _, w := range words {
		if w == "" || !(w[0] >= 'A' && w[0] <= 'Z' || w[0] >= 'a' && w[0] <= 'z') {
			continue
		}
		alpha++
		if w[0] <= 'Z' {
			caps++
		}
	}
	return alpha >= 3 && 10*caps >= 7*alpha
}

// mix64 folds a 64-bit value into h.
func mix64(h, v uint64) uint64 {
	for i := 0; i < 8; i++ {
		h = perceptron.MixByte(h, byte(v>>(8*i)))
	}
	return h
}

// flags packs capitalisation, digits, hyphen and sentence start into a byte.
func flags(w string, first bool) byte {
	var f byte
	upper, lower, digit := 0, 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
			lower++
		case c >= '0' && c <= '9':
			digit++
		case c == '-':
			f |= 1
		}
	}
	if digit > 0 {
		f |= 2
	}
	if upper > 0 && lower == 0 {
		f |= 4
	}
	if len(w) > 0 && w[0] >= 'A' && w[0] <= 'Z' {
		f |= 8
	}
	if first {
		f |= 16
	}
	if digit > 0 && upper+lower == 0 {
		f |= 32
	}
	return f
}
