package analysis

import (
	"iter"
	"sort"
	"strings"

	"briefing/analysis/nlp"
)

// Attribution from the dependency parse: the holder of a statement is the subject of its cue
// verb (a reporting, attitude or decision verb of lexicon/verbs.tsv), found in the parse
// wherever it stands: before the verb with an apposition or relative clause between them
// ("Ali Musa, one of the officials, said"), after it ("claimed the statement", "said
// Interior Minister Park"), shared with a coordinated verb ("answered the call and
// promised"), the agent of a passive ("was rejected by Kyiv"), or the object of "according
// to". This complements the surface patterns of positions.go: it adds the holders of cue
// verbs they left without one, so both agree where the patterns already work.

// synToken is one token of the parse as the attribution stage reads it: byte offsets into
// the document's text, universal POS, and the dependency to its head. It is 40 bytes, the
// tags as numbers, as a 10 MB text has two million of them.
type synToken struct {
	s, e    int
	low     string // lower-cased text
	headAt  int32  // index into the document's tokens, -1 for a root
	uposTag nlp.Tag
	depTag  nlp.Tag
}

// head returns the index of the token's head, -1 for a root.
func (t synToken) head() int { return int(t.headAt) }

// upos returns the token's universal part-of-speech tag ("VERB").
func (t synToken) upos() string { return t.uposTag.String() }

// dep returns the token's relation to its head ("nsubj").
func (t synToken) dep() string { return t.depTag.String() }

// syntax is the parse of a whole document: its tokens in text order, and each token's
// children in one array (start[t]..start[t+1] of kids), which keeps a 10 MB text's
// parse small.
type syntax struct {
	toks  []synToken
	kids  []int32
	start []int32
}

// newSyntax indexes the children of each token.
func newSyntax(toks []synToken) *syntax {
	sy := &syntax{toks: toks, start: make([]int32, len(toks)+1)}
	for _, t := range toks {
		if t.headAt >= 0 && int(t.headAt) < len(toks) {
			sy.start[t.headAt+1]++
		}
	}
	for i := 1; i < len(sy.start); i++ {
		sy.start[i] += sy.start[i-1]
	}
	sy.kids = make([]int32, sy.start[len(toks)])
	fill := make([]int32, len(toks))
	for i, t := range toks {
		if t.headAt >= 0 && int(t.headAt) < len(toks) {
			sy.kids[sy.start[t.headAt]+fill[t.headAt]] = int32(i)
			fill[t.headAt]++
		}
	}
	return sy
}

// children yields the children of token t, in text order (with their rank).
func (sy *syntax) children(t int) iter.Seq2[int, int] {
	kids := sy.kids[sy.start[t]:sy.start[t+1]]
	return func(yield func(int, int) bool) {
		for i, c := range kids {
			if !yield(i, int(c)) {
				return
			}
		}
	}
}

// span returns the tokens whose start lies in the byte range [s, e).
func (sy *syntax) span(s, e int) (lo, hi int) {
	lo = sort.Search(len(sy.toks), func(i int) bool { return sy.toks[i].s >= s })
	hi = sort.Search(len(sy.toks), func(i int) bool { return sy.toks[i].s >= e })
	return lo, hi
}

// parseTok returns the first parse token inside analyzer token i, or -1 when there is no
// parse or none.
func (a *analyzer) parseTok(i int) int {
	if a.syn == nil {
		return -1
	}
	lo, hi := a.syn.span(a.toks[i].s, a.toks[i].e)
	if lo >= hi {
		return -1
	}
	return lo
}

// child returns the first child of t with one of the relations, or -1.
func (sy *syntax) child(t int, deps ...string) int {
	for _, c := range sy.children(t) {
		for _, d := range deps {
			if sy.toks[c].dep() == d {
				return c
			}
		}
	}
	return -1
}

