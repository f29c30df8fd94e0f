package analysis

import (
	"strings"
)

// Mention kinds.
const (
	mkState   = iota + 1 // state, by name, metonym or demonym phrase
	mkOrg                // organisation or alliance
	mkPerson             // person by name
	mkPron               // pronoun
	mkJoint              // "the delegations", "the two leaders": the parties of the text
	mkGroup              // unnamed group: "open-source analysts"
	mkRoleRef            // "the minister": the last person with that role
	mkRegion             // "European governments"
	mkPlace              // a place that is only a location
)

// mention is a reference to an actor inside a sentence.
type mention struct {
	ts, te    int // token range of the mention proper
	ps        int // first token of the phrase, role included
	s, e      int // byte range (may be a part of a hyphenated token)
	kind      int
	gz        int // gazetteer kind for states and organisations
	ent       *entity
	name      string // person name, group name or organisation name
	surname   bool   // person mentioned by surname only
	titled    bool
	role      string
	roleEnt   *entity // state or organisation named in the role
	pron      string
	actorLike bool
	inRole    bool
	noAlias   bool // the span names more than this actor ("Departments of State and Defense")
	locative  bool
	actor     int // resolved actor index, -1 when none
	actors    []int
	why       string
}

var locPreps = wordSet("locPreps")

// bodyOpeners and rankWords: see lexicon/wordlists.tsv.
var (
	bodyOpeners = wordSet("bodyOpeners")
	rankWords   = wordSet("rankWords")
)

var movePrefixes = wordList("movePrefixes")

var preps = wordSet("preps")

var particles = wordSet("particles")

// hyphenParticles start Arabic and other surnames written with a hyphen: "al-Assad", "bin-Zayed".
var hyphenParticles = wordSet("hyphenParticles")

var nameSuffixes = wordSet("nameSuffixes")

var regionAdj = wordSet("regionAdj")

var regionNouns = wordSet("regionNouns")

var groupNouns = wordSet("groupNouns")

// vagueGroups hold no position without a modifier ("officials said" is attribution, not a holder).
var vagueGroups = wordSet("vagueGroups")

var jointNouns = wordSet("jointNouns")

var roleRefHeads = wordSet("roleRefHeads")

var personNouns = wordSet("personNouns")

var auxWords = wordSet("auxWords")

func (a *analyzer) tx(t token) string { return foldQuote(a.src[t.s:t.e]) }

func (a *analyzer) low(i int) string {
	if i < 0 || i >= len(a.lows) {
		return ""
	}
	return a.lows[i]
}

// prepareTokens caches the folded and lower-cased text of the paragraph's tokens.
func (a *analyzer) prepareTokens() {
	a.txts, a.lows = a.txts[:0], a.lows[:0]
	for _, t := range a.toks {
		s := foldQuote(a.src[t.s:t.e])
		a.txts = append(a.txts, s)
		a.lows = append(a.lows, strings.ToLower(s))
	}
}

// gazAt matches the gazetteer at token i; it returns the entry or nil.
func (a *analyzer) gazAt(i, end int) *gazEntry {
	for _, e := range a.lx.gaz[a.txts[i]] {
		if i+len(e.toks) > end {
			continue
		}
		ok := true
		for k := 1; k < len(e.toks); k++ {
			if a.txts[i+k] != e.toks[k] {
				ok = false
				break
			}
		}
		if ok {
			return e
		}
	}
	return nil
}

func (a *analyzer) wordClass(i int) int {
	if i < 0 || i >= len(a.toks) || !a.toks[i].word {
		return 0
	}
	return a.lx.words[a.low(i)]
}

func (a *analyzer) titleClass(i int) int {
	if i < 0 || i >= len(a.toks) || !a.toks[i].word {
		return 0
	}
	return a.lx.titles[a.low(i)]
}

// findMentions finds the mentions of one sentence (tokens ts..te of a.toks), stage by
// stage: lexicon entries, organisations by pattern, persons, the entity tagger's
// organisations where the patterns found none, then pronouns, groups and references to
// roles. cov marks the tokens each stage
// has taken, so a later stage does not take them again.
func (a *analyzer) findMentions(ts, te int, heading bool) []mention {
	ms := a.mbuf[:0]
	cov := a.cover(ts, te)
	ms = a.gazetteerMentions(ts, te, ms, cov)
	a.extendStates(ts, te, ms, cov)
	ms = a.orgPatterns(ts, te, ms, cov)
	ms = a.findPersons(ts, te, heading, ms, cov)
	ms = a.nerOrgs(ts, te, ms, cov)
	ms = a.acronymMentions(ts, te, ms, cov)
	ms = a.particleOrgs(ts, te, ms, cov)
	ms = a.referenceMentions(ts, te, ms, cov)
	keep := ms[:0]
	for _, m := range ms {
		if m.kind != 0 {
			keep = append(keep, m)
		}
	}
	ms = keep
	sortMentions(ms)
	a.mbuf = ms
	return ms
}

