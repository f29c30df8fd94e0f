package report

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Small text helpers shared by the formats of the brief.

// longDate writes 2026-01-02 as "2 January 2026".
func longDate(s string) string {
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	if err != nil {
		return strings.TrimSpace(s)
	}
	return t.Format("2 January 2006")
}

// shortDate writes 2026-01-02 as "2 Jan 2026", for citations.
func shortDate(s string) string {
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	if err != nil {
		return strings.TrimSpace(s)
	}
	return t.Format("2 Jan 2006")
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, s := range parts {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, sep)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// listAnd joins names as English does: "A", "A and B", "A, B and C"; past
// four, "A, B, C and 2 others".
func listAnd(names []string) string {
	if len(names) > 4 {
		rest := len(names) - 3
		names = append(names[:3:3], strconv.Itoa(rest)+" others") // rest ≥ 2
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// collapse turns runs of white space into single spaces.
func collapse(s string) string {
	if isCollapsed(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isCollapsed reports whether collapse would return s unchanged: no white
// space at either end, and only single ASCII spaces within.
func isCollapsed(s string) bool {
	prevSpace := true // a space at the start is not collapsed
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		prevSpace = false
		i += n
	}
	return !prevSpace || s == ""
}

// splitParagraphs splits text at blank lines; single line breaks stay.
func splitParagraphs(s string) []string {
	var out []string
	for _, part := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}
