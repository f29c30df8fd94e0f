package analysis

import (
	"testing"
)

// stanceOfPosition returns the stance of the first position of the named actor whose evidence contains fragment.
func stanceOfPosition(r *Result, name, fragment string) (string, bool) {
	for _, p := range r.Positions {
		ids := append([]string{p.Actor}, p.CoActors...)
		for _, id := range ids {
			if a := actorByID(r, id); a != nil && a.Name == name && contains(p.Evidence.Text, fragment) {
				return p.Stance, true
			}
		}
	}
	return "", false
}

func contains(s, sub string) bool {
	return len(sub) == 0 || len(s) >= len(sub) && indexOf(s, sub) >= 0
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestStanceCues(t *testing.T) {
	tests := []struct {
		name, text, actor, fragment, want string
	}{
		{"a programme item in a speech supports what it names",
			"Remarks by Prime Minister Anna Berg\n\nCutting taxes for working families in every region of the country.\n\nThe economy grew by two percent in the last year.",
			"Anna Berg", "Cutting taxes", Supports},
		{"making something a priority supports it",
			"Energy prices\n\nPrime Minister Jon Berg has made cutting energy prices one of his main priorities, with a bill expected next month.",
			"Jon Berg", "made cutting energy prices", Supports},
		{"a fact in the same speech is a claim",
			"Remarks by Prime Minister Anna Berg\n\nCutting taxes for working families in every region of the country.\n\nThe economy grew by two percent in the last year.",
			"Anna Berg", "The economy grew", Claims},
		{"an evaluation of a measure supports it", "Professor Anna Berg says adding fluoride to water is the most effective way of preventing tooth decay.",
			"Anna Berg", "most effective", Supports},
		{"a person speaking for a body announces what it will do", "Acme chief Jan Kowal says the company will make donations to the charity.",
			"Jan Kowal", "will make donations", Supports},
		{"what another's body will do is reported", "Professor Lisa Holt says the company will make donations to the charity.",
			"Lisa Holt", "will make donations", Claims},
		{"another's intention is reported, not supported", "Foreign Minister Anna Berg said the rebel group seeks to delay the vote until the spring.",
			"Anna Berg", "seeks to delay", Claims},
		{"the holder's own intention supports", "Foreign Minister Anna Berg said she intends to put the proposal to the cabinet in the spring.",
			"Anna Berg", "intends to put", Supports},
		{"naming someone to a post is an act of support", "President Jan Kowal named Lisa Holt as his envoy to the peace talks.",
			"Jan Kowal", "named Lisa Holt", Supports},
		{"an endorsement from someone is their support", "The mayor has won endorsements from both Anna Berg and the Green Party for her housing plan.",
			"Anna Berg", "endorsements from", Supports},
		{"refusing to sign what is proposed opposes it", "Board chair Tomas Reyes said the board would not sign the agreement.",
			"Tomas Reyes", "would not sign", Opposes},
		{"so does refusing to accept it", "Union leader Ana Ruiz said members will never accept the offer from the port.",
			"Ana Ruiz", "never accept", Opposes},
		{"a blow to someone finds fault", "Union leader Ana Ruiz said the closure was a blow to working families in the north.",
			"Ana Ruiz", "a blow to", Opposes},
		{"finding a breach opposes", "Justice Omar Reid said the policy breached the right to a fair hearing.",
			"Omar Reid", "breached", Opposes},
		{"finding a measure lawful supports it", "Justice Helen Marsh said the new policy was lawful and proportionate.",
			"Helen Marsh", "lawful", Supports},
		{"a negated modal of urging opposes", "Professor Omar Haddad said the state should not sell the coastal land.",
			"Omar Haddad", "should not sell", Opposes},
		{"the contracted form too", "Professor Lisa Holt said the state shouldn't sell the coastal land.",
			"Lisa Holt", "shouldn't sell", Opposes},
		{"urging against an end keeps what would end", "Professor Jan Kowal said the city should not interrupt the night bus service.",
			"Jan Kowal", "should not interrupt", Supports},
		{"a quotation that opens the sentence is what was said, not the acts after it", "\"We take the safety of our passengers seriously,\" Anna Berg said, but refused to give any more details.",
			"Anna Berg", "seriously", Claims},
		{"what was said before an inverted speaker is the content", "Health\n\n\"The figures are worrying.\n\nWhile the report is late, our long-term plan is to expand the rural clinics,\" said Anna Berg.",
			"Anna Berg", "long-term plan", Supports},
		{"fixed oppose verb", "The United States condemns the attack on the harbour in the strongest terms.",
			"United States", "condemns", Opposes},
		{"fixed support verb", "Germany welcomed the agreement reached by the negotiators on Friday.",
			"Germany", "welcomed", Supports},
		{"a word of importance that only describes a noun is a claim", "General Omar Haddad said his forces had taken a crucial bridge near the river on Sunday.",
			"Omar Haddad", "crucial bridge", Claims},
		{"the same word as a predicate evaluates", "Foreign Minister Anna Berg said the new bridge over the river is crucial for the region.",
			"Anna Berg", "is crucial", Supports},
		{"a modal of comparison urges nothing", "Professor Anna Berg said the older bridges no longer carry traffic as well as they should.",
			"Anna Berg", "as well as they should", Claims},
		{"the same modal with its verb urges", "Professor Anna Berg said the older bridges should carry less traffic.",
			"Anna Berg", "should carry", Supports},
		{"a speaker's forecast of their own programme supports it",
			"Remarks by Minister Anna Berg\n\nThe new rail plan will connect every town in the north to the capital.",
			"Anna Berg", "rail plan will connect", Supports},
		{"a speaker's announced deliberation stays undecided",
			"Remarks by Minister Anna Berg\n\nThe committee will carefully assess the rail plan over the winter.",
			"Anna Berg", "carefully assess", Neutral},
		{"a recommendation supports what it recommends", "The World Bank recommends that every country should cut fuel subsidies by half.",
			"World Bank", "recommends", Supports},
		{"a call in the present tense supports what it calls for", "The World Bank and the IMF call for mandatory labelling of all imported food.",
			"World Bank", "call for", Supports},
		{"a predicate of stance holds against the words of its object", "Norway and Sweden are supportive of the new government, amid fears of a coup.",
			"Norway", "supportive of", Supports},
		{"the same predicate on a condition is neutral", "Norway would be prepared to support the new government if the elections are held.",
			"Norway", "prepared to", Neutral},
		{"the agent of a passive verb behind an adverb", "The plan of the ministry was reportedly rejected by Norway on Monday.",
			"Norway", "reportedly rejected", Opposes},
		{"claim verb", "Russia claimed it had captured the village after days of fighting.",
			"Russia", "claimed", Claims},
		{"plain report of facts is a claim", "Norway said the talks would resume in two weeks in Oslo.",
			"Norway", "said the talks", Claims},
		{"said with support in the content", "Norway said it will continue to support the mediation efforts of the region.",
			"Norway", "continue to support", Supports},
		{"negated support", "Poland said it does not support the proposed trade agreement at this stage.",
			"Poland", "does not support", Opposes},
		{"negated fixed support verb", "Hungary did not welcome the decision of the summit on Tuesday.",
			"Hungary", "did not welcome", Opposes},
		{"reiterated concern is opposition", "The United States reiterated its concern about continued settlement activity.",
			"United States", "reiterated its concern", Opposes},
		{"discussion stays neutral", "Chile and Peru discussed fisheries and the dates of the next round.",
			"Chile", "discussed", Neutral},
		{"no progress is a report, not opposition", "Spain said no progress had been made in the talks so far this week.",
			"Spain", "no progress", Claims},
		{"quotation first: the quote carries the stance", "“We refused to sign the text before the changes were made,” Norway told reporters.",
			"Norway", "We refused", Opposes},
		{"concessive clause gives way to the main clause",
			"U.S. Response to the Strike\n\nPress Statement\n\nWhile we do not seek escalation, we will continue to support the defense of our partners.",
			"United States", "While we do not seek", Supports},
		{"deliberation under way is neutral", "Health Minister Anna Berg said the ministry is considering new limits on salt in bread.",
			"Anna Berg", "is considering", Neutral},
		{"a finished review is a fact", "Health Minister Anna Berg said the ministry reviewed the limits on salt in bread last year.",
			"Anna Berg", "reviewed the limits", Claims},
		{"what a goal requires is a claim", "“To win a seat in this state, a candidate must raise large sums of money,” Senator Anna Berg said.",
			"Anna Berg", "must raise", Claims},
		{"in order to: a condition, not a call", "Senator Anna Berg said that a candidate must raise large sums of money in order to win a seat.",
			"Anna Berg", "in order to", Claims},
		{"a purpose after the urged act still urges it", "Senator Anna Berg said that the state must act quickly to protect the wetlands.",
			"Anna Berg", "must act", Supports},
		{"a call to stop something opposes it", "The Red Cross called on the companies that supply the militia to stop their deliveries of fuel.",
			"International Committee of the Red Cross", "called on", Opposes},
		{"a call for an end opposes", "Foreign Minister Anna Berg called for an end to the blockade of the port.",
			"Anna Berg", "called for", Opposes},
		{"a call to carry on supports", "The Red Cross called on the companies that supply the hospitals to continue their deliveries of fuel.",
			"International Committee of the Red Cross", "called on", Supports},
		{"a pledge of harm is a threat", "“We will destroy the rebel bases,” Defence Minister Anna Berg said.",
			"Anna Berg", "We will destroy", Opposes},
		{"a pledge of help supports", "“We will rebuild the bridges,” Defence Minister Anna Berg said.",
			"Anna Berg", "We will rebuild", Supports},
		{"the holder's calls for a measure support it", "Professor Anna Berg says the council has ignored her repeated calls for lower speed limits near schools.",
			"Anna Berg", "calls for", Supports},
		{"a decision to act supports the act", "Nordbank has announced its decision to fund three new schools in the north of the country.",
			"Nordbank", "decision to fund", Supports},
		{"another's decision is reported", "Foreign Minister Anna Berg said the rebel group decided to move the talks to the spring.",
			"Anna Berg", "decided to move", Claims},
		{"a measure called unfair is opposed", "Senator Anna Berg said the new grazing rules were unfair to small farmers.",
			"Anna Berg", "unfair", Opposes},
		{"excess finds fault", "Senator Anna Berg said there are too few nurses in the rural hospitals of the region.",
			"Anna Berg", "too few", Opposes},
		{"raising questions challenges", "Senator Anna Berg said the figures raise questions about the ministry's count of the new homes.",
			"Anna Berg", "raise questions", Opposes},
		{"support on a condition is neutral", "Minister Anna Berg said her government would support the treaty if the border talks resume in March.",
			"Anna Berg", "if the border talks", Neutral},
		{"an 'if' that asks sets no condition", "Minister Anna Berg said her government supports the treaty and does not know if the border talks resume in March.",
			"Anna Berg", "if the border talks", Supports},
		{"a passive tells what others did", "Minister Anna Berg said no applicant will be refused because of the form alone.",
			"Anna Berg", "will be refused", Claims},
		{"a passive with a modal is the holder's call", "Minister Anna Berg said the new form must be rejected by the committee.",
			"Anna Berg", "must be rejected", Opposes},
		{"the holder's own feeling in the passive counts", "Minister Anna Berg said she was troubled by the new figures on child poverty.",
			"Anna Berg", "was troubled", Opposes},
		{"noting a fact asserts it", "Finance Minister Anna Berg noted that exports rose by four percent in May.",
			"Anna Berg", "noted that exports", Claims},
		{"calling something by a name asserts it", "Interior Minister Anna Berg called the fire at the depot an accident.",
			"Anna Berg", "called the fire", Claims},
		{"calling it by an evaluative name takes a side", "Interior Minister Anna Berg called the new rules productive.",
			"Anna Berg", "called the new rules", Supports},
		{"a readiness on a condition is neutral", "Norway would be prepared to lift the new tariffs on steel if the talks resume in March.",
			"Norway", "be prepared", Neutral},
		{"naming goals takes no side", "Minister Anna Berg said the plan sets out the goals of the region for the next decade.",
			"Anna Berg", "the goals of the region", Claims},
		{"asking a question is an inquiry", "Minister Anna Berg has asked the police how the files ended up in a public bin.",
			"Anna Berg", "asked the police how", Neutral},
		{"asking for an act supports it", "Minister Anna Berg has asked the police to reopen the files on the fire.",
			"Anna Berg", "asked the police to", Supports},
		{"a prohibition opposes the act", "“Do not sign the new fishing treaty with the islands,” Anna Berg told the members of parliament.",
			"Anna Berg", "Do not sign", Opposes},
		{"an expressed interest supports", "Minister Anna Berg expressed interest in the post of governor of the central bank.",
			"Anna Berg", "expressed interest", Supports},
		{"a concessive clause of one holder before another's main clause",
			"Though Senator Anna Berg has expressed support for the bill, Senator Peter Lind is its only sponsor so far.",
			"Anna Berg", "expressed support", Supports},
		{"a modal in an indirect question urges nothing", "Minister Anna Berg said the ministry asked the farmers how the new rules should be applied.",
			"Anna Berg", "should be applied", Claims},
		{"backing a claim asserts it", "Police said four people died in the fire. Interior Minister Anna Berg backed this account on Monday.",
			"Anna Berg", "backed this account", Claims},
		{"backing a measure supports it", "Interior Minister Anna Berg backed the new fire code on Monday.",
			"Anna Berg", "backed the new fire code", Supports},
		{"confidence that something will happen is a prediction", "Finance Minister Anna Berg said she is confident that inflation will fall below three percent next year.",
			"Anna Berg", "confident that", Claims},
		{"confidence in someone supports", "Finance Minister Anna Berg said she has full confidence in the governor of the central bank.",
			"Anna Berg", "confidence in", Supports},
		{"consent only on a condition is neutral", "Finance Minister Anna Berg said the bank may sell the bonds only if the markets calm down.",
			"Anna Berg", "only if", Neutral},
		{"a generic 'if' states a fact", "Professor Anna Berg said children lose weight if their diet lacks iron.",
			"Anna Berg", "if their diet", Claims},
		{"an announced deliberation is neutral", "“We will continue to monitor the prices of bread and milk,” Minister Anna Berg said.",
			"Anna Berg", "continue to monitor", Neutral},
		{"a body naming itself keeps its intention", "Nordbank said in a statement that Nordbank will continue to fund three schools in the north.",
			"Nordbank", "will continue to fund", Supports},
		{"what would improve things is supported", "“A ban on diesel cars would improve the air in the old town,” Mayor Anna Berg said.",
			"Anna Berg", "would improve", Supports},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, r := analyzeText(t, tc.text)
			got, ok := stanceOfPosition(r, tc.actor, tc.fragment)
			if !ok {
				t.Fatalf("no position of %q with %q; positions %+v; actors %v", tc.actor, tc.fragment, r.Positions, names(r))
			}
			if got != tc.want {
				t.Errorf("stance %q, want %q", got, tc.want)
			}
		})
	}
}

