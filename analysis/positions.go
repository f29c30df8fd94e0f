package analysis

import (
	"strings"
)

var courtesyWords = wordList("courtesyWords")

var determiners = wordSet("determiners")

var experiencerVerbs = wordSet("experiencerVerbs")

var purposeVerbs = wordSet("purposeVerbs")

// meetVerbs state a position when they have a purpose: "spoke with X to congratulate", "met for the Strategic Dialogue".
var meetVerbs = wordSet("meetVerbs")

var copulas = wordSet("copulas")

// predicateAdjs hold a stance after a copula: "are committed to", "remain deeply concerned".
var predicateAdjs = wordStances("predicateAdjs")

var meetNouns = wordSet("meetNouns")

var proxyNouns = wordSet("proxyNouns")

type pendingSent struct {
	st    sentence
	topic int
}

type holder struct {
	actors []int
	why    string
	conf   float64
	stance string
	verb   int  // token index after the verb, or -1
	vstart int  // token index of the verb, or -1
	fixed  bool // the verb's stance holds whatever follows
}

// sentence analyses one sentence in the second pass, stage by stage: its mentions become
// actors; the text's frame (title, byline, headings) may take the sentence; the surface
// patterns and the parse find the holders of its cue verbs; the genre adds the speaker or
// author of first-person text; quotations carry holders across sentences; then each holder
// gets a position.
func (a *analyzer) sentence(pi int, st sentence, ms []mention, heading bool) {
	a.resolveMentions(st, ms)
	topic, words, ok := a.frame(pi, st, ms, heading)
	if !ok {
		return
	}
	hs := a.patternHolders(st, ms)
	hs = a.addParseHolders(hs, st, ms)
	hs = a.dropConcessive(hs, st.ts)
	hs = a.genreHolders(st, hs, a.substantive(st, topic, words))
	hs = a.addPraisedHolders(hs, st, ms)
	hs = a.quoteHolders(pi, st, hs, words, topic)
	for _, h := range hs {
		a.addPosition(pi, st, h, topic)
	}
	a.updateDiscourse(st.ts, st.te, ms, hs)
}

// resolveMentions gives the mentions of a sentence their actors.
func (a *analyzer) resolveMentions(st sentence, ms []mention) {
	ts, te := st.ts, st.te
	// Resolve mentions to actors.
	for mi := range ms {
		m := &ms[mi]
		switch m.kind {
		case mkState:
			m.actor = a.resolve(m)
			if a.stateActorLike(m, ts, te, ms) {
				m.actorLike = true
				a.actors[m.actor].actorLike = true
			} else {
				m.locative = true
			}
			a.addMention(m.actor, m.s, m.e)
		case mkOrg, mkPerson, mkRegion:
			m.actor = a.resolve(m)
			// a regional group ("European governments") is an actor only when it holds a
			// position: named in passing it only locates ("in most European countries")
			if m.kind != mkRegion {
				a.actors[m.actor].actorLike = true
			}
			a.addMention(m.actor, m.s, m.e)
		}
	}
	a.appositiveRoles(ts, te, ms)
}

// frame handles the sentences of a text's frame (the author line, the title, bylines and
// headings); ok is false when the sentence holds no position. It returns the sentence's
// topic and its number of words.
func (a *analyzer) frame(pi int, st sentence, ms []mention, heading bool) (topic, words int, ok bool) {
	ts, te := st.ts, st.te
	stext := a.src[st.s:st.e]
	topic = -1
	// Author of the text: "The following is attributable to Spokesperson X:", "Statement from President X".
	if strings.Contains(stext, "attributable to") {
		for _, m := range ms {
			if m.kind == mkPerson {
				a.author = m.actor
			}
		}
		return topic, words, false
	}
	if a.genre == genrePersonal && pi == 0 && a.author < 0 {
		for _, m := range ms {
			if m.kind == mkPerson {
				a.author = m.actor
				break
			}
		}
		return topic, words, false
	}
	// Topics of the sentence.
	topic = a.sentenceTopic(st, heading)
	if heading && a.author < 0 && a.genre != genreNews && a.genre != genreTranscript {
		for _, m := range ms {
			if m.kind == mkPerson && a.byline(m.te, te) {
				a.author = m.actor // the byline of a press statement
				break
			}
		}
	}
	if pi == 0 && (a.titleSpeech || a.titleInterview) {
		a.takeTextSpeaker(st, ms)
	}
	if heading {
		a.heading = topic
		a.updateDiscourse(ts, te, ms, nil)
		return topic, words, false
	}
	words = 0
	for k := ts; k < te; k++ {
		if a.toks[k].word {
			words++
		}
	}
	if pi == 0 && a.doc.Title != "" {
		a.updateDiscourse(ts, te, ms, nil)
		return topic, words, false
	}
	if a.genre == genreJoint && len(a.statePair) < 2 {
		var states []int
		for _, m := range ms {
			if m.kind == mkState && m.actorLike && !containsInt(states, m.actor) {
				states = append(states, m.actor)
			}
		}
		if len(states) >= 2 {
			a.statePair = states[:2]
		}
	}

	return topic, words, true
}

// patternHolders finds the holders of a sentence's cue verbs and stance predicates by
// surface patterns: the subject before the verb, the agent of a passive, the object of a
// verb of concern or of "according to".
func (a *analyzer) patternHolders(st sentence, ms []mention) []holder {
	ts, te := st.ts, st.te
	var hs []holder
	prevSubj := []int(nil)
	for i := ts; i < te; i++ {
		if !a.toks[i].word {
			continue
		}
		if h := a.ownPlan(i, ts, te, ms); h != nil {
			hs = append(hs, *h)
			continue
		}
		c, ok, taken := a.subjectCue(i, te)
		if !taken {
			if h, found := a.objectHolder(i, te, ms); found {
				if h != nil {
					hs = append(hs, *h)
				}
				continue
			}
		}
		if !ok || a.toks[i].cap && i != ts || inMention(ms, i) {
			continue
		}
		if h, passive := a.passiveAgent(i, ts, te, c, ms); passive {
			if h != nil {
				hs = append(hs, *h)
			}
			continue
		}
		subj, why := a.subjectOf(i, ts, te, ms, prevSubj, c.n)
		if len(subj) == 0 {
			continue
		}
		if a.inWhClause(i, ts, ms) {
			continue // "I echo what Secretary X said": a reference to a statement, not one
		}
		if a.inDeniedClause(i, ts) {
			continue // "Miliband denied that the United States threatened …": denied, not the US's
		}
		prevSubj = subj
		conf := 0.8
		if strings.Contains(why, "pronoun") || strings.Contains(why, "joint") {
			conf = 0.65
		}
		hs = append(hs, holder{actors: subj, why: why + " + verb '" + a.src[a.toks[i].s:a.toks[i+c.n-1].e] + "'", conf: conf, stance: c.stance, verb: i + c.n, vstart: i, fixed: c.fixed})
		i += c.n - 1
	}
	return hs
}

// planNouns: see lexicon/wordlists.tsv.
var planNouns = wordSet("planNouns")

// ownPlan gives an undertaking named with its owner ("Prime Minister Rishi Sunak's effort to
// clear the backlog") to the owner, who supports what it sets out to do; nil when token i
// is no such noun.
func (a *analyzer) ownPlan(i, ts, te int, ms []mention) *holder {
	if !planNouns[a.low(i)] || i+1 >= te || i-1 < ts {
		return nil
	}
	var m *mention
	switch next := a.low(i + 1); {
	case next == "to" && i-2 >= ts && (a.low(i-1) == "'s" || a.low(i-1) == "’s"):
		m = a.mentionEndingAt(i-2, ms) // "Sunak's effort to clear the backlog"
	case next == "that" || next == "to" || next == "for":
		m = a.mentionEndingAt(i-1, ms) // "a World Health Organisation recommendation that"
		if m != nil && (m.ps == ts || !determiners[a.low(m.ps-1)]) {
			m = nil // "Kowal plan to …" without its article is a subject and its verb
		}
	}
	if m == nil || m.actor < 0 || m.kind != mkPerson && m.kind != mkOrg && m.kind != mkState {
		return nil
	}
	if b := m.ps - 1; b >= ts && (a.low(b) == "for" || a.low(b) == "to") {
		return nil // "voiced support for Ukraine's efforts to …": the position is the supporter's
	}
	return &holder{actors: []int{m.actor}, why: "owner of the '" + a.low(i) + "'", conf: 0.6, stance: Supports, verb: i + 2, vstart: i, fixed: true}
}

