package analysis

import (
	"slices"
	"strconv"
	"strings"

	"briefing/analysis/nlp/ner"
	"briefing/document"
)

// Text genres, which decide who holds sentences without an explicit holder.
const (
	genreNews       = iota
	genreTranscript // speaker tags: each substantive sentence is the speaker's
	genrePersonal   // "Statement from President X": each sentence is the author's
	genreJoint      // joint statement: "the delegations" are the parties
	genreOfficial   // government readout or press statement: "we" is the author or the state
)

type actorRec struct {
	a         Actor
	aliasSeen map[string]bool
	actorLike bool
	holds     bool
	first     int
	key       string
}

type analyzer struct {
	doc   *document.Document
	src   string
	lx    *lexicons
	toks  []token
	txts  []string // folded text of toks
	lows  []string // lower-cased text of toks
	sents []sentence
	mbuf  []mention
	cov   []int
	pass  int
	pidx  int

	lower     map[string]bool
	surnames  map[string]string
	fullNames map[string]bool
	// longerName maps a full name to the longer full name of the same person in the text
	// ("Sharif Ahmed" to "Sheik Sharif Sheik Ahmed"); see registerNames.
	longerName map[string]string
	bodyCaps   map[string]bool
	cands      []nameCand
	stateDept  bool

	syn  *syntax   // the dependency parse of the text, or nil without language models
	ents []nerSpan // the entity tagger's named mentions, in text order

	orgCount      map[string]int    // organisation name -> mentions in the first pass
	eventAcronyms map[string]bool   // abbreviations of events and documents ("USASD")
	personLast    map[string]bool   // folded last words of the persons' names
	orgByHead     map[string]string // folded head word -> first organisation named with it

	actors []*actorRec
	byKey  map[string]int
	// acronymOf maps an abbreviation the text defines in brackets after a body's name
	// ("the Pacific Fisheries Board (PFB)") to that body's actor
	acronymOf map[string]int
	pos       []Position // in the order found; Topic is set in result from posTopic
	posTop    []int32    // lexicon topic index of each position, or -1
	sbuf      []byte     // scratch buffer for summaries
	seen      map[[2]int]bool

	stanceHolder []int // the actors whose position's stance is being decided (stance.go)

	genre          int
	titleSpeech    bool // the title names a speech or statement: its speaker holds the text
	titleInterview bool // the title names an interview: the interviewee holds the answers
	textSpeaker    int  // the speaker named in the title, or -1
	firstQuestion  int  // the first paragraph that is an interviewer's question, or -1
	keywordAt      int  // byte offset of the speech or interview word in the title
	speaker        int
	author         int
	lastSubj       int
	lastSubjSent   int
	lastGroup      int // the last state, organisation or group that held a position, for "they"
	lastGroupSent  int
	lastPlural     []int
	lastPluralSent int
	statePair      []int
	personPair     []int
	recentPersons  []int // the last two persons mentioned
	recentStates   []int // the last two states mentioned as parties
	roleHeads      map[string]int
	sentNo         int
	quotePara      int
	inQuote        bool
	quoteHolder    *holder
	// prevReport is the speaker of the sentence before (prevReportSent, in paragraph
	// prevReportPara), whose quotation may open the next sentence ('X said. "…')
	prevReport                     *holder
	prevReportPara, prevReportSent int
	pending                        []pendingSent
	lastQuoted                     *holder // the speaker of the last quotation, while nobody else has spoken since
	lastQuotedPara                 int
	contHolder                     *holder // the speaker whose quotation this paragraph continues

	topicSents   [][]Span
	topicKWCount [][]int
	topicFirst   []int
	heading      int // lexicon topic of the current section heading, or -1
	boost        map[int]int
}

type nameCand struct {
	heading bool
	title   bool
	name    string
	last    string
	titled  bool
	words   []string
}

