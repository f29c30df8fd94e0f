package tokenize

import "strings"

// abbreviations keep their final period (lower-cased, without the period).
// Titles are also in titles: they never end a sentence.
var abbreviations = setOf(
	"mr", "mrs", "ms", "dr", "st", "prof", "rev", "gen", "gov", "sen", "rep", "reps", "lt", "col", "capt",
	"sgt", "cpl", "maj", "adm", "cmdr", "hon", "pres", "supt", "fr", "sr", "jr", "messrs", "mt", "ft",
	"vs", "etc", "al", "vols", "ed", "eds", "figs",
	"inc", "ltd", "co", "corp", "bros", "dept", "univ", "assn", "est", "approx", "attn", "cf", "viz",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"ave", "blvd", "rd", "hwy", "sq", "ste", "apt", "tel", "ext",
	"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
	"md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
	"va", "vt", "wash", "wis", "wyo",
)

// numberAbbreviations keep their period only before a number ("No. 5"), as
// "no." and "art." are also words that end sentences.
var numberAbbreviations = setOf("no", "nos", "vol", "pp", "fig", "art", "sec", "ch", "p")

// titles precede a name, so a following capitalised word never starts a sentence.
var titles = setOf("mr", "mrs", "ms", "dr", "st", "prof", "rev", "gen", "gov", "sen", "rep", "lt", "col",
	"capt", "sgt", "maj", "adm", "hon", "pres", "fr", "messrs", "mt", "ft", "no", "vs", "vol", "pp", "fig", "art", "sec", "ch", "p")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// isAbbreviation reports whether w (ending in ".") keeps its period: a listed
// abbreviation, a single letter ("J."), or letters joined by periods
// ("U.S.", "a.m.", "e.g.", "Ph.D."). beforeNumber tells whether a number
// follows.
func isAbbreviation(w string, beforeNumber bool) bool {
	core := w[:len(w)-1]
	if core == "" {
		return false
	}
	if len(core) == 1 {
		return isLetter(core[0])
	}
	if strings.IndexByte(core, '.') > 0 {
		for _, part := range strings.Split(core, ".") {
			if part == "" || len(part) > 2 || !allLetters(part) {
				return false
			}
		}
		return true
	}
	if len(core) > 8 {
		return false
	}
	lc := lowerASCII(core)
	return abbreviations[lc] || beforeNumber && numberAbbreviations[lc]
}

func isTitle(w string) bool {
	return len(w) > 1 && w[len(w)-1] == '.' && titles[lowerASCII(w[:len(w)-1])]
}

// lowerASCII lower-cases ASCII letters; abbreviation keys are short, so the
// copy is cheap and only made for tokens ending in a period.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

func allLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isLetter(s[i]) {
			return false
		}
	}
	return s != ""
}
