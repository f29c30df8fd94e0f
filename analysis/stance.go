package analysis

import "strings"

// Stance of a position: the verb that attributes it and the cues of its content.
//
// Rules (see lexicon/stance.tsv and the stance and mode columns of lexicon/verbs.tsv):
//   - A verb of fixed stance ("condemned", "welcomed", "claimed") gives its stance; negated
//     ("did not welcome") a support becomes opposition and an opposition or a claim becomes neutral.
//   - Other reporting verbs ("said", "reiterated", "made clear") take the stance of what follows them:
//     the weighted stance cues, each turned the other way by a negation just before it ("no progress").
//     Without cues they keep their own stance: "said" claims, "reiterated" supports.
//   - Verbs of discussion ("discussed", "reviewed") stay neutral unless the content shows a clear stance.
//   - Sentences held without a verb (transcripts, the author of a statement, quotations) are claims
//     (assertions of fact) unless their cues show support or opposition.
//   - The annotation guideline's neutral (undecided, conditional, procedural): deliberation under
//     way or announced ("is considering", "will keep the matter under watch"), support on a condition
//     ("would back it if", "only if"), and questions ("asked how") are neutral.
//   - Cues that are not the holder's do not count: another's named intention or decision, a
//     passive event ("no applicant will be turned away"), a necessity stated for a goal ("to win, you
//     must"), a modal in an indirect question, certainty about a clause ("confident that").
//   - Some acts take the side of their object: a request to end something and a pledge of harm
//     oppose it, a prohibition ("Do not sign") opposes the act, backing a claim asserts it.

type stanceCue struct {
	toks   []string
	stance string
	weight int
}

// concessives open a subordinate clause whose stance gives way to the main clause.
var concessives = wordSet("concessives")

var negators = wordSet("negators")

// intentOpeners open the cues of intention ("will continue", "aims to"); selfSubjects are
// the subjects under which such a cue is the holder's own.
var (
	intentOpeners = wordSet("intentOpeners")
	selfSubjects  = wordSet("selfSubjects")
)

// necessityWords are the modals of necessity in stance cues ("must", "need to").
var necessityWords = wordSet("necessityWords")

// instrumental says whether the necessity cue c at token k states what a goal requires
// rather than urging it: "To make a difference you must have the pulpit", "In order to be
// invited, we must raise money" state a condition (a claim about means and ends), while
// "we must act to protect them" urges the act. The parse shows the goal as a purpose clause
// ("to", "in order to") of the modal's verb, placed before it or opened by "in order".
func (a *analyzer) instrumental(c *stanceCue, k, from int) bool {
	sy := a.syn
	if sy == nil {
		return false
	}
	modal := -1
	for j, w := range c.toks {
		if necessityWords[w] {
			modal = k + j
			break
		}
	}
	if modal < 0 {
		return false
	}
	if a.frontedPurpose(from, k) || a.inQuestion(modal, from) || a.comparedModal(modal, from) {
		return true
	}
	lo, hi := sy.span(a.toks[modal].s, a.toks[modal].e)
	if lo >= hi {
		return false
	}
	v := lo
	if t := sy.toks[v]; t.dep() == "aux" && t.head() >= 0 {
		v = t.head()
	}
	for _, ch := range sy.children(v) {
		if sy.toks[ch].dep() != "advcl" {
			continue
		}
		for _, m := range sy.children(ch) {
			mt := sy.toks[m]
			if mt.dep() != "mark" {
				continue
			}
			if mt.low == "in" && sy.child(m, "fixed") >= 0 && sy.toks[sy.child(m, "fixed")].low == "order" {
				return true // "in order to"
			}
			if mt.low == "to" && ch < v {
				return true // a fronted purpose: "To win, you must ..."
			}
		}
	}
	return false
}

// inQuestion says whether the modal at token k stands in an indirect question ("asked
// their opinions on how the matter should be handled", "whether they must pay"): a
// question of what should be done urges nothing.
func (a *analyzer) inQuestion(k, from int) bool {
	for j := k - 1; j >= from && j >= k-5; j-- {
		switch l := a.low(j); {
		case l == "how" || l == "whether" || l == "why":
			return true
		case l == "," || l == ";" || l == ":" || l == "and" || l == "but":
			return false
		}
	}
	return false
}

