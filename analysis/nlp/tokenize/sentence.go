package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// sentenceEnd returns the index after the last token of the sentence that
// begins at toks[start]: after final punctuation (with the closing quotes and
// brackets attached to it) when the next token can start a sentence, at a
// blank line, or after MaxTokens tokens.
func sentenceEnd(text string, toks []Token, start int) int {
	limit := min(len(toks), start+MaxTokens)
	for i := start; i < limit; i++ {
		if i+1 < len(toks) && blankLine(text[toks[i].End:toks[i+1].Start]) {
			return i + 1
		}
		w := toks[i].Text
		final := isFinal(w)
		if !final && !(len(w) > 1 && w[len(w)-1] == '.' && !isTitle(w)) {
			continue
		}
		j := i + 1
		for j < limit && toks[j].Start == toks[j-1].End && isCloser(toks[j].Text) {
			j++
		}
		if j >= len(toks) {
			return j
		}
		if j < limit && blankLine(text[toks[j-1].End:toks[j].Start]) {
			return j
		}
		next := toks[j].Text
		if final && canStart(next) || !final && commonStarters[next] {
			return j
		}
		i = j - 1
	}
	return limit
}

// isFinal reports whether w is sentence-final punctuation (".", "?!", "...").
func isFinal(w string) bool {
	for _, r := range w {
		if r != '.' && r != '!' && r != '?' && r != '…' {
			return false
		}
	}
	return w != ""
}

func isCloser(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && (r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']' || r == '»')
}

// canStart reports whether w may begin a sentence: anything but a word in
// lower case (which follows "." only after an abbreviation or a typo).
func canStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return !unicode.IsLower(r)
}

// commonStarters are the words after which an abbreviation's period ("Inc.",
// "U.S.") is taken to end the sentence as well.
var commonStarters = setOf("The", "He", "She", "It", "They", "We", "I", "In", "But", "This", "That", "A",
	"An", "His", "Her", "Their", "There", "Its", "And", "Our", "You", "As", "At", "On", "If", "When")

// blankLine reports whether the white space gap holds an empty line.
func blankLine(gap string) bool {
	nl := 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n':
			nl++
			if nl >= 2 {
				return true
			}
		case '\r', ' ', '\t', '\f', '\v':
		default:
			if gap[i] < utf8.RuneSelf {
				nl = 0
			}
		}
	}
	return false
}
