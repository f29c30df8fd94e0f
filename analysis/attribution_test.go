package analysis

import (
	"slices"
	"strings"
	"testing"

	"briefing/analysis/nlp"
)

// handParse builds the syntax of text from words written with their POS, 1-based head (0 for
// the root) and relation, so the attribution stage is tested on a parse known to be right.
type handWord struct {
	w, upos string
	head    int
	dep     string
}

func handParse(t *testing.T, text string, words []handWord) *syntax {
	t.Helper()
	var toks []synToken
	off := 0
	for _, w := range words {
		i := strings.Index(text[off:], w.w)
		if i < 0 {
			t.Fatalf("word %q not in the text after byte %d", w.w, off)
		}
		s := off + i
		toks = append(toks, synToken{s: s, e: s + len(w.w), low: strings.ToLower(w.w), uposTag: nlp.TagOf(w.upos), headAt: int32(w.head - 1), depTag: nlp.TagOf(w.dep)})
		off = s + len(w.w)
	}
	return newSyntax(toks)
}

func withParse(t *testing.T, sy *syntax) {
	old := annotateText
	annotateText = func(string) (*syntax, []nerSpan) { return sy, nil }
	t.Cleanup(func() { annotateText = old })
}

func TestParseAttributesSubjectAcrossApposition(t *testing.T) {
	text := "Nurta Hussein, another resident said that the explosions woke everybody at two in the morning.\n"
	withParse(t, handParse(t, text, []handWord{
		{"Nurta", "PROPN", 6, "nsubj"}, {"Hussein", "PROPN", 1, "flat"}, {",", "PUNCT", 1, "punct"},
		{"another", "DET", 5, "det"}, {"resident", "NOUN", 1, "appos"}, {"said", "VERB", 0, "root"},
		{"that", "SCONJ", 9, "mark"}, {"the", "DET", 9, "det"}, {"explosions", "NOUN", 10, "nsubj"},
		{"woke", "VERB", 6, "ccomp"}, {"everybody", "PRON", 10, "obj"}, {"at", "ADP", 13, "case"},
		{"two", "NUM", 10, "obl"}, {"in", "ADP", 16, "case"}, {"the", "DET", 16, "det"},
		{"morning", "NOUN", 10, "obl"}, {".", "PUNCT", 6, "punct"},
	}))
	_, r := analyzeText(t, text)
	hs := holdersOf(r)
	ev := strings.TrimSpace(text)
	if got := hs[ev]; len(got) != 1 || got[0] != "Nurta Hussein" {
		t.Fatalf("holders %v, want [Nurta Hussein]; positions %+v", got, r.Positions)
	}
}

func TestParseNamesAnUnnamedGroup(t *testing.T) {
	text := "Medical authorities claimed that the deaths had occurred when the fire reached their houses.\n"
	withParse(t, handParse(t, text, []handWord{
		{"Medical", "ADJ", 2, "amod"}, {"authorities", "NOUN", 3, "nsubj"}, {"claimed", "VERB", 0, "root"},
		{"that", "SCONJ", 8, "mark"}, {"the", "DET", 6, "det"}, {"deaths", "NOUN", 8, "nsubj"},
		{"had", "AUX", 8, "aux"}, {"occurred", "VERB", 3, "ccomp"}, {"when", "ADV", 12, "advmod"},
		{"the", "DET", 11, "det"}, {"fire", "NOUN", 12, "nsubj"}, {"reached", "VERB", 8, "advcl"},
		{"their", "PRON", 14, "nmod:poss"}, {"houses", "NOUN", 12, "obj"}, {".", "PUNCT", 3, "punct"},
	}))
	_, r := analyzeText(t, text)
	var found bool
	for _, a := range r.Actors {
		if a.Name == "Medical authorities" {
			found = true
			if a.Named {
				t.Errorf("an unnamed group is marked named: %+v", a)
			}
		}
	}
	if got := holdersOf(r)[strings.TrimSpace(text)]; !found || len(got) != 1 || got[0] != "Medical authorities" {
		t.Fatalf("holders %v, want [Medical authorities]", got)
	}
}

