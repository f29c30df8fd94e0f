package ner

import (
	"unicode"
	"unicode/utf8"

	"briefing/analysis/nlp/perceptron"
)

// Feature templates. Their numbers are part of the model format.
const (
	fBias uint32 = iota + 1
	fWord
	fLower
	fShape
	fSuffix2
	fSuffix3
	fSuffix4
	fPrefix2
	fPrefix3
	fUPOS
	fXPOS
	fUPOSM1
	fUPOSP1
	fXPOSTri
	fUPOSM2
	fUPOSP2
	fLowerM1
	fLowerP1
	fLowerM2
	fLowerP2
	fShapeM1
	fShapeP1
	fPrev
	fPrevPrev2
	fPrevShape
	fPrevLower
	fPrevXPOS
	fMark
	fMarkM1
	fMarkP1
	fMarkP2
	fTitleM1Shape
	fFlags
	fHeadingShape
	fLowerM1Lower
	fLowerLowerP1
	fPrevMark
	fRunCue
	fRunCueLeft
	fCaps
	fCapsShape
	fVote
	fVotePrev
	fVoteM1
	fVoteP1
	fVoteShape
	fRunFirst
	fRunLast
	fRunBefore
	fRunAfter
	fRunPlace
	fRunFirstLast
	fRunLastBefore
	fDocBefore
	fDocAfter
	fDocBefore2
)

// context is what the features of one sentence read.
type context struct {
	words      []string
	upos, xpos []string // the tagger's tags, with nameTags applied (own copies)
	marks      []uint8  // gazetteer bits
	runCue     []uint8  // gazetteer cue bits of the last word of the capitalised run holding the word
	runLeft    []uint8  // words left in that run after this one (at most 3)
	runStart   []int32  // first and last word of the capitalised run holding the word, -1 outside runs
	runEnd     []int32
	heading    bool // most words are capitalised
	doc        *docStats
	second     bool // the second pass: doc.votes are set
}

const edge = "<s>"

func at(s []string, i int) string {
	if i < 0 || i >= len(s) {
		return edge
	}
	return s[i]
}

func markAt(m []uint8, i int) byte {
	if i < 0 || i >= len(m) {
		return 0xff
	}
	return m[i]
}

