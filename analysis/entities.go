package analysis

import "sort"

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

// nerTrim narrows a person-name candidate of tokens i..j to the tagger's person span inside
// it ("Though Lynch" → "Lynch"); ok is false when the tagger sees no person there.
func (a *analyzer) nerTrim(i, j int) (ni, nj int, ok bool) {
	sp := a.nerOverlap(a.toks[i].s, a.toks[j-1].e, "person")
	if sp == nil {
		return i, j, false
	}
	for i < j && a.toks[i].e <= sp.s {
		i++
	}
	for j > i && a.toks[j-1].s >= sp.e {
		j--
	}
	return i, j, i < j
}

// nerOrgs adds the tagger's organisations that no lexicon entry or pattern covers.
func (a *analyzer) nerOrgs(ts, te int, ms []mention, cov []int) []mention {
	if len(a.ents) == 0 || ts >= te {
		return ms
	}
	i := sort.Search(len(a.ents), func(i int) bool { return a.ents[i].e > a.toks[ts].s })
	for ; i < len(a.ents) && a.ents[i].s < a.toks[te-1].e; i++ {
		sp := a.ents[i]
		if sp.typ != "organization" {
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
		// the span may hold a state or place of the lexicon ("Massachusetts Institute of
		// Technology"); an organisation of the lexicon or a longer mention wins
		free := first >= 0
		for k := first; free && k <= last; k++ {
			if c := cov[k-ts]; c != 0 {
				o := ms[c-1]
				if o.kind == mkOrg || o.ts < first || o.te > last+1 || o.te-o.ts == last+1-first {
					free = false
				}
			}
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