func TestParseSharesTheSubjectOfCoordinatedVerbs(t *testing.T) {
	text := "Kenya answered the call and promised to send 450 soldiers soon.\n"
	withParse(t, handParse(t, text, []handWord{
		{"Kenya", "PROPN", 2, "nsubj"}, {"answered", "VERB", 0, "root"}, {"the", "DET", 4, "det"},
		{"call", "NOUN", 2, "obj"}, {"and", "CCONJ", 6, "cc"}, {"promised", "VERB", 2, "conj"},
		{"to", "PART", 8, "mark"}, {"send", "VERB", 6, "xcomp"}, {"450", "NUM", 10, "nummod"},
		{"soldiers", "NOUN", 8, "obj"}, {"soon", "ADV", 8, "advmod"}, {".", "PUNCT", 2, "punct"},
	}))
	_, r := analyzeText(t, text)
	if got := holdersOf(r)[strings.TrimSpace(text)]; len(got) != 1 || got[0] != "Kenya" {
		t.Fatalf("holders %v, want [Kenya]", got)
	}
}

func TestParseNamesTheOrganisationOfAGroupNoun(t *testing.T) {
	text := "The al-Shabaab group claimed responsibility for the attack on the base.\n"
	withParse(t, handParse(t, text, []handWord{
		{"The", "DET", 5, "det"}, {"al", "PROPN", 4, "compound"}, {"-", "PUNCT", 4, "punct"},
		{"Shabaab", "PROPN", 5, "compound"}, {"group", "NOUN", 6, "nsubj"}, {"claimed", "VERB", 0, "root"},
		{"responsibility", "NOUN", 6, "obj"}, {"for", "ADP", 10, "case"}, {"the", "DET", 10, "det"},
		{"attack", "NOUN", 7, "nmod"}, {"on", "ADP", 13, "case"}, {"the", "DET", 13, "det"},
		{"base", "NOUN", 10, "nmod"}, {".", "PUNCT", 6, "punct"},
	}))
	_, r := analyzeText(t, text)
	if got := holdersOf(r)[strings.TrimSpace(text)]; len(got) != 1 || got[0] != "al-Shabaab" {
		t.Fatalf("holders %v, want [al-Shabaab]; actors %+v", got, r.Actors)
	}
}

func TestParseFollowsTheSubjectToItsApposition(t *testing.T) {
	text := "Later, the Sudanese counterpart of the minister, Deng Alor, claimed the region was at risk.\n"
	withParse(t, handParse(t, text, []handWord{
		{"Later", "ADV", 13, "advmod"}, {",", "PUNCT", 1, "punct"}, {"the", "DET", 5, "det"},
		{"Sudanese", "ADJ", 5, "amod"}, {"counterpart", "NOUN", 13, "nsubj"}, {"of", "ADP", 8, "case"},
		{"the", "DET", 8, "det"}, {"minister", "NOUN", 5, "nmod"}, {",", "PUNCT", 10, "punct"},
		{"Deng", "PROPN", 5, "appos"}, {"Alor", "PROPN", 10, "flat"}, {",", "PUNCT", 10, "punct"},
		{"claimed", "VERB", 0, "root"}, {"the", "DET", 15, "det"}, {"region", "NOUN", 18, "nsubj"},
		{"was", "AUX", 18, "cop"}, {"at", "ADP", 18, "case"}, {"risk", "NOUN", 13, "ccomp"}, {".", "PUNCT", 13, "punct"},
	}))
	_, r := analyzeText(t, text)
	if got := holdersOf(r)[strings.TrimSpace(text)]; len(got) != 1 || got[0] != "Deng Alor" {
		t.Fatalf("holders %v, want [Deng Alor]; actors %+v", got, r.Actors)
	}
}

