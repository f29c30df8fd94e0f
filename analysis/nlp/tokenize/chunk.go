package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitter tokenises the whitespace-separated chunks of text into out.
type splitter struct {
	text string
	out  []Token
	tail [][2]int // reused stack of trailing punctuation of the current chunk
}

func (s *splitter) emit(a, b int) {
	if a < b {
		s.out = append(s.out, Token{Text: s.text[a:b], Start: a, End: b})
	}
}

// chunk tokenises text[a:b], which holds no white space.
func (s *splitter) chunk(a, b int) {
	t := s.text
	if emoticons[t[a:b]] {
		s.emit(a, b)
		return
	}
	// Opening punctuation.
	for a < b {
		r, n := utf8.DecodeRuneInString(t[a:b])
		if (r == '\'' || r == '’') && isClitic(t[a:b]) {
			break
		}
		if r == '-' || r == '.' {
			j := runOf(t, a, b, byte(r))
			if j-a < 2 || (r == '-' && j < b && isDigit(t[j])) {
				break // "-5", ".5", ".com"
			}
			s.emit(a, j)
			a = j
			continue
		}
		if !isOpening(r) {
			break
		}
		if j := runOf(t, a, b, t[a]); r < utf8.RuneSelf && j-a >= 2 && repeatable(t[a]) {
			n = j - a // "***", "$$$", "<<"
		}
		s.emit(a, a+n)
		a += n
	}
	// Closing punctuation, emitted after the core.
	s.tail = s.tail[:0]
	for a < b {
		r, n := utf8.DecodeLastRuneInString(t[a:b])
		if r == '.' {
			if j := runBack(t, a, b, '.'); b-j >= 2 {
				s.tail = append(s.tail, [2]int{j, b})
				b = j
				continue
			}
			if isAbbreviation(t[a:b], s.numberAfter(b)) {
				break
			}
			s.tail = append(s.tail, [2]int{b - 1, b})
			b--
			continue
		}
		if r == '-' && b-a >= 2 && t[b-2] == '-' {
			j := runBack(t, a, b, '-')
			s.tail = append(s.tail, [2]int{j, b})
			b = j
			continue
		}
		if (r == '\'' || r == '’') && isClitic(t[a:b]) {
			break
		}
		if !isClosing(r) {
			break
		}
		if j := runBack(t, a, b, t[b-1]); r < utf8.RuneSelf && b-j >= 2 && repeatable(t[b-1]) {
			n = b - j // "!!!", "??", ">>"
		}
		s.tail = append(s.tail, [2]int{b - n, b})
		b -= n
	}
	tail := len(s.tail)
	if a < b {
		s.core(a, b)
	}
	for i := tail - 1; i >= 0; i-- {
		s.emit(s.tail[i][0], s.tail[i][1])
	}
	s.tail = s.tail[:0]
}

// numberAfter reports whether a digit follows position i after white space.
func (s *splitter) numberAfter(i int) bool {
	for i < len(s.text) && (s.text[i] == ' ' || s.text[i] == '\t') {
		i++
	}
	return i < len(s.text) && isDigit(s.text[i])
}

// core tokenises a chunk stripped of outer punctuation: URLs and e-mail
// addresses stay whole, clitics split off, then inner punctuation.
func (s *splitter) core(a, b int) {
	w := s.text[a:b]
	if isURL(w) || isEmail(w) {
		s.emit(a, b)
		return
	}
	switch strings.ToLower(w) {
	case "cannot":
		s.emit(a, a+3)
		s.emit(a+3, b)
		return
	case "gonna", "wanna", "gotta":
		s.emit(a, a+3)
		s.emit(a+3, b)
		return
	}
	if n := cliticLen(w); n > 0 && n < len(w) {
		s.inner(a, b-n)
		s.emit(b-n, b)
		return
	}
	s.inner(a, b)
}

// inner splits a word at inner punctuation: hyphens between words (not
// after common prefixes), slashes between long words, commas and colons not
// between digits, brackets, quotes, dashes, currency signs and per cent.
func (s *splitter) inner(a, b int) {
	t := s.text
	ps := a // start of the current piece
	for i := a; i < b; {
		r, n := utf8.DecodeRuneInString(t[i:b])
		split := false // the rune is a token of its own
		switch r {
		case '.':
			if j := runOf(t, i, b, '.'); j-i >= 3 && i > ps {
				split = true // "DM...although"
				n = j - i
			}
		case '-':
			j := runOf(t, i, b, '-')
			if j-i >= 2 {
				split = true
				n = j - i
			} else if i == ps && j < b && isLetter(t[j]) {
				split = true // "-Page"
			} else if i > ps && j < b {
				split = !keepHyphen(t[ps:i], t[j:nextBreak(t, j, b)], t[ps:digitRun(t, ps, b)])
			}
		case '/':
			if i > ps && i+1 < b {
				split = !(isDigit(t[i-1]) && isDigit(t[i+1])) && b-a > 5
			}
		case ',', ':':
			split = !(i > ps && i+1 < b && isDigit(t[i-1]) && isDigit(t[i+1]))
		case '$', '£', '€', '¥':
			split = i+n < b && isDigit(t[i+n])
		case '#':
			split = i+1 == b || !isLetter(t[i+1]) && !isDigit(t[i+1])
		case '%', '(', ')', '[', ']', '{', '}', '"', '“', '”', '«', '»', ';', '!', '?', '…', '—', '–', '―':
			split = true
		}
		if split {
			s.emit(ps, i)
			s.emit(i, i+n)
			ps = i + n
		}
		i += n
	}
	s.emit(ps, b)
}

