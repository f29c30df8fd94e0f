package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// escapeControls writes control characters the way %q does (\n, \x1b,
// \u202e), so that a file name or option from the command line cannot
// forge a line of output, move the cursor or reverse the text; printable
// text, accents and quotes included, stays as it is.
func escapeControls(s string) string {
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

// oneLineError shows an error with its control characters escaped and
// keeps it for errors.Is and errors.As.
type oneLineError struct{ err error }

func (e oneLineError) Error() string { return escapeControls(e.err.Error()) }
func (e oneLineError) Unwrap() error { return e.err }