// A reporting verb after its quotation or clause takes the subject that follows it: the name
// in apposition to a title, a name before its own title, an unnamed group; a clause after the
// verb is not its subject.
func TestInvertedSpeaker(t *testing.T) {
	text := "Talks on the border\n\n" +
		"\"The situation in the north is very grim. It is threatening the stability of the whole region. " +
		"It is in our interest to send more troops,\" claimed Sweden's Foreign Minister, Jan Kowal.\n\n" +
		"\"We will give very serious consideration to the proposal,\" said Anna Berg, Certified Security Analyst with the Acme team.\n\n" +
		"This was the most intense fighting in months, claim residents.\n\n" +
		"A French soldier, on condition of anonymity, said that one German soldier was killed in the clash.\n"
	_, r := analyzeText(t, text)
	hs := holdersOf(r)
	wantSoleHolders(t, hs, map[string]string{
		"\"The situation in the north is very grim.":           "Jan Kowal",
		"It is threatening the stability of the whole region.": "Jan Kowal",
		"\"We will give very serious consideration to the proposal,\" said Anna Berg, Certified Security Analyst with the Acme team.": "Anna Berg",
		"This was the most intense fighting in months, claim residents.":                                                              "residents",
	})
	for ev, names := range hs {
		if strings.Contains(ev, "German soldier") && slices.Contains(names, "Germany") {
			t.Errorf("the clause after 'said' gave Germany a position: %q", ev)
		}
	}
}

// A paragraph that opens with a quotation and names no speaker continues the quotation of the
// paragraph before; a speaker named later in it takes its sentences instead.
func TestQuoteContinuesIntoNextParagraph(t *testing.T) {
	text := "Harbour plan\n\n" +
		"Port director Anna Berg said the new harbour would open next spring. \"We have waited long enough for this harbour.\n\n" +
		"\"The ships of the whole coast will be able to come here.\"\n\n" +
		"\"The old quay cannot take any more weight. It has to close,\" said engineer Omar Haddad.\n"
	_, r := analyzeText(t, text)
	wantSoleHolders(t, holdersOf(r), map[string]string{
		"\"The ships of the whole coast will be able to come here.\"": "Anna Berg",
		"\"The old quay cannot take any more weight.":                 "Omar Haddad",
	})
}

// wantSoleHolders checks that each evidence sentence has exactly the one holder given.
func wantSoleHolders(t *testing.T, hs map[string][]string, want map[string]string) {
	t.Helper()
	for ev, name := range want {
		if got := hs[ev]; len(got) != 1 || got[0] != name {
			t.Errorf("%q: holders %v, want [%s]; all %v", ev, got, name, hs)
		}
	}
}

// A subject of several senators, each described by the state they represent and joined with
// a serial comma, holds the verb together; the states do not.
func TestSubjectOfPersonsOfPlaces(t *testing.T) {
	text := "Senate race\n\n" +
		"After the vote, Senators Anna Berg of Vermont, Omar Haddad of Oregon, and Jan Kowal of Maine each asked the governor to veto the bill.\n"
	_, r := analyzeText(t, text)
	names := actorNames(r)
	var got []string
	for _, p := range r.Positions {
		if strings.Contains(p.Evidence.Text, "each asked") {
			got = append(got, names[p.Actor])
			for _, id := range p.CoActors {
				got = append(got, names[id])
			}
		}
	}
	slices.Sort(got)
	if want := []string{"Anna Berg", "Jan Kowal", "Omar Haddad"}; !slices.Equal(got, want) {
		t.Errorf("holders %v, want %v", got, want)
	}
}

// A verb coordinated in the clause after a semicolon belongs to that clause's subject, not to
// the subject of the clause before.
func TestCoordinatedVerbAfterSemicolon(t *testing.T) {
	ev := "Both Norway and Sweden backed the minister; Denmark answered the call and promised to send 450 soldiers soon."
	wantHolderAmong(t, "Troops\n\n"+ev+"\n", ev, "Denmark")
}

