package analysis

import (
	"bufio"
	"embed"
	"strings"
	"sync"
)

//go:embed lexicon/*.tsv
var lexiconFS embed.FS

// Kinds of gazetteer entries.
const (
	gzCountry = iota + 1 // a state's name or other name
	gzMetonym            // capital or seat of government standing for the state
	gzDemonym            // adjective or plural of nationality
	gzOrg                // organisation, alliance, body
	gzPlace              // a place that is only a location
)

// Word classes of words.tsv (bit flags).
const (
	wcStop = 1 << iota
	wcOrgHead
	wcPlaceHead
	wcEventHead
	wcActorNoun
)

// Title classes of titles.tsv.
const (
	tcHead = iota + 1
	tcMod
	tcHon
	tcComp
)

// Verb classes of verbs.tsv.
const (
	vcReport = iota + 1
	vcStance
	vcAction
)

// entity is an actor the lexicons know.
type entity struct {
	Name  string
	Type  string
	Affil string
}

// gazEntry is one surface form of a known entity, as a token sequence.
type gazEntry struct {
	toks []string
	kind int
	ent  *entity
}

type verbEntry struct {
	toks   []string
	class  int
	stance string
	fixed  bool // the verb's stance holds whatever follows ("condemned", "welcomed")
}

type topicEntry struct {
	label string
	kw    [][]string // each keyword as lower-case tokens
	kwTxt []string
}

type lexicons struct {
	gaz      map[string][]*gazEntry // first token -> entries, longest first
	entities map[string]*entity     // canonical name -> entity
	titles   map[string]int
	words    map[string]int
	verbs    map[string][]*verbEntry // first token -> entries, longest first
	topics   []*topicEntry
	topicKW  map[string][]topicKW    // first token -> keywords, longest first
	cues     map[string][]*stanceCue // first token -> stance cues, longest first
}

type topicKW struct {
	toks  []string
	topic int
	kw    int
}

var (
	lexOnce sync.Once
	lex     *lexicons
)

func getLex() *lexicons {
	lexOnce.Do(func() { lex = loadLexicons() })
	return lex
}

// readTSV returns the data rows (split on tabs) of an embedded file, without comment lines.
func readTSV(name string) [][]string {
	data, err := lexiconFS.ReadFile("lexicon/" + name)
	if err != nil {
		panic("analysis: missing lexicon " + name)
	}
	var rows [][]string
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	return rows
}

func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, "|") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func col(row []string, i int) string {
	if i < len(row) {
		return strings.TrimSpace(row[i])
	}
	return ""
}

// phraseTokens tokenizes a lexicon phrase the way documents are tokenized.
func phraseTokens(s string) []string {
	var out []string
	for _, t := range tokenize(s, 0) {
		out = append(out, foldQuote(t.text(s)))
	}
	return out
}