// subtree returns the first and last token of t's subtree.
func (sy *syntax) subtree(t int) (lo, hi int) {
	lo, hi = t, t
	var walk func(int, int)
	walk = func(k, depth int) {
		if depth > 40 {
			return // malformed trees must not recurse without end
		}
		for _, c := range sy.children(k) {
			lo, hi = min(lo, c), max(hi, c)
			walk(c, depth+1)
		}
	}
	walk(t, 0)
	return lo, hi
}

// refersToStatement says whether verb v names a statement instead of making one: "I can
// only repeat what Minister Lind said" (its object is "what").
func (sy *syntax) refersToStatement(v int) bool {
	for _, c := range sy.children(v) {
		if d := sy.toks[c].dep(); (d == "obj" || d == "ccomp") && (sy.toks[c].low == "what" || sy.toks[c].low == "whatever") {
			return true
		}
	}
	h := sy.toks[v].head()
	return sy.toks[v].dep() == "acl:relcl" && h >= 0 && (sy.toks[h].low == "what" || sy.toks[h].low == "whatever")
}

// subjectOfVerb finds the subject token of verb v: its own nsubj, the agent of a passive,
// or the subject of the verb it is coordinated with or controlled by.
func (sy *syntax) subjectOfVerb(v int) (subj int, passiveAgent bool) {
	for hops := 0; v >= 0 && hops < 4; hops++ {
		if c := sy.child(v, "nsubj", "nsubj:outer"); c >= 0 {
			return c, false
		}
		if sy.child(v, "nsubj:pass") >= 0 {
			// "the plan was rejected by Kyiv": the agent holds it
			for _, c := range sy.children(v) {
				if sy.toks[c].dep() == "obl:agent" || sy.toks[c].dep() == "obl" && sy.child(c, "case") >= 0 && sy.toks[sy.child(c, "case")].low == "by" {
					return c, true
				}
			}
			return -1, false
		}
		switch sy.toks[v].dep() {
		case "conj", "xcomp":
			v = sy.toks[v].head()
		default:
			return -1, false
		}
	}
	return -1, false
}

// parseHolders returns the holders of the cue verbs of sentence st found in the parse, for
// the verbs not in skip (analyzer token indexes already attributed by the patterns).
func (a *analyzer) parseHolders(st sentence, ms []mention, skip map[int]bool) []holder {
	sy := a.syn
	if sy == nil {
		return nil
	}
	lo, hi := sy.span(st.s, st.e)
	var hs []holder
	for v := lo; v < hi; v++ {
		t := sy.toks[v]
		if t.low == "according" && v+1 < hi && sy.toks[v+1].low == "to" && t.head() >= lo && t.head() < hi {
			if ids, why := a.phraseHolders(t.head(), lo, hi, ms); len(ids) > 0 {
				hs = append(hs, holder{actors: ids, why: "parse: object of 'according to' (" + why + ")", conf: 0.7, stance: Claims, verb: -1, vstart: -1})
			}
			continue
		}
		if t.upos() != "VERB" {
			continue
		}
		ve, n := a.cueVerbAt(v, hi)
		if ve == nil {
			continue
		}
		k := a.tokAt(t.s, st)
		if k < 0 || skip[k] || sy.refersToStatement(v) || a.inDeniedClause(k, st.ts) {
			continue
		}
		subj, agent := sy.subjectOfVerb(v)
		if subj < lo || subj >= hi {
			continue
		}
		ids, why := a.phraseHolders(subj, lo, hi, ms)
		if len(ids) == 0 || why == "unnamed group" && ve.class != vcReport {
			// an unnamed group holds what it says; its acts ("the deadline passed",
			// misread as the applicants') are too easily misparsed
			continue
		}
		for _, c := range sy.children(subj) {
			if sy.toks[c].dep() == "conj" {
				more, _ := a.phraseHolders(c, lo, hi, ms)
				ids = appendUniq(ids, more...)
			}
		}
		rel := "subject"
		if agent {
			rel = "agent"
		}
		verbText := a.src[t.s:sy.toks[v+n-1].e]
		end := a.tokAt(sy.toks[v+n-1].s, st)
		hs = append(hs, holder{actors: ids, why: "parse: " + rel + " of '" + verbText + "' (" + why + ")", conf: 0.7,
			stance: ve.stance, verb: end + 1, vstart: k, fixed: ve.fixed})
	}
	return hs
}