// "with X saying/stating ..." gives X what follows.
func TestWithParticipleSpeaker(t *testing.T) {
	ev := "The paper quoted critics like barrister Anna Berg, with Berg stating: \"People fleeing war need quicker decisions.\""
	wantHolderAmong(t, "Asylum\n\n"+ev+"\n", ev, "Anna Berg")
}

// A participle clause belongs to the subject of the main clause it modifies, not to an actor
// named first in a fronted phrase.
func TestParticipleOfTheMainClause(t *testing.T) {
	ev := "As the first Labour mayor elected in the north since 1990, Karen Holt won the vote easily, stressing that buses must get cheaper."
	_, r := analyzeText(t, "Mayoral race\n\n"+ev+"\n")
	wantSoleHolders(t, holdersOf(r), map[string]string{ev: "Karen Holt"})
}

// A name hyphenated with its particle ("al-Nasr", split by the tokeniser) before a noun for
// a body names the body that speaks.
func TestHyphenatedNameBeforeABodyNoun(t *testing.T) {
	ev := "The al-Nasr group claimed responsibility for the attack."
	wantHolderAmong(t, "Attack\n\n"+ev+"\n", ev, "al-Nasr")
}

// ", called X," names what precedes it: X is no speaker of "called", but the body that
// speaks through the main verb.
func TestNamingParticipleIsNoSpeech(t *testing.T) {
	ev := "Another armed group, called Hizbul Nasr, claimed responsibility in a statement."
	_, r := analyzeText(t, "Fighting\n\n"+ev+"\n")
	for _, p := range r.Positions {
		if contains(p.Evidence.Text, "called Hizbul") && contains(p.Why, "'called'") {
			t.Errorf("position from the naming participle: %+v", p)
		}
	}
	wantHolderAmong(t, "Fighting\n\n"+ev+"\n", ev, "Hizbul Nasr")
}

// A vote states a position: its direction is the stance, and a sentence that opens with the
// vote names its holders after the copula.
func TestVotes(t *testing.T) {
	forBudget := "Voting for the budget were Anna Berg, Chair; Omar Haddad; and Lisa Kowal."
	against := "Voting against the budget was Jan Nowak, who preferred deeper cuts."
	direct := "Karen Holt voted against the motion."
	with := "The plan was approved by the council in a 7-2 vote, with Paul Smith and Mary Jones voting against."
	text := "Council vote\n\n" + forBudget + "\n\n" + against + "\n\n" + direct + "\n\n" + with + "\n"
	_, r := analyzeText(t, text)
	hs := map[string][]string{} // holders and co-holders
	for _, p := range r.Positions {
		for _, id := range append([]string{p.Actor}, p.CoActors...) {
			hs[p.Evidence.Text] = append(hs[p.Evidence.Text], actorByID(r, id).Name)
		}
	}
	for ev, want := range map[string][]string{forBudget: {"Anna Berg", "Omar Haddad", "Lisa Kowal"}, against: {"Jan Nowak"},
		direct: {"Karen Holt"}, with: {"Paul Smith", "Mary Jones"}} {
		for _, name := range want {
			if !slices.Contains(hs[ev], name) {
				t.Errorf("holders of %q: %v, want %s among them", ev, hs[ev], name)
			}
		}
	}
	for name, fragment := range map[string]string{"Anna Berg": "Voting for", "Jan Nowak": "Voting against", "Karen Holt": "voted against", "Mary Jones": "voting against"} {
		want := Opposes
		if name == "Anna Berg" {
			want = Supports
		}
		if got, ok := stanceOfPosition(r, name, fragment); !ok || got != want {
			t.Errorf("%s on %q: stance %q (found %v), want %s", name, fragment, got, ok, want)
		}
	}
}