// Analyze suggests the actors, topics and positions of a document.
func Analyze(doc *document.Document) *Result {
	a := &analyzer{doc: doc, src: doc.Text, lx: getLex(), speaker: -1, textSpeaker: -1, firstQuestion: -1, author: -1, lastSubj: -1, lastGroup: -1, heading: -1,
		lower: map[string]bool{}, surnames: map[string]string{}, byKey: map[string]int{}, acronymOf: map[string]int{},
		fullNames: map[string]bool{}, longerName: map[string]string{}, bodyCaps: map[string]bool{},
		seen: map[[2]int]bool{}, roleHeads: map[string]int{}, quotePara: -1, orgCount: map[string]int{}, eventAcronyms: map[string]bool{},
		personLast: map[string]bool{}, orgByHead: map[string]string{}}
	n := len(a.lx.topics)
	a.topicSents = make([][]Span, n)
	a.topicKWCount = make([][]int, n)
	a.topicFirst = make([]int, n)
	for i, t := range a.lx.topics {
		a.topicKWCount[i] = make([]int, len(t.kw))
		a.topicFirst[i] = -1
	}
	a.detectGenre()
	if annotateText != nil {
		a.syn, a.ents = annotateText(doc.Text)
	}
	a.pass = 1
	a.run()
	a.registerNames()
	a.pass = 2
	// one position per sentence is typical: size the arrays once instead of growing them
	a.pos = make([]Position, 0, a.sentNo/2+8)
	a.posTop = make([]int32, 0, a.sentNo/2+8)
	a.run()
	return a.result()
}

func (a *analyzer) isLowerWord(w string) bool { return a.pass == 2 && a.lower[w] }

func (a *analyzer) detectGenre() {
	src := a.src
	head := src
	if len(a.doc.Paragraphs) > 0 {
		p := a.doc.Paragraphs[0]
		head = src[p.Start:p.End]
	}
	a.stateDept = strings.Contains(src, "Office of the Spokes") || strings.Contains(src, "Department of State") ||
		strings.Contains(src, "State Department")
	// The header of a government text: title, office, "Media Note", "Press Statement", the attribution line.
	front := head
	if n := len(a.doc.Paragraphs); n > 1 {
		end := a.doc.Paragraphs[min(n, 4)-1].End
		front = src[a.doc.Paragraphs[0].Start:end]
	}
	lf := strings.ToLower(front)
	official := strings.Contains(lf, "office of the spokes") || strings.Contains(lf, "media note") ||
		strings.Contains(lf, "press statement") || strings.Contains(lf, "department of state") ||
		strings.Contains(lf, "attributable to") || strings.Contains(lf, "the white house")
	a.genre = genreNews
	tags := 0
	for _, p := range a.doc.Paragraphs {
		if _, ok := speakerTag(src[p.Start:p.End]); ok {
			tags++
		}
	}
	lh := strings.ToLower(head)
	switch {
	case tags > 0:
		a.genre = genreTranscript
	case strings.Contains(lh, "joint statement") || official && strings.Contains(lf, "joint statement"):
		a.genre = genreJoint
	case (strings.HasPrefix(lh, "statement") || strings.HasPrefix(lh, "remarks") || strings.HasPrefix(lh, "message") ||
		strings.HasPrefix(lh, "letter")) && (strings.Contains(lh, " from ") || strings.Contains(lh, " by ") || strings.Contains(lh, " of ")):
		a.genre = genrePersonal
	case tags == 0 && a.titleSpeakerGenre(head):
		// decided at the title in the second pass, when its names are known
	case official || strings.Contains(lh, "white house") || strings.Contains(lh, "readout") || strings.Contains(lh, "press statement") ||
		strings.Contains(src, "The following is attributable to"):
		a.genre = genreOfficial
	}
}

// speakerTag returns the tag of a transcript paragraph ("SECRETARY BLINKEN:") and its length in bytes.
func speakerTag(p string) (string, bool) {
	c := strings.IndexByte(p, ':')
	if c < 1 || c > 60 {
		return "", false
	}
	tag := p[:c]
	letters := 0
	for _, r := range tag {
		switch {
		case r >= 'a' && r <= 'z':
			return "", false
		case r >= 'A' && r <= 'Z':
			letters++
		case r == ' ' || r == '.' || r == '-' || r == '\'':
		default:
			if r < 128 {
				return "", false
			}
		}
	}
	if letters < 1 {
		return "", false
	}
	return tag, true
}