// addParseHolders adds to the pattern holders hs of sentence st those the parse finds for
// other verbs and other actors.
func (a *analyzer) addParseHolders(hs []holder, st sentence, ms []mention) []holder {
	if a.syn == nil {
		return hs
	}
	skip := map[int]bool{}
	for _, h := range hs {
		if h.vstart >= 0 {
			skip[h.vstart] = true
		}
	}
	for _, ph := range a.parseHolders(st, ms, skip) {
		dup := false
		for _, h := range hs {
			for _, id := range ph.actors {
				if containsInt(h.actors, id) {
					dup = true
				}
			}
		}
		if !dup {
			hs = append(hs, ph)
		}
	}
	return hs
}

// cueVerbAt matches the verb lexicon at parse token v; it returns the entry and its length.
func (a *analyzer) cueVerbAt(v, hi int) (*verbEntry, int) {
	sy := a.syn
	for _, e := range a.lx.verbs[sy.toks[v].low] {
		if v+len(e.toks) > hi {
			continue
		}
		ok := true
		for k := 1; k < len(e.toks); k++ {
			if sy.toks[v+k].low != e.toks[k] {
				ok = false
				break
			}
		}
		if ok {
			return e, len(e.toks)
		}
	}
	return nil, 0
}

// tokAt returns the analyzer token of sentence st that starts at byte s (or the first after
// it), or -1.
func (a *analyzer) tokAt(s int, st sentence) int {
	for k := st.ts; k < st.te; k++ {
		if a.toks[k].e > s {
			return k
		}
	}
	return -1
}

// officialNouns head a subject that speaks for the state or body modifying it: "a Somali
// government official", "Kremlin officials", "an African Union spokesman".
// Source: general vocabulary of news reporting.
var officialNouns = wordSet("officialNouns")