// comparedModal says whether the modal at token k ends a comparison with its verb left out
// ("won't function as well as it should", "more than they must"): it measures against a
// norm and urges nothing.
func (a *analyzer) comparedModal(k, from int) bool {
	if n := k + 1; n < len(a.toks) && a.toks[n].word && a.low(n) != "and" && a.low(n) != "but" && a.low(n) != "or" {
		return false // the modal has its verb: "as we must act"
	}
	for j := k - 1; j >= from && j >= k-3; j-- {
		if l := a.low(j); l == "as" || l == "than" {
			return true
		}
	}
	return false
}

// frontedPurpose says whether the clause from..k opens with a purpose ("To win a seat,
// ...") that a comma closes before k, read on the surface where the parse takes the
// purpose for the head of the clause.
func (a *analyzer) frontedPurpose(from, k int) bool {
	j := from
	for j < k && (!a.toks[j].word || a.low(j) == "that") {
		j++
	}
	if j+1 >= k || a.low(j) != "to" {
		return false
	}
	lo, hi := a.syn.span(a.toks[j+1].s, a.toks[j+1].e)
	if lo >= hi || a.syn.toks[lo].upos() != "VERB" {
		return false
	}
	for m := j + 2; m < k; m++ {
		if a.low(m) == "," {
			return true
		}
	}
	return false
}

// othersIntent says whether the intention cue at token k has a named subject of its own:
// in "Kovalenko said Russia aims to shift the burden onto Ukraine" the aim is Russia's, and
// Kovalenko only reports it. Under a pronoun or no subject ("it will continue", "we will
// work") the cue stays the holder's.
func (a *analyzer) othersIntent(k int) bool {
	sy := a.syn
	if sy == nil || !intentOpeners[a.low(k)] {
		return false
	}
	lo, hi := sy.span(a.toks[k].s, a.toks[k].e)
	if lo >= hi {
		return false
	}
	v := lo
	if t := sy.toks[v]; t.dep() == "aux" && t.head() >= 0 {
		v = t.head() // "will" is the auxiliary of the verb whose subject counts
	}
	subj, _ := sy.subjectOfVerb(v)
	if subj < 0 {
		return false
	}
	u := sy.toks[subj]
	return (u.upos() == "PROPN" || u.upos() == "NOUN") && !selfSubjects[u.low] && !a.namesHolder(u.low) && !a.ownBody(subj)
}

// ownForecast says whether token k is the "will" of what the speaker or author of a
// first-person text announces their side or their plan will do ("the House will pass the
// act", "the plan will steer the march to a digital future"): a speaker's forecast of their
// own programme advocates it. What a named other will do ("Russia will attack") is a
// prediction, and "will be" and the passive announce no act.
func (a *analyzer) ownForecast(k int) bool {
	sy := a.syn
	if sy == nil || a.low(k) != "will" || !a.holderIsFirstPerson() {
		return false
	}
	lo, hi := sy.span(a.toks[k].s, a.toks[k].e)
	if lo >= hi || sy.toks[lo].dep() != "aux" || sy.toks[lo].head() < 0 || lo+1 < len(sy.toks) && negators[sy.toks[lo+1].low] {
		return false
	}
	v := sy.toks[lo].head()
	if sy.toks[v].upos() != "VERB" || sy.child(v, "aux:pass") >= 0 {
		return false
	}
	for j := k + 1; j < len(a.toks) && j <= k+3; j++ {
		if c := a.cueAt(j, len(a.toks)); c != nil && c.stance == Neutral {
			return false // "will carefully assess": deliberation, not a programme
		}
	}
	subj, _ := sy.subjectOfVerb(v)
	return subj >= 0 && (sy.toks[subj].upos() == "NOUN" || a.namesHolder(sy.toks[subj].low))
}

// ownBody says whether parse token subj is "the company", "the department" said by a person
// who speaks for a body: their own body, whose intentions they announce.
func (a *analyzer) ownBody(subj int) bool {
	sy := a.syn
	det := sy.child(subj, "det")
	return ownBodyNouns[sy.toks[subj].low] && det >= 0 && sy.toks[det].low == "the" && a.holderSpeaksForABody()
}

// ownBodyNouns name, after "the", the body of the person speaking for it.
var ownBodyNouns = wordSet("ownBodyNouns")