// run makes one pass over the paragraphs.
func (a *analyzer) run() {
	a.sentNo = 0
	for pi, p := range a.doc.Paragraphs {
		a.pidx = pi
		ptext := a.src[p.Start:p.End]
		a.toks = appendTokens(a.toks[:0], ptext, p.Start)
		a.prepareTokens()
		start := 0
		if tag, ok := speakerTag(ptext); ok {
			for start < len(a.toks) && a.toks[start].e <= p.Start+len(tag) {
				start++
			}
			if start < len(a.toks) && a.txts[start] == ":" {
				start++
			}
			if a.pass == 2 {
				a.speaker = a.speakerActor(tag)
			}
		} else if a.pass == 2 && a.textSpeaker >= 0 {
			a.speaker = a.textSpeaker
			if a.titleInterview && (isQuestion(ptext) || pi < a.firstQuestion) {
				a.speaker = -1 // the interviewer's question, or their introduction before the first
			}
		}
		if a.pass == 1 && a.firstQuestion < 0 && !p.Heading && isQuestion(ptext) {
			a.firstQuestion = pi
		}
		if a.pass == 1 {
			for _, t := range a.toks {
				if t.word && !t.cap {
					w := a.src[t.s:t.e]
					if !a.lower[w] {
						a.lower[strings.ToLower(w)] = true
					}
				} else if t.word && !p.Heading {
					w := foldASCII(a.src[t.s:t.e])
					if !a.bodyCaps[w] {
						a.bodyCaps[w] = true
					}
				}
			}
		}
		a.sents = splitSentences(a.src, a.toks[start:], a.sents[:0])
		for si := range a.sents {
			a.sents[si].ts += start
			a.sents[si].te += start
		}
		heading := p.Heading
		// a heading in sentence case capitalises only names: its names count as the body's
		nameHeading := heading && !a.sentenceCase()
		for _, st := range a.sents {
			ms := a.findMentions(st.ts, st.te, nameHeading)
			if a.pass == 1 {
				a.collectNames(ms, nameHeading)
				a.sentNo++ // counts the sentences for sizing the second pass
				continue
			}
			a.sentence(pi, st, ms, heading)
			a.sentNo++
		}
		if a.pass == 2 {
			a.endQuoteParagraph(pi)
		}
	}
}

func (a *analyzer) collectNames(ms []mention, heading bool) {
	for _, m := range ms {
		if m.kind == mkOrg {
			name := m.name
			if m.ent != nil {
				name = m.ent.Name
			}
			a.orgCount[name]++ // how often each body is named, for the author of a statement
		}
	}
	for _, m := range ms {
		if m.kind != mkPerson || m.surname {
			continue
		}
		c := nameCand{name: m.name, titled: m.titled, heading: heading, title: a.pidx == 0 && m.titled}
		for k := m.ts; k < m.te; k++ {
			if a.nameLike(k) {
				c.words = append(c.words, strings.ToLower(a.txts[k]))
				c.last = a.txts[k]
			}
		}
		a.cands = append(a.cands, c)
	}
}

// sentenceCase says whether the current paragraph is written in sentence case: several
// longer words in lower case ("Wikinews interviews Christopher Hill, presidential candidate"),
// unlike a title in title case where every word is capitalised.
func (a *analyzer) sentenceCase() bool {
	n := 0
	for i, t := range a.toks {
		if t.word && !t.cap && t.e-t.s > 4 && a.lx.words[a.lows[i]]&wcStop == 0 {
			n++
		}
	}
	return n >= 2
}

// registerNames keeps the full names found in the first pass and indexes them by surname.
func (a *analyzer) registerNames() {
	for _, c := range a.cands {
		ok := true
		if !c.titled {
			for _, w := range c.words {
				if a.lower[w] {
					ok = false
				}
			}
		}
		if c.heading && !c.title && !a.bodyCaps[foldASCII(c.last)] {
			ok = false
		}
		if !ok || c.last == "" {
			continue
		}
		a.fullNames[c.name] = true
		k := foldASCII(c.last)
		if _, dup := a.surnames[k]; !dup {
			a.surnames[k] = c.name
		}
		if h := strings.IndexByte(c.last, '-'); h > 0 && hyphenParticles[c.last[:h]] {
			// "Walid al-Moualem" is later "Moualem"
			if k := foldASCII(c.last[h+1:]); k != "" {
				if _, dup := a.surnames[k]; !dup {
					a.surnames[k] = c.name
				}
			}
		}
	}
	a.linkShorterNames()
	a.cands = nil
}