func TestAffiliationOnlyFromText(t *testing.T) {
	_, r := analyzeText(t, "Foreign Minister Sergei Lavrov said the talks had failed to produce results.")
	if a := actorByName(r, "Sergei Lavrov"); a == nil || a.Affiliation != "" {
		t.Errorf("Lavrov without a stated country: %+v", a)
	}
	_, r = analyzeText(t, "Russian Foreign Minister Sergei Lavrov said the talks had failed to produce results.")
	if a := actorByName(r, "Sergei Lavrov"); a == nil || a.Affiliation != "Russia" {
		t.Errorf("Lavrov with 'Russian': %+v", a)
	}
}

func TestGeneralReferences(t *testing.T) {
	t.Run("they resolves to the last state subject", func(t *testing.T) {
		_, r := analyzeText(t, "Israel said the offer was not serious. They rejected the proposal on Monday.")
		if !hasPositionWith(r, "Israel", "They rejected the proposal") {
			t.Errorf("'They' not resolved to Israel: %+v", r.Positions)
		}
	})
	t.Run("name with a comma suffix", func(t *testing.T) {
		_, r := analyzeText(t, "President Joseph R. Example, Jr. spoke with Prime Minister Anna Kowal today. President Example reiterated his support for the reforms.")
		if actorByName(r, "Joseph R. Example, Jr.") == nil {
			t.Fatalf("no full name with suffix; actors %v", names(r))
		}
		if !hasPositionWith(r, "Joseph R. Example, Jr.", "reiterated his support") {
			t.Error("surname not linked to the full name with suffix")
		}
	})
	t.Run("hyphenated particle in a surname", func(t *testing.T) {
		_, r := analyzeText(t, "Foreign Minister Omar al-Rashid said the ceasefire would hold. Rashid later told reporters that talks would resume.")
		if actorByName(r, "Omar al-Rashid") == nil || actorByName(r, "Omar") != nil {
			t.Fatalf("actors %v", names(r))
		}
		if !hasPositionWith(r, "Omar al-Rashid", "Rashid later told") {
			t.Error("'Rashid' not linked to 'Omar al-Rashid'")
		}
	})
	t.Run("what X said is not a statement of X", func(t *testing.T) {
		_, r := analyzeText(t, "Minister Peter Lind thanked the hosts. I can only repeat what Minister Lind said about the grain corridor.")
		if hasPositionWith(r, "Peter Lind", "repeat what") {
			t.Error("a reference to a statement became a position")
		}
	})
	t.Run("pronoun after a quotation skips names inside it", func(t *testing.T) {
		_, r := analyzeText(t, "Spokeswoman Maria Olsen rejected the report. “At no point did the Ortega government ask for talks,” she said.")
		if !hasPositionWith(r, "Maria Olsen", "At no point") {
			t.Errorf("'she' not resolved to the speaker: %+v", r.Positions)
		}
	})
	t.Run("meeting parties become 'they'", func(t *testing.T) {
		_, r := analyzeText(t, "Secretary Blinken met in Berlin with Foreign Minister Anna Kowal and Foreign Secretary Peter Lind. They discussed the response to the war.")
		for _, n := range []string{"Anna Kowal", "Peter Lind"} {
			if !hasPositionWith(r, n, "They discussed") {
				t.Errorf("%q not among the holders of 'They discussed': %+v", n, r.Positions)
			}
		}
	})
	t.Run("the Foreign Minister refers to the counterpart", func(t *testing.T) {
		_, r := analyzeText(t, "Secretary of State Jane Doe spoke today with the Foreign Minister of Chile, Ana Soto. The Secretary and the Foreign Minister discussed trade and migration.")
		if !hasPositionWith(r, "Ana Soto", "The Secretary and the Foreign Minister") {
			t.Errorf("role reference not resolved: %+v", r.Positions)
		}
	})
	t.Run("spoke with X to congratulate", func(t *testing.T) {
		_, r := analyzeText(t, "Readout of the President’s Call\n\nPresident Jane Doe spoke with Prime Minister Ana Soto today to congratulate her on the election.")
		if !hasPositionWith(r, "Jane Doe", "to congratulate") {
			t.Errorf("purpose of a call not a position: %+v", r.Positions)
		}
	})
	t.Run("copula predicate", func(t *testing.T) {
		_, r := analyzeText(t, "The United States and Chile are committed to working together on regional security.")
		if !hasPositionWith(r, "United States", "are committed to") {
			t.Errorf("'are committed to' not a position: %+v", r.Positions)
		}
	})
}

