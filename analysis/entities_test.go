package analysis

import (
	"slices"
	"strings"
	"testing"
)

// withEntities runs the analysis with entity spans given by hand (each a substring of the
// text and its type), so the stage is tested on tags known to be right.
func withEntities(t *testing.T, text string, spans ...[2]string) {
	t.Helper()
	var ents []nerSpan
	for _, sp := range spans {
		i := strings.Index(text, sp[0])
		if i < 0 {
			t.Fatalf("%q not in the text", sp[0])
		}
		ents = append(ents, nerSpan{s: i, e: i + len(sp[0]), typ: sp[1]})
	}
	old := annotateText
	annotateText = func(string) (*syntax, []nerSpan) { return nil, ents }
	t.Cleanup(func() { annotateText = old })
}

func actorNamed(r *Result, name string) *Actor {
	for i := range r.Actors {
		if r.Actors[i].Name == name {
			return &r.Actors[i]
		}
	}
	return nil
}

func TestEntityTaggerTrimsWordsGluedToAName(t *testing.T) {
	text := "Though Lynch has expressed interest in the seat, no decision is expected before January.\n"
	withEntities(t, text, [2]string{"Lynch", "person"})
	_, r := analyzeText(t, text)
	if actorNamed(r, "Though Lynch") != nil {
		t.Errorf("the conjunction is glued to the name: %+v", r.Actors)
	}
	if a := actorNamed(r, "Lynch"); a == nil || a.Type != Person {
		t.Errorf("no person Lynch: %+v", r.Actors)
	}
}

func TestEntityTaggerFindsOrganisationsWithoutAHeadWord(t *testing.T) {
	text := "Black Lotus Communications said it would donate the revenue to charities in the region.\n"
	withEntities(t, text, [2]string{"Black Lotus Communications", "organization"})
	_, r := analyzeText(t, text)
	a := actorNamed(r, "Black Lotus Communications")
	if a == nil || a.Type != Organization {
		t.Fatalf("no organisation Black Lotus Communications: %+v", r.Actors)
	}
	if got := holdersOf(r)[strings.TrimSpace(text)]; len(got) != 1 || got[0] != a.Name {
		t.Errorf("holders %v, want the company", got)
	}
}

func TestEntityTaggerOrganisationHoldsItsPlace(t *testing.T) {
	text := "Researchers at the Massachusetts Institute of Technology said ozone damages crops more than heat does.\n"
	withEntities(t, text, [2]string{"Massachusetts Institute of Technology", "organization"})
	_, r := analyzeText(t, text)
	if actorNamed(r, "Massachusetts Institute of Technology") == nil {
		t.Errorf("the institute is not one actor: %+v", r.Actors)
	}
	if a := actorNamed(r, "Massachusetts"); a != nil {
		t.Errorf("the place inside the name became an actor: %+v", a)
	}
}

func TestOrganisationNamesKeepTheirComplementAndPrefix(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The United States Department of Agriculture said ozone damages crops.\n", "United States Department of Agriculture"},
		{"The Medical Journal of Australia published the results on Monday.\n", "Medical Journal of Australia"},
		{"The Ministry of Information, Communications and Technology announced a new plan.\n", "Ministry of Information, Communications and Technology"},
		{"As the National Organization of Black Law Enforcement Executives writes, the act is vital.\n", "National Organization of Black Law Enforcement Executives"},
		{"The report quoted campaigners of the Joint Council for Fair Housing on the plan.\n", "Joint Council for Fair Housing"},
		{"A spokesman for the Northern Water Authority said the dam was safe.\n", "Northern Water Authority"},
		{"The Foreign and Commonwealth Office said the ruling would be appealed.\n", "Foreign and Commonwealth Office"},
		{"A team from the Vela Institute of Technology and Kandor State University of the US studied the harvest.\n", "Kandor State University"},
	}
	for _, c := range cases {
		_, r := analyzeText(t, c.text)
		if actorNamed(r, c.want) == nil {
			t.Errorf("no actor %q in %q: %v", c.want, c.text, names(r))
		}
	}
}

func TestNamesWithAnArabicArticle(t *testing.T) {
	_, r := analyzeText(t, "Al-Shabaab has threatened neighbouring countries with new attacks on their capitals.\n")
	if a := actorNamed(r, "al-Shabaab"); a == nil || a.Type != Organization {
		t.Errorf("no organisation al-Shabaab: %v", names(r))
	}
	_, r = analyzeText(t, "Foreign Minister Walid al-Moualem said the ceasefire would hold through the winter.\n")
	if actorNamed(r, "al-Moualem") != nil || actorNamed(r, "Walid al-Moualem") == nil {
		t.Errorf("a surname became an organisation: %v", names(r))
	}
}