// An aside the writer left open between a subject and its verb, a parenthesis or a relative
// clause without its closing comma, does not hide the subject.
func TestSubjectBeforeAnOpenAside(t *testing.T) {
	paren := "When reached by phone, Kenya's Interior Minister, Omar Haddad (once called \"Simba\" or \"the old lion\") said more than ten rebels had died in the fighting."
	relative := "When reached by phone, Kenya's Interior Minister, Omar Haddad, who is a former general (once called \"Simba\" or \"the old lion\") said more than ten rebels had died in the fighting."
	for _, ev := range []string{paren, relative} {
		wantHolderAmong(t, "Clashes\n\n"+ev+"\n", ev, "Omar Haddad")
	}
}

// A title in apposition after the name stands between the subject and its verb.
func TestSubjectBeforeATitleInApposition(t *testing.T) {
	ev := "At the summit in Addis Ababa, Omar Haddad, Kenyan Foreign Minister, requested more troops."
	wantHolderAmong(t, "Summit\n\n"+ev+"\n", ev, "Omar Haddad")
}

// A document named with its author between commas speaks for the author.
func TestDocumentWithItsAuthorBetweenCommas(t *testing.T) {
	ev := "Yesterday's ruling, by the Supreme Court of Kenya, ordered the election commission to publish the results."
	wantHolderAmong(t, "Ruling\n\n"+ev+"\n", ev, "Supreme Court of Kenya")
}

// A verb coordinated with the main verb shares its subject, not the subject of a clause
// between them.
func TestCoordinatedVerbSharesTheMainSubject(t *testing.T) {
	ev := "Jan Kowal would not elaborate on how long Acme has sought the services of Globex, but stated, \"they did not come to us because of any attack.\""
	_, r := analyzeText(t, "Contract\n\n"+ev+"\n")
	for _, p := range r.Positions {
		if p.Evidence.Text == ev && contains(p.Why, "'stated'") && actorByID(r, p.Actor).Name != "Jan Kowal" {
			t.Errorf("'stated' given to %s, want Jan Kowal (%s)", actorByID(r, p.Actor).Name, p.Why)
		}
	}
	wantHolderAmong(t, "Contract\n\n"+ev+"\n", ev, "Jan Kowal")
}

// Undertakings announced without a reporting verb are positions of support: a scheduled
// act ("is to begin"), an effort named with its owner, a measure backed by an agent.
func TestUndertakingsWithoutAReportingVerb(t *testing.T) {
	scheduled := "The Home Office today is to begin issuing questionnaires to applicants."
	effort := "The forms are part of Prime Minister Jan Kowal's effort to clear the backlog by the end of the year."
	backed := "A similar scheme backed by the Green Valley Trust in 2021 was later dropped."
	advice := "Professor Anna Berg says the city ignores a Northern Housing Trust recommendation that all shelters be heated."
	text := "Asylum\n\n" + scheduled + "\n\n" + effort + "\n\n" + backed + "\n\n" + advice + "\n"
	_, r := analyzeText(t, text)
	for name, ev := range map[string]string{"Home Office": scheduled, "Jan Kowal": effort, "Green Valley Trust": backed, "Northern Housing Trust": advice} {
		if got, ok := stanceOfPosition(r, name, ev[:20]); !ok || got != Supports {
			t.Errorf("%s on %q: stance %q (found %v), want supports; holders %v", name, ev, got, ok, holdersOf(r)[ev])
		}
	}
	// support voiced for another's effort is the supporter's position only
	voiced := "Minister Anna Berg voiced support for Kenya's efforts to end the strike."
	_, r = analyzeText(t, "Strike\n\n"+voiced+"\n")
	wantSoleHolders(t, holdersOf(r), map[string]string{voiced: "Anna Berg"})
}

// A relative clause with commas of its own stands between a company and its verb; words
// such as "Technologies" end a company's name.
func TestSubjectBeforeARelativeClauseWithCommas(t *testing.T) {
	ev := "Norvale Technologies, which \"blocks malicious traffic from reaching\" websites, such as a denial-of-service attack (DDoS), has announced its decision to cut prices."
	wantHolderAmong(t, "Prices\n\n"+ev+"\n", ev, "Norvale Technologies")
}