// gazetteerMentions finds the states, metonyms, demonyms and organisations of the lexicon,
// also inside hyphenated words ("U.S.-Armenia", "Washington-backed").
func (a *analyzer) gazetteerMentions(ts, te int, ms []mention, cov []int) []mention {
	// A. Gazetteer: states, metonyms, demonyms, organisations.
	for i := ts; i < te; i++ {
		t := a.toks[i]
		if !t.word {
			continue
		}
		if e := a.gazAt(i, te); e != nil {
			if e.kind == gzDemonym && len(e.toks) == 1 && (e.toks[0] == "US" || e.toks[0] == "U.S.") {
				// handled as country
			}
			m := mention{ts: i, te: i + len(e.toks), ps: i, s: t.s, e: a.toks[i+len(e.toks)-1].e, gz: e.kind, ent: e.ent, actor: -1}
			if e.kind == gzPlace {
				m.kind = mkPlace
			} else if e.kind == gzOrg {
				m.kind = mkOrg
			} else {
				m.kind = mkState
			}
			ms = append(ms, m)
			for k := i; k < m.te; k++ {
				cov[k-ts] = len(ms)
			}
			i = m.te - 1
			continue
		}
		// Parts of hyphenated words: "U.S.-Armenia", "Washington-backed".
		txt := a.tx(t)
		if strings.IndexByte(txt, '-') > 0 {
			off := 0
			for _, part := range strings.Split(txt, "-") {
				for _, e := range a.lx.gaz[part] {
					if len(e.toks) == 1 && e.kind != gzPlace {
						k := mkState
						if e.kind == gzOrg {
							k = mkOrg
						}
						ms = append(ms, mention{ts: i, te: i + 1, ps: i, s: t.s + off, e: t.s + off + len(part), kind: k, gz: e.kind, ent: e.ent, actor: -1, actorLike: true})
						break
					}
				}
				off += len(part) + 1
			}
		}
	}
	return ms
}

// extendStates widens state mentions to the phrases that make them parties: "Russian
// officials", "Government of Ukraine".
func (a *analyzer) extendStates(ts, te int, ms []mention, cov []int) {
	// Extensions of state mentions: "Russian officials", "Government of Ukraine".
	for mi := range ms {
		m := &ms[mi]
		if m.kind != mkState || m.te > te {
			continue
		}
		if m.te < te && m.e == a.toks[m.te-1].e && !a.toks[m.te].cap && a.wordClass(m.te)&wcActorNoun != 0 {
			m.te++
			m.e = a.toks[m.te-1].e
			m.actorLike = true
			cov[m.te-1-ts] = mi + 1
		}
		if m.ts-2 >= ts && a.low(m.ts-1) == "of" && a.low(m.ts-2) == "government" {
			m.ps = m.ts - 2
			m.actorLike = true
		}
	}
}

// orgPatterns finds organisations by the shape of their names: "Ministry of X", a run of
// capitalised words ending in an organisation head word ("Refugee Council").
func (a *analyzer) orgPatterns(ts, te int, ms []mention, cov []int) []mention {
	// B. Organisations by pattern.
	for i := ts; i < te; i++ {
		if cov[i-ts] != 0 || !a.toks[i].cap || !a.toks[i].word {
			continue
		}
		lw := a.low(i)
		if ofHeads[lw] || a.wordClass(i)&wcOrgHead != 0 {
			var last int
			if ms, last = a.ofName(i, ts, te, ms, cov); last >= 0 {
				i = last
				continue
			}
		}
		if a.wordClass(i)&wcOrgHead != 0 {
			// extend over following org heads ("Police Service")
			h := i
			for h+1 < te && a.toks[h+1].cap && a.wordClass(h+1)&wcOrgHead != 0 && cov[h+1-ts] == 0 {
				h++
			}
			h = a.ofComplement(h, te, cov, ts)
			j := i - 1
			for {
				for j >= ts && a.toks[j].cap && a.toks[j].word && ((a.wordClass(j)&wcStop == 0 || bodyOpeners[a.low(j)]) && a.titleClass(j) == 0 || a.titleClass(j) == tcMod && !rankWords[a.low(j)] || a.titleClass(j) == tcComp) && (cov[j-ts] == 0 || ms[cov[j-ts]-1].kind == mkOrg || ms[cov[j-ts]-1].gz == gzDemonym && (lw == "ministry" || lw == "office")) {
					if cov[j-ts] != 0 {
						j = ms[cov[j-ts]-1].ts - 1
						continue
					}
					j--
				}
				if j >= ts && a.bodyOpenerAnd(j, ts, cov) {
					j -= 2 // "Foreign and Commonwealth Office"
					continue
				}
				break
			}
			// a state or place that opens the name is part of it: "Massachusetts Institute of
			// Technology", "United States Environmental Protection Agency"
			if j >= ts && cov[j-ts] != 0 && j+1 < i {
				if o := &ms[cov[j-ts]-1]; (o.kind == mkState || o.kind == mkPlace) && o.gz != gzDemonym && o.te == j+1 && o.e == a.toks[j].e {
					j = o.ts - 1
					o.kind = 0 // swallowed; dropped below
				}
			} else if j >= ts && j+1 == i && cov[j-ts] != 0 {
				if o := &ms[cov[j-ts]-1]; (o.kind == mkState || o.kind == mkPlace) && o.gz != gzDemonym && o.te == j+1 && o.e == a.toks[j].e && lw != "ministry" && lw != "office" && lw != "government" && lw != "embassy" {
					j = o.ts - 1
					o.kind = 0
				}
			}
			j++
			inTitle := j-1 >= ts && rankWords[a.low(j-1)] && h+1 < te && a.titleClass(h+1) == tcHead // "Deputy Central Bank Governor"
			if j < i && !(j == ts && h == i && i-j == 1 && a.wordClass(j)&wcStop != 0) && !a.personsOffice(j, h) && !inTitle {
				// drop organisations swallowed by this one
				name := a.src[a.toks[j].s:a.toks[h].e]
				keep := ms[:0]
				for _, m := range ms {
					if !(m.kind == mkOrg && m.ts >= j && m.te <= h+1) {
						keep = append(keep, m)
					}
				}
				ms = keep
				ms = append(ms, a.orgMention(j, h+1, name))
				for k := j; k <= h; k++ {
					cov[k-ts] = len(ms)
				}
				i = h
				continue
			}
			if lw == "department" && i > ts && a.low(i-1) == "the" && a.low(i+1) != "of" && a.stateDept {
				ms = append(ms, mention{ts: i, te: i + 1, ps: i - 1, s: a.toks[i].s, e: a.toks[i].e, kind: mkOrg, ent: a.lx.entities["U.S. Department of State"], actor: -1, actorLike: true})
				cov[i-ts] = len(ms)
			}
		}
	}
	return ms
}

