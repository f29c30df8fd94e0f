package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word, number or punctuation mark, with absolute byte offsets.
type token struct {
	s, e  int
	word  bool // letters or digits
	cap   bool // first letter upper case
	upper bool // two or more letters, all upper case
}

func (t token) text(src string) string { return src[t.s:t.e] }

// abbreviations whose full stop belongs to the word.
var abbrevs = wordSet("abbrevs")

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isApos reports whether s[i:] starts with an apostrophe and returns its width.
func isApos(s string, i int) int {
	if i < len(s) && s[i] == '\'' {
		return 1
	}
	if strings.HasPrefix(s[i:], "’") {
		return len("’")
	}
	return 0
}

// contraction endings split off a word after an apostrophe.
var contractions = wordSet("contractions")

// tokenize splits s into tokens; offsets are shifted by base.
func tokenize(s string, base int) []token {
	toks := make([]token, 0, len(s)/5+1)
	return appendTokens(toks, s, base)
}

func appendTokens(toks []token, s string, base int) []token {
	i := 0
	for i < len(s) {
		r, w := runeAt(s, i)
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		if r == '$' || r == '£' || r == '€' {
			if r2, _ := runeAt(s, i+w); unicode.IsDigit(r2) {
				j := scanWord(s, i+w)
				toks = append(toks, mkToken(s, i, j, base))
				i = j
				continue
			}
		}
		if isWordRune(r) {
			j := scanWord(s, i)
			// Trailing full stop of initials and abbreviations.
			if j < len(s) && s[j] == '.' {
				wd := s[i:j]
				if strings.IndexByte(wd, '.') >= 0 && !strings.ContainsAny(wd, "0123456789") || isSingleUpper(wd) || abbrevs[strings.ToLower(wd)] {
					j++
				}
			}
			toks = append(toks, mkToken(s, i, j, base))
			i = j
			continue
		}
		if aw := isApos(s, i); aw > 0 && len(toks) > 0 && toks[len(toks)-1].e == base+i {
			// possessive or contraction: 's 've 're
			j := i + aw
			k := j
			for k < len(s) && s[k] >= 'a' && s[k] <= 'z' {
				k++
			}
			if k > j && contractions[s[j:k]] {
				toks = append(toks, token{s: base + i, e: base + k, word: true})
				i = k
				continue
			}
		}
		toks = append(toks, token{s: base + i, e: base + i + w})
		i += w
	}
	return toks
}

func isSingleUpper(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

func scanWord(s string, i int) int {
	j := i
	for j < len(s) {
		r, w := runeAt(s, j)
		if isWordRune(r) {
			j += w
			continue
		}
		if r == '-' || r == '.' || r == ',' || r == '&' {
			r2, _ := runeAt(s, j+1)
			if r == ',' {
				// 300,000
				if j > i && s[j-1] >= '0' && s[j-1] <= '9' && r2 >= '0' && r2 <= '9' {
					j++
					continue
				}
				break
			}
			if r == '.' && r2 == '-' {
				r3, _ := runeAt(s, j+2)
				if isWordRune(r3) {
					j += 2
					continue
				}
			}
			if isWordRune(r2) && (r != '&' || unicode.IsUpper(r2)) {
				if r == '.' && !(unicode.IsLetter(r2) && j-i <= 3 || unicode.IsDigit(r2) && s[j-1] >= '0' && s[j-1] <= '9') {
					break
				}
				j++
				continue
			}
			break
		}
		if aw := isApos(s, j); aw > 0 {
			// Keep N'Djamena, Sana'a; split contractions and possessives.
			k := j + aw
			m := k
			for m < len(s) && s[m] >= 'a' && s[m] <= 'z' {
				m++
			}
			if m > k && contractions[s[k:m]] {
				if r3, _ := runeAt(s, m); !isWordRune(r3) {
					break
				}
			}
			if r2, _ := runeAt(s, k); isWordRune(r2) {
				j = k
				continue
			}
		}
		break
	}
	return j
}

func mkToken(s string, i, j, base int) token {
	t := token{s: base + i, e: base + j, word: true}
	r, _ := utf8.DecodeRuneInString(s[i:j])
	if r == '$' {
		return t
	}
	t.cap = unicode.IsUpper(r)
	letters, uppers := 0, 0
	for _, c := range s[i:j] {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				uppers++
			}
		}
	}
	t.upper = letters >= 2 && uppers == letters
	return t
}

