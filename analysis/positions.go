package analysis

import (
	"strings"
)

var courtesyWords = []string{"thank", "thanks", "grateful", "pleasure", "appreciate", "good morning", "good afternoon",
	"good evening", "great to have", "welcome", "congratulations", "hello"}

var determiners = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"a": true, "an": true, "both": true, "two": true}

var experiencerVerbs = map[string]bool{"alarmed": true, "worried": true, "angered": true, "concerned": true,
	"dismayed": true, "frustrated": true, "unsettled": true, "outraged": true, "angering": true, "alarming": true}

var purposeVerbs = map[string]bool{"demonstrate": true, "show": true, "underscore": true, "reaffirm": true,
	"express": true, "highlight": true, "launch": true, "signal": true, "discuss": true}

var meetNouns = map[string]bool{"dialogue": true, "discussion": true, "discussions": true, "meeting": true,
	"meetings": true, "talks": true, "exchange": true, "conversation": true, "call": true}

var proxyNouns = map[string]bool{"office": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"ministry": true, "government": true, "administration": true, "team": true, "aides": true, "press office": true,
	"embassy": true, "mission": true, "campaign": true, "lawyers": true, "lawyer": true}

type pendingSent struct {
	st    sentence
	topic int
}

type holder struct {
	actors []int
	why    string
	conf   float64
	stance string
	verb   int // token index of the verb, or -1
}