func TestTermsOfOfficeAndEventAbbreviationsAreNoActors(t *testing.T) {
	text := "President Maria Lindqvist met the delegation. The ministers launched the Nordic Energy Dialogue (NED) on Monday. " +
		"The NED session covered grid links. Aid has grown since the start of the Lindqvist Administration.\n"
	withEntities(t, text, [2]string{"NED", "organization"}, [2]string{"Lindqvist Administration", "organization"})
	_, r := analyzeText(t, text)
	for _, n := range []string{"NED", "Lindqvist Administration"} {
		if actorNamed(r, n) != nil {
			t.Errorf("%q became an actor: %v", n, names(r))
		}
	}
}

// Title-case phrases that open with an ordinary word are no personal names, unless what
// follows shows a person.
func TestTitleCasePhrasesAreNoPersons(t *testing.T) {
	text := "Campaign promises\n\nThe candidate backs a Living Wage program and Term Limits for senators.\n\n" +
		"On Monday, Will Garnett said the plan was too costly.\n"
	_, r := analyzeText(t, text)
	for _, n := range []string{"Living Wage", "Term Limits"} {
		if a := actorNamed(r, n); a != nil {
			t.Errorf("%q is an actor (%s): %v", n, a.Type, names(r))
		}
	}
	if actorNamed(r, "Will Garnett") == nil {
		t.Errorf("no actor Will Garnett, whose verb shows a person: %v", names(r))
	}
	for _, w := range []string{"living", "wage", "term", "closing"} {
		if !isCommonWord(w) {
			t.Errorf("%q is not in the list of common words", w)
		}
	}
	for _, w := range []string{"john", "mary", "garnett"} {
		if isCommonWord(w) {
			t.Errorf("the name %q is in the list of common words", w)
		}
	}
}

// A capitalised pair that ends in the head of a place names the place, not a person.
func TestPlaceHeadsAreNoPersons(t *testing.T) {
	text := "Detention\n\nHe was held at Kandor Bay and later moved to the Sarn Valley before his release.\n\n" +
		"The Vela Marsh and Oro Tandel districts were the worst hit by the floods.\n"
	_, r := analyzeText(t, text)
	for _, n := range []string{"Kandor Bay", "Sarn Valley", "Vela Marsh", "Oro Tandel"} {
		if a := actorNamed(r, n); a != nil && a.Type == "person" {
			t.Errorf("%q is a person: %v", n, names(r))
		}
	}
}

// An organisation named inside a person's title belongs to the title: "Deputy Central Bank
// Governor Anna Berg" gives Anna Berg, not an actor "Deputy Central Bank".
func TestBodyInsideATitleIsNoActor(t *testing.T) {
	_, r := analyzeText(t, "The delegation included Deputy Central Bank Governor Anna Berg and two advisers.\n")
	if a := actorNamed(r, "Deputy Central Bank"); a != nil {
		t.Errorf("an actor %q: %v", a.Name, names(r))
	}
	if actorNamed(r, "Anna Berg") == nil {
		t.Errorf("no actor Anna Berg: %v", names(r))
	}
}

// An editor's insertion in a quotation completes a name: "[George W.] Bush".
func TestBracketedGivenNamesCompleteAName(t *testing.T) {
	_, r := analyzeText(t, "Endorsements\n\nHe said he had backed [Anna M.] Kowalczyk in 1996 and [Omar] Haddad in 2000.\n")
	for _, n := range []string{"Anna M. Kowalczyk", "Omar Haddad"} {
		a := actorNamed(r, n)
		if a == nil {
			t.Errorf("no actor %q: %v", n, names(r))
			continue
		}
		for _, al := range a.Aliases {
			if strings.ContainsAny(al, "[]") {
				t.Errorf("%s has the alias %q", n, al)
			}
		}
	}
}

// An occupation before a name is the person's role, not part of the name.
func TestOccupationBeforeANameIsTheRole(t *testing.T) {
	_, r := analyzeText(t, "Budget\n\nEconomist Jane Doe said the budget was too loose. The plan was criticised by barrister Omar Haddad.\n")
	for name, role := range map[string]string{"Jane Doe": "Economist", "Omar Haddad": "barrister"} {
		a := actorNamed(r, name)
		if a == nil {
			t.Errorf("no actor %q: %v", name, names(r))
			continue
		}
		if !strings.EqualFold(a.Role, role) {
			t.Errorf("%s has the role %q, want %q", name, a.Role, role)
		}
	}
}