// linkShorterNames maps each full name of two words or more to the longest full name that
// holds its words in order and ends with the same surname ("George Bush" and "George W.
// Bush", "Sharif Ahmed" and "Sheik Sharif Sheik Ahmed"): one person, named in full once.
func (a *analyzer) linkShorterNames() {
	type split struct {
		name  string
		words []string
	}
	bySurname := map[string][]split{} // the full names by their last word
	for n := range a.fullNames {
		if w := strings.Fields(n); len(w) > 0 {
			bySurname[w[len(w)-1]] = append(bySurname[w[len(w)-1]], split{n, w})
		}
	}
	for _, names := range bySurname {
		// a deterministic choice among equally long names
		slices.SortFunc(names, func(x, y split) int { return strings.Compare(x.name, y.name) })
		for _, short := range names {
			if len(short.words) < 2 {
				continue
			}
			best := ""
			for _, long := range names {
				if len(long.words) > len(short.words) && subsequence(short.words, long.words) &&
					!addsInitial(short.words, long.words) && len(long.name) > len(best) {
					best = long.name
				}
			}
			if best != "" {
				a.longerName[short.name] = best
			}
		}
	}
}

// addsInitial says whether the longer name has an initial the shorter lacks: "George H. W.
// Bush" is not "George W. Bush".
func addsInitial(short, long []string) bool {
	for _, w := range long {
		if (len(w) <= 2 || strings.HasSuffix(w, ".")) && !slices.Contains(short, w) {
			return true
		}
	}
	return false
}

// subsequence says whether the words of short appear in long in order.
func subsequence(short, long []string) bool {
	i := 0
	for _, w := range long {
		if i < len(short) && w == short[i] {
			i++
		}
	}
	return i == len(short)
}

// speakerActor resolves a transcript speaker tag to a person actor.
func (a *analyzer) speakerActor(tag string) int {
	var rest []string
	for _, w := range strings.Fields(tag) {
		lw := strings.ToLower(w)
		if a.lx.titles[lw] != 0 || lw == "the" || lw == "of" || a.lx.words[lw]&wcStop != 0 {
			continue
		}
		rest = append(rest, w)
	}
	if len(rest) == 0 {
		return -1
	}
	switch strings.ToLower(rest[0]) {
	case "q", "question", "moderator", "operator", "participant", "staff", "audience", "reporter", "journalist":
		return -1
	}
	last := rest[len(rest)-1]
	if full, ok := a.surnames[foldASCII(last)]; ok {
		id := a.actorFor("p:"+full, func() Actor { return Actor{Name: full, Type: Person, Named: true} }, 0)
		a.addAlias(id, tag)
		return id
	}
	var parts []string
	for _, w := range rest {
		var sub []string
		for _, h := range strings.Split(w, "-") {
			if h != "" {
				sub = append(sub, strings.ToUpper(h[:1])+strings.ToLower(h[1:]))
			}
		}
		parts = append(parts, strings.Join(sub, "-"))
	}
	name := strings.Join(parts, " ")
	id := a.actorFor("p:"+name, func() Actor {
		return Actor{Name: name, Type: Person, Named: true, Why: "transcript speaker tag"}
	}, 0)
	a.addAlias(id, tag)
	return id
}

func (a *analyzer) actorFor(key string, mk func() Actor, off int) int {
	if id, ok := a.byKey[key]; ok {
		return id
	}
	r := &actorRec{a: mk(), key: key, first: off, aliasSeen: map[string]bool{}}
	r.a.ID = "a" + strconv.Itoa(len(a.actors)+1)
	if r.a.Aliases == nil {
		r.a.Aliases = []string{}
	}
	a.actors = append(a.actors, r)
	a.byKey[key] = len(a.actors) - 1
	if f := strings.Fields(r.a.Name); len(f) > 1 || r.a.Type == Person && len(f) == 1 {
		last := foldASCII(f[len(f)-1])
		switch {
		case r.a.Type == Person:
			a.personLast[last] = true
		case r.a.Type == Organization && a.orgByHead[last] == "":
			a.orgByHead[last] = r.a.Name // the first body named with that head word
		}
		if r.a.Type == Organization {
			// "Court of Appeal", "Bank of Nordland": the head stands before "of"
			if k := slices.Index(f, "of"); k > 0 && a.orgByHead[foldASCII(f[k-1])] == "" {
				a.orgByHead[foldASCII(f[k-1])] = r.a.Name
			}
		}
	}
	return len(a.actors) - 1
}

// noteAcronym records the abbreviation in brackets right after organisation mention m
// ("the Pacific Fisheries Board (PFB)") when its letters are the initials of the name, so
// that the abbreviation alone names the same actor.
func (a *analyzer) noteAcronym(m *mention, id int) {
	if m.te+2 >= len(a.toks) || a.txts[m.te] != "(" || a.txts[m.te+2] != ")" {
		return
	}
	abbr := a.txts[m.te+1]
	words := strings.Fields(a.src[m.s:m.e])
	if len(words) > 1 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if _, ok := a.acronymOf[abbr]; !ok && ner.Abbreviates(abbr, words) {
		a.acronymOf[abbr] = id
	}
}

