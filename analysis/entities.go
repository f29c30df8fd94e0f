package analysis

import (
	"sort"
	"strings"
)

// Named mentions from the statistical entity tagger (analysis/nlp), used where the name
// patterns of mentions.go are weak: a title or adjective glued to a name ("Though Lynch",
// "Economist Jane Doe" → the tagger's span starts at the name), names the patterns do not
// know to be names (in headlines, with particles), and organisations without a head word
// of the lexicon ("Black Lotus Communications", "Sky News").

// nerSpan is one named mention found by the entity tagger: a byte range and its type
// (person, organization or place).
type nerSpan struct {
	s, e int
	typ  string
}

// annotateText parses a document's text and tags its named mentions; nil when the
// analysis runs on patterns alone.
var annotateText func(text string) (*syntax, []nerSpan)

// nerOverlap returns the first tagged span of type typ that overlaps the byte range [s, e).
func (a *analyzer) nerOverlap(s, e int, typ string) *nerSpan {
	i := sort.Search(len(a.ents), func(i int) bool { return a.ents[i].e > s })
	for ; i < len(a.ents) && a.ents[i].s < e; i++ {
		if a.ents[i].typ == typ {
			return &a.ents[i]
		}
	}
	return nil
}

// nerTrim drops the words before the tagger's person span from a person-name candidate of
// tokens i..j ("Though Lynch" → "Lynch"); ok is false when the tagger sees no person
// there. The end is the patterns' to keep: they know suffixes and initials ("Lloyd J.
// Austin III") that the tagger may leave out.
func (a *analyzer) nerTrim(i, j int) (ni int, ok bool) {
	sp := a.nerOverlap(a.toks[i].s, a.toks[j-1].e, "person")
	if sp == nil {
		return i, false
	}
	for i < j-1 && a.toks[i].e <= sp.s {
		i++
	}
	return i, true
}

// plainName says whether the single capitalised word at token i can be a name on its own:
// not a word of the lexicons (calendar words, titles, heads of names) and never written in
// lower case in the text.
func (a *analyzer) plainName(i int) bool {
	lw := a.low(i)
	return a.lx.words[lw] == 0 && a.lx.titles[lw] == 0 && !a.lower[lw] && a.lx.verbs[lw] == nil
}