// A "place" of the tagger that opens with words of a body and names the states it serves
// is the body; a place whose first word only qualifies it stays a place.
func TestBodyNamedAfterItsStates(t *testing.T) {
	text := "Anna Berg for Water Quality Norway Iceland, says they are looking at new quotas.\n\nThe storm hit Greater London on Monday.\n"
	withEntities(t, text, [2]string{"Water Quality Norway Iceland", "place"}, [2]string{"Greater London", "place"})
	_, r := analyzeText(t, text)
	if a := actorNamed(r, "Water Quality Norway Iceland"); a == nil || a.Type != Organization {
		t.Errorf("no organisation Water Quality Norway Iceland: %+v", r.Actors)
	}
	if a := actorNamed(r, "Norway"); a != nil {
		t.Errorf("a state inside the body's name became an actor: %+v", a)
	}
	if a := actorNamed(r, "Greater London"); a != nil && a.Type == Organization {
		t.Errorf("a place became an organisation: %+v", a)
	}
}

// A full name whose words the text's longer full name holds in order is the same person;
// an added initial tells two people apart.
func TestShorterFullNamesJoinTheLongerName(t *testing.T) {
	text := "Talks\n\nPresident Sheik Omar Sheik Haddad opened the talks on Monday.\n\n" +
		"Omar Haddad said the talks would last a week.\n\n" +
		"Reagan, George H. W. Bush and George W. Bush all visited the city.\n"
	_, r := analyzeText(t, text)
	if a := actorNamed(r, "Omar Haddad"); a != nil {
		t.Errorf("the shorter name is an actor of its own: %+v", a)
	}
	if got := holdersOf(r)["Omar Haddad said the talks would last a week."]; len(got) != 1 || got[0] != "Sheik Omar Sheik Haddad" {
		t.Errorf("holders %v, want Sheik Omar Sheik Haddad", got)
	}
	if actorNamed(r, "George H. W. Bush") == nil || actorNamed(r, "George W. Bush") == nil {
		t.Errorf("father and son merged: %+v", r.Actors)
	}
}

// An apostrophe that ends a transliterated name belongs to it; a possessive plural does not
// join two words into a name.
func TestApostropheInsideAName(t *testing.T) {
	ev := "At the summit, Omar Jama' Haddad, Somali Foreign Minister, requested more troops."
	text := "Summit\n\n" + ev + "\n\nThe Generals' Council met on Monday.\n"
	_, r := analyzeText(t, text)
	if actorNamed(r, "Omar Jama' Haddad") == nil {
		t.Errorf("no actor Omar Jama' Haddad: %+v", r.Actors)
	}
	if actorNamed(r, "Generals' Council") != nil && actorNamed(r, "Generals' Council").Type == Person {
		t.Errorf("a possessive plural joined a person's name: %+v", r.Actors)
	}
}

// A title-case name that modifies a work ("the National Salt Safety study") is no person.
func TestNameOfAWorkIsNoPerson(t *testing.T) {
	text := "Salt\n\nProfessor Anna Berg, Director of the National Salt Safety study, says it is crucial.\n"
	_, r := analyzeText(t, text)
	if a := actorNamed(r, "Salt Safety"); a != nil {
		t.Errorf("the name of a study became an actor: %+v", a)
	}
	if actorNamed(r, "Anna Berg") == nil {
		t.Errorf("no actor Anna Berg: %+v", r.Actors)
	}
}

// A state that only qualifies a thing ("Norway surface ozone") is no actor; its officials make it one.
func TestStateModifyingAThingIsNoActor(t *testing.T) {
	text := "Ozone\n\nAs Anna Berg told reporters, Norway surface ozone has dropped since 1990.\n"
	_, r := analyzeText(t, text)
	if a := actorNamed(r, "Norway"); a != nil {
		t.Errorf("a state qualifying ozone became an actor: %+v", a)
	}
	text = "Ozone\n\nNorway officials said surface ozone has dropped since 1990.\n"
	_, r = analyzeText(t, text)
	if a := actorNamed(r, "Norway"); a == nil {
		t.Errorf("the state of its officials is no actor: %+v", r.Actors)
	}
}