// "the latter" and "the former" refer to the last and the earlier of the actors before them;
// as adjectives ("the former president") they refer to no one.
func TestLatterAndFormer(t *testing.T) {
	latter := "Al-Nasr is considered a terrorist group by the United States; the latter blames it for the bombings."
	former := "Kenya and Ethiopia met on Monday; the former rejected the proposal."
	_, r := analyzeText(t, "Fighting\n\n"+latter+"\n\n"+former+"\n\nThe former president said the talks had failed.\n")
	wantSoleHolders(t, holdersOf(r), map[string]string{latter: "United States", former: "Kenya"})
}

// A verb of judgement ("sees … as") reports the holder's view.
func TestVerbOfJudgement(t *testing.T) {
	ev := "Political scientist Anna Berg sees the early endorsements as a way to keep challengers out of the race."
	wantHolderAmong(t, "Race\n\n"+ev+"\n", ev, "Anna Berg")
}

// What a speaker denies is the speaker's position, not one of the denied clause's subject.
func TestDeniedClauseIsNotItsSubjects(t *testing.T) {
	ev := "Last year, Minister Anna Berg denied that Norway threatened to cut its aid to the region."
	_, r := analyzeText(t, "Aid\n\n"+ev+"\n")
	if hs := holdersOf(r)[ev]; slices.Contains(hs, "Norway") {
		t.Errorf("holders of %q: %v; Norway's threat is what the minister denied", ev, hs)
	}
	wantHolderAmong(t, "Aid\n\n"+ev+"\n", ev, "Anna Berg")
}

// "he" after a coordinating conjunction goes back to the subject, not to a person named in
// the object.
func TestPronounAfterButIsTheSubjects(t *testing.T) {
	ev := "Analyst Jan Kowal notes the delay was meant to hurt Omar Haddad, but he concludes the vote may still help Haddad in the end."
	_, r := analyzeText(t, "Vote\n\n"+ev+"\n")
	if hs := holdersOf(r)[ev]; slices.Contains(hs, "Omar Haddad") {
		t.Errorf("holders of %q: %v; 'he' is Jan Kowal", ev, hs)
	}
}

// wantHolderAmong analyses text and checks that name is among the holders of the evidence
// sentence ev.
func wantHolderAmong(t *testing.T, text, ev, name string) {
	t.Helper()
	_, r := analyzeText(t, text)
	if hs := holdersOf(r); !slices.Contains(hs[ev], name) {
		t.Errorf("holders of %q: %v, want %s among them", ev, hs[ev], name)
	}
}

// A parenthetical opened by a preposition stands between a subject and its verb; the pronoun
// of the next sentence then goes back to that subject.
func TestSubjectBeforeAPrepositionalParenthetical(t *testing.T) {
	follow := "Though Haddad has more money than Kowal's $464,000 left from his 2012 campaign, Berg, in her analysis of the race, notes Kowal has more recent campaign experience than Haddad."
	next := "Moreover, she finds Haddad too close to the party leadership."
	text := "Senate race\n\nThe race is followed by the analyst Anna Berg.\n\n" + follow + "\n\n" + next + "\n"
	_, r := analyzeText(t, text)
	wantSoleHolders(t, holdersOf(r), map[string]string{follow: "Anna Berg", next: "Anna Berg"})
}