// patternCue is a cue at a token whose holder is its subject: a verb of the lexicon, a
// predicate of stance, a meeting with a purpose.
type patternCue struct {
	class  int
	stance string
	n      int // tokens
	fixed  bool
}

// subjectCue matches the cues whose holder is their subject at token i. ok says a cue
// matched; taken says a frame claimed the token even when it did not match ("had" in a
// readout without a meeting noun after it).
func (a *analyzer) subjectCue(i, te int) (c patternCue, ok, taken bool) {
	lw := a.low(i)
	for _, e := range a.lx.verbs[lw] {
		match := i+len(e.toks) <= te
		for k := 1; match && k < len(e.toks); k++ {
			if a.low(i+k) != e.toks[k] {
				match = false
			}
		}
		if match {
			return patternCue{e.class, e.stance, len(e.toks), e.fixed}, e.class != 0, true
		}
	}
	if n := a.candidacy(i, te); n > 0 {
		// "Markey is thus far the only announced candidate": standing for office
		return patternCue{vcStance, Supports, n, true}, true, true
	}
	if a.makesPriority(i, te) {
		// "Sunak has made tackling migration one of his main priorities"
		return patternCue{vcStance, Supports, 1, true}, true, true
	}
	if a.opensQuotation(i, te) {
		// "She continued: "…"", "He went on: "…"": a verb that opens a quotation with a
		// colon reports what follows, whatever the verb
		return patternCue{vcReport, Claims, 1, false}, true, true
	}
	if pred, pst := a.predicateAt(i, te); pred > 0 {
		// "The United States and Israel are committed to ...", "we remain deeply concerned by ..."
		return patternCue{vcStance, pst, pred, true}, true, true
	}
	if meetVerbs[lw] && a.purposeAfter(i+1, te) {
		// "X spoke with Y to express ...", "X met in Washington for the Strategic Dialogue"
		return patternCue{vcAction, Supports, 1, false}, true, true
	}
	if (lw == "had" || lw == "held") && a.genre != genreNews {
		for k := i + 1; k < te && k <= i+4; k++ {
			if meetNouns[a.low(k)] {
				return patternCue{vcAction, Supports, 1, false}, true, true
			}
		}
		return patternCue{n: 1}, false, true
	}
	return patternCue{n: 1}, false, false
}

// candidacyNouns: see lexicon/wordlists.tsv.
var candidacyNouns = wordSet("candidacyNouns")

// candidacy returns the length of a copula at token i and the candidacy noun it predicates
// of its subject over lower-case words ("is the only announced candidate", "was thus far
// a declared contender"), or 0. A negated one ("is not a candidate") states no stand.
func (a *analyzer) candidacy(i, te int) int {
	if !copulas[a.low(i)] {
		return 0
	}
	for k := i + 1; k < te && k <= i+6; k++ {
		switch {
		case candidacyNouns[a.low(k)]:
			return k + 1 - i
		case negators[a.low(k)] || !a.toks[k].word || a.toks[k].cap:
			return 0
		}
	}
	return 0
}

// makesPriority says whether token i is the verb "make" whose object complement is a
// priority ("made X a priority", "makes X one of its top priorities"), within the clause.
func (a *analyzer) makesPriority(i, te int) bool {
	switch a.low(i) {
	case "make", "makes", "made", "making":
	default:
		return false
	}
	for k := i + 1; k < te && k <= i+12; k++ {
		switch a.low(k) {
		case "priority", "priorities":
			return k > i+2 && a.determinedNoun(k, i+1) // an object stands between, and "a", "his" before: not "a speech on priorities"
		case ",", ";", ":", ".", "that", "which", "who":
			return false
		}
	}
	return false
}

// determinedNoun says whether the noun at k has a determiner or possessive before it,
// over at most two modifiers ("a priority", "his main priorities", "its top national
// priority"), no further left than from.
func (a *analyzer) determinedNoun(k, from int) bool {
	for j := k - 1; j >= from && j >= k-3; j-- {
		switch a.low(j) {
		case "a", "an", "the", "his", "her", "its", "their", "our", "my", "your":
			return true
		case "of", "on", "for", "in", "to", "with", "and", ",":
			return false
		}
	}
	return false
}

// opensQuotation says whether token i is a verb followed by a colon and an opening
// quotation mark.
func (a *analyzer) opensQuotation(i, te int) bool {
	if i+2 >= te || a.txts[i+1] != ":" || a.txts[i+2] != "\"" && a.txts[i+2] != "“" {
		return false
	}
	p := a.parseTok(i)
	return p >= 0 && a.syn.toks[p].upos() == "VERB"
}

// objectFrame is a cue whose holders are the actors after it.
type objectFrame struct {
	match  func(a *analyzer, i, te int) (from int, ok bool) // where the holders start
	why    func(lw string) string
	conf   float64
	stance string
	act    bool // the cue is an act at the token (verb: i), not a report (verb: -1)
}

// objectFrames, tried in order at each token the subject cues do not claim.
var objectFrames = []objectFrame{
	{ // "The draft alarmed Kyiv and European capitals"
		match: func(a *analyzer, i, te int) (int, bool) { return i + 1, experiencerVerbs[a.low(i)] },
		why:   func(lw string) string { return "object of a verb of concern (" + lw + ")" },
		conf:  0.55, stance: Opposes, act: true,
	},
	{ // "according to Kremlin spokesman Dmitry Peskov"
		match: func(a *analyzer, i, te int) (int, bool) {
			return i + 2, a.low(i) == "according" && i+1 < te && a.low(i+1) == "to"
		},
		why:  func(string) string { return "'according to X'" },
		conf: 0.7, stance: Claims,
	},
	{ // "secured endorsements from Kerry and Kennedy", "with the backing of the council"
		match: func(a *analyzer, i, te int) (int, bool) {
			return i + 2, backingNouns[a.low(i)] && i+1 < te && (a.low(i+1) == "from" || a.low(i+1) == "of")
		},
		why:  func(lw string) string { return "'" + lw + " from X'" },
		conf: 0.6, stance: Supports, act: true,
	},
	{ // "a poll conducted by WBUR shows Brown ahead", "a study funded by the council found"
		match: func(a *analyzer, i, te int) (int, bool) { return i + 2, a.findingsBy(i, te) },
		why:   func(lw string) string { return "agent of research that reports ('" + lw + " by X')" },
		conf:  0.6, stance: Claims,
	},
	{ // "critics like barrister Colin Yeo", "supporters such as the mayor"
		match: func(a *analyzer, i, te int) (int, bool) { return a.sideNamed(i, te, criticNouns) },
		why:   func(lw string) string { return "'" + lw + " like X'" },
		conf:  0.55, stance: Opposes,
	},
	{
		match: func(a *analyzer, i, te int) (int, bool) { return a.sideNamed(i, te, supporterNouns) },
		why:   func(lw string) string { return "'" + lw + " like X'" },
		conf:  0.55, stance: Supports,
	},
	{ // "unacceptable for Ukraine"
		match: func(a *analyzer, i, te int) (int, bool) {
			return i + 2, a.low(i) == "unacceptable" && i+1 < te && (a.low(i+1) == "for" || a.low(i+1) == "to")
		},
		why:  func(string) string { return "'unacceptable for X'" },
		conf: 0.55, stance: Opposes, act: true,
	},
}

// researchWorks, researchAgentVerbs, findingsWords: see lexicon/wordlists.tsv.
var (
	researchWorks      = wordSet("researchWorks")
	researchAgentVerbs = wordSet("researchAgentVerbs")
	findingsWords      = wordSet("findingsWords")
)

// findingsBy says whether token i is a verb that makes the research noun before it the
// work of the agent after "by", and the research then reports a finding: "a poll
// conducted by WBUR shows …". The agent holds the finding; a study that is only
// described ("a study funded by the council was delayed") gives no one a position.
func (a *analyzer) findingsBy(i, te int) bool {
	if i < 1 || !researchAgentVerbs[a.low(i)] || i+2 >= te || a.low(i+1) != "by" || !researchWorks[a.low(i-1)] {
		return false
	}
	for k := i + 2; k < te && k <= i+10; k++ {
		if findingsWords[a.low(k)] {
			return true
		}
		if w := a.low(k); w == ";" || w == ":" || w == "." {
			return false
		}
	}
	return false
}