func (a *analyzer) addAlias(id int, s string) {
	r := a.actors[id]
	s = strings.TrimSpace(strings.ReplaceAll(s, "] ", " ")) // "[George W.] Bush": the editor's brackets are no part of the name
	if s == "" || s == r.a.Name || r.aliasSeen[s] {
		return
	}
	r.aliasSeen[s] = true
	if len(r.a.Aliases) < 12 {
		r.a.Aliases = append(r.a.Aliases, s)
	}
}

func (a *analyzer) addMention(id int, s, e int) {
	r := a.actors[id]
	if len(r.a.Mentions) < 1000 {
		r.a.Mentions = append(r.a.Mentions, Span{Start: s, End: e, Text: a.src[s:e]})
	}
}

// resolve gives a mention of a state, organisation, person or region its actor.
func (a *analyzer) resolve(m *mention) int {
	switch m.kind {
	case mkState:
		e := m.ent
		id := a.actorFor(e.Name, func() Actor {
			return Actor{Name: e.Name, Type: State, Named: true, Why: "lexicon of states (name, capital, demonym)"}
		}, m.s)
		if m.gz != gzDemonym {
			surf := a.src[m.s:a.toks[m.ts].e]
			if m.te-m.ts > 1 && m.gz != 0 || m.s != a.toks[m.ts].s || m.e != a.toks[m.te-1].e {
				surf = a.src[m.s:m.e]
			}
			if m.te-m.ts > 1 && m.actorLike {
				// "Kremlin officials": the alias is the gazetteer part
				if e := a.gazAt(m.ts, m.te); e != nil {
					surf = a.src[a.toks[m.ts].s:a.toks[m.ts+len(e.toks)-1].e]
				}
			}
			if m.gz == gzMetonym || m.gz == gzCountry {
				a.addAlias(id, strings.TrimPrefix(surf, "the "))
			}
		}
		return id
	case mkOrg:
		name, typ, affil, why := m.name, Organization, "", "organisation pattern (head noun)"
		if m.ent != nil {
			name, typ, affil, why = m.ent.Name, m.ent.Type, m.ent.Affil, "lexicon of organisations"
		}
		if id, ok := a.acronymOf[a.src[m.s:m.e]]; ok {
			a.addAlias(id, a.src[m.s:m.e])
			return id
		}
		id := a.actorFor(name, func() Actor { return Actor{Name: name, Type: typ, Affiliation: affil, Named: true, Why: why} }, m.s)
		if m.ent != nil && !m.noAlias {
			a.addAlias(id, a.src[m.s:m.e])
		}
		a.noteAcronym(m, id)
		return id
	case mkRegion:
		// one actor per region, named as the text first names it ("Western nations")
		name := m.name
		region, _, _ := strings.Cut(name, " ")
		id := a.actorFor("r:"+region, func() Actor {
			return Actor{Name: name, Type: Other, Affiliation: region, Named: true, Why: "regional adjective with a collective noun"}
		}, m.s)
		a.addAlias(id, a.src[m.s:m.e])
		return id
	case mkPerson:
		name := m.name
		if m.surname {
			if full, ok := a.surnames[foldASCII(name)]; ok {
				name = full
			}
		}
		if longer, ok := a.longerName[name]; ok {
			name = longer
		}
		why := "personal name"
		if m.titled {
			why = "title before a personal name"
		}
		id := a.actorFor("p:"+name, func() Actor { return Actor{Name: name, Type: Person, Named: true, Why: why} }, m.s)
		r := a.actors[id]
		if m.role != "" && len(m.role) > len(r.a.Role) {
			r.a.Role = m.role
			if m.roleEnt != nil {
				r.a.Affiliation = m.roleEnt.Name
				if m.roleEnt.Type == State {
					// "Russian President" -> role "President", affiliation Russia
					for _, dem := range []string{"the "} {
						r.a.Role = strings.TrimPrefix(r.a.Role, dem)
					}
				}
			}
			for _, w := range strings.Fields(strings.ToLower(m.role)) {
				if a.lx.titles[w] == tcHead {
					a.roleHeads[w] = id
				}
			}
		}
		surf := a.src[m.s:m.e]
		if surf != name {
			a.addAlias(id, surf)
		}
		return id
	}
	return -1
}