// keepPrefixes stay joined to the word after their hyphen in EWT and GUM.
var keepPrefixes = setOf("non", "e", "re", "co", "anti", "pre", "pro", "mid", "cross", "post", "semi",
	"over", "sub", "pan", "multi", "ex", "counter", "mini", "socio", "inter", "intra", "neo", "self",
	"ultra", "micro", "macro", "vice", "bi", "tri", "un", "de", "x", "t", "u", "a")

// keepHyphen decides for left-right (each a hyphen-free piece) whether the
// hyphen stays inside one token. digits is the run of digits and hyphens
// that starts with left.
func keepHyphen(left, right, digits string) bool {
	if k := strings.LastIndexByte(left, '-'); k >= 0 {
		left = left[k+1:]
	}
	if allLetters(left) {
		return keepPrefixes[lowerASCII(left)]
	}
	if allDigits(left) && allDigits(right) {
		return isPhone(digits)
	}
	return false
}

// isPhone reports whether s looks like a telephone number (555-1234,
// 713-853-3989, 1-800-555-1234): those stay whole, ranges ("1969-1970") split.
func isPhone(s string) bool {
	groups := strings.Split(s, "-")
	n := len(groups)
	if n < 2 || n > 4 || len(groups[n-1]) != 4 {
		return false
	}
	for _, g := range groups[:n-1] {
		if len(g) != 3 && !(len(g) == 1 && n == 4) {
			return false
		}
	}
	return true
}

// digitRun returns the end of the run of digits and hyphens starting at i.
func digitRun(t string, i, b int) int {
	for i < b && (isDigit(t[i]) || t[i] == '-') {
		i++
	}
	return i
}

// nextBreak returns the end of the piece starting at j: the next hyphen or slash.
func nextBreak(t string, j, b int) int {
	for k := j; k < b; k++ {
		if t[k] == '-' || t[k] == '/' {
			return k
		}
	}
	return b
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// cliticLen returns the byte length of a clitic ending w ("n't", "'s", "'ll",
// ...; straight or curly apostrophe), or 0.
func cliticLen(w string) int {
	for _, apos := range []string{"'", "’"} {
		if n := len(apos) + 2; len(w) > n && strings.EqualFold(w[len(w)-n:], "n"+apos+"t") {
			return n
		}
		for _, c := range [...]string{"s", "m", "d", "re", "ve", "ll"} {
			n := len(apos) + len(c)
			if len(w) > n && w[len(w)-n:len(w)-len(c)] == apos && strings.EqualFold(w[len(w)-len(c):], c) {
				if h := w[len(w)-n-1]; isLetter(h) || isDigit(h) || h >= 0x80 {
					return n
				}
			}
		}
	}
	return 0
}

// isClitic reports whether w is a bare clitic ("'s", "’ll", "n't").
func isClitic(w string) bool {
	n := cliticLen("x" + w)
	return n == len(w)
}

func isOpening(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '{', '«', '‹', '<', '¿', '¡', '*', '—', '–', '―', '…', '$', '£', '€', '¥', ',', ';', ':', '!', '?', '~', '`', '„':
		return true
	}
	return false
}

func isClosing(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '}', '»', '›', '>', ',', ';', ':', '!', '?', '…', '*', '—', '–', '―', '%', '`', '=':
		return true
	}
	return false
}

// repeatable punctuation forms one token when repeated ("!!!", "***").
func repeatable(c byte) bool { return strings.IndexByte("!?*$<>=~#", c) >= 0 }

// emoticons are kept whole.
var emoticons = setOf(":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":p", ":/", "<3", ":')", "=)")

// runOf returns the end of the run of byte c starting at i.
func runOf(t string, i, b int, c byte) int {
	for i < b && t[i] == c {
		i++
	}
	return i
}

// runBack returns the start of the run of byte c ending at b.
func runBack(t string, a, b int, c byte) int {
	for b > a && t[b-1] == c {
		b--
	}
	return b
}

func isURL(w string) bool {
	lw := w
	if len(lw) > 8 {
		lw = lw[:8]
	}
	lw = strings.ToLower(lw)
	return strings.HasPrefix(lw, "http://") || strings.HasPrefix(lw, "https://") || strings.HasPrefix(lw, "www.") ||
		strings.HasPrefix(lw, "ftp://")
}

func isEmail(w string) bool {
	at := strings.IndexByte(w, '@')
	return at > 0 && strings.IndexByte(w[at:], '.') > 1 && !strings.ContainsAny(w, "()\"")
}

func isSpaceAt(t string, i int) bool {
	c := t[i]
	if c < utf8.RuneSelf {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

func spaceLen(t string, i int) int {
	if t[i] < utf8.RuneSelf {
		return 1
	}
	_, n := utf8.DecodeRuneInString(t[i:])
	return n
}