// criticNouns and supporterNouns name those against or for something: see
// lexicon/wordlists.tsv.
var (
	criticNouns    = wordSet("criticNouns")
	supporterNouns = wordSet("supporterNouns")
)

// sideNamed matches a noun of nouns followed by examples of it ("critics like X",
// "opponents such as X", "supporters including X") and returns where the examples start.
func (a *analyzer) sideNamed(i, te int, nouns map[string]bool) (int, bool) {
	if !nouns[a.low(i)] || i+2 >= te {
		return 0, false
	}
	switch a.low(i + 1) {
	case "like", "including":
		return i + 2, true
	case "such":
		return i + 3, i+3 < te && a.low(i+2) == "as"
	}
	return 0, false
}

// backingNouns name support received from the actors after them.
var backingNouns = wordSet("backingNouns")

// objectHolder matches the object frames at token i; found says one matched, and the
// holder is nil when no actor follows.
func (a *analyzer) objectHolder(i, te int, ms []mention) (h *holder, found bool) {
	for _, f := range objectFrames {
		from, ok := f.match(a, i, te)
		if !ok {
			continue
		}
		list := a.objectActors(from, te, ms)
		if len(list) == 0 {
			return nil, true
		}
		h := holder{actors: list, why: f.why(a.low(i)), conf: f.conf, stance: f.stance, verb: -1, vstart: -1}
		if f.act {
			h.verb, h.fixed = i, true
		}
		return &h, true
	}
	return nil, false
}

// passiveAgent gives the cue c at token i, when it is a passive verb, to its agent: "the plan
// was rejected by Kyiv", "was reportedly rejected by". passive says the verb is a passive;
// the holder is nil when no agent follows.
func (a *analyzer) passiveAgent(i, ts, te int, c patternCue, ms []mention) (h *holder, passive bool) {
	b := i - 1
	for b > ts && len(a.low(b)) > 4 && strings.HasSuffix(a.low(b), "ly") && !a.toks[b].cap {
		b--
	}
	reduced := b >= ts && c.fixed && a.toks[b].word && !a.toks[b].cap && !passiveAux[a.low(b)] && strings.HasSuffix(a.low(i), "ed")
	if b < ts || !passiveAux[a.low(b)] && !reduced {
		return nil, false
	}
	if reduced && !(i+c.n < te && a.low(i+c.n) == "by") {
		return nil, false // "the ministers rejected the plan": an active verb
	}
	if i+c.n < te && a.low(i+c.n) == "by" {
		if list := a.objectActors(i+c.n+1, te, ms); len(list) > 0 {
			return &holder{actors: list, why: "agent of a passive verb '" + a.low(i) + "'", conf: 0.65, stance: c.stance, verb: i + c.n, vstart: i, fixed: c.fixed}, true
		}
	}
	return nil, true
}

// passiveAux are the forms of "be" before a passive participle.
var passiveAux = map[string]bool{"was": true, "were": true, "been": true, "is": true, "are": true}

// fillers open a short conversational reply that states nothing ("Well, yeah, same for me.").
var fillers = wordSet("fillers")

// substantive says whether a sentence says enough to be a position: not a greeting or
// bare thanks, and of five words or more.
func (a *analyzer) substantive(st sentence, topic, words int) bool {
	te := st.te
	// Short statements count: "The President has that pulpit.", "After that, I may
	// reconsider." A short line that introduces what follows ("Below are the remarks:") is
	// no statement, nor is a short reply opened by a filler.
	substantive := words >= 5 && !(words < 8 && (a.txts[te-1] == ":" || fillers[a.low(st.ts)]))
	courtesy := false
	ls := strings.ToLower(a.src[st.s:st.e])
	for _, c := range courtesyWords {
		if strings.Contains(ls, c) {
			courtesy = true
		}
	}
	// thanks and greetings are skipped unless they carry content ("thank you for your support for ...")
	if courtesy && topic < 0 && words < 20 {
		substantive = false
	}
	if courtesy && words < 10 {
		substantive = false
	}
	return substantive
}

// genreHolders adds the holder the genre gives a sentence: the speaker of a transcript or
// speech, the author of a statement, the parties of a joint statement.
func (a *analyzer) genreHolders(st sentence, hs []holder, substantive bool) []holder {
	ts, te := st.ts, st.te
	ls := strings.ToLower(a.src[st.s:st.e])
	switch a.genre {
	case genreTranscript:
		if a.speaker >= 0 && substantive {
			hs = append(hs, holder{actors: []int{a.speaker}, why: "transcript: sentence of the speaker", conf: 0.7, verb: -1, vstart: -1})
		}
	case genrePersonal:
		if len(hs) == 0 && substantive {
			// the named author, or the government when the statement is by an office ("Statement by the Press Secretary")
			if h := a.authorActors(); len(h) > 0 {
				hs = append(hs, holder{actors: h, why: "statement of the author", conf: 0.6, verb: -1, vstart: -1})
			}
		}
	case genreOfficial, genreJoint:
		if len(hs) == 0 && substantive && (a.hasWe(ts, te) || a.evaluative(ts, te)) {
			if h := a.authorActors(); len(h) > 0 {
				why := "first person plural in an official statement"
				if !a.hasWe(ts, te) {
					why = "evaluative sentence of an official statement"
				}
				hs = append(hs, holder{actors: h, why: why, conf: 0.5, verb: -1, vstart: -1})
			}
		}
		if len(hs) == 0 && a.genre == genreJoint && len(a.statePair) >= 2 && strings.Contains(ls, " were discussed") {
			hs = append(hs, holder{actors: a.statePair, why: "joint statement: discussion of the parties", conf: 0.45, stance: Neutral, verb: -1, vstart: -1})
		}
	}
	return hs
}

// quoteHolders carries holders across the sentences of a quotation: a sentence inside a
// quotation attributed earlier is its speaker's, and sentences of a quotation attributed
// at its end ('"A. B," he said') get the holder when it comes.
func (a *analyzer) quoteHolders(pi int, st sentence, hs []holder, words, topic int) []holder {
	ts, te := st.ts, st.te
	// Quotations spanning several sentences: '"A. B," he said.' and 'He said: "A. B."'
	opens, closes := 0, 0
	for k := ts; k < te; k++ {
		switch a.txts[k] {
		case "“":
			opens++
		case "”":
			closes++
		case "\"":
			if k == ts || a.toks[k-1].e < a.toks[k].s {
				opens++
			} else {
				closes++
			}
		}
	}
	if a.quotePara != pi {
		// A paragraph that opens with a quotation continues the quotation of the paragraph
		// before when it names no speaker of its own: news style leaves a quote spanning
		// paragraphs open at each paragraph's end and reopens it at the next one's start.
		// Its sentences wait, as those of any open quotation do, for an attribution later
		// in the paragraph; what none claims goes to that speaker (endQuoteParagraph).
		a.contHolder = nil
		if a.lastQuoted != nil && a.lastQuotedPara == pi-1 && a.quotePara == pi-1 &&
			(a.txts[ts] == "\"" || a.txts[ts] == "“") {
			h := *a.lastQuoted
			h.why = "quotation continued from the paragraph before"
			h.conf = 0.55
			h.verb = -1
			a.contHolder = &h
		}
		a.quotePara, a.inQuote, a.quoteHolder, a.pending = pi, a.contHolder != nil, nil, a.pending[:0]
	}
	var report *holder
	for hi := range hs {
		if hs[hi].verb >= 0 && a.genre != genreTranscript {
			report = &hs[hi]
			break
		}
	}
	if !a.inQuote && report == nil && opens > closes && (a.txts[ts] == "\"" || a.txts[ts] == "“") &&
		a.prevReport != nil && a.prevReportPara == pi && a.prevReportSent == a.sentNo-1 {
		// 'Heald noted the findings. "Ozone is something we understand …"': a quotation
		// that opens right after a speaker's sentence is theirs until someone else's is named
		h := *a.prevReport
		a.inQuote, a.quoteHolder = true, &h
		a.lastQuoted, a.lastQuotedPara = &h, pi // it may go on in the next paragraph
		opens--
	}
	startsInQuote := a.inQuote
	a.prevReport, a.prevReportPara, a.prevReportSent = nil, pi, a.sentNo
	if report != nil {
		h := *report
		a.prevReport = &h
	}
	if len(hs) == 0 && startsInQuote && a.quoteHolder != nil && words >= 4 {
		h := *a.quoteHolder
		h.why = "inside a quotation attributed earlier"
		h.conf = 0.6
		h.verb = -1
		hs = append(hs, h)
	}
	if report != nil {
		a.lastQuoted, a.lastQuotedPara = nil, pi
		if opens+closes > 0 || startsInQuote {
			h := *report
			a.lastQuoted = &h
		}
	} else if len(hs) > 0 && startsInQuote {
		a.lastQuotedPara = pi // the quotation goes on in this paragraph
	}
	if report != nil && len(a.pending) > 0 && (startsInQuote || closes > 0) {
		for _, pst := range a.pending {
			h := *report
			h.why = "quotation attributed in a following sentence"
			h.conf = 0.6
			h.verb = -1
			a.addPosition(pi, pst.st, h, pst.topic)
		}
		a.pending = a.pending[:0]
	}
	if opens > closes {
		a.inQuote = true
		if report != nil {
			h := *report
			a.quoteHolder = &h
		}
	} else if closes > opens {
		if report == nil && a.contHolder != nil {
			if len(hs) == 0 && words >= 4 {
				a.pending = append(a.pending, pendingSent{st: st, topic: topic})
			}
			a.endQuoteParagraph(pi)
		}
		a.inQuote = false
		a.quoteHolder = nil
		a.pending = a.pending[:0]
	}
	if len(hs) == 0 && a.inQuote && words >= 4 && len(a.pending) < 20 {
		a.pending = append(a.pending, pendingSent{st: st, topic: topic})
	}
	return hs
}