// sentence analyses one sentence in the second pass.
func (a *analyzer) sentence(pi int, st sentence, ms []mention, heading bool) {
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
			a.actors[m.actor].actorLike = true
			a.addMention(m.actor, m.s, m.e)
		}
	}
	stext := a.src[st.s:st.e]
	// Author of the text: "The following is attributable to Spokesperson X:", "Statement from President X".
	if strings.Contains(stext, "attributable to") {
		for _, m := range ms {
			if m.kind == mkPerson {
				a.author = m.actor
			}
		}
		return
	}
	if a.genre == genrePersonal && pi == 0 && a.author < 0 {
		for _, m := range ms {
			if m.kind == mkPerson {
				a.author = m.actor
				break
			}
		}
		return
	}
	// Topics of the sentence.
	topic := a.sentenceTopic(st, heading)
	if heading {
		a.heading = topic
		a.updateDiscourse(ts, te, ms, nil)
		return
	}
	words := 0
	for k := ts; k < te; k++ {
		if a.toks[k].word {
			words++
		}
	}
	if pi == 0 && a.doc.Title != "" {
		a.updateDiscourse(ts, te, ms, nil)
		return
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

	var hs []holder
	prevSubj := []int(nil)
	for i := ts; i < te; i++ {
		if !a.toks[i].word {
			continue
		}
		lw := a.low(i)
		var ve *verbEntry
		for _, e := range a.lx.verbs[lw] {
			ok := i+len(e.toks) <= te
			for k := 1; ok && k < len(e.toks); k++ {
				if a.low(i+k) != e.toks[k] {
					ok = false
				}
			}
			if ok {
				ve = e
				break
			}
		}
		class, stance, vlen := 0, "", 1
		if ve != nil {
			class, stance, vlen = ve.class, ve.stance, len(ve.toks)
		} else if (lw == "had" || lw == "held") && a.genre != genreNews {
			for k := i + 1; k < te && k <= i+4; k++ {
				if meetNouns[a.low(k)] {
					class, stance = vcAction, Supports
				}
			}
		} else if lw == "visited" {
			for k := i + 1; k+1 < te; k++ {
				if a.low(k) == "to" && purposeVerbs[a.low(k+1)] {
					class, stance = vcAction, Supports
				}
			}
		} else if experiencerVerbs[lw] {
			// "The draft alarmed Kyiv and European capitals"
			if list := a.objectActors(i+1, te, ms); len(list) > 0 {
				hs = append(hs, holder{actors: list, why: "object of a verb of concern (" + lw + ")", conf: 0.55, stance: Opposes, verb: i})
			}
			continue
		} else if lw == "according" && i+1 < te && a.low(i+1) == "to" {
			// "according to Kremlin spokesman Dmitry Peskov"
			if list := a.objectActors(i+2, te, ms); len(list) > 0 {
				hs = append(hs, holder{actors: list, why: "'according to X'", conf: 0.7, stance: Claims, verb: -1})
			}
			continue
		} else if lw == "unacceptable" && i+1 < te && (a.low(i+1) == "for" || a.low(i+1) == "to") {
			if list := a.objectActors(i+2, te, ms); len(list) > 0 {
				hs = append(hs, holder{actors: list, why: "'unacceptable for X'", conf: 0.55, stance: Opposes, verb: i})
			}
			continue
		}
		if class == 0 {
			continue
		}
		if a.toks[i].cap && i != ts {
			continue
		}
		if inMention(ms, i) {
			continue
		}
		// passive with an agent: "the plan was rejected by Kyiv"
		if i-1 >= ts && (a.low(i-1) == "was" || a.low(i-1) == "were" || a.low(i-1) == "been" || a.low(i-1) == "is" || a.low(i-1) == "are") {
			if i+vlen < te && a.low(i+vlen) == "by" {
				if list := a.objectActors(i+vlen+1, te, ms); len(list) > 0 {
					hs = append(hs, holder{actors: list, why: "agent of a passive verb '" + lw + "'", conf: 0.65, stance: stance, verb: i + vlen})
				}
			}
			continue
		}
		subj, why := a.subjectOf(i, ts, te, ms, prevSubj, vlen)
		if len(subj) == 0 {
			continue
		}
		prevSubj = subj
		conf := 0.8
		if strings.Contains(why, "pronoun") || strings.Contains(why, "joint") {
			conf = 0.65
		}
		hs = append(hs, holder{actors: subj, why: why + " + verb '" + a.src[a.toks[i].s:a.toks[i+vlen-1].e] + "'", conf: conf, stance: stance, verb: i + vlen})
		i += vlen - 1
	}

	substantive := words >= 8
	courtesy := false
	ls := strings.ToLower(stext)
	for _, c := range courtesyWords {
		if strings.Contains(ls, c) {
			courtesy = true
		}
	}
	if courtesy && topic < 0 {
		substantive = false
	}
	if courtesy && words < 10 {
		substantive = false
	}
	switch a.genre {
	case genreTranscript:
		if a.speaker >= 0 && substantive {
			hs = append(hs, holder{actors: []int{a.speaker}, why: "transcript: sentence of the speaker", conf: 0.7, verb: -1})
		}
	case genrePersonal:
		if len(hs) == 0 && a.author >= 0 && substantive {
			hs = append(hs, holder{actors: []int{a.author}, why: "statement of the author", conf: 0.6, verb: -1})
		}
	case genreOfficial, genreJoint:
		if len(hs) == 0 && substantive && a.hasWe(ts, te) {
			if h := a.authorActors(); len(h) > 0 {
				hs = append(hs, holder{actors: h, why: "first person plural in an official statement", conf: 0.5, verb: -1})
			}
		}
		if len(hs) == 0 && a.genre == genreJoint && len(a.statePair) >= 2 && (strings.Contains(ls, "topic of discussion") || strings.Contains(ls, " were discussed")) {
			hs = append(hs, holder{actors: a.statePair, why: "joint statement: discussion of the parties", conf: 0.45, verb: -1})
		}
	}
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
		a.quotePara, a.inQuote, a.quoteHolder, a.pending = pi, false, nil, a.pending[:0]
	}
	startsInQuote := a.inQuote
	var report *holder
	for hi := range hs {
		if hs[hi].verb >= 0 && a.genre != genreTranscript {
			report = &hs[hi]
			break
		}
	}
	if len(hs) == 0 && startsInQuote && a.quoteHolder != nil && words >= 4 {
		h := *a.quoteHolder
		h.why = "inside a quotation attributed earlier"
		h.conf = 0.6
		h.verb = -1
		hs = append(hs, h)
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
		a.inQuote = false
		a.quoteHolder = nil
		a.pending = a.pending[:0]
	}
	if len(hs) == 0 && a.inQuote && words >= 4 && len(a.pending) < 20 {
		a.pending = append(a.pending, pendingSent{st: st, topic: topic})
	}
	for _, h := range hs {
		a.addPosition(pi, st, h, topic)
	}
	a.updateDiscourse(ts, te, ms, hs)
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

