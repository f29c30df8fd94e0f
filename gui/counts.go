package gui

import (
	"strconv"
	"strings"
)

// analysisMentionCap is how many mentions of one actor the analysis keeps
// (analysis/analyze.go, addMention): an actor with that many may have more.
const analysisMentionCap = 1000

// thousands writes n with thousands separators: 6,478.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	var sb strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			sb.WriteByte(',')
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// mentionCount is the number of an actor's mentions for display: "1,000+"
// when the analysis stopped counting, so that a cut count is not read as
// the real one.
func mentionCount(n int) string {
	if n >= analysisMentionCap {
		return thousands(n) + "+"
	}
	return thousands(n)
}

// mentionsPhrase is "1 mention", "12 mentions" or "1,000+ mentions".
func mentionsPhrase(n int) string {
	if n == 1 {
		return "1 mention"
	}
	return mentionCount(n) + " mentions"
}