// standsAlone says whether "latter" or "former" at token i is used as a noun phrase of its
// own ("the latter blames it"), not as an adjective ("the former president"): the parse
// makes it the head of its phrase.
func (a *analyzer) standsAlone(i int) bool {
	k := a.parseTok(i)
	if k < 0 {
		return false
	}
	d := a.syn.toks[k].dep()
	return d == "nsubj" || d == "nsubj:pass" || d == "obj" || d == "conj"
}

// referenceMentions finds pronouns, unnamed groups, references to roles ("the minister")
// and to the parties ("the two delegations"), and regional groups ("European governments").
func (a *analyzer) referenceMentions(ts, te int, ms []mention, cov []int) []mention {
	// D. Pronouns, groups, references to roles, regional groups.
	for i := ts; i < te; i++ {
		if cov[i-ts] != 0 || !a.toks[i].word {
			continue
		}
		raw := a.txts[i]
		lw := strings.ToLower(raw)
		switch lw {
		case "he", "she", "they", "we", "i":
			if lw == "i" && raw != "I" {
				continue
			}
			ms = append(ms, mention{ts: i, te: i + 1, ps: i, s: a.toks[i].s, e: a.toks[i].e, kind: mkPron, pron: lw, actor: -1})
			continue
		}
		if (lw == "latter" || lw == "former") && i > ts && a.low(i-1) == "the" && cov[i-1-ts] == 0 && a.standsAlone(i) {
			// "the latter blames it": a reference to the last (or the earlier) of two actors
			ms = append(ms, mention{ts: i - 1, te: i + 1, ps: i - 1, s: a.toks[i-1].s, e: a.toks[i].e, kind: mkPron, pron: lw, actor: -1})
			continue
		}
		if regionAdj[raw] && i+1 < te && regionNouns[a.low(i+1)] {
			ms = append(ms, mention{ts: i, te: i + 2, ps: i, s: a.toks[i].s, e: a.toks[i+1].e, kind: mkRegion, name: raw + " " + a.low(i+1), actor: -1, actorLike: true})
			cov[i-ts], cov[i+1-ts] = len(ms), len(ms)
			i++
			continue
		}
		if lw == "the" && i+2 < te && a.low(i+1) == "two" && a.toks[i+2].word && !a.toks[i+2].cap &&
			(a.lx.verbs[a.low(i+2)] != nil || auxWords[a.low(i+2)]) {
			// "The two agreed to stay in close touch": the two parties of a call or meeting
			ms = append(ms, mention{ts: i, te: i + 2, ps: i, s: a.toks[i].s, e: a.toks[i+1].e, kind: mkJoint, name: "two", actor: -1})
			cov[i-ts], cov[i+1-ts] = len(ms), len(ms)
			i++
			continue
		}
		if (lw == "the" || lw == "both") && i+1 < te {
			j := i + 1
			if a.low(j) == "two" {
				j++
			}
			if j < te && jointNouns[a.low(j)] && (j > i+1 || lw == "both" || a.low(j) == "delegations" || a.low(j) == "sides" || a.low(j) == "parties" || a.low(j) == "leaders" || a.low(j) == "ministers") && !(j+1 < te && a.low(j+1) == "of") {
				ms = append(ms, mention{ts: i, te: j + 1, ps: i, s: a.toks[i].s, e: a.toks[j].e, kind: mkJoint, name: a.low(j), actor: -1})
				for k := i; k <= j; k++ {
					cov[k-ts] = len(ms)
				}
				i = j
				continue
			}
			h := j
			for h < te && h < j+3 && a.titleClass(h) == tcMod && cov[h-ts] == 0 {
				h++ // "the Foreign Minister", "the Deputy Secretary"
			}
			if lw == "the" && h < te && roleRefHeads[a.low(h)] && cov[h-ts] == 0 && !(h+1 < te && a.toks[h+1].cap) {
				ms = append(ms, mention{ts: i + 1, te: h + 1, ps: i, s: a.toks[i].s, e: a.toks[h].e, kind: mkRoleRef, name: a.low(h), actor: -1})
				for k := i + 1; k <= h; k++ {
					cov[k-ts] = len(ms)
				}
				i = h
				continue
			}
		}
		if lw == "delegations" || (lw == "delegation" && a.low(i+1) == "members") {
			j := i
			if lw == "delegation" {
				j++
			}
			ms = append(ms, mention{ts: i, te: j + 1, ps: i, s: a.toks[i].s, e: a.toks[j].e, kind: mkJoint, name: "delegations", actor: -1})
			cov[i-ts] = len(ms)
			i = j
			continue
		}
		if lw == "the" && i+1 < te && orgNouns[a.low(i+1)] && cov[i+1-ts] == 0 &&
			!(i+2 < te && (a.toks[i+2].cap || a.low(i+2) == "of")) &&
			(a.toks[i+1].cap && a.bodyByHead(a.txts[i+1]) || !a.toks[i+1].cap && a.orgByHead[a.low(i+1)] != "") {
			// "the Committee", "the Board", "the court": the body named earlier with that head
			// word, or (capitalised) the text's author body
			ms = append(ms, mention{ts: i + 1, te: i + 2, ps: i, s: a.toks[i+1].s, e: a.toks[i+1].e, kind: mkOrg,
				name: a.bodyNamed(a.txts[i+1]), actor: -1, actorLike: true, why: "a body by its head word"})
			cov[i+1-ts] = len(ms)
			i++
			continue
		}
		if researchNouns[lw] && !groupNouns[lw] && (!a.toks[i].cap || i == ts) && a.researchDocument(i, ts, cov) {
			// "The report says ...", "the study found": the findings are the researchers'
			ms = append(ms, mention{ts: i, te: i + 1, ps: i, s: a.toks[i].s, e: a.toks[i].e, kind: mkGroup, name: lw, actor: -1})
			cov[i-ts] = len(ms)
			continue
		}
		if groupNouns[lw] && (!a.toks[i].cap || i == ts) {
			st := i
			if i-1 >= ts && cov[i-1-ts] == 0 && a.toks[i-1].word && (!a.toks[i-1].cap || i-1 == ts && (strings.IndexByte(a.txts[i-1], '-') > 0 || isCommonWord(a.low(i-1)) || adjectiveShaped(a.low(i-1)))) {
				pl := a.low(i - 1)
				if a.lx.words[pl]&wcStop == 0 && !auxWords[pl] && !preps[pl] && a.lx.verbs[pl] == nil && pl != "and" && !determiners[pl] && !whWords[pl] {
					st = i - 1
				}
			} else if i-2 >= ts && (a.txts[i-1] == "'" || a.txts[i-1] == "’") && a.toks[i-2].word && strings.HasSuffix(a.low(i-2), "s") {
				// "farmers' groups": the owners name the group, and are no group of their own
				if c := cov[i-2-ts]; c == 0 || ms[c-1].kind == mkGroup {
					if c != 0 {
						ms[c-1].kind = 0
						cov[i-2-ts] = 0
					}
					st = i - 2
				}
			}
			if st == i && vagueGroups[lw] {
				continue
			}
			ms = append(ms, mention{ts: i, te: i + 1, ps: st, s: a.toks[st].s, e: a.toks[i].e, kind: mkGroup, name: a.src[a.toks[st].s:a.toks[i].e], actor: -1})
			cov[i-ts] = len(ms)
		}
	}
	return ms
}