// mentionActor resolves any mention (pronouns and groups included) to one actor.
func (a *analyzer) mentionActor(m *mention, ms []mention) int {
	switch m.kind {
	case mkState, mkOrg, mkPerson, mkRegion:
		return m.actor
	case mkGroup:
		name := m.name
		id := a.actorFor("g:"+strings.ToLower(name), func() Actor {
			return Actor{Name: name, Type: Other, Role: strings.ToLower(a.src[a.toks[m.ts].s:a.toks[m.ts].e]), Named: false, Why: "unnamed group as the subject of a reporting verb"}
		}, m.s)
		return id
	case mkRoleRef:
		if id, ok := a.roleHeads[m.name]; ok {
			return id
		}
	}
	return -1
}

// subjectOf finds the holders of the verb at token v: the subject before it, coordinated subjects included.
func (a *analyzer) subjectOf(v, ts, te int, ms []mention, prev []int, vlen int) ([]int, string) {
	k := v - 1
	skip := func() {
		for k >= ts {
			lw := a.low(k)
			if auxWords[lw] || (len(lw) > 4 && strings.HasSuffix(lw, "ly") && !a.toks[k].cap) {
				k--
				continue
			}
			break
		}
	}
	skip()
	for k >= ts && closers[a.txts[k]] && a.txts[k] != ")" {
		k--
	}
	if k < ts {
		return nil, ""
	}
	lw := a.low(k)
	if lw == "," && strings.HasSuffix(lw0(a, v), "ing") {
		// participle: "Putin gave an address, claiming that ..." - the holder is the main subject
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
	if lw == "," {
		// parenthetical: "X, who leads ..., said"
		for p := k - 1; p >= ts && p >= k-30; p-- {
			if a.low(p) == "," {
				first := a.low(p + 1)
				if first == "who" || first == "which" || first == "whose" || first == "currently" || first == "a" || first == "an" ||
					first == "the" || first == "speaking" || first == "also" || strings.HasSuffix(first, "ing") || a.titleClass(p+1) != 0 {
					k = p - 1
					skip()
				}
				break
			}
		}
		if k >= ts && a.low(k) == "," {
			// inverted: '"...," said Peskov'
			if v+vlen < te {
				for mi := range ms {
					m := &ms[mi]
					if m.ps == v+vlen && (m.kind == mkPerson || m.kind == mkState || m.kind == mkOrg) {
						return []int{m.actor}, "subject after the verb"
					}
				}
			}
			return nil, ""
		}
	}
	if k < ts {
		return nil, ""
	}
	lw = a.low(k)
	if lw == "and" || lw == "but" || lw == "or" {
		if len(prev) > 0 {
			return prev, "subject of the coordinated verb"
		}
		return nil, ""
	}
	m := a.mentionEndingAt(k, ms)
	if m == nil && k-2 >= ts && proxyNouns[lw] && (a.low(k-1) == "'s" || a.low(k-1) == "’s") {
		// "Zelensky's office said": the holder is the owner
		m = a.mentionEndingAt(k-2, ms)
	}
	if m == nil {
		return nil, ""
	}
	p := m.ps - 1
	for p >= ts && determiners[a.low(p)] {
		p--
	}
	if p >= ts && preps[a.low(p)] && m.kind != mkPron {
		return nil, ""
	}
	list := []*mention{m}
	sawAnd := false
	for p >= ts && (a.low(p) == "and" || a.low(p) == "," && sawAnd) {
		sawAnd = true
		comma := a.low(p) == ","
		q := p - 1
		for q >= ts && determiners[a.low(q)] {
			q--
		}
		m2 := a.mentionEndingAt(q, ms)
		if m2 == nil || m2.kind == mkPron || comma && (m2.kind == mkPerson) != (m.kind == mkPerson) {
			break
		}
		list = append([]*mention{m2}, list...)
		p = m2.ps - 1
		for p >= ts && determiners[a.low(p)] {
			p--
		}
	}
	if p >= ts && preps[a.low(p)] {
		list = list[len(list)-1:]
	}
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

func lw0(a *analyzer, i int) string { return a.low(i) }

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

func (a *analyzer) resolvePronoun(m *mention, ms []mention) []int {
	switch m.pron {
	case "he", "she":
		var last *mention
		for mi := range ms {
			if ms[mi].kind == mkPerson && ms[mi].te <= m.ts && !ms[mi].inRole {
				last = &ms[mi]
			}
		}
		if last != nil {
			return []int{last.actor}
		}
		if a.lastSubj >= 0 && a.sentNo-a.lastSubjSent <= 6 {
			return []int{a.lastSubj}
		}
	case "they":
		if len(a.lastPlural) > 0 && a.sentNo-a.lastPluralSent <= 3 {
			return a.lastPlural
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
	set := false
	for _, h := range hs {
		if h.verb < 0 {
			continue
		}
		if len(h.actors) >= 2 {
			a.lastPlural, a.lastPluralSent = h.actors, a.sentNo
		}
		if len(h.actors) == 1 && a.actors[h.actors[0]].a.Type == Person && !set {
			a.lastSubj, a.lastSubjSent = h.actors[0], a.sentNo
			set = true
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
	stance := h.stance
	if stance == "" || stance == Neutral {
		stance = a.polarity(st, stance)
	}
	p := Position{
		ID: "p" + itoa(len(a.pos)+1), Actor: r.a.ID, CoActors: co, Stance: stance,
		Summary:    a.summary(id, st, h.verb),
		Evidence:   Span{Start: st.s, End: st.e, Text: a.src[st.s:st.e]},
		Paragraph:  a.doc.ParagraphAt(st.s),
		Confidence: h.conf, Why: h.why,
	}
	if topic < 0 {
		topic = a.heading
	}
	a.pos = append(a.pos, posRec{p: p, topic: topic, sent: a.sentNo})
}

var posWords = map[string]bool{"support": true, "supports": true, "commitment": true, "welcome": true, "welcomed": true,
	"partner": true, "partnership": true, "strengthen": true, "strengthening": true, "cooperation": true, "optimistic": true,
	"hope": true, "ambitious": true, "historic": true, "congratulate": true, "admiration": true, "confidence": true,
	"constructive": true, "progress": true, "allies": true, "robust": true, "stalwart": true, "unwavering": true, "must": true}
var negWords = map[string]bool{"aggression": true, "oppose": true, "opposes": true, "reject": true, "rejects": true,
	"unacceptable": true, "condemn": true, "condemns": true, "against": true, "alarmed": true, "fear": true, "fears": true,
	"deny": true, "threat": true, "no": true, "not": true, "never": true, "ruled": true, "attack": true, "invasion": true}

func (a *analyzer) polarity(st sentence, def string) string {
	p, n := 0, 0
	for k := st.ts; k < st.te; k++ {
		lw := a.low(k)
		if posWords[lw] {
			p++
		}
		if negWords[lw] {
			n++
		}
	}
	switch {
	case p > n:
		return Supports
	case n > p:
		return Opposes
	case def != "":
		return def
	}
	return Claims
}

// summary makes a one-line summary: the holder's short name and the clause after the verb.
func (a *analyzer) summary(id int, st sentence, verb int) string {
	r := a.actors[id]
	name := r.a.Name
	if r.a.Type == Person {
		if f := strings.Fields(name); len(f) > 1 {
			name = f[len(f)-1]
			if nameSuffixes[name] && len(f) > 2 {
				name = f[len(f)-2]
			}
		}
	}
	from := st.ts
	if verb >= 0 && verb < st.te {
		from = verb
		if a.low(from) == "that" {
			from++
		}
	}
	var words []string
	for k := from; k < st.te && len(words) < 14; k++ {
		t := a.toks[k]
		txt := a.src[t.s:t.e]
		if !t.word {
			if txt == "," || txt == ";" || txt == ":" {
				if len(words) >= 6 {
					break
				}
			}
			continue
		}
		words = append(words, txt)
	}
	if len(words) == 0 {
		return name
	}
	s := strings.Join(words, " ")
	return name + ": " + s
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