// endQuoteParagraph gives the sentences of a continued quotation that no attribution in
// paragraph pi claimed to the speaker of the paragraph before. It runs while the
// paragraph's tokens are still those of pi.
func (a *analyzer) endQuoteParagraph(pi int) {
	if a.contHolder == nil || a.quotePara != pi {
		return
	}
	for _, pst := range a.pending {
		a.addPosition(pi, pst.st, *a.contHolder, pst.topic)
		a.lastQuotedPara = pi // the same speaker goes on quoting
	}
	a.pending = a.pending[:0]
	a.contHolder = nil
}

// predicateAt matches a copula with a predicate of stance at token i ("are firmly committed to");
// it returns the length in tokens and the stance, or 0.
func (a *analyzer) predicateAt(i, te int) (int, string) {
	if !copulas[a.low(i)] {
		return 0, ""
	}
	k := i + 1
	for k < te && (auxWords[a.low(k)] && !negators[a.low(k)] || strings.HasSuffix(a.low(k), "ly") && len(a.low(k)) > 4) {
		k++
	}
	st, ok := predicateAdjs[a.low(k)]
	if !ok || k+1 >= te {
		return 0, ""
	}
	switch a.low(k + 1) {
	case "to", "that", "by", "about", "with", "for", "over", "at", "of":
		return k + 1 - i, st
	}
	return 0, ""
}

// purposeAfter says whether a purpose follows a verb of meeting: "to congratulate", "for the Strategic Dialogue".
func (a *analyzer) purposeAfter(i, te int) bool {
	for k := i; k+1 < te; k++ {
		switch a.low(k) {
		case "to":
			if purposeVerbs[a.low(k+1)] {
				return true
			}
		case "for":
			for j := k + 1; j < te && j <= k+6; j++ {
				if meetNouns[a.low(j)] || a.low(j) == "consultations" || a.low(j) == "summit" || a.low(j) == "negotiations" {
					return true
				}
			}
		}
	}
	return false
}

// inWhClause says whether the verb at i is inside "what X said", a reference to a statement rather than one.
func (a *analyzer) inWhClause(i, ts int, ms []mention) bool {
	for j := i - 1; j >= ts && j >= i-8; j-- {
		switch a.low(j) {
		case "what", "whatever":
			return true
		case ",", ";", ":", "“", "”", "\"", "that", "and", "but":
			return false
		}
	}
	return false
}

// isSubject says whether the parse makes mention o (its last word or the head of its name)
// the subject of a verb.
// collectiveKinds are the mentions "they" can stand for.
var collectiveKinds = map[int]bool{mkState: true, mkOrg: true, mkGroup: true, mkRegion: true}

// groupSubject says whether mention o is a clause's subject, itself or as the modifier of
// the plural noun that is ("World Bank officials said").
func (a *analyzer) groupSubject(o *mention) bool {
	if a.isSubject(o) {
		return true
	}
	if a.syn == nil || o.te >= len(a.toks) || a.toks[o.te].cap {
		return false
	}
	k := a.parseTok(o.te)
	if k < 0 {
		return false
	}
	t := a.syn.toks[k]
	return t.dep() == "nsubj" && (officialNouns[t.low] || groupNouns[t.low] || agentPlural(t.low))
}

func (a *analyzer) isSubject(o *mention) bool {
	sy := a.syn
	if sy == nil {
		return false
	}
	lo, hi := sy.span(a.toks[o.ts].s, a.toks[o.te-1].e)
	for k := lo; k < hi && k < len(sy.toks); k++ {
		if d := sy.toks[k].dep(); d == "nsubj" && (sy.toks[k].head() < lo || sy.toks[k].head() >= hi) {
			return true
		}
	}
	return false
}

// denialVerbs deny the clause they introduce with "that".
var denialVerbs = wordSet("denialVerbs")

// inDeniedClause says whether token i lies in a "that" clause of a verb of denial earlier in
// the sentence: what a speaker denies is no position of the clause's subject.
func (a *analyzer) inDeniedClause(i, ts int) bool {
	for j := i - 1; j > ts; j-- {
		if a.low(j) == "that" && denialVerbs[a.low(j-1)] {
			return true
		}
		if w := a.low(j); w == ";" || w == ":" || w == "but" {
			return false
		}
	}
	return false
}

// evaluative says whether a sentence without a holder still states a stance of the text's author: a strong
// stance cue in the sentence ("A stable partnership is in the fundamental interest of both countries").
func (a *analyzer) evaluative(ts, te int) bool {
	sup, opp := a.contentStance(ts, te)
	return sup >= 4 || opp >= 4
}

// clauseConj are prepositions that also open a clause: "after Russia rejected the plan".
var clauseConj = wordSet("clauseConj")

// meetingVerbs introduce the parties of a meeting or call: "X spoke today with Y", "X met in Berlin with Y and Z".
var meetingVerbs = wordSet("meetingVerbs")

// meetingParties remembers the people of a meeting ("Blinken met with Baerbock, Truss and Errera"), so that
// "they" and "the leaders" in the next sentences are all of them.
func (a *analyzer) meetingParties(ts, te int, ms []mention) {
	for k := ts; k < te; k++ {
		if !meetingVerbs[a.low(k)] {
			continue
		}
		j := k - 1
		for j >= ts && auxWords[a.low(j)] {
			j--
		}
		subj := a.mentionEndingAt(j, ms)
		if subj == nil || subj.kind != mkPerson {
			return
		}
		ids := []int{subj.actor}
		for q := ts; q < j; q++ { // coordinated subjects: "X and Y met with Z"
			if m := a.mentionEndingAt(q, ms); m != nil && m.kind == mkPerson && !m.inRole && q+1 < j && a.low(q+1) == "and" {
				ids = appendUniq([]int{m.actor}, ids...)
			}
		}
		with := k + 1
		if a.low(k) != "hosted" && a.low(k) != "hosts" && a.low(k) != "received" && a.low(k) != "welcomed" {
			for with < te && with <= k+6 && a.low(with) != "with" {
				with++
			}
			if with >= te || with > k+6 {
				return
			}
		}
		n := len(ids)
		for mi := range ms {
			m := &ms[mi]
			if m.ts > with && m.kind == mkPerson && !m.inRole && m.actor >= 0 {
				ids = appendUniq(ids, m.actor)
			}
		}
		if len(ids) > n {
			a.personPair, a.lastPlural, a.lastPluralSent = ids, ids, a.sentNo
		}
		return
	}
}