// ofComplement extends an organisation name that ends in its head word at token h over a
// capitalised complement: "Institute of Technology", "Council for the Welfare of Immigrants",
// "Party of Canada". It returns the new last token.
func (a *analyzer) ofComplement(h, te int, cov []int, ts int) int {
	for h+2 < te {
		lw := a.low(h + 1)
		if lw != "of" && lw != "for" && lw != "on" {
			break
		}
		k := h + 2
		if a.low(k) == "the" {
			k++
		}
		last := -1
		for k < te && a.toks[k].cap && a.toks[k].word && a.titleClass(k) != tcHead && a.wordClass(k)&wcStop == 0 {
			if cov[k-ts] != 0 {
				break
			}
			last = k
			k++
		}
		if last < 0 {
			break
		}
		h = last
	}
	return h
}

// ofHeads head organisation names with an "of", "for" or "on" complement ("Ministry of
// Defence", "University of Sheffield"); governmentHeads are those a demonym before them
// does not belong to ("the Russian Ministry of Defence").
var (
	ofHeads         = wordSet("ofHeads")
	governmentHeads = wordSet("governmentHeads")
)

// onlyState says whether tokens from..to are exactly one state mention.
func (a *analyzer) onlyState(from, to int, ms []mention, cov []int, ts int) bool {
	if from >= to || cov[from-ts] == 0 {
		return false
	}
	o := ms[cov[from-ts]-1]
	return o.kind == mkState && o.ts == from && o.te == to
}