// phraseHolders resolves the noun phrase headed by token h to its actors: the mention at
// its head, or at its head's title ("Defence Minister" of "Somalia's Defence Minister,
// Sheikh Yusuf Siad") or apposition ("Jangeli's counterpart, Deng Alor"); a name the entity
// tagger found; an organisation named by a compound ("the al-Shabaab group"); the owner or
// affiliation of an official ("Zelensky's office", "a Somali government official"); or an
// unnamed group named by the phrase ("medical authorities").
func (a *analyzer) phraseHolders(h, lo, hi int, ms []mention) ([]int, string) {
	sy := a.syn
	ht := sy.toks[h]
	if m := a.mentionForToken(ms, ht.s); m != nil {
		return a.mentionHolders([]*mention{m}, ms)
	}
	for _, c := range sy.children(h) {
		if d := sy.toks[c].dep(); (d == "appos" || d == "flat" || d == "compound" || d == "nmod:desc") && c < hi {
			if m := a.mentionForToken(ms, sy.toks[c].s); m != nil && m.kind == mkPerson {
				return []int{m.actor}, "apposition of the subject"
			}
		}
	}
	if d := ht.dep(); (d == "nmod:desc" || d == "compound") && ht.head() >= lo && ht.head() < hi {
		// "political scientist Peter Ubertaccio": the description hangs on the name
		if m := a.mentionForToken(ms, sy.toks[ht.head()].s); m != nil && m.kind == mkPerson {
			return []int{m.actor}, "the name the description belongs to"
		}
	}
	if ht.upos() == "PROPN" {
		if id := a.taggedActor(h); id >= 0 {
			return []int{id}, "name found by the entity tagger"
		}
	}
	plo, phi := sy.subtree(h)
	plo, phi = max(plo, lo), min(phi, hi-1)
	if orgNouns[ht.low] {
		if id := a.compoundOrg(h, plo); id >= 0 {
			return []int{id}, "organisation named before '" + ht.low + "'"
		}
	}
	if officialNouns[ht.low] || documentNouns[ht.low] {
		// the owner or the affiliation inside the phrase, before a relative clause or apposition
		for k := plo; k <= phi && k < h+1; k++ {
			if m := mentionAtByte(ms, sy.toks[k].s); m != nil && (m.kind == mkState || m.kind == mkOrg || m.kind == mkPerson || m.kind == mkRegion) {
				return []int{m.actor}, "affiliation of '" + ht.low + "'"
			}
		}
		// after it, through "by", "of", "for" or "from": "the ruling by the Court of
		// Appeal", "a spokesman for the ministry"
		for _, c := range sy.children(h) {
			cs := sy.child(c, "case")
			if c <= h || c >= hi || !strings.HasPrefix(sy.toks[c].dep(), "nmod") || cs < 0 {
				continue
			}
			switch sy.toks[cs].low {
			case "by", "of", "for", "from":
				if m := a.mentionForToken(ms, sy.toks[c].s); m != nil && m.kind != mkPron && m.kind != mkGroup {
					return []int{m.actor}, "'" + ht.low + " " + sy.toks[cs].low + "' its body"
				}
			}
		}
	}
	if ht.upos() != "NOUN" || !officialNouns[ht.low] && !groupNouns[ht.low] && !agentPlural(ht.low) {
		return nil, ""
	}
	// an unnamed group: the head with its adjectives and compounds ("medical authorities")
	start := h
	for k := h - 1; k >= plo; k-- {
		d := sy.toks[k].dep()
		if sy.toks[k].head() != h && sy.toks[k].head() != start || d != "amod" && d != "compound" {
			break
		}
		start = k
	}
	name := a.src[sy.toks[start].s:ht.e]
	if strings.ContainsAny(name, "\"“”") {
		return nil, ""
	}
	id := a.actorFor("g:"+strings.ToLower(name), func() Actor {
		return Actor{Name: name, Type: Other, Role: ht.low, Named: false, Why: "unnamed group as the subject of a cue verb (parse)"}
	}, ht.s)
	return []int{id}, "unnamed group"
}

// documentNouns are a body's documents, which speak for it ("the Home Office letter").
var documentNouns = wordSet("documentNouns")

// orgNouns head the description of an organisation that a name modifies ("the al-Shabaab
// group", "the Wagner militia").
var orgNouns = wordSet("orgNouns")

// agentSuffixes end plural nouns for people who act: "attackers", "civilians",
// "residents", "militants", "protesters".
var agentSuffixes = wordList("agentSuffixes")