// inConcessive says whether token v lies in a concessive clause ("while we do not seek escalation, ...").
func (a *analyzer) inConcessive(v, ts int) bool {
	for k := v - 1; k >= ts; k-- {
		lw := a.low(k)
		if concessives[lw] {
			return true
		}
		if lw == "," || lw == ";" || lw == ":" {
			return false
		}
	}
	return false
}

// dropConcessive drops the holders of verbs in a concessive clause ("while we do not seek escalation")
// when the same actor holds the sentence's main clause too.
func (a *analyzer) dropConcessive(hs []holder, ts int) []holder {
	if len(hs) < 2 {
		return hs
	}
	inConcessive := func(v int) bool { return a.inConcessive(v, ts) }
	out := hs[:0:0]
	for i, h := range hs {
		drop := false
		if h.vstart >= 0 && len(h.actors) > 0 && inConcessive(h.vstart) {
			for j, o := range hs {
				if j != i && len(o.actors) > 0 && o.actors[0] == h.actors[0] && !(o.vstart >= 0 && inConcessive(o.vstart)) {
					drop = true
				}
			}
		}
		if !drop {
			out = append(out, h)
		}
	}
	return out
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func inMention(ms []mention, i int) bool {
	for _, m := range ms {
		if i >= m.ps && i < m.te && m.kind != mkPron {
			return true
		}
	}
	return false
}

func (a *analyzer) hasWe(ts, te int) bool {
	for k := ts; k < te; k++ {
		switch a.txts[k] {
		case "we", "We", "our", "Our", "us", "ours":
			return true
		case "I", "my", "My":
			if a.author >= 0 {
				return true // a statement by a named official: "I will be consulting with allies"
			}
		}
	}
	return false
}

// authorActors returns who speaks as "we" in an official text.
func (a *analyzer) authorActors() []int {
	switch {
	case a.genre == genreTranscript && a.speaker >= 0:
		return []int{a.speaker}
	case a.genre == genreJoint && len(a.statePair) >= 2:
		return a.statePair
	case a.author >= 0:
		return []int{a.author}
	case a.genre == genreOfficial || a.genre == genrePersonal:
		e := a.lx.entities["United States"]
		id := a.actorFor(e.Name, func() Actor {
			return Actor{Name: e.Name, Type: State, Named: true, Why: "author of a U.S. government statement"}
		}, 0)
		a.actors[id].actorLike = true
		return []int{id}
	}
	return nil
}

// objectActors returns the actors of the (coordinated) mentions starting at token i.
func (a *analyzer) objectActors(i, te int, ms []mention) []int {
	var out []int
	for i < te {
		for i < te && determiners[a.low(i)] {
			i++
		}
		var best *mention
		for k := range ms {
			m := &ms[k]
			if (m.ps == i || m.ts == i) && !m.inRole && m.kind != mkPlace && (best == nil || m.te > best.te) {
				best = m
			}
		}
		if best == nil {
			best = a.qualifiedTitle(i, te, ms)
		}
		if best == nil {
			break
		}
		if id := a.mentionActor(best, ms); id >= 0 {
			out = append(out, id)
		}
		i = best.te
		if i < te && (a.low(i) == "and" || a.low(i) == ",") {
			i++
			continue
		}
		break
	}
	return out
}

// qualifiedTitle returns the person mention whose title follows one or two lower-case words
// that qualify it from token i ("immigration barrister Colin Yeo", "veteran human rights
// lawyer …" up to two words), or nil.
func (a *analyzer) qualifiedTitle(i, te int, ms []mention) *mention {
	for j := i; j < te && j < i+2; j++ {
		if !a.toks[j].word || a.toks[j].cap || a.wordClass(j)&wcStop != 0 {
			return nil
		}
		for k := range ms {
			if m := &ms[k]; m.kind == mkPerson && m.ps == j+1 && m.ps < m.ts && !m.inRole {
				return m
			}
		}
	}
	return nil
}

// mentionActor resolves any mention (pronouns and groups included) to one actor.
func (a *analyzer) mentionActor(m *mention, ms []mention) int {
	switch m.kind {
	case mkState, mkOrg, mkPerson, mkRegion:
		return m.actor
	case mkGroup:
		name := m.name
		if researchNouns[a.low(m.ts)] {
			name = "researchers" // the authors of the study and the study speak as one group
		}
		id := a.actorFor("g:"+strings.ToLower(name), func() Actor {
			return Actor{Name: name, Type: Other, Role: strings.ToLower(a.src[a.toks[m.ts].s:a.toks[m.ts].e]), Named: false, Why: "unnamed group as the subject of a reporting verb"}
		}, m.s)
		return id
	case mkRoleRef:
		if id, ok := a.roleHeads[m.name]; ok {
			return id
		}
		// "the Foreign Minister" when the counterpart's title was given in another form: the most
		// recent person with that word in the role, else the most recent person without a known head title
		for k := len(a.recentPersons) - 1; k >= 0; k-- {
			id := a.recentPersons[k]
			if strings.Contains(strings.ToLower(a.actors[id].a.Role), m.name) {
				return id
			}
		}
		for k := len(a.recentPersons) - 1; k >= 0; k-- {
			id := a.recentPersons[k]
			taken := id == a.author || id == a.speaker
			for _, h := range a.roleHeads {
				if h == id {
					taken = true
				}
			}
			if !taken {
				return id
			}
		}
	}
	return -1
}

// subjectOf finds the holders of the verb at token v: the subject before it, coordinated
// subjects included. It reads leftwards from the verb, a frame at a time: the participle of
// a main clause ("…, claiming that"), a parenthetical ("X, who leads …, said"), an inverted
// speaker ('"…," said X'), a coordinated verb ("X met Y and said"), then the subject phrase.
func (a *analyzer) subjectOf(v, ts, te int, ms []mention, prev []int, vlen int) ([]int, string) {
	if v == ts {
		return a.frontedGerundSubject(v+vlen, ts, a.beforeRelative(v+vlen, te), ms)
	}
	k := a.skipAuxiliaries(v-1, ts)
	for k >= ts && closers[a.txts[k]] && a.txts[k] != ")" {
		k--
	}
	if k < ts {
		return nil, ""
	}
	if a.low(k) == "," {
		if m := a.namedInParenthetical(k, ts, ms); m != nil {
			return []int{m.actor}, "the name given between commas"
		}
		if strings.HasSuffix(a.low(v), "ing") {
			if ids, why := a.participleMainSubject(v, ts, te, ms); len(ids) > 0 {
				return ids, why
			}
			return a.participleSubject(k, ts, ms)
		}
		comma := k
		k = a.skipParenthetical(k, ts)
		if k >= ts && k < comma && documentNouns[a.low(k)] && a.low(k+2) == "by" {
			// "Today's ruling, by the Court of Appeal's judges, ordered …": the ruling's author
			if ids := a.objectActors(k+3, comma, ms); len(ids) > 0 {
				return ids[:1], "author of the '" + a.low(k) + "' named between commas"
			}
		}
		if k >= ts && a.low(k) == "," {
			if namingVerbs[a.low(v)] {
				return nil, "" // "another group, called Hizbul Islam, …" names the group
			}
			if id := a.invertedSpeaker(v+vlen, te, ms); id >= 0 {
				return []int{id}, "subject after the verb"
			}
			return nil, ""
		}
		if k < ts {
			return nil, ""
		}
	}
	switch a.low(k) {
	case "and", "but", "or":
		if ids, why := a.conjunctSubject(v, ts, te, ms); len(ids) > 0 {
			return ids, why
		}
		return a.coordinatedVerbSubject(k, ts, ms, prev)
	}
	if ids, why := a.subjectPhrase(k, v, ts, ms); len(ids) > 0 {
		return ids, why
	}
	return a.subjectBeforeAside(k, v, ts, ms)
}

// subjectBeforeAside finds a subject that an aside the writer left open separates from its
// verb: a parenthesis ("X (also known as Y) said") or a relative clause without its closing
// comma ("X, who is a former general (…) said").
func (a *analyzer) subjectBeforeAside(k, v, ts int, ms []mention) ([]int, string) {
	if a.txts[k] == ")" {
		depth := 0
		for p := k; p >= ts; p-- {
			switch a.txts[p] {
			case ")":
				depth++
			case "(":
				depth--
			}
			if depth == 0 {
				k = a.skipAuxiliaries(p-1, ts)
				break
			}
		}
		if k < ts || a.txts[k] == ")" {
			return nil, ""
		}
		if ids, why := a.subjectPhrase(k, v, ts, ms); len(ids) > 0 {
			return ids, why
		}
	}
	for p := k - 1; p > ts && p >= k-12; p-- {
		if w := a.low(p); w == "," || w == ";" || w == ":" || a.txts[p] == "\"" || a.txts[p] == "“" {
			if w == "," && p+1 < k && relativeOpeners[a.low(p+1)] {
				return a.subjectPhrase(a.skipAuxiliaries(p-1, ts), v, ts, ms)
			}
			break
		}
	}
	return nil, ""
}

// relativeOpeners open a relative clause after a comma (", who leads …,").
var relativeOpeners = map[string]bool{"who": true, "which": true, "whose": true}

// namingVerbs name what precedes them: ", called X" gives a name, not a speaker.
var namingVerbs = wordSet("namingVerbs")

// frontedGerundSubject finds the holders of a sentence that opens with its cue as a gerund
// and names them after a copula: "Voting against the motion was Jan Nowak, who …", "Voting
// for it were A, Chair; B; and C". Every actor named after "was" or "were", to the end of
// the clause te, holds the position.
func (a *analyzer) frontedGerundSubject(j, ts, te int, ms []mention) ([]int, string) {
	if !strings.HasSuffix(a.low(ts), "ing") {
		return nil, ""
	}
	cop := -1
	for k := j; k < te && k < j+20; k++ {
		if w := a.low(k); w == "was" || w == "were" {
			cop = k
			break
		}
	}
	if cop < 0 {
		return nil, ""
	}
	var ids []int
	for mi := range ms {
		m := &ms[mi]
		if m.ps > cop && m.te <= te && m.actor >= 0 && (m.kind == mkPerson || m.kind == mkOrg || m.kind == mkState) {
			ids = appendUniq(ids, m.actor)
		}
	}
	if len(ids) == 0 {
		return nil, ""
	}
	return ids, "named after the verb of a fronted gerund"
}

// beforeRelative returns the end of the clause from token j: the sentence's end te, or a relative
// pronoun after a comma (", who preferred …").
func (a *analyzer) beforeRelative(j, te int) int {
	for k := j + 1; k < te; k++ {
		if a.low(k-1) == "," && relativeOpeners[a.low(k)] {
			return k - 1
		}
	}
	return te
}

// namedInParenthetical returns the actor that a parenthetical ending at the comma k names
// ("another group, called Hizbul Islam, claimed": the group is Hizbul Islam), or nil.
func (a *analyzer) namedInParenthetical(k, ts int, ms []mention) *mention {
	for p := k - 2; p >= ts && p >= k-10; p-- {
		if a.low(p) != "," {
			continue
		}
		if !namingVerbs[a.low(p+1)] {
			return nil
		}
		q := p + 2
		for q < k && (a.low(q) == "as" || determiners[a.low(q)]) {
			q++
		}
		if m := a.mentionEndingAt(k-1, ms); m != nil && m.ps == q && m.actor >= 0 &&
			(m.kind == mkPerson || m.kind == mkOrg || m.kind == mkState) {
			return m
		}
		return nil
	}
	return nil
}

// skipAuxiliaries moves left from token k over auxiliaries, adverbs in -ly and a floating
// "each" ("they each said"), to the token that ends the subject.
func (a *analyzer) skipAuxiliaries(k, ts int) int {
	for k >= ts {
		lw := a.low(k)
		if !auxWords[lw] && lw != "each" && !(len(lw) > 4 && strings.HasSuffix(lw, "ly") && !a.toks[k].cap) {
			break
		}
		k--
	}
	return k
}

// participleMainSubject finds in the parse the holder of a participle clause: the subject
// of the main clause the participle modifies. A fronted phrase can name another actor first
// ("As the first Massachusetts Republican elected since 1972, Brown gained a reputation …,
// stressing bipartisanship" is Brown's). Nil when there is no parse or the main clause's
// subject is no actor.
func (a *analyzer) participleMainSubject(v, ts, te int, ms []mention) ([]int, string) {
	if ids := a.headVerbSubject(v, ts, te, "advcl", ms); len(ids) > 0 {
		return ids, "participle clause of the main clause's subject"
	}
	return nil, ""
}

// conjunctSubject finds in the parse the subject of a verb coordinated with the main verb:
// the main verb's own subject, not that of a clause in between ("He would not say how long
// WBC has sought its services, but stated …" is his). Nil without a parse or such a subject.
func (a *analyzer) conjunctSubject(v, ts, te int, ms []mention) ([]int, string) {
	if ids := a.headVerbSubject(v, ts, te, "conj", ms); len(ids) > 0 {
		return ids, "subject of the verb it is coordinated with (parse)"
	}
	return nil, ""
}

// headVerbSubject returns the named holders of the subject of the verb that the verb at
// token v depends on by relation dep, earlier in sentence ts..te, or nil.
func (a *analyzer) headVerbSubject(v, ts, te int, dep string, ms []mention) []int {
	sy := a.syn
	if sy == nil {
		return nil
	}
	lo, hi := sy.span(a.toks[ts].s, a.toks[te-1].e)
	pv := a.parseTok(v)
	if pv < lo || pv >= hi || sy.toks[pv].dep() != dep {
		return nil
	}
	h := sy.toks[pv].head()
	if h < lo || h >= pv || sy.toks[h].upos() != "VERB" {
		return nil
	}
	subj := sy.child(h, "nsubj")
	if subj < lo || subj >= hi {
		return nil
	}
	ids, why := a.phraseHolders(subj, lo, hi, ms)
	if why == "unnamed group" {
		return nil
	}
	return ids
}

// participleSubject finds the holder of a participle after the comma at token k: "Putin gave
// an address, claiming that …" is the main clause's subject's.
func (a *analyzer) participleSubject(k, ts int, ms []mention) ([]int, string) {
	for mi := range ms {
		m := &ms[mi]
		if m.te > k {
			break
		}
		if m.kind == mkPerson || m.kind == mkOrg || (m.kind == mkState && m.actorLike) || m.kind == mkPron {
			p := m.ps - 1
			for p >= ts && determiners[a.low(p)] {
				p--
			}
			if p >= ts && preps[a.low(p)] {
				continue
			}
			if m.kind == mkPron {
				return a.resolvePronoun(m, ms), "participle clause of the pronoun subject"
			}
			return []int{a.mentionActor(m, ms)}, "participle clause of the subject"
		}
	}
	return nil, ""
}

// skipParenthetical moves left from the comma at token k over a parenthetical that stands
// between a subject and its verb ("X, who leads …,", ", headed by X,", ", in his analysis of
// the race,"); it returns k when none does.
func (a *analyzer) skipParenthetical(k, ts int) int {
	for p := k - 1; p >= ts && p >= k-30; p-- {
		if a.low(p) != "," {
			continue
		}
		first := a.low(p + 1)
		participle := strings.HasSuffix(first, "ed") && p+2 < k && a.low(p+2) == "by" // ", headed by X,"
		if participle || relativeOpeners[first] || first == "currently" || first == "a" || first == "an" ||
			first == "the" || first == "speaking" || first == "also" || namingVerbs[first] || strings.HasSuffix(first, "ing") || a.titleClass(p+1) != 0 ||
			preps[first] && first != "of" || a.titlePhrase(p+1, k) {
			return a.skipAuxiliaries(p-1, ts)
		}
		return a.skipRelativeWithCommas(p, k, ts)
	}
	return k
}

// skipRelativeWithCommas moves left from the comma at token k over a relative clause that
// holds commas of its own ("X, which \"prevents …\" websites, such as …, has announced"):
// from the inner comma p it looks further left for ", which" or ", who" within the window of
// skipParenthetical; it returns k when there is none.
func (a *analyzer) skipRelativeWithCommas(p, k, ts int) int {
	for q := p - 1; q >= ts && q >= k-30; q-- {
		if a.low(q) != "," {
			continue
		}
		if relativeOpeners[a.low(q+1)] {
			return a.skipAuxiliaries(q-1, ts)
		}
	}
	return k
}

// titlePhrase says whether tokens i..k-1 are a short title in apposition (", Somali Foreign
// Minister,"): a few capitalised words, one of them a title.
func (a *analyzer) titlePhrase(i, k int) bool {
	if k-i > 5 || k <= i {
		return false
	}
	title := false
	for j := i; j < k; j++ {
		if !a.toks[j].cap {
			return false
		}
		title = title || a.titleClass(j) != 0
	}
	return title
}

// coordinatedVerbSubject finds the subject of a verb coordinated by the conjunction at token
// k: the subject of the verb before it (prev), or, after a semicolon, the subject that opens
// the clause ("Kenya backed him; Djibouti answered the call and promised").
func (a *analyzer) coordinatedVerbSubject(k, ts int, ms []mention, prev []int) ([]int, string) {
	for j := k - 1; j >= ts; j-- {
		if a.txts[j] != ";" {
			continue
		}
		p := j + 1
		for p < k && determiners[a.low(p)] {
			p++
		}
		for mi := range ms {
			if m := &ms[mi]; m.ps == p && (m.kind == mkPerson || m.kind == mkState || m.kind == mkOrg) && m.actor >= 0 {
				return []int{m.actor}, "subject of the coordinated verb"
			}
		}
		return nil, ""
	}
	if len(prev) > 0 {
		return prev, "subject of the coordinated verb"
	}
	return nil, ""
}

// subjectPhrase resolves the subject that ends at token k, before the verb at v: a mention
// (the owner of "Zelensky's office"), with the mentions coordinated before it ("A, B, and
// C"); a mention governed by a preposition is no subject, unless the verb is a participle
// after "with" ("with Boswell stating: …").
func (a *analyzer) subjectPhrase(k, v, ts int, ms []mention) ([]int, string) {
	lw := a.low(k)
	m := a.personOfPlace(k, ts, ms)
	if m == nil && k-2 >= ts && proxyNouns[lw] && (a.low(k-1) == "'s" || a.low(k-1) == "’s") {
		m = a.mentionEndingAt(k-2, ms)
	}
	if m == nil {
		return nil, ""
	}
	p := m.ps - 1
	for p >= ts && determiners[a.low(p)] {
		p--
	}
	if p >= ts && preps[a.low(p)] && m.kind != mkPron && !clauseConj[a.low(p)] &&
		!(a.low(p) == "with" && strings.HasSuffix(a.low(v), "ing")) {
		return nil, ""
	}
	list := []*mention{m}
	sawAnd := false
	for p >= ts && (a.low(p) == "and" || a.low(p) == "," && sawAnd) {
		sawAnd = true
		comma := a.low(p) == ","
		q := p - 1
		if !comma && q > ts && a.low(q) == "," {
			q-- // the serial comma: "A, B, and C"
		}
		for q >= ts && determiners[a.low(q)] {
			q--
		}
		m2 := a.personOfPlace(q, ts, ms)
		if m2 == nil || m2.kind == mkPron || comma && (m2.kind == mkPerson) != (m.kind == mkPerson) {
			break
		}
		list = append([]*mention{m2}, list...)
		p = m2.ps - 1
		for p >= ts && determiners[a.low(p)] {
			p--
		}
	}
	if p >= ts && preps[a.low(p)] && !(a.low(p) == "with" && strings.HasSuffix(a.low(v), "ing")) {
		list = list[len(list)-1:]
	}
	return a.mentionHolders(list, ms)
}

// invertedSpeaker returns the actor of the subject that follows its verb, from token j
// ('"…," said Interior Minister Park', '"…," claimed the minister's deputy, Jan Kowal', '…,
// claim residents'), or -1. The subject runs to the end of the clause; a name in apposition
// to a title is the speaker, and a name after a preposition counts only when nothing before
// it does ('said a spokesman for the ministry').
func (a *analyzer) invertedSpeaker(j, te int, ms []mention) int {
	end, prep := j, -1
	for ; end < te; end++ {
		w := a.low(end)
		if w == "." || w == "!" || w == "?" || w == ";" || w == ":" || w == "(" || w == "\"" || w == "“" ||
			w == "," && !(end+1 < te && a.toks[end+1].cap) {
			break
		}
		if prep < 0 && preps[w] {
			prep = end
		}
	}
	if prep < 0 {
		prep = end
	}
	if end == j || a.hasVerb(j, end) {
		return -1 // '…, said that the talks failed': a clause, not the speaker
	}
	for mi := range ms {
		if m := &ms[mi]; m.ps == j && (m.kind == mkPerson || m.kind == mkState || m.kind == mkOrg) &&
			!(m.te < te && (a.low(m.te) == "'s" || a.low(m.te) == "’s")) {
			return m.actor // 'said Jan Kowal, a Certified Professional': the name first is the speaker
		}
	}
	pick := func(lo, hi int) int {
		first, lastPerson := -1, -1
		for mi := range ms {
			m := &ms[mi]
			if m.ps < lo || m.te > hi {
				continue
			}
			switch m.kind {
			case mkPerson:
				lastPerson = mi
			case mkState, mkOrg, mkGroup:
			default:
				continue
			}
			if first < 0 {
				first = mi
			}
		}
		if lastPerson >= 0 {
			return a.mentionActor(&ms[lastPerson], ms)
		}
		if first >= 0 {
			return a.mentionActor(&ms[first], ms)
		}
		return -1
	}
	if id := pick(j, prep); id >= 0 {
		return id
	}
	if prep == j || !officialNouns[a.low(prep-1)] && a.titleClass(prep-1) == 0 {
		return -1 // '…, thanks in part to the US delegation': no speaker before the preposition
	}
	return pick(prep, end) // 'said a spokesman for the ministry'
}

// hasVerb says whether the parse has a verb or auxiliary among tokens [i, j).
func (a *analyzer) hasVerb(i, j int) bool {
	if a.syn == nil {
		return false
	}
	lo, hi := a.syn.span(a.toks[i].s, a.toks[j-1].e)
	for k := lo; k < hi; k++ {
		if u := a.syn.toks[k].upos(); u == "VERB" || u == "AUX" {
			return true
		}
	}
	return false
}

// personOfPlace returns the mention ending at token k, or, when k ends the place of
// "Senator Dan Coats of Indiana" (a place the gazetteer may not know), the person the place
// describes.
func (a *analyzer) personOfPlace(k, ts int, ms []mention) *mention {
	m := a.mentionEndingAt(k, ms)
	j := k
	if m != nil {
		if m.kind != mkState && m.kind != mkPlace && m.kind != mkRegion {
			return m
		}
		j = m.ps - 1
	} else {
		for j >= ts && a.toks[j].cap && a.toks[j].word {
			j--
		}
		if j == k {
			return nil
		}
	}
	if j-1 >= ts && a.low(j) == "of" {
		if pm := a.mentionEndingAt(j-1, ms); pm != nil && pm.kind == mkPerson {
			return pm
		}
	}
	return m
}

// mentionHolders resolves the mentions of a subject (pronouns, joint references and groups
// included) to the actors that hold its verb's statement, and says how.
func (a *analyzer) mentionHolders(list []*mention, ms []mention) ([]int, string) {
	var out []int
	why := "subject"
	for _, mm := range list {
		switch mm.kind {
		case mkPron:
			ids := a.resolvePronoun(mm, ms)
			out = appendUniq(out, ids...)
			why = "pronoun '" + mm.pron + "' resolved to the last subject"
		case mkJoint:
			ids := a.statePair
			if len(ids) < 2 {
				ids = a.recentStates
			}
			if mm.name == "leaders" || mm.name == "ministers" || mm.name == "presidents" || mm.name == "secretaries" {
				ids = a.personPair
				if len(ids) < 2 {
					ids = a.recentPersons
				}
			} else if mm.name == "two" && len(a.personPair) >= 2 {
				ids = a.personPair // "The two agreed ..." after a call between two people
			}
			if len(ids) < 2 {
				continue
			}
			out = appendUniq(out, ids...)
			why = "joint subject '" + a.src[mm.s:mm.e] + "'"
		default:
			if id := a.mentionActor(mm, ms); id >= 0 {
				out = appendUniq(out, id)
				if mm.kind == mkGroup {
					why = "unnamed group as subject"
				}
			}
		}
	}
	return out, why
}

func appendUniq(xs []int, ys ...int) []int {
	for _, y := range ys {
		if y >= 0 && !containsInt(xs, y) {
			xs = append(xs, y)
		}
	}
	return xs
}

func (a *analyzer) mentionEndingAt(k int, ms []mention) *mention {
	var best *mention
	for mi := range ms {
		m := &ms[mi]
		if m.te-1 == k && (m.kind != mkState || m.actorLike || m.gz != gzDemonym) {
			if best == nil || m.ps < best.ps {
				best = m
			}
		}
	}
	return best
}

// quoteStartBefore returns the token of the opening quotation mark of a quotation that closes right
// before token k ('"...," she said'), or -1.
func (a *analyzer) quoteStartBefore(k int) int {
	j := k - 1
	for j >= 0 && (a.txts[j] == "," || a.txts[j] == "?" || a.txts[j] == "!") {
		j--
	}
	if j < 0 || !(a.txts[j] == "”" || a.txts[j] == "\"") {
		return -1
	}
	for q := j - 1; q >= 0; q-- {
		if a.txts[q] == "“" || a.txts[q] == "\"" {
			return q
		}
	}
	return 0
}

// attributive says whether the name ending before token e is a modifier of a following noun ("the Assad regime").
func (a *analyzer) attributive(e, lim int) bool {
	return e < lim && e < len(a.toks) && a.toks[e].word && !a.toks[e].cap && personNouns[a.low(e)] && a.low(e) != "spokesman" && a.low(e) != "spokesperson"
}

func (a *analyzer) resolvePronoun(m *mention, ms []mention) []int {
	switch m.pron {
	case "he", "she":
		// the last person named before the pronoun in the sentence, but not inside a quotation the
		// pronoun attributes ('"... the Assad regime ...," she said') nor as a modifier ("the Assad regime")
		qs := a.quoteStartBefore(m.ts)
		var last, lastSubject *mention
		for mi := range ms {
			o := &ms[mi]
			if o.kind == mkPerson && o.te <= m.ts && !o.inRole && (qs < 0 || o.te <= qs) && !a.attributive(o.te, m.ts) {
				last = o
				if a.isSubject(o) {
					lastSubject = o
				}
			}
		}
		if lastSubject != nil {
			// "Keller notes the rush may hurt Brown, but he concludes …": the subject goes on
			return []int{lastSubject.actor}
		}
		if last != nil {
			return []int{last.actor}
		}
		if a.lastSubj >= 0 && a.sentNo-a.lastSubjSent <= 6 {
			return []int{a.lastSubj}
		}
	case "they":
		// "World Bank officials said they backed the reform": a body or group that is the
		// subject earlier in the sentence, outside a quotation the pronoun attributes
		qs := a.quoteStartBefore(m.ts)
		var subject *mention
		for mi := range ms {
			o := &ms[mi]
			if o.actor >= 0 && o.te <= m.ts && (qs < 0 || o.te <= qs) && collectiveKinds[o.kind] && a.groupSubject(o) {
				subject = o
			}
		}
		if subject != nil {
			return []int{subject.actor}
		}
		if len(a.lastPlural) > 0 && a.sentNo-a.lastPluralSent <= 3 {
			return a.lastPlural
		}
		// "They rejected the proposal": the last state, organisation or group that was a subject
		if a.lastGroup >= 0 && a.sentNo-a.lastGroupSent <= 3 {
			return []int{a.lastGroup}
		}
	case "latter", "former":
		// the last actor named before it in the sentence, or the one named before that
		var named []int
		for mi := range ms {
			if o := &ms[mi]; o.te <= m.ts && o.actor >= 0 && (o.kind == mkPerson || o.kind == mkOrg || o.kind == mkState) {
				named = append(named, o.actor)
			}
		}
		switch {
		case m.pron == "latter" && len(named) >= 1:
			return named[len(named)-1:]
		case m.pron == "former" && len(named) >= 2:
			return named[len(named)-2 : len(named)-1]
		}
	case "we", "i":
		if a.genre == genreTranscript {
			if a.speaker >= 0 {
				return []int{a.speaker}
			}
			return nil
		}
		if a.genre != genreNews {
			return a.authorActors()
		}
	}
	return nil
}

// updateDiscourse keeps the last subject person and the last coordinated subjects for pronouns.
func (a *analyzer) updateDiscourse(ts, te int, ms []mention, hs []holder) {
	a.meetingParties(ts, te, ms)
	set := false
	for _, h := range hs {
		if h.verb < 0 {
			continue
		}
		if len(h.actors) >= 2 {
			a.lastPlural, a.lastPluralSent = h.actors, a.sentNo
		}
		if len(h.actors) == 1 && a.actors[h.actors[0]].a.Type == Person && !set &&
			!(a.genre == genreTranscript && h.actors[0] == a.speaker) {
			// (a speaker who says "I think" is not the "he" of their next sentence)
			a.lastSubj, a.lastSubjSent = h.actors[0], a.sentNo
			set = true
		}
		if len(h.actors) == 1 && a.actors[h.actors[0]].a.Type != Person {
			a.lastGroup, a.lastGroupSent = h.actors[0], a.sentNo
		}
	}
	for mi := range ms {
		m := &ms[mi]
		if m.actor >= 0 && !m.inRole && (m.kind == mkPerson || m.kind == mkState && m.actorLike) {
			rp := &a.recentPersons
			if m.kind == mkState {
				rp = &a.recentStates
			}
			if n := len(*rp); n == 0 || (*rp)[n-1] != m.actor {
				if n == 2 {
					*rp = []int{(*rp)[1], m.actor}
				} else {
					*rp = append(*rp, m.actor)
				}
			}
		}
	}
	for mi := range ms {
		m := &ms[mi]
		if m.te >= te || m.kind == mkPron {
			continue
		}
		nx := a.toks[m.te]
		if !nx.word || nx.cap || preps[a.low(m.te)] || a.low(m.te) == "and" {
			continue
		}
		p := m.ps - 1
		for p >= ts && determiners[a.low(p)] {
			p--
		}
		if p >= ts && preps[a.low(p)] {
			continue
		}
		if m.kind == mkPerson && !set && (p < ts || a.low(p) == "," || a.low(p) == "and") {
			a.lastSubj, a.lastSubjSent = m.actor, a.sentNo
			set = true
		}
		// coordinated subjects
		var ids []int
		allStates, allPersons := true, true
		cur := m
		for {
			if cur.actor < 0 {
				break
			}
			ids = append([]int{cur.actor}, ids...)
			if cur.kind != mkState {
				allStates = false
			}
			if cur.kind != mkPerson {
				allPersons = false
			}
			q := cur.ps - 1
			for q >= ts && determiners[a.low(q)] {
				q--
			}
			if q < ts || (a.low(q) != "and" && (a.low(q) != "," || len(ids) < 2)) {
				break
			}
			q--
			for q >= ts && determiners[a.low(q)] {
				q--
			}
			nm := a.mentionEndingAt(q, ms)
			if nm == nil || nm.kind == mkPron || (nm.kind == mkPerson) != (m.kind == mkPerson) {
				break
			}
			cur = nm
		}
		if len(ids) >= 2 {
			a.lastPlural, a.lastPluralSent = ids, a.sentNo
			if allStates {
				a.statePair = ids
			}
			if allPersons {
				a.personPair = ids
			}
		}
	}
}

func (a *analyzer) addPosition(pi int, st sentence, h holder, topic int) {
	if len(h.actors) == 0 {
		return
	}
	id := h.actors[0]
	key := [2]int{id, st.s}
	if a.seen[key] {
		return
	}
	a.seen[key] = true
	r := a.actors[id]
	r.holds = true
	r.actorLike = true
	var co []string
	for _, c := range h.actors[1:] {
		a.actors[c].holds = true
		a.actors[c].actorLike = true
		co = append(co, a.actors[c].a.ID)
		a.seen[[2]int{c, st.s}] = true
	}
	stance := a.stanceOf(st, h)
	p := Position{
		Actor: r.a.ID, CoActors: co, Stance: stance,
		Summary:    a.summary(id, st, h),
		Evidence:   Span{Start: st.s, End: st.e, Text: a.src[st.s:st.e]},
		Paragraph:  a.doc.ParagraphAt(st.s),
		Confidence: h.conf, Why: h.why,
	}
	if topic < 0 {
		topic = a.heading
	}
	a.pos = append(a.pos, p)
	a.posTop = append(a.posTop, int32(topic))
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