func (c *context) features(buf []uint64, i, prev, prev2 int) []uint64 {
	w := c.words[i]
	p1, p2 := "<s>", "<s>"
	if prev >= 0 {
		p1 = labelNames[prev]
	}
	if prev2 >= 0 {
		p2 = labelNames[prev2]
	}
	shape := perceptron.HashShape(fShape, w)
	buf = append(buf,
		perceptron.Hash(fBias, ""),
		perceptron.Hash(fWord, w),
		perceptron.HashLower(fLower, w),
		shape,
		perceptron.HashAffix(fSuffix2, w, 2, true),
		perceptron.HashAffix(fSuffix3, w, 3, true),
		perceptron.HashAffix(fSuffix4, w, 4, true),
		perceptron.HashAffix(fPrefix2, w, 2, false),
		perceptron.HashAffix(fPrefix3, w, 3, false),
		perceptron.Hash(fUPOS, c.upos[i]),
		perceptron.Hash(fXPOS, c.xpos[i]),
		perceptron.Hash(fUPOSM1, at(c.upos, i-1)),
		perceptron.Hash(fUPOSP1, at(c.upos, i+1)),
		perceptron.Mix(perceptron.Hash2(fXPOSTri, at(c.xpos, i-1), c.xpos[i]), at(c.xpos, i+1)),
		perceptron.Hash(fUPOSM2, at(c.upos, i-2)),
		perceptron.Hash(fUPOSP2, at(c.upos, i+2)),
		perceptron.HashLower(fLowerM1, at(c.words, i-1)),
		perceptron.HashLower(fLowerP1, at(c.words, i+1)),
		perceptron.HashLower(fLowerM2, at(c.words, i-2)),
		perceptron.HashLower(fLowerP2, at(c.words, i+2)),
		perceptron.HashShape(fShapeM1, at(c.words, i-1)),
		perceptron.HashShape(fShapeP1, at(c.words, i+1)),
		perceptron.Hash(fPrev, p1),
		perceptron.Hash2(fPrevPrev2, p1, p2),
		perceptron.MixByte(perceptron.HashShape(fPrevShape, w), byte(prev+1)),
		perceptron.MixLower(perceptron.Hash2(fPrevLower, p1, ""), w),
		perceptron.Hash2(fPrevXPOS, p1, c.xpos[i]),
		perceptron.MixByte(perceptron.Hash(fMark, ""), markAt(c.marks, i)),
		perceptron.MixByte(perceptron.Hash(fMarkM1, ""), markAt(c.marks, i-1)),
		perceptron.MixByte(perceptron.Hash(fMarkP1, ""), markAt(c.marks, i+1)),
		perceptron.MixByte(perceptron.Hash(fMarkP2, ""), markAt(c.marks, i+2)),
		perceptron.MixByte(perceptron.HashShape(fTitleM1Shape, w), markAt(c.marks, i-1)&gzTitle),
		perceptron.MixByte(perceptron.Hash(fFlags, ""), flags(w, i == 0)),
		perceptron.MixLower(perceptron.MixByte(perceptron.HashLower(fLowerM1Lower, at(c.words, i-1)), 0xff), w),
		perceptron.MixLower(perceptron.MixByte(perceptron.HashLower(fLowerLowerP1, w), 0xff), at(c.words, i+1)),
		perceptron.MixByte(perceptron.Hash(fPrevMark, p1), markAt(c.marks, i)),
		perceptron.MixByte(perceptron.Hash(fRunCue, ""), c.runCue[i]),
		perceptron.MixByte(perceptron.MixByte(perceptron.Hash(fRunCueLeft, ""), c.runCue[i]), c.runLeft[i]),
	)
	if a, b := int(c.runStart[i]), int(c.runEnd[i]); a >= 0 {
		pos := byte(min(b-a, 3))<<2 | byte(min(i-a, 3))
		buf = append(buf,
			perceptron.HashLower(fRunFirst, c.words[a]),
			perceptron.HashLower(fRunLast, c.words[b]),
			perceptron.HashLower(fRunBefore, at(c.words, a-1)),
			perceptron.HashLower(fRunAfter, at(c.words, b+1)),
			perceptron.MixByte(perceptron.Hash(fRunPlace, ""), pos),
			perceptron.MixLower(perceptron.MixByte(perceptron.HashLower(fRunFirstLast, c.words[a]), 0xff), c.words[b]),
			perceptron.MixLower(perceptron.MixByte(perceptron.HashLower(fRunLastBefore, c.words[b]), 0xff), at(c.words, a-1)),
		)
	} else {
		buf = append(buf, perceptron.Hash(fRunPlace, "none"))
	}
	caps := c.doc.capClass(w)
	buf = append(buf,
		perceptron.MixByte(perceptron.Hash(fCaps, ""), caps|boolByte(i == 0)<<4),
		perceptron.MixByte(perceptron.HashShape(fCapsShape, w), caps),
	)
	if n := c.doc.around[formKey(w)]; n != nil {
		buf = append(buf, n.before...)
		buf = append(buf, n.after...)
	}
	if c.second {
		v := c.doc.voteClass(w)
		vm1, vp1 := byte(0xff), byte(0xff)
		if i > 0 {
			vm1 = c.doc.voteClass(c.words[i-1])
		}
		if i+1 < len(c.words) {
			vp1 = c.doc.voteClass(c.words[i+1])
		}
		buf = append(buf,
			perceptron.MixByte(perceptron.Hash(fVote, ""), v),
			perceptron.MixByte(perceptron.Hash(fVotePrev, p1), v),
			perceptron.MixByte(perceptron.Hash(fVoteM1, ""), vm1),
			perceptron.MixByte(perceptron.Hash(fVoteP1, ""), vp1),
			perceptron.MixByte(perceptron.HashShape(fVoteShape, w), v),
		)
	}
	if c.heading {
		buf = append(buf, perceptron.MixByte(shape, 0xfe), perceptron.MixByte(perceptron.HashLower(fHeadingShape, w), 0xfe))
	}
	return buf
}

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

func flags(w string, first bool) byte {
	var f byte
	upper, lower := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
			lower++
		case c >= '0' && c <= '9':
			f |= 2
		}
	}
	if upper > 0 && lower == 0 {
		f |= 4
	}
	if capitalised(w) {
		f |= 8
	}
	if first {
		f |= 16
	}
	return f
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