// agentPlural says whether w is a plural noun for people (by its ending).
func agentPlural(w string) bool {
	if strings.HasSuffix(w, "ments") {
		return false // documents, statements, governments: things, not people
	}
	for _, suf := range agentSuffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// mentionForToken returns the mention of a state, organisation, person or group that holds
// byte s, in the name or in the title before it.
func (a *analyzer) mentionForToken(ms []mention, s int) *mention {
	if m := mentionAtByte(ms, s); m != nil && m.kind != mkPlace {
		return m
	}
	for mi := range ms {
		m := &ms[mi]
		if m.kind == mkPerson && m.ps < m.ts && a.toks[m.ps].s <= s && s < m.s {
			return m // the title of a person: "Defence Minister" in "Defence Minister X"
		}
	}
	return nil
}

// taggedActor returns the actor for the name the entity tagger found at parse token h (a
// subject the patterns did not know: "Al-Shabaab has threatened"), or -1. The name is
// widened to whole words of the text ("Al-Shabaab" where the tagger saw "Shabaab").
func (a *analyzer) taggedActor(h int) int {
	t := a.syn.toks[h]
	var sp *nerSpan
	for _, typ := range []string{"person", "organization", "place"} {
		if sp = a.nerOverlap(t.s, t.e, typ); sp != nil {
			break
		}
	}
	if sp == nil {
		return -1
	}
	s, e := a.wordStart(sp.s), a.wordEnd(sp.e)
	name := collapseSpace(a.src[s:e])
	if len(name) < 2 {
		return -1
	}
	if sp.typ == "person" {
		for _, w := range strings.Fields(name) {
			if w[0] < 'A' || w[0] > 'Z' || a.lx.titles[strings.ToLower(w)] == tcHead {
				return -1 // "Chairman of the Centre": a title, not a name
			}
		}
		return a.actorFor("p:"+name, func() Actor {
			return Actor{Name: name, Type: Person, Named: true, Why: "entity tagger: person, subject of a cue verb"}
		}, s)
	}
	if e := a.lx.entities[name]; e != nil {
		return a.actorFor(e.Name, func() Actor { return Actor{Name: e.Name, Type: e.Type, Named: true, Why: "lexicon"} }, s)
	}
	return a.actorFor(name, func() Actor {
		return Actor{Name: name, Type: Organization, Named: true, Why: "entity tagger: a name that acts (subject of a cue verb)"}
	}, s)
}

// wordStart moves byte offset s back to the start of the analyzer's token that holds it
// (the models split "al-Shabaab" where the text's word is one), found by binary search so
// a long paragraph costs no more than a short one.
func (a *analyzer) wordStart(s int) int {
	k := sort.Search(len(a.toks), func(k int) bool { return a.toks[k].e > s })
	if k < len(a.toks) && a.toks[k].s < s {
		return a.toks[k].s
	}
	return s
}

// wordEnd moves byte offset e forward to the end of the analyzer's token that holds it.
func (a *analyzer) wordEnd(e int) int {
	k := sort.Search(len(a.toks), func(k int) bool { return a.toks[k].e >= e })
	if k < len(a.toks) && a.toks[k].s < e && a.toks[k].e > e {
		return a.toks[k].e
	}
	return e
}

// compoundOrg returns the organisation named by the proper-noun compound before the head
// noun h ("the al-Shabaab group" → al-Shabaab), or -1.
func (a *analyzer) compoundOrg(h, plo int) int {
	sy := a.syn
	start := -1
	for k := h - 1; k >= plo; k-- {
		t := sy.toks[k]
		if t.upos() != "PROPN" && (t.upos() != "PUNCT" || t.low != "-") || !sy.compoundOf(k, plo, h) {
			break
		}
		start = k
	}
	for start >= 0 && start < h && sy.toks[start].upos() == "PUNCT" {
		start++
	}
	if start < 0 || start == h {
		return -1
	}
	s, e := a.wordStart(sy.toks[start].s), sy.toks[h-1].e // the whole word: "al-Shabaab"
	name := collapseSpace(a.src[s:e])
	return a.actorFor(name, func() Actor {
		return Actor{Name: name, Type: Organization, Named: true, Why: "name before '" + sy.toks[h].low + "' (parse)"}
	}, s)
}

// compoundOf says whether token k belongs to a compound or flat name that modifies h: its
// heads lead to h without leaving the tokens from lo to h. The tokeniser splits "al-Shabaab" into
// "al", "-", "Shabaab", and the parser hangs "Shabaab" on "al", not on the noun.
func (sy *syntax) compoundOf(k, lo, h int) bool {
	for x, hops := k, 0; hops < 4; hops++ {
		hd := sy.toks[x].head()
		if hd == h {
			d := sy.toks[x].dep()
			return d == "compound" || d == "flat"
		}
		if hd < lo || hd > h || hd == x {
			return false
		}
		x = hd
	}
	return false
}

// mentionAtByte returns the mention whose byte range holds offset s.
func mentionAtByte(ms []mention, s int) *mention {
	var best *mention
	for mi := range ms {
		m := &ms[mi]
		if m.s <= s && s < m.e && (best == nil || m.e-m.s > best.e-best.s) {
			best = m
		}
	}
	return best
}