// ofName finds the organisation named by the head word at token i and its "of", "for" or
// "on" complement ("Ministry of Defence", "University of Sheffield", "Ministry of
// Information, Communications and Technology"), with the name before the head ("United
// States Department of Agriculture"). It returns the mentions and the name's last token,
// or -1 when there is no such name.
func (a *analyzer) ofName(i, ts, te int, ms []mention, cov []int) ([]mention, int) {
	lw := a.low(i)
	if a.titleClass(i) == tcHead || i+2 >= te {
		return ms, -1
	}
	if nx := a.low(i + 1); nx != "of" && nx != "on" && nx != "for" {
		return ms, -1
	}
	j := i + 2
	if a.low(j) == "the" {
		j++
	}
	last := -1
	var parts []int
	for j < te {
		if a.toks[j].cap && a.toks[j].word && a.titleClass(j) != tcHead {
			last = j
			parts = append(parts, j)
			j++
			continue
		}
		lj := a.low(j)
		if (lj == "and" || lj == "of" || lj == "for") && j+1 < te && a.toks[j+1].cap && a.titleClass(j+1) != tcHead &&
			!(lj == "and" && a.startsAnotherOrg(j+1, te)) {
			j++
			continue
		}
		if lj == "," && a.listEndsWithAnd(j+1, te) {
			j++ // "Ministry of Information, Communications and Technology"
			continue
		}
		break
	}
	if last < 0 || a.low(i+2) == "the" && a.onlyState(i+3, last+1, ms, cov, ts) {
		// "Colorado State University of the US": "of the US" places it, it is not its name
		return ms, -1
	}
	// a name before the head belongs to it: "United States Department of Agriculture",
	// "Australian Centre for ..."; not a demonym before a ministry
	first := i
	for first-1 >= ts {
		k := first - 1
		if c := cov[k-ts]; c != 0 {
			o := &ms[c-1]
			if (o.kind != mkState && o.kind != mkPlace) || o.te != first || o.gz == gzDemonym && governmentHeads[lw] {
				break
			}
			o.kind = 0 // swallowed; dropped at the end
			first = o.ts
			continue
		}
		if a.bodyOpenerAnd(k, ts, cov) {
			first = k - 1 // "Foreign and Commonwealth Office"
			continue
		}
		if opener := bodyOpeners[a.low(k)] && a.toks[k].cap; !opener && (!a.toks[k].cap || !a.toks[k].word || a.wordClass(k)&wcStop != 0 && a.titleClass(k) != tcMod || a.titleClass(k) == tcHead || k == ts && a.titleClass(k) == 0 && a.lx.words[a.low(k)] != 0) {
			break
		}
		first = k // "National Organization of ...", "Berkman Centre for ...", "Joint Council for ..."
	}
	for mi := range ms {
		if o := &ms[mi]; (o.kind == mkState || o.kind == mkPlace) && o.ts > i && o.te <= last+1 {
			o.kind = 0 // the complement: "Medical Journal of Australia"
		}
	}
	if first == i && lw == "departments" && len(parts) >= 2 {
		// "the Departments of State and Defense": one organisation each
		for _, p := range parts {
			om := a.orgMention(i, last+1, "Department of "+a.txts[p])
			om.noAlias = true
			ms = append(ms, om)
		}
	} else {
		ms = append(ms, a.orgMention(first, last+1, a.src[a.toks[first].s:a.toks[last].e]))
	}
	for k := first; k <= last; k++ {
		cov[k-ts] = len(ms)
	}
	return ms, last
}

// bodyOpenerAnd says whether token k is the "and" of "Foreign and Commonwealth Office": a
// capitalised opener of a body's name, not part of another mention, before it.
func (a *analyzer) bodyOpenerAnd(k, ts int, cov []int) bool {
	return a.low(k) == "and" && k-1 >= ts && a.toks[k-1].cap && bodyOpeners[a.low(k-1)] && cov[k-1-ts] == 0
}

// startsAnotherOrg says whether the capitalised words from token j end in the head of
// another name ("... Institute of Technology and Colorado State University").
func (a *analyzer) startsAnotherOrg(j, te int) bool {
	// one word is a part of this name ("Centre for Internet and Society"), several that
	// end in a head are a name of their own
	for k := j; k < te && a.toks[k].cap && a.toks[k].word; k++ {
		if k > j && (ofHeads[a.low(k)] || a.wordClass(k)&(wcOrgHead|wcPlaceHead) != 0) {
			return true
		}
	}
	return false
}

// listEndsWithAnd says whether capitalised words from token j run, through commas, to an
// "and" and a last capitalised word: the list inside a name ("Information, Communications
// and Technology").
func (a *analyzer) listEndsWithAnd(j, te int) bool {
	for ; j < te; j++ {
		switch {
		case a.toks[j].cap && a.toks[j].word && a.titleClass(j) != tcHead:
		case a.txts[j] == ",":
		case a.low(j) == "and":
			return j+1 < te && a.toks[j+1].cap && a.toks[j+1].word
		default:
			return false
		}
	}
	return false
}

// whWords open questions and relative clauses: never part of a group's name ("which media").
var whWords = wordSet("whWords")

// bodyNamed returns the organisation of the text whose name ends in head ("Federal Open
// Market Committee" for "the Committee"), or head itself.
func (a *analyzer) bodyNamed(head string) string {
	if name := a.orgByHead[foldASCII(head)]; name != "" {
		return name
	}
	return head
}

// bodyByHead says whether "the" + head names a body: one named earlier with that head word,
// or a head that bodies use as their own short name ("the Committee", "the Board"). "The
// Channel" or "the Network" named nowhere before is no body.
func (a *analyzer) bodyByHead(head string) bool {
	lw := strings.ToLower(head)
	return a.orgByHead[foldASCII(head)] != "" || ofHeads[lw] || lw == "party" || lw == "government"
}

// researchNouns name the authors of a study or the study itself.
var researchNouns = wordSet("researchNouns")

// researchDocument says whether the study or report noun at token i is the text's own
// research, not a body's document ("the Home Office report", "Russia's report"): no name
// stands before it.
func (a *analyzer) researchDocument(i, ts int, cov []int) bool {
	k := i - 1
	for k >= ts && a.toks[k].word && !a.toks[k].cap && a.lx.words[a.low(k)]&wcStop == 0 {
		k-- // adjectives: "the new study", "the final report"
	}
	if k >= ts && (cov[k-ts] != 0 || a.low(k) == "'s" || a.low(k) == "’s" || a.toks[k].cap && k > ts) {
		return false
	}
	return true
}