// innerCapital says whether a word has a capital letter after its first: "CBS", "YouTube".
func innerCapital(w string) bool {
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// particleOrgs finds the organisations named by one word with an Arabic article and no
// given name beside it ("al-Qaeda", "al-Shabaab"), unless the tagger reads a person there
// (a surname such as "al-Assad" after its first mention).
func (a *analyzer) particleOrgs(ts, te int, ms []mention, cov []int) []mention {
	for i := ts; i < te; i++ {
		txt := a.txts[i]
		h := strings.IndexByte(txt, '-')
		if cov[i-ts] != 0 || !a.particleName(i) {
			continue
		}
		if i > ts && a.toks[i-1].cap && a.toks[i-1].word && a.wordClass(i-1)&wcStop == 0 || i+1 < te && a.toks[i+1].cap && a.toks[i+1].word {
			continue // part of a personal name: "Walid al-Moualem"
		}
		if a.nerOverlap(a.toks[i].s, a.toks[i].e, "person") != nil {
			continue
		}
		if _, ok := a.surnames[foldASCII(txt)]; ok {
			continue
		}
		name := strings.ToLower(txt[:h]) + txt[h:]
		m := a.orgMention(i, i+1, name)
		m.why = "a name with an Arabic article"
		ms = append(ms, m)
		cov[i-ts] = len(ms)
	}
	return ms
}

// personsOffice says whether tokens first..last are a known person's name and an office
// noun ("Biden Administration", "Obama campaign"): a term of office or a team, named by
// the person, not an organisation of its own.
func (a *analyzer) personsOffice(first, last int) bool {
	if last <= first || !proxyNouns[a.low(last)] {
		return false
	}
	name := foldASCII(a.txts[last-1])
	_, ok := a.surnames[name]
	return ok || a.personLast[name]
}

// particleName says whether token i is one word with an Arabic article: "al-Qaeda".
func (a *analyzer) particleName(i int) bool {
	txt := a.txts[i]
	h := strings.IndexByte(txt, '-')
	return h > 0 && hyphenParticles[txt[:h]] && h+1 < len(txt) && txt[h+1] >= 'A' && txt[h+1] <= 'Z' &&
		strings.IndexByte(txt[h+1:], '-') < 0
}

// bodyOfPlace says whether the tagger's place at tokens first..last is rather a body named
// after the states it serves ("Food Standards Australia New Zealand"): two or more
// capitalised words that are no place open the name, and a state or place of the lexicon
// follows them inside it.
func (a *analyzer) bodyOfPlace(first, last, ts int, ms []mention, cov []int) bool {
	if first < 0 {
		return false
	}
	k := first
	for k <= last && cov[k-ts] == 0 && a.toks[k].cap {
		k++
	}
	if k-first < 2 || k > last || cov[k-ts] == 0 {
		return false // no mention follows the body's words: a lower-case word ended them
	}
	o := ms[cov[k-ts]-1]
	return o.kind == mkState || o.kind == mkPlace
}

// nerOrgs adds the tagger's organisations that no lexicon entry or pattern covers.
func (a *analyzer) nerOrgs(ts, te int, ms []mention, cov []int) []mention {
	if len(a.ents) == 0 || ts >= te {
		return ms
	}
	i := sort.Search(len(a.ents), func(i int) bool { return a.ents[i].e > a.toks[ts].s })
	for ; i < len(a.ents) && a.ents[i].s < a.toks[te-1].e; i++ {
		sp := a.ents[i]
		if sp.typ != "organization" && sp.typ != "place" {
			continue
		}
		first, last := -1, -1
		for k := ts; k < te; k++ {
			if a.toks[k].s >= sp.s && a.toks[k].e <= sp.e {
				if first < 0 {
					first = k
				}
				last = k
			}
		}
		if sp.typ == "place" && !a.bodyOfPlace(first, last, ts, ms, cov) {
			continue
		}
		// the span may hold a state or place of the lexicon ("Massachusetts Institute of
		// Technology"); any other mention the patterns found wins
		free := first >= 0
		for k := first; free && k <= last; k++ {
			if c := cov[k-ts]; c != 0 {
				o := ms[c-1]
				if o.kind != mkState && o.kind != mkPlace || o.ts < first || o.te > last+1 || o.te-o.ts == last+1-first {
					free = false
				}
			}
		}
		if free && first == last && first-2 >= ts && a.txts[first-1] == "(" && a.wordClass(first-2)&wcEventHead != 0 {
			a.eventAcronyms[a.txts[first]] = true // "Strategic Dialogue (USASD)": an event's abbreviation
		}
		if free && first == last && a.eventAcronyms[a.txts[first]] {
			free = false
		}
		if free && a.personsOffice(first, last) {
			free = false // "the Biden Administration": a person's term of office
		}
		if free && a.wordClass(last)&(wcPlaceHead|wcEventHead) != 0 {
			free = false // "Serena Hotel", "Millennium Development Goals": a place or a document
		}
		if free && a.titleClass(last) == tcHead {
			free = false // "the U.S. Ambassador", "Press Secretary": an office a person holds
		}
		if free && first == last && !(a.plainName(first) && innerCapital(a.txts[first])) {
			// one capitalised word is too often a common noun ("November", "Technology"):
			// only an acronym or a word with an inner capital ("YouTube") stands alone
			free = false
		}
		for first >= 0 && first <= last && (a.low(first) == "the" || !a.toks[first].word) {
			first++
		}
		if !free || first < 0 || first > last || !a.toks[first].cap {
			continue
		}
		for k := first; k <= last; k++ {
			if c := cov[k-ts]; c != 0 {
				ms[c-1].kind = 0 // swallowed by the organisation; dropped at the end
			}
		}
		m := a.orgMention(first, last+1, a.src[a.toks[first].s:a.toks[last].e])
		m.why = "entity tagger: organisation"
		ms = append(ms, m)
		for k := first; k <= last; k++ {
			cov[k-ts] = len(ms)
		}
	}
	return ms
}