// modifiesThing says whether state mention m is a modifier (parse: compound or amod) of a
// common noun that names no people or body ("US surface ozone", not "US officials").
func (a *analyzer) modifiesThing(m *mention) bool {
	if m.te >= len(a.toks) || a.toks[m.te].cap || !a.toks[m.te].word {
		return false
	}
	k := a.parseTok(m.te - 1)
	if k < 0 {
		return false
	}
	sy := a.syn
	if d := sy.toks[k].dep(); d != "compound" && d != "amod" {
		return false
	}
	h := sy.toks[k].head()
	if h <= k || sy.toks[h].upos() != "NOUN" {
		return false
	}
	lw := sy.toks[h].low
	if officialNouns[lw] || groupNouns[lw] || agentPlural(lw) || orgNouns[lw] || documentNouns[lw] {
		return false
	}
	for j := m.te; j < len(a.toks) && a.toks[j].s <= sy.toks[h].s; j++ {
		if a.wordClass(j)&wcActorNoun != 0 {
			return false
		}
	}
	return true
}

// placeNouns name a part of a territory.
var placeNouns = wordSet("placeNouns")

// stateActorLike says whether a state mention makes the state a party rather than a place or an affiliation.
func (a *analyzer) stateActorLike(m *mention, ts, te int, ms []mention) bool {
	if m.actorLike {
		return true
	}
	if m.inRole || m.gz == gzDemonym {
		return false
	}
	if m.s != a.toks[m.ts].s || m.e != a.toks[m.te-1].e {
		return true // part of a hyphenated word: "Washington-backed"
	}
	if a.modifiesThing(m) {
		return false // "US surface ozone has dropped": the state only qualifies a thing
	}
	prev := ""
	if m.ps-1 >= ts {
		prev = a.low(m.ps - 1)
	}
	if prev == "the" && m.ps-2 >= ts {
		prev = a.low(m.ps - 2)
	}
	if prev == "like" || prev == "as" && m.ps-2 >= ts && a.low(m.ps-2) == "such" {
		return false // an example: "in countries like Senegal", "such as Kenya"
	}
	if locPreps[prev] || prev == "visited" || prev == "visit" || prev == "visiting" || prev == "visits" {
		return false
	}
	if prev == "to" || prev == "from" {
		for k := m.ps - 2; k >= ts && k >= m.ps-7; k-- {
			lw := a.low(k)
			for _, p := range movePrefixes {
				if strings.HasPrefix(lw, p) {
					return false
				}
			}
			if a.titleClass(k) == tcHead && k >= m.ps-3 {
				return false // "Ambassador to Slovakia"
			}
		}
	}
	if prev == "of" && m.ps-2 >= ts && a.titleClass(m.ps-2) == tcHead {
		return false // "President of Ukraine"
	}
	if prev == "of" {
		// "Senator John Kerry of Massachusetts", "the University of Sheffield of the UK":
		// the state places a name
		k := m.ps - 2
		if a.low(m.ps-1) == "the" {
			k--
		}
		if k >= ts && a.toks[k].cap && a.toks[k].word && a.wordClass(k)&wcStop == 0 && a.low(k) != "government" {
			return false
		}
		if k >= ts && placeNouns[a.low(k)] {
			return false // "the capital of Ethiopia"
		}
	}
	if (prev == "," || prev == "and" || prev == "or") && m.ps-2 >= ts {
		for k := range ms {
			o := &ms[k]
			if o.te == m.ps-1 && o.kind == mkState && (o.locative || o.gz == gzMetonym && prev == ",") {
				return false
			}
		}
	}
	if m.te < te {
		nx := a.toks[m.te]
		nl := a.low(m.te)
		if nx.word && (a.titleClass(m.te) == tcHead || a.titleClass(m.te) == tcMod && m.te+1 < te && a.titleClass(m.te+1) != 0) {
			return false // "UK Prime Minister", "US special envoy"
		}
		if nx.word && nx.cap && a.wordClass(m.te)&(wcEventHead|wcPlaceHead) != 0 {
			return false // "Paris Agreement"
		}
		if nl == "," && m.gz == gzMetonym && m.te+1 < te {
			for k := range ms {
				if ms[k].ts == m.te+1 && ms[k].kind == mkState {
					return false // "Kyiv, Ukraine"
				}
			}
			if a.txts[m.te+1] == "D.C." {
				return false
			}
		}
	}
	return true
}