// adjectiveSuffixes end English adjectives far more often than names ("Pharmaceutical
// companies", "Environmental groups" opening a sentence).
var adjectiveSuffixes = []string{"ical", "al", "ic", "ive", "ous", "ary", "ful", "less"}

// adjectiveShaped says whether a lower-cased word of five letters or more ends like an
// adjective.
func adjectiveShaped(lw string) bool {
	if len(lw) < 5 {
		return false
	}
	for _, suf := range adjectiveSuffixes {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// acronymMentions finds the abbreviations the text defined earlier for a body ("the
// Pacific Fisheries Board (PFB)") where no other stage found a mention: alone they have
// no head word, and the tagger may not see a name in them.
func (a *analyzer) acronymMentions(ts, te int, ms []mention, cov []int) []mention {
	if len(a.acronymOf) == 0 {
		return ms
	}
	for i := ts; i < te; i++ {
		id, ok := a.acronymOf[a.txts[i]]
		if !ok || cov[i-ts] != 0 {
			continue
		}
		m := a.orgMention(i, i+1, a.actors[id].a.Name)
		m.why = "an abbreviation the text defined"
		ms = append(ms, m)
		cov[i-ts] = len(ms)
	}
	return ms
}

func (a *analyzer) orgMention(ts, te int, name string) mention {
	m := mention{ts: ts, te: te, ps: ts, s: a.toks[ts].s, e: a.toks[te-1].e, kind: mkOrg, name: name, actor: -1, actorLike: true}
	if toks := phraseTokens(name); len(toks) > 0 {
		for _, e := range a.lx.gaz[toks[0]] {
			if len(e.toks) == len(toks) && strings.Join(e.toks, " ") == strings.Join(toks, " ") {
				m.ent = e.ent
				m.gz = e.kind
			}
		}
	}
	return m
}

func (a *analyzer) cover(ts, te int) []int {
	n := te - ts
	if cap(a.cov) < n {
		a.cov = make([]int, n)
	}
	c := a.cov[:n]
	for i := range c {
		c[i] = 0
	}
	return c
}

func sortMentions(ms []mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && (ms[j].ts < ms[j-1].ts || ms[j].ts == ms[j-1].ts && ms[j].s < ms[j-1].s); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// nameLike says whether token i can be part of a personal name.
func (a *analyzer) nameLike(i int) bool {
	t := a.toks[i]
	if !t.word || t.upper {
		return false
	}
	txt := a.tx(t)
	if !t.cap {
		h := strings.IndexByte(txt, '-')
		if h <= 0 || !hyphenParticles[txt[:h]] || h+1 >= len(txt) || txt[h+1] < 'A' || txt[h+1] > 'Z' {
			return false
		}
	}
	if strings.IndexByte(txt, '.') >= 0 || strings.ContainsAny(txt, "0123456789") {
		return false
	}
	if strings.IndexByte(txt, '-') >= 0 {
		if h := strings.IndexByte(txt, '-'); hyphenParticles[txt[:h]] {
			return strings.IndexByte(txt[h+1:], '-') < 0 && h+1 < len(txt) && txt[h+1] >= 'A' && txt[h+1] <= 'Z' // "al-Moualem"
		}
		for _, part := range strings.Split(txt, "-") {
			if part == "" || part[0] < 'A' || part[0] > 'Z' || len(a.lx.gaz[part]) > 0 {
				return false
			}
			if _, ok := a.surnames[foldASCII(part)]; ok {
				return false
			}
		}
	}
	lw := strings.ToLower(txt)
	if a.lx.words[lw] != 0 || a.lx.titles[lw] != 0 {
		return false
	}
	return true
}

func (a *analyzer) isInitial(i int) bool {
	txt := a.txts[i]
	return len(txt) == 2 && txt[1] == '.' && txt[0] >= 'A' && txt[0] <= 'Z'
}

// workNouns name works that a title-case name modifies ("the … Nutrition study").
var workNouns = wordSet("workNouns")

// findPersons finds personal names and their roles among the uncovered tokens.
func (a *analyzer) findPersons(ts, te int, heading bool, ms []mention, cov []int) []mention {
	for i := ts; i < te; i++ {
		if cov[i-ts] != 0 {
			continue
		}
		// Known surnames, alone or in hyphenated pairs.
		if !a.nameLike(i) {
			txt := a.txts[i]
			if a.toks[i].cap && strings.IndexByte(txt, '-') > 0 && a.surnames != nil {
				off := 0
				for _, part := range strings.Split(txt, "-") {
					if full, ok := a.surnames[foldASCII(part)]; ok {
						ms = append(ms, mention{ts: i, te: i + 1, ps: i, s: a.toks[i].s + off, e: a.toks[i].s + off + len(part), kind: mkPerson, name: full, surname: true, actor: -1})
					}
					off += len(part) + 1
				}
			}
			continue
		}
		j := i
		real := 0
		for j < te && cov[j-ts] == 0 {
			if a.nameLike(j) {
				real++
				j++
				continue
			}
			if j > i && (a.isInitial(j) || nameSuffixes[a.txts[j]]) {
				j++
				continue
			}
			if j > i && particles[a.txts[j]] && j+1 < te && a.nameLike(j+1) {
				j++
				continue
			}
			if j > i && (a.txts[j] == "'" || a.txts[j] == "’") && a.toks[j].s == a.toks[j-1].e && j+1 < te &&
				a.toks[j+1].s > a.toks[j].e && a.nameLike(j+1) && !strings.HasSuffix(a.txts[j-1], "s") {
				j++ // an apostrophe ending a transliterated name: "Ali Jama' Jangeli"
				continue
			}
			if j > i && a.txts[j] == "]" && j+1 < te && a.nameLike(j+1) && i > ts && a.txts[i-1] == "[" {
				j++ // an editor's insertion in a quotation: "[George W.] Bush"
				continue
			}
			if j > i && real >= 2 && a.txts[j] == "," && j+1 < te && nameSuffixes[a.txts[j+1]] {
				j += 2 // "Joseph R. Biden, Jr."
				continue
			}
			break
		}
		// The entity tagger's person span trims words glued to the name ("Though Lynch").
		nerPerson := false
		if a.ents != nil {
			if ni, ok := a.nerTrim(i, j); ok {
				i, nerPerson = ni, true
				real = 0
				for k := i; k < j; k++ {
					if a.nameLike(k) {
						real++
					}
				}
			}
		}
		if sp := a.nerOverlap(a.toks[i].s, a.toks[j-1].e, "organization"); sp != nil && !nerPerson && sp.s == a.toks[i].s && sp.e == a.toks[j-1].e {
			i = j - 1 // the tagger reads an organisation ("Black Lotus Communications"): nerOrgs takes it
			continue
		}
		// Title-case headlines: "Secretary Blinken Reacts to ..." - a final word in -s is the verb.
		if heading && real == 2 && j-i == 2 {
			lw := a.low(j - 1)
			if len(lw) > 3 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "us") && !strings.HasSuffix(lw, "is") {
				j--
				real--
			}
		}
		if i > ts && !a.toks[i-1].cap && orgNouns[a.low(i-1)] && real == j-i {
			if _, known := a.surnames[foldASCII(a.txts[j-1])]; !known {
				// "industry group PharmaNord", "the energy company Nordgas": the name of the
				// body the noun before it says it is
				m := a.orgMention(i, j, a.src[a.toks[i].s:a.toks[j-1].e])
				m.why = "a name after an organisation noun"
				ms = append(ms, m)
				for k := i; k < j; k++ {
					cov[k-ts] = len(ms)
				}
				i = j - 1
				continue
			}
		}
		// names followed by the head of a place, organisation or event are not persons
		if j < te && a.toks[j].cap && a.wordClass(j)&(wcOrgHead|wcPlaceHead|wcEventHead) != 0 {
			i = j
			continue
		}
		if j < te && !a.toks[j].cap && workNouns[a.low(j)] {
			i = j // "the National Iodine Nutrition study": the name of a work, not a person
			continue
		}
		if a.placeHeadAfter(j, te) {
			i = j - 1 // "the Hodan Wardhigley and Howl Wadag districts", "the Kandor region"
			continue
		}
		if real > 4 {
			i = j - 1
			continue
		}
		if real == 1 && j-i == 1 && i-2 >= ts && a.low(i-1) == "of" && a.titleClass(i-2) == tcHead {
			if _, known := a.surnames[foldASCII(a.txts[i])]; !known {
				i = j - 1 // "Mayor of Baltimore": the place the title governs, not a name
				continue
			}
		}
		roleStart, head, hon, roleEnt := a.roleBefore(i, ts, ms, cov)
		titled := head || hon
		m := mention{ts: i, te: j, ps: roleStart, s: a.toks[i].s, e: a.toks[j-1].e, kind: mkPerson, titled: titled, actor: -1, roleEnt: roleEnt}
		if roleStart < i && head {
			m.role = strings.TrimSpace(a.src[a.toks[roleStart].s:a.toks[i-1].e])
			for {
				f := strings.Fields(m.role)
				if len(f) > 1 && a.lx.titles[strings.ToLower(f[len(f)-1])] == tcHon {
					m.role = strings.Join(f[:len(f)-1], " ")
					continue
				}
				break
			}
		}
		m.name = strings.ReplaceAll(a.src[m.s:m.e], "] ", " ")
		accept := false
		if real >= 2 && heading && a.pass == 2 {
			// In headings ("Secretary Blinken Reacts to ...") only names known from the body count.
			if _, ok := a.fullNames[m.name]; ok {
				accept = true
			} else if titled && a.pidx == 0 || a.byline(j, te) {
				accept = true
			} else {
				for k := i; k < j; k++ {
					if full, ok := a.surnames[foldASCII(a.txts[k])]; ok {
						m = mention{ts: k, te: k + 1, ps: k, s: a.toks[k].s, e: a.toks[k].e, kind: mkPerson, name: full, surname: true, titled: true, actor: -1}
						j = k + 1
						accept = true
						break
					}
				}
			}
		} else if real >= 2 {
			if titled {
				accept = true
			} else if !heading && !(i-1 >= ts && locPreps[a.low(i-1)]) {
				accept = true
				for k := i; k < j; k++ {
					if a.nameLike(k) && a.isLowerWord(strings.ToLower(a.txts[k])) {
						accept = false
					}
				}
				if accept && !nerPerson && isCommonWord(a.low(i)) && !a.personContext(j, te, i == ts) {
					// "a Living Wage program", "Term Limits": a title-case phrase opening with
					// an ordinary word, which the entity tagger does not read as a person
					accept = false
				}
			}
		} else if real == 1 && j-i == 1 && a.particleName(i) && !nerPerson && !titled {
			// "Al-Shabaab has threatened": an organisation (particleOrgs), unless known as a surname
			if full, ok := a.surnames[foldASCII(a.txts[i])]; ok {
				m.surname, m.name, accept = true, full, true
			}
		} else if real == 1 {
			m.surname = true
			key := foldASCII(a.txts[j-1])
			if full, ok := a.surnames[key]; ok {
				m.name = full
				accept = true
			} else if titled && !heading {
				accept = true
				m.why = "title before a name"
			} else if !heading && a.pass == 2 && !a.isLowerWord(a.low(i)) && !groupNouns[a.low(i)] &&
				!(i == ts && strings.HasSuffix(a.low(i), "s")) && a.personContext(j, te, i == ts) {
				accept = true
			}
		}
		if !accept && nerPerson && real >= 2 {
			accept = true
			m.why = "entity tagger: person"
		}
		if accept {
			ms = append(ms, m)
			for k := m.ps; k < j; k++ {
				if cov[k-ts] == 0 {
					cov[k-ts] = len(ms)
				}
			}
			for mi := range ms[:len(ms)-1] {
				if ms[mi].ts >= roleStart && ms[mi].te <= i {
					ms[mi].inRole = true
				}
			}
		}
		i = j - 1
	}
	return ms
}

// byline says whether a name ending before token j of a header paragraph is followed by ", Title":
// "Antony J. Blinken, Secretary of State" under the title of a press statement.
func (a *analyzer) byline(j, te int) bool {
	return a.pidx > 0 && a.pidx <= 3 && j+1 < te && a.txts[j] == "," && a.titleClass(j+1) != 0 && a.titleClass(j+1) != tcHon
}

// placeHeadAfter says whether the lower-case head of a place follows the capitalised words
// ending before token j, directly or after "and" and another run of capitalised words:
// "the Sarn district", "the Hodan and Howl Wadag districts".
func (a *analyzer) placeHeadAfter(j, te int) bool {
	if j < te && a.low(j) == "and" {
		for j++; j < te && a.toks[j].cap && a.toks[j].word; j++ {
		}
	}
	if j >= te || !a.toks[j].word || a.toks[j].cap {
		return false
	}
	w := a.low(j)
	if a.lx.words[w]&wcPlaceHead != 0 {
		return true
	}
	// plurals: "districts", "cities"
	if sing, ok := strings.CutSuffix(w, "ies"); ok && a.lx.words[sing+"y"]&wcPlaceHead != 0 {
		return true
	}
	sing, ok := strings.CutSuffix(w, "s")
	return ok && a.lx.words[sing]&wcPlaceHead != 0
}

// personContext says whether the token after a single unknown capitalised word shows it is a person:
// a reporting verb ("Trump has ruled out"), a possessive with a personal noun ("the minister's government") or an
// attributive use ("the Putin wars").
func (a *analyzer) personContext(j, te int, initial bool) bool {
	k := j
	for k < te && auxWords[a.low(k)] {
		k++
	}
	if k < te {
		if vs := a.lx.verbs[a.low(k)]; len(vs) > 0 && (vs[0].class == vcReport || vs[0].class == vcStance) {
			return true
		}
	}
	if j+1 < te && (a.low(j) == "'s" || a.low(j) == "’s") && personNouns[a.low(j+1)] {
		return true
	}
	if initial {
		return false
	}
	if j < te && !a.toks[j].cap && (a.low(j) == "wars" || a.low(j) == "war" || a.low(j) == "regime" || a.low(j) == "administration") {
		return true
	}
	return false
}

// roleBefore walks left from a name over title words, modifiers, states and organisations.
func (a *analyzer) roleBefore(i, ts int, ms []mention, cov []int) (start int, head, hon bool, ent *entity) {
	start = i
	j := i - 1
	tentative := i
	for j >= ts {
		t := a.toks[j]
		if c := cov[j-ts]; c != 0 {
			m := ms[c-1]
			if m.kind == mkState || m.kind == mkOrg {
				ent = m.ent
				j = m.ts - 1
				start = m.ts
				tentative = start
				continue
			}
			break
		}
		lw := a.low(j)
		tc := a.titleClass(j)
		if tc == tcHon {
			hon = true
			start, tentative = j, j
			j--
			continue
		}
		if tc == tcHead || tc == tcMod || lw == "justice" && j == i-1 && t.cap {
			// "Justice" completes "Minister of Justice", but right before a name it is a
			// judge's title ("Justice Helen Marsh")
			if tc != tcMod {
				head = true
			}
			start, tentative = j, j
			j--
			continue
		}
		if (lw == "'s" || lw == "’s") && j-1 >= ts && cov[j-1-ts] != 0 {
			j--
			continue
		}
		if t.word && t.cap && !t.upper && tentative > j {
			// complement of a title: "of Defense", "for European and Eurasian Affairs"
			if a.lx.words[lw]&wcStop != 0 && tc != tcComp && lw != "european" && lw != "central" && lw != "national" && lw != "international" && lw != "foreign" {
				break
			}
			j--
			continue
		}
		if (lw == "of" || lw == "for" || lw == "to" || lw == "the" || lw == "and") && j-1 >= ts {
			if lw == "and" && (a.titleClass(j+1) == tcHead || a.titleClass(j+1) == tcMod) {
				break
			}
			j--
			continue
		}
		break
	}
	if !head && !hon {
		return i, false, false, nil
	}
	return start, head, hon, ent
}