func TestGenresGeneral(t *testing.T) {
	t.Run("statement by an unnamed office", func(t *testing.T) {
		_, r := analyzeText(t, "Statement by the Press Secretary on the Attack in the Capital\n\nThis heinous attack on peaceful demonstrators was made all the more despicable by its timing.")
		if got, ok := stanceOfPosition(r, "United States", "heinous"); !ok || got != Opposes {
			t.Errorf("sentence of an office statement: %q %v; %+v", got, ok, r.Positions)
		}
	})
	t.Run("byline of a press statement", func(t *testing.T) {
		_, r := analyzeText(t, "Response to the Strike\n\nPress Statement\n\nJane Doe, Secretary of State\n\nI will be consulting with allies and partners in the region in the days ahead.")
		if !hasPositionWith(r, "Jane Doe", "I will be consulting") {
			t.Errorf("first person of the byline author: %+v; actors %v", r.Positions, names(r))
		}
	})
	t.Run("news report mentioning the State Department stays news", func(t *testing.T) {
		_, r := analyzeText(t, "Talks Stall\n\nA State Department spokeswoman said the talks had stalled.\n\n“We refused to attend,” Minister Omar al-Rashid told reporters.")
		if hasPositionWith(r, "United States", "We refused") {
			t.Error("'we' in a quotation of a news report given to the United States")
		}
		if !hasPositionWith(r, "Omar al-Rashid", "We refused") {
			t.Errorf("quotation not attributed: %+v", r.Positions)
		}
	})
	t.Run("news agencies are organisations", func(t *testing.T) {
		_, r := analyzeText(t, "The comments were published by the state news agency SANA and reported by Yonhap on Monday.")
		for _, n := range []string{"SANA", "Yonhap"} {
			if actorByName(r, n) == nil {
				t.Errorf("missing %q; actors %v", n, names(r))
			}
		}
	})
}

// Unnamed groups named by what they are ("Environmental groups", "farmers' groups") hold
// what they say, each apart from the other; "too" before a fault finds fault.
func TestUnnamedGroupsHoldPositions(t *testing.T) {
	text := "Levy ruling\n\nFarmers' groups welcomed the ruling on Thursday.\n\n" +
		"Environmental groups condemned the decision.\n\nCritics say the plan is too expensive.\n\n" +
		"Pharmaceutical companies said they would challenge the rules in court.\n"
	_, r := analyzeText(t, text)
	names := actorNames(r)
	want := map[string]string{"Farmers' groups": Supports, "Environmental groups": Opposes, "Critics": Opposes, "Pharmaceutical companies": Opposes}
	got := map[string]string{}
	for _, p := range r.Positions {
		got[names[p.Actor]] = p.Stance
	}
	for actor, stance := range want {
		if got[actor] != stance {
			t.Errorf("%s: stance %q, want %q (all: %v)", actor, got[actor], stance, got)
		}
	}
}