// sentence is a span of tokens within a paragraph.
type sentence struct {
	ts, te int // token range
	s, e   int // byte range
}

var closers = wordSet("closers")

// maxSentenceTokens bounds a sentence: text that never ends a sentence is cut into pieces of
// this many tokens, so that every stage, whose work grows with the sentence, stays linear
// in the text. It matches the tokeniser of the language models (analysis/nlp/tokenize).
const maxSentenceTokens = 200

// splitSentences splits a paragraph's tokens into sentences.
func splitSentences(src string, toks []token, out []sentence) []sentence {
	start := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i].text(src)
		end := i-start+1 >= maxSentenceTokens
		switch t {
		case ".", "?", "!":
			end = true
			if t == "." {
				// An ellipsis ("...", "[...]") marks words left out; it ends the sentence
				// only when a capitalised word follows: "as a region ... also in the interest".
				j := i
				for j+1 < len(toks) && toks[j+1].s == toks[j].e && (toks[j+1].text(src) == "." || toks[j+1].text(src) == "]") {
					j++
				}
				if j > i {
					i = j // the whole ellipsis stays with its sentence
					if i+1 < len(toks) && toks[i+1].word && !toks[i+1].cap {
						end = i-start+1 >= maxSentenceTokens
					}
				}
			}
		default:
			// "U.S." at the end of a sentence followed by a sentence opener.
			if toks[i].word && strings.HasSuffix(t, ".") && strings.Count(t, ".") >= 2 && i+1 < len(toks) {
				nt := toks[i+1].text(src)
				if toks[i+1].cap && getLex().words[strings.ToLower(nt)]&wcStop != 0 && len(nt) > 1 {
					end = true
				}
			}
		}
		if !end {
			continue
		}
		for i+1 < len(toks) && closers[toks[i+1].text(src)] && !opensNext(toks, i+1) {
			i++
		}
		out = append(out, sentence{ts: start, te: i + 1, s: toks[start].s, e: toks[i].e})
		start = i + 1
	}
	if start < len(toks) {
		out = append(out, sentence{ts: start, te: len(toks), s: toks[start].s, e: toks[len(toks)-1].e})
	}
	return out
}

// opensNext says whether the straight quotation mark at token k opens the next sentence
// rather than closing this one: a space before it, and its word right after it
// ('proposal. "Patients should …').
func opensNext(toks []token, k int) bool {
	return toks[k].s > toks[k-1].e && k+1 < len(toks) && toks[k+1].s == toks[k].e && toks[k+1].word
}

// foldASCII lower-cases s and removes the diacritics of common Latin letters.
func foldASCII(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r < 128 {
			b.WriteRune(r)
			continue
		}
		if f, ok := diacritics[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var diacritics = map[rune]string{
	'á': "a", 'à': "a", 'â': "a", 'ä': "a", 'ã': "a", 'å': "a", 'ą': "a", 'ă': "a",
	'č': "c", 'ć': "c", 'ç': "c", 'ď': "d", 'đ': "d",
	'é': "e", 'è': "e", 'ê': "e", 'ë': "e", 'ě': "e", 'ę': "e",
	'í': "i", 'ì': "i", 'î': "i", 'ï': "i", 'ı': "i",
	'ł': "l", 'ľ': "l", 'ň': "n", 'ń': "n", 'ñ': "n",
	'ó': "o", 'ò': "o", 'ô': "o", 'ö': "o", 'õ': "o", 'ø': "o", 'ő': "o",
	'ř': "r", 'š': "s", 'ś': "s", 'ș': "s", 'ş': "s", 'ß': "ss", 'ť': "t", 'ț': "t", 'ţ': "t",
	'ú': "u", 'ù': "u", 'û': "u", 'ü': "u", 'ů': "u", 'ű': "u",
	'ý': "y", 'ÿ': "y", 'ž': "z", 'ź': "z", 'ż': "z",
}