func loadLexicons() *lexicons {
	l := &lexicons{
		gaz:      map[string][]*gazEntry{},
		entities: map[string]*entity{},
		titles:   map[string]int{},
		words:    map[string]int{},
		verbs:    map[string][]*verbEntry{},
		topicKW:  map[string][]topicKW{},
		cues:     map[string][]*stanceCue{},
	}
	addGaz := func(form string, kind int, e *entity) {
		toks := phraseTokens(form)
		if len(toks) == 0 {
			return
		}
		if toks[0] == "the" && len(toks) > 1 {
			toks = toks[1:]
		}
		l.gaz[toks[0]] = append(l.gaz[toks[0]], &gazEntry{toks: toks, kind: kind, ent: e})
	}
	for _, r := range readTSV("countries.tsv") {
		e := &entity{Name: col(r, 0), Type: State}
		l.entities[e.Name] = e
		addGaz(e.Name, gzCountry, e)
		for _, a := range splitList(col(r, 1)) {
			addGaz(a, gzCountry, e)
		}
		for _, a := range splitList(col(r, 2)) {
			addGaz(a, gzDemonym, e)
		}
		for _, a := range splitList(col(r, 3)) {
			addGaz(a, gzMetonym, e)
		}
	}
	for _, r := range readTSV("orgs.tsv") {
		e := &entity{Name: col(r, 0), Type: col(r, 1), Affil: col(r, 2)}
		if e.Type == "" {
			e.Type = Organization
		}
		l.entities[e.Name] = e
		addGaz(e.Name, gzOrg, e)
		for _, a := range splitList(col(r, 3)) {
			addGaz(a, gzOrg, e)
		}
	}
	for _, r := range readTSV("places.tsv") {
		addGaz(col(r, 0), gzPlace, &entity{Name: col(r, 0), Type: Other})
	}
	for k, list := range l.gaz {
		sortGaz(list)
		l.gaz[k] = list
	}
	for _, r := range readTSV("titles.tsv") {
		c := 0
		switch col(r, 1) {
		case "head":
			c = tcHead
		case "mod":
			c = tcMod
		case "hon":
			c = tcHon
		case "comp":
			c = tcComp
		}
		l.titles[col(r, 0)] = c
	}
	for _, r := range readTSV("words.tsv") {
		c := 0
		switch col(r, 1) {
		case "stop":
			c = wcStop
		case "orghead":
			c = wcOrgHead
		case "placehead":
			c = wcPlaceHead
		case "eventhead":
			c = wcEventHead
		case "actornoun":
			c = wcActorNoun
		}
		l.words[col(r, 0)] |= c
	}
	for _, r := range readTSV("verbs.tsv") {
		class := vcReport
		switch col(r, 1) {
		case "stance":
			class = vcStance
		case "action":
			class = vcAction
		}
		for _, f := range splitList(col(r, 0)) {
			toks := strings.Fields(f)
			l.verbs[toks[0]] = append(l.verbs[toks[0]], &verbEntry{toks: toks, class: class, stance: col(r, 2), fixed: col(r, 3) == "fixed"})
		}
	}
	for k, list := range l.verbs {
		for i := 1; i < len(list); i++ {
			for j := i; j > 0 && len(list[j].toks) > len(list[j-1].toks); j-- {
				list[j], list[j-1] = list[j-1], list[j]
			}
		}
		l.verbs[k] = list
	}
	for _, r := range readTSV("stance.tsv") {
		w := 1
		if col(r, 2) == "2" {
			w = 2
		}
		for _, f := range splitList(col(r, 0)) {
			toks := phraseTokens(strings.ToLower(f))
			if len(toks) == 0 {
				continue
			}
			l.cues[toks[0]] = append(l.cues[toks[0]], &stanceCue{toks: toks, stance: col(r, 1), weight: w})
		}
	}
	for k, list := range l.cues {
		for i := 1; i < len(list); i++ {
			for j := i; j > 0 && len(list[j].toks) > len(list[j-1].toks); j-- {
				list[j], list[j-1] = list[j-1], list[j]
			}
		}
		l.cues[k] = list
	}
	for ti, r := range readTSV("topics.tsv") {
		te := &topicEntry{label: col(r, 0)}
		for ki, kw := range splitList(col(r, 1)) {
			toks := phraseTokens(strings.ToLower(kw))
			te.kw = append(te.kw, toks)
			te.kwTxt = append(te.kwTxt, kw)
			l.topicKW[toks[0]] = append(l.topicKW[toks[0]], topicKW{toks: toks, topic: ti, kw: ki})
		}
		l.topics = append(l.topics, te)
	}
	for k, list := range l.topicKW {
		for i := 1; i < len(list); i++ {
			for j := i; j > 0 && len(list[j].toks) > len(list[j-1].toks); j-- {
				list[j], list[j-1] = list[j-1], list[j]
			}
		}
		l.topicKW[k] = list
	}
	return l
}

func sortGaz(list []*gazEntry) {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && len(list[j].toks) > len(list[j-1].toks); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}

var quoteFolder = strings.NewReplacer("’", "'", "‘", "'")

func foldQuote(s string) string {
	if strings.IndexByte(s, 0xE2) < 0 {
		return s
	}
	return quoteFolder.Replace(s)
}

// Word lists of lexicon/wordlists.tsv, read once. The rules reach them through
// package-level sets made at start-up (wordSet, wordList, wordStances), so a missing list
// fails every test at once rather than one rule at a time.
var (
	wordListsOnce sync.Once
	wordLists     map[string][]string
)

// namedList returns the words of one list of lexicon/wordlists.tsv.
func namedList(name string) []string {
	wordListsOnce.Do(func() {
		wordLists = map[string][]string{}
		for _, r := range readTSV("wordlists.tsv") {
			if len(r) == 2 {
				wordLists[r[0]] = strings.Split(r[1], "|")
			}
		}
	})
	words, ok := wordLists[name]
	if !ok {
		panic("analysis: lexicon/wordlists.tsv has no list " + name)
	}
	return words
}

// wordSet returns a list of lexicon/wordlists.tsv as a set.
func wordSet(name string) map[string]bool {
	set := map[string]bool{}
	for _, w := range namedList(name) {
		set[w] = true
	}
	return set
}

// wordList returns a list of lexicon/wordlists.tsv in its order.
func wordList(name string) []string { return namedList(name) }

// wordStances returns a list of lexicon/wordlists.tsv whose words carry a stance
// ("committed=supports").
func wordStances(name string) map[string]string {
	m := map[string]string{}
	for _, w := range namedList(name) {
		if k, v, ok := strings.Cut(w, "="); ok {
			m[k] = v
		}
	}
	return m
}