// bodyVoiceRoles are roles of people who speak for a body.
var bodyVoiceRoles = wordSet("bodyVoiceRoles")

// holderSpeaksForABody says whether a holder of the position being decided is a person whose
// role makes them speak for a body (a spokeswoman, a director).
func (a *analyzer) holderSpeaksForABody() bool {
	for _, id := range a.stanceHolder {
		if id < 0 {
			continue
		}
		if a.actors[id].a.Type == Person && bodyVoiceRoles[lastWord(strings.ToLower(a.actors[id].a.Role))] {
			return true
		}
	}
	return false
}

// holderIsFirstPerson says whether the position being decided is the speaker's or the
// author's own.
func (a *analyzer) holderIsFirstPerson() bool {
	for _, id := range a.stanceHolder {
		if id >= 0 && (id == a.speaker || id == a.author) {
			return true
		}
	}
	return false
}

// namesHolder says whether the lower-cased word w is the last word of the name of an actor
// holding the position being decided: a body speaks of itself in the third person ("The
// Committee will continue reducing its holdings" in the Committee's statement).
func (a *analyzer) namesHolder(w string) bool {
	for _, id := range a.stanceHolder {
		if lastWord(strings.ToLower(a.actors[id].a.Name)) == w {
			return true
		}
	}
	return false
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// passiveEvent says whether the cue at token k is a verb in the passive without a modal:
// "no applicant will be turned away", "the plan was rejected by parliament" tell what
// someone else does or did to the subject, which the holder reports, while "the plan must
// be rejected" keeps the holder's call.
func (a *analyzer) passiveEvent(k int) bool {
	sy := a.syn
	if sy == nil {
		return false
	}
	lo, hi := sy.span(a.toks[k].s, a.toks[k].e)
	if lo >= hi || sy.toks[lo].upos() != "VERB" || sy.child(lo, "aux:pass") < 0 {
		return false
	}
	for _, c := range sy.children(lo) {
		t := sy.toks[c]
		if t.dep() == "aux" && necessityWords[t.low] {
			return false
		}
		if t.dep() == "nsubj:pass" && selfSubjects[t.low] {
			return false // "we are troubled by", "she was pleased": the holder's own feeling
		}
	}
	return true
}

// certaintyWords: see lexicon/wordlists.tsv.
var certaintyWords = wordSet("certaintyWords")

// belief says whether the cue c at token k is a word of certainty followed by "that": in
// "has gained greater confidence that inflation is moving toward 2 percent" and "we are
// confident that the work will continue" the holder predicts or asserts what the clause
// says (a claim), while "confidence in the partnership" still supports its object.
func (a *analyzer) belief(c *stanceCue, k, te int) bool {
	j := k + len(c.toks)
	return len(c.toks) == 1 && certaintyWords[c.toks[0]] && j < te && a.low(j) == "that"
}

// cueAt matches the stance lexicon at token k (before end); it returns the cue or nil.
func (a *analyzer) cueAt(k, end int) *stanceCue {
	for _, c := range a.lx.cues[a.low(k)] {
		if k+len(c.toks) > end {
			continue
		}
		ok := true
		for j := 1; j < len(c.toks); j++ {
			if a.low(k+j) != c.toks[j] {
				ok = false
				break
			}
		}
		if ok {
			return c
		}
	}
	return nil
}

// negatedAt says whether one of the three tokens before k (within the clause, from lo) negates it.
func (a *analyzer) negatedAt(k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-3; j-- {
		lw := a.low(j)
		if negators[lw] {
			return true
		}
		if lw == "," || lw == ";" || lw == "but" || lw == ":" {
			return false
		}
	}
	return false
}

// contentStance weighs the stance cues of tokens from..te; it returns the support and opposition weights.
func (a *analyzer) contentStance(from, te int) (sup, opp int) {
	if a.prohibition(from, te) {
		opp += 2 // "Do not sign it": a prohibition opposes the act it forbids
	}
	for k := from; k < te; k++ {
		if !a.toks[k].word {
			continue
		}
		if concessives[a.low(k)] && (k == from || !a.toks[k-1].word) {
			// "While we do not seek escalation, we will continue to support ...": the main clause counts
			j := k + 1
			for j < te && a.low(j) != "," {
				j++
			}
			if j < te-1 {
				k = j
				continue
			}
		}
		c := a.cueAt(k, te)
		if c == nil {
			if a.ownForecast(k) {
				sup++
			}
			continue
		}
		if a.othersIntent(k) || a.passiveEvent(k) || a.belief(c, k, te) || c.stance == Neutral || a.instrumental(c, k, from) || a.describesOnly(c, k) {
			k += len(c.toks) - 1
			continue
		}
		if c.stance == Supports && a.intendsToWeigh(c, k, te) {
			k += len(c.toks) - 1
			continue // "will keep watching the prices": still weighing, announced
		}
		if c.stance == Supports && a.threat(c, k, te) {
			opp += c.weight // "we will crush them": a pledge of harm threatens its target
			k += len(c.toks) - 1
			continue
		}
		if c.stance == Opposes && negatedModal(c.toks) && a.endsSomething(k+len(c.toks), te) {
			sup += c.weight // "should not interrupt the service": urging against an end keeps it
			k += len(c.toks) - 1
			continue
		}
		switch neg := a.negatedAt(k, from); {
		case neg && c.stance == Supports && c.weight >= 2:
			opp += c.weight // "does not support"
		case neg && c.stance == Supports:
			// "no progress", "cannot see any achievements": a report of facts, not opposition
		case neg:
			sup++ // "did not oppose" leans weakly towards support
		case c.stance == Supports:
			sup += c.weight
		default:
			opp += c.weight
		}
		k += len(c.toks) - 1
	}
	return sup, opp
}

// negatedModal says whether an opposing cue is a modal of urging negated ("should not",
// "mustn't", "ought not": the lexicon's entries that open with the modal): it opposes what
// follows, unless what follows is itself an end (endsSomething).
func negatedModal(toks []string) bool {
	for _, m := range []string{"should", "must", "ought"} {
		if strings.HasPrefix(toks[0], m) {
			return true
		}
	}
	return false
}

// endsSomething says whether the verb after token j (adverbs and "to" skipped) is a word of
// cessation or harm: "should not interrupt services" argues for the services.
func (a *analyzer) endsSomething(j, te int) bool {
	for j < te && (a.low(j) == "to" || len(a.low(j)) > 4 && strings.HasSuffix(a.low(j), "ly")) {
		j++
	}
	return j < te && (cessationWords[a.low(j)] || harmVerbs[a.low(j)])
}

// undecided says whether tokens from..te hold a cue of deliberation still under way ("is
// exploring a bid", "will assess the data", "the timing is unclear"): a holder who is
// still weighing something has not taken a side, and has not asserted a fact either.
func (a *analyzer) undecided(from, te int) bool {
	for k := from; k < te; k++ {
		if !a.toks[k].word {
			continue
		}
		if c := a.cueAt(k, te); c != nil && c.stance == Neutral {
			return true
		}
	}
	return false
}

// requestWords, cessationWords and harmVerbs: see lexicon/wordlists.tsv.
var (
	requestWords   = wordSet("requestWords")
	cessationWords = wordSet("cessationWords")
	harmVerbs      = wordSet("harmVerbs")
)

// asksToEnd says whether the request whose verb ends before token from asks for an end:
// its first infinitive ("urged Russia to stop the attacks", "called on the companies that
// host the site to discontinue their services") or the noun it calls for ("called for an
// end to the blockade") is a word of cessation. Asking that something end opposes it.
func (a *analyzer) asksToEnd(from, te int) bool {
	if j := from; j > 0 && a.low(j-1) == "for" || j < te && a.low(j) == "for" {
		if a.low(j) == "for" {
			j++
		}
		for j < te && (a.low(j) == "a" || a.low(j) == "an" || a.low(j) == "the" || a.low(j) == "immediate") {
			j++
		}
		return j < te && cessationWords[a.low(j)]
	}
	for k := from; k < te && k < from+30; k++ {
		switch l := a.low(k); {
		case l == "." || l == ";" || l == ":":
			return false
		case l == "to" && k+1 < te && a.toks[k+1].word:
			if a.isVerb(k + 1) {
				return cessationWords[a.low(k+1)]
			}
		}
	}
	return false
}

// questionWords: see lexicon/wordlists.tsv.
var questionWords = wordSet("questionWords")

// asksQuestion says whether the request verb ending before token from asks a question: its
// object, within a few words, is an indirect question ("asked the minister how ...", "asked
// whether"), not an act to do ("asked them to leave", "asked for help", "asked that").
func (a *analyzer) asksQuestion(from, te int) bool {
	for k := from; k < te && k < from+6; k++ {
		switch l := a.low(k); {
		case questionWords[l]:
			return true
		case l == "to" || l == "for" || l == "that" || l == "," || l == ".":
			return false
		}
	}
	return false
}

// assertionNouns: see lexicon/wordlists.tsv.
var assertionNouns = wordSet("assertionNouns")

// backsAssertion says whether the object right after a verb of support (from token from)
// is an assertion: "backed the account", "supported the reports".
func (a *analyzer) backsAssertion(from, te int) bool {
	k := from
	for k < te && k < from+2 && functionWords[a.low(k)] {
		k++ // "this", "the", "these"
	}
	return k < te && assertionNouns[a.low(k)]
}

// importanceWords: see lexicon/wordlists.tsv.
var importanceWords = wordSet("importanceWords")

// describesOnly says whether the cue c at token k is a word of importance that only
// describes the noun it modifies ("a crucial zone", "key supply lines", "vital
// infrastructure"), which evaluates nothing, as the same word does in a predicate ("the
// deal is crucial", "it is vital that", "an essential step"). The noun it modifies is a
// predicate when it has a copula.
func (a *analyzer) describesOnly(c *stanceCue, k int) bool {
	if a.syn == nil || len(c.toks) != 1 || !importanceWords[c.toks[0]] {
		return false
	}
	sy := a.syn
	lo, hi := sy.span(a.toks[k].s, a.toks[k].e)
	if lo >= hi || sy.toks[lo].dep() != "amod" {
		return false
	}
	n := sy.toks[lo].head()
	return n >= 0 && sy.child(n, "cop") < 0
}

// isVerb says whether the parse reads token k as a verb.
func (a *analyzer) isVerb(k int) bool {
	if a.syn == nil {
		return false
	}
	lo, hi := a.syn.span(a.toks[k].s, a.toks[k].e)
	return lo < hi && a.syn.toks[lo].upos() == "VERB"
}

// intendsToWeigh says whether the cue c at token k announces an intention ("will
// continue", "plans to") whose act, within the next words, is deliberation ("to monitor",
// "to review"): an announced deliberation is as undecided as one under way.
func (a *analyzer) intendsToWeigh(c *stanceCue, k, te int) bool {
	if !intentOpeners[c.toks[0]] && (len(c.toks) < 2 || !intentOpeners[c.toks[1]]) {
		return false
	}
	for j := k + len(c.toks); j < te && j < k+len(c.toks)+3; j++ {
		if d := a.cueAt(j, te); d != nil {
			return d.stance == Neutral
		}
	}
	return false
}

// threat says whether the support cue c at token k is a pledge ("we will", "I shall") of
// harm: the verb it announces, after at most one adverb, is a verb of harm.
func (a *analyzer) threat(c *stanceCue, k, te int) bool {
	pledge := false
	for _, w := range c.toks {
		if w == "will" || w == "shall" {
			pledge = true
		}
	}
	if !pledge {
		return false
	}
	j := k + len(c.toks)
	if j+1 < te && strings.HasSuffix(a.low(j), "ly") {
		j++ // "we will utterly destroy"
	}
	return j < te && harmVerbs[a.low(j)]
}

// conditional says whether tokens from..te put a condition on what they say ("we would
// back the deal if the talks resume", "unless the ban is lifted"): support on a condition
// is not yet taken, which the guideline counts as neutral. "As if", "even if" and "few if
// any" set no condition.
func (a *analyzer) conditional(from, te int) bool {
	for k := from; k < te; k++ {
		switch a.low(k) {
		case "unless":
			return true
		case "if":
			prev, next := "", ""
			if k > from {
				prev = a.low(k - 1)
			}
			if k+1 < te {
				next = a.low(k + 1)
			}
			if prev != "as" && prev != "even" && next != "any" && !a.indirectQuestion(k) {
				return true
			}
		}
	}
	return false
}

// onlyIf says whether tokens from..te set a restrictive condition ("only if", "only
// when", "unless"), which makes what they say conditional even without a cue of stance;
// a plain "if" also opens generic statements of fact ("if the rains fail, harvests drop").
func (a *analyzer) onlyIf(from, te int) bool {
	for k := from; k < te; k++ {
		if l := a.low(k); l == "unless" || l == "only" && k+1 < te && (a.low(k+1) == "if" || a.low(k+1) == "when") {
			return true
		}
	}
	return false
}

// indirectQuestion says whether the parse reads the "if" at token k as opening a
// complement ("unsure if the talks would resume"), a question, not a condition.
func (a *analyzer) indirectQuestion(k int) bool {
	sy := a.syn
	if sy == nil {
		return false
	}
	lo, hi := sy.span(a.toks[k].s, a.toks[k].e)
	if lo >= hi || sy.toks[lo].head() < 0 {
		return false
	}
	d := sy.toks[sy.toks[lo].head()].dep()
	return d == "ccomp" || d == "csubj" || d == "xcomp"
}

// prohibition says whether the clause from..te opens with a negative imperative: "Do not
// attempt to escape", "Don't sign it", "Never give in to them" forbid an act, with no
// subject before the verb.
func (a *analyzer) prohibition(from, te int) bool {
	k := from
	for k < te && !a.toks[k].word {
		k++
	}
	switch {
	case k+2 < te && a.low(k) == "do" && (a.low(k+1) == "not" || a.low(k+1) == "n't"):
		k += 2
	case k+1 < te && a.low(k) == "never":
		k++
	default:
		return false
	}
	return a.isVerb(k)
}

// clauseEnd returns the comma, semicolon or colon that closes the clause of token v, or te.
func (a *analyzer) clauseEnd(v, te int) int {
	for k := v; k < te; k++ {
		if l := a.low(k); l == "," || l == ";" || l == ":" {
			return k
		}
	}
	return te
}

// holderGoesOn says whether the clause from token k goes on under a pronoun subject ("...,
// we will continue to support"), which is the holder of the concessive clause before it.
func (a *analyzer) holderGoesOn(k, te int) bool {
	for k < te && !a.toks[k].word {
		k++
	}
	return k < te && selfSubjects[a.low(k)]
}

// afterQuote says whether the verb at token v of sentence st follows the close of a
// quotation ('…," said Lyon'), so that what was said precedes it.
func (a *analyzer) afterQuote(st sentence, v int) bool {
	if v <= st.ts || v >= st.te {
		return false
	}
	k := v - 1
	if t := a.txts[k]; t == "," && k > st.ts {
		k--
	}
	t := a.txts[k]
	return t == "\"" || t == "”" || t == "," && k > st.ts && (a.txts[k-1] == "\"" || a.txts[k-1] == "”")
}

// quoteEnd returns the end of the quotation that opens sentence st, when it closes before
// the verb at token v, or st.te.
func (a *analyzer) quoteEnd(st sentence, v int) int {
	for k := st.ts + 1; k < v && k < st.te; k++ {
		if t := a.txts[k]; t == "\"" || t == "”" {
			return k
		}
	}
	return st.te
}

// quoteFirst says whether a sentence opens with a quotation ('"We refused ...," he said').
func (a *analyzer) quoteFirst(st sentence) bool {
	return st.ts < st.te && (a.txts[st.ts] == "“" || a.txts[st.ts] == "\"")
}

// stanceOf decides the stance of a position held by h in sentence st.
func (a *analyzer) stanceOf(st sentence, h holder) string {
	a.stanceHolder = h.actors
	defer func() { a.stanceHolder = nil }()
	if h.vstart >= 0 && a.inConcessive(h.vstart, st.ts) {
		if end := a.clauseEnd(h.vstart, st.te); end < st.te && !a.holderGoesOn(end+1, st.te) {
			// "Though Lynch has expressed interest in the seat, Markey is the only
			// candidate": the main clause is another's, so the holder's clause decides
			return a.clauseStance(sentence{s: st.s, e: a.toks[end].s, ts: st.ts, te: end}, h)
		}
		// the verb is in a concessive clause: the main clause decides
		return a.stanceOf(st, holder{verb: -1, vstart: -1})
	}
	return a.clauseStance(st, h)
}

// clauseStance decides the stance of a position held by h in sentence or clause st, by the
// rules of stanceOf other than the concessive clause.
func (a *analyzer) clauseStance(st sentence, h holder) string {
	base := h.stance
	if base == Supports && h.verb >= 0 && requestWords[a.low(h.vstart)] && a.asksQuestion(h.verb, st.te) {
		return Neutral // "asked the minister how the letter was leaked": an inquiry
	}
	if base == Supports && h.verb >= 0 && requestWords[a.low(h.vstart)] && a.asksToEnd(h.verb, st.te) {
		return Opposes // "called on the companies to discontinue their services"
	}
	if base == Supports && h.verb >= 0 && a.backsAssertion(h.verb, st.te) {
		return Claims // "an aide backed the account": endorsing an assertion asserts it
	}
	if h.fixed {
		if base == Supports && h.vstart >= 0 && a.low(h.vstart) != "if" && h.vstart > st.ts && a.low(h.vstart-1) == "would" && a.conditional(h.vstart, st.te) {
			return Neutral // "would be prepared to adjust the rate if risks emerge": support on a condition
		}
		if h.vstart >= 0 && a.negatedAt(h.vstart, st.ts) {
			if base == Supports {
				return Opposes
			}
			return Neutral
		}
		return base
	}
	from := st.ts
	if h.verb >= 0 && !a.quoteFirst(st) {
		from = h.verb // the reported content follows the verb, unless a quotation opens the sentence
	}
	if h.vstart >= 0 && a.negatedAt(h.vstart, st.ts) {
		// "X did not say", "X does not support": the verb's own stance turns.
		switch base {
		case Supports:
			return Opposes
		case Opposes, Claims:
			return Neutral
		}
	}
	cte := st.te
	switch {
	case a.quoteFirst(st) && h.vstart >= 0:
		cte = a.quoteEnd(st, h.vstart) // '"…," she said, but refused to …': the quotation is what she said
	case a.afterQuote(st, h.vstart):
		from, cte = st.ts, h.vstart // '…, our plan is to expand the programme," said Lyon': what he said comes first
	}
	sup, opp := a.contentStance(from, cte)
	net := sup - opp
	if base == Neutral {
		switch {
		case net >= 2, sup >= 2 && opp == 0:
			return Supports
		case net <= -2:
			return Opposes
		}
		return Neutral
	}
	switch {
	case net > 0 && a.conditional(from, st.te):
		return Neutral // "would be prepared to adjust the rate if risks emerge": conditional
	case net > 0:
		return Supports
	case net < 0:
		return Opposes
	case sup > 0 && opp > 0:
		return Neutral // mixed: "called the talks constructive but said difficult issues remain"
	}
	if sup == 0 && opp == 0 && a.onlyIf(from, st.te) {
		return Neutral // "Only if the terms are fair": consent on a condition
	}
	if sup == 0 && opp == 0 && a.undecided(from, st.te) {
		return Neutral // "she says they are looking at guidelines": still weighing them
	}
	if h.vstart < 0 && a.programmeItem(st) {
		return Supports // the sentence is held by its speaker or author, not by a verb
	}
	if base == "" {
		return Claims
	}
	if base == Supports && a.conditional(from, st.te) {
		return Neutral // "would be prepared to adjust the rate if risks emerge"
	}
	return base
}

// programmeItem says whether a sentence held without a verb is an item of a programme: a
// clause with no subject opened by a gerund ("Cutting taxes for working families.",
// "Returning the troops home by Christmas."), as speakers list what they stand for.
// Asserting a fact needs a subject; naming an action to take does not. The parser often
// reads such a gerund as an adjective of the noun after it ("cutting" of "taxes"): the
// sentence's head is then that noun.
func (a *analyzer) programmeItem(st sentence) bool {
	sy := a.syn
	if sy == nil {
		return false
	}
	lo, hi := sy.span(st.s, st.e)
	inside := func(k int) bool { return k >= lo && k < hi }
	for k := lo; k < hi; k++ {
		t := sy.toks[k]
		if t.upos() == "PUNCT" {
			continue
		}
		if t.upos() != "VERB" || !strings.HasSuffix(t.low, "ing") {
			return false
		}
		head := k
		if inside(t.head()) && t.dep() == "amod" && sy.toks[t.head()].upos() == "NOUN" {
			head = t.head()
		}
		if inside(sy.toks[head].head()) {
			return false // the gerund does not head the sentence
		}
		return sy.child(head, "nsubj", "nsubj:pass", "expl", "aux", "aux:pass", "cop") < 0
	}
	return false
}