// "the Committee" is a body by its head word; "the Channel", named as a body nowhere, is not.
func TestBodyByItsHeadWord(t *testing.T) {
	text := "Migration\n\nA record number of migrants crossed the Channel last year.\n\nThe Committee decided to lower the rate.\n"
	_, r := analyzeText(t, text)
	if a := actorNamed(r, "Channel"); a != nil {
		t.Errorf("the Channel became a body: %+v", a)
	}
	if a := actorNamed(r, "Committee"); a == nil {
		t.Errorf("the Committee is no actor: %+v", r.Actors)
	}
}

// A regional group is one actor, named as the text first names it.
func TestRegionalGroupKeepsItsFirstName(t *testing.T) {
	text := "Aid\n\nWestern nations said they would send more aid to the region.\n\nWestern governments also called for a ceasefire.\n"
	_, r := analyzeText(t, text)
	n := 0
	for _, a := range r.Actors {
		if a.Affiliation == "Western" {
			n++
			if a.Name != "Western nations" {
				t.Errorf("the group is named %q, want Western nations", a.Name)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d actors for the Western group, want 1: %+v", n, r.Actors)
	}
}

func TestEntityTaggerOrganisationEndingInATitleIsAnOffice(t *testing.T) {
	text := "The president will nominate Ana Ruiz, now the U.S. Ambassador to Chile, as envoy. Ruiz said she was honoured.\n"
	withEntities(t, text, [2]string{"Ana Ruiz", "person"}, [2]string{"U.S. Ambassador", "organization"}, [2]string{"Ruiz", "person"})
	_, r := analyzeText(t, text)
	if a := actorNamed(r, "U.S. Ambassador"); a != nil {
		t.Errorf("an office became an organisation: %+v", a)
	}
	if actorNamed(r, "Ana Ruiz") == nil {
		t.Errorf("no person Ana Ruiz: %v", names(r))
	}
}

// An abbreviation the text defines in brackets names the same actor as the name it
// abbreviates, alone and before a group noun; one that abbreviates nothing there does not.
func TestDefinedAbbreviationIsTheSameActor(t *testing.T) {
	text := "Fish talks\n\nThe Pacific Fisheries Board (PFB) rejected the plan on Monday.\n\n" +
		"PFB officials warned that insurance costs remained too high.\n\n" +
		"The Harbour Workers Union (OTH) welcomed the plan.\n"
	_, r := analyzeText(t, text)
	var board *Actor
	for i, a := range r.Actors {
		switch a.Name {
		case "Pacific Fisheries Board":
			board = &r.Actors[i]
		case "PFB":
			t.Errorf("PFB is an actor of its own: %+v", a)
		}
	}
	if board == nil || !slices.Contains(board.Aliases, "PFB") {
		t.Fatalf("Pacific Fisheries Board with alias PFB not found: %+v", r.Actors)
	}
	wantSoleHolders(t, holdersOf(r), map[string]string{
		"PFB officials warned that insurance costs remained too high.": "Pacific Fisheries Board",
	})
	for _, a := range r.Actors {
		if slices.Contains(a.Aliases, "OTH") {
			t.Errorf("OTH does not abbreviate %q but became its alias", a.Name)
		}
	}
}

// Bodies named with the general heads of organisation names are one organisation each.
func TestOrganisationHeads(t *testing.T) {
	for _, name := range []string{"Nordland Trade Union Confederation", "Nordland Chamber of Commerce", "Pacific Fisheries Consortium"} {
		_, r := analyzeText(t, "Talks\n\nThe "+name+" said it would not sign the agreement.\n")
		found := false
		for _, a := range r.Actors {
			if a.Name == name && a.Type == Organization {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: not one organisation among %+v", name, r.Actors)
		}
	}
}

// A name right after a lower-case organisation noun is that body's name, not a person's.
func TestNameAfterAnOrganisationNoun(t *testing.T) {
	_, r := analyzeText(t, "Drug rules\n\nIndustry group PharmaNord plans to challenge the rules in court.\n\n"+
		"The energy company Nordgas said prices would rise.\n")
	types := map[string]string{}
	for _, a := range r.Actors {
		types[a.Name] = a.Type
	}
	for _, name := range []string{"PharmaNord", "Nordgas"} {
		if types[name] != Organization {
			t.Errorf("%s: type %q, want organization (actors %v)", name, types[name], types)
		}
	}
}
