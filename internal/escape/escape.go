// Package escape makes untrusted names safe to print in one line of a
// message: a file name or option cannot forge a line of output, move the
// terminal's cursor or reverse the text.
package escape

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Controls writes control characters the way %q does (\n, \x1b, \u202e)
// and broken UTF-8 as \xNN; printable text, accents, quotes and
// backslashes (Windows paths) stay as they are.
func Controls(s string) string {
	if !strings.ContainsFunc(s, needsEscape) && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[0])
		case needsEscape(r):
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
		s = s[size:]
	}
	return b.String()
}

// needsEscape reports control characters, line and paragraph separators,
// and invisible format characters such as the bidirectional overrides.
func needsEscape(r rune) bool {
	return unicode.IsControl(r) || unicode.In(r, unicode.Zl, unicode.Zp, unicode.Cf)
}