// Frames that give a statement to its holder, each beside a sentence of the same words that
// states nothing: a verb opening a quotation with a colon ("She continued: "…""), making
// something a priority, the agent of research that reports a finding, standing as a candidate,
// critics and supporters named by example.
func TestFramesHoldOnlyWhereTheyState(t *testing.T) {
	cases := []struct{ name, title, stated, holder, none string }{
		{"a verb before a colon and a quotation reports it", "Clinic row",
			"She continued: \"Our party would hire more nurses and open the clinics at night.\"", "Maria Olsen",
			"Health Minister Jon Berg continued his tour of the northern clinics on Wednesday and Thursday."},
		{"making something a priority", "Energy prices",
			"Prime Minister Jon Berg has made cutting energy prices one of his main priorities, with a bill expected next month.", "Jon Berg",
			"Later, Jon Berg made a short visit to a school on priorities for the new term."},
		{"the agent of a poll that shows a finding", "Election race",
			"A poll conducted by the Nordic Institute of Public Opinion shows the governing party with a ten-point lead.", "Nordic Institute of Public Opinion",
			"A study funded by the Nordic Institute of Public Opinion was delayed by a year."},
		{"critics named by example, through a qualified title", "Asylum plan",
			"The newspaper quoted critics like immigration barrister Anna Berg, who has fought many such cases in court.", "Anna Berg",
			"The plan has many critics in the capital and few elsewhere."},
		{"standing as a candidate", "Senate race",
			"With the deadline two weeks away, Anna Berg is the one declared contender for the mayoralty.", "Anna Berg",
			"Anna Berg is not a candidate for the seat in the north."},
		{"supporters named by example", "Asylum plan",
			"The plan has supporters such as Mayor Omar Haddad of Leeds in the north.", "Omar Haddad",
			"The plan has few supporters in the north of the country."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := c.title + "\n\nOpposition leader Maria Olsen criticised the plan on Tuesday. " + c.stated + "\n\n" + c.none + "\n"
			_, r := analyzeText(t, text)
			hs := holdersOf(r)
			wantSoleHolders(t, hs, map[string]string{c.stated: c.holder})
			if got := hs[c.none]; len(got) != 0 {
				t.Errorf("%q states nothing: holders %v", c.none, got)
			}
		})
	}
}

// "they" in what a body's officials say is that body, not the group that spoke in the
// sentence before.
func TestTheyIsTheSubjectThatSpeaks(t *testing.T) {
	text := "Aid talks stall\n\nUnited Nations officials warned on Monday that the plan would fail. " +
		"World Bank officials said they backed the reform.\n"
	_, r := analyzeText(t, text)
	wantSoleHolders(t, holdersOf(r), map[string]string{"World Bank officials said they backed the reform.": "World Bank"})
}

// "the court", "the board" in lower case is the body named before with that head word, also
// when the head stands before "of" ("Court of Appeal"); with no such body it names none.
func TestDefiniteBodyReference(t *testing.T) {
	text := "Appeal dismissed\n\nThe Court of Appeal dismissed the appeal on Friday. " +
		"The court held that the minister had acted within his powers.\n\n" +
		"The Pacific Fisheries Board rejected the plan. The board said the plan ignored smaller ports.\n\n" +
		"The committee said it would meet again.\n"
	_, r := analyzeText(t, text)
	hs := holdersOf(r)
	wantSoleHolders(t, hs, map[string]string{
		"The court held that the minister had acted within his powers.": "Court of Appeal",
		"The board said the plan ignored smaller ports.":                "Pacific Fisheries Board",
	})
	if got := hs["The committee said it would meet again."]; len(got) != 0 {
		t.Errorf("no committee was named, yet %v hold the sentence", got)
	}
}

// A quotation that opens right after a speaker's sentence is that speaker's.
func TestQuotationOpeningAfterTheSpeaker(t *testing.T) {
	text := "Clinics\n\nHealth Minister Lena Ostrom defended the proposal on Monday. " +
		"\"Patients should never have to choose between medicine and food. We will fund the clinics.\"\n"
	_, r := analyzeText(t, text)
	wantSoleHolders(t, holdersOf(r), map[string]string{
		"\"Patients should never have to choose between medicine and food.": "Lena Ostrom",
		"We will fund the clinics.\"":                                       "Lena Ostrom",
	})
}
