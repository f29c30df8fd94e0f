package analysis

import (
	"strings"
	"testing"
)

// holdersOf maps each position's evidence to its holder's name.
func holdersOf(r *Result) map[string][]string {
	names := map[string]string{}
	for _, a := range r.Actors {
		names[a.ID] = a.Name
	}
	out := map[string][]string{}
	for _, p := range r.Positions {
		out[p.Evidence.Text] = append(out[p.Evidence.Text], names[p.Actor])
	}
	return out
}

func TestSpeechTitleNamesTheSpeaker(t *testing.T) {
	text := "Speech by Minister Maria Lindqvist at the opening of the water summit\n\n" +
		"Good morning.\n\n" +
		"We will double the funding for clean water projects in rural districts by next year.\n\n" +
		"I reject the claim that these projects are too expensive for a country of our size.\n"
	_, r := analyzeText(t, text)
	hs := holdersOf(r)
	for _, ev := range []string{
		"We will double the funding for clean water projects in rural districts by next year.",
		"I reject the claim that these projects are too expensive for a country of our size.",
	} {
		if got := hs[ev]; len(got) == 0 || got[0] != "Maria Lindqvist" {
			t.Errorf("%q held by %v, want Maria Lindqvist", ev, got)
		}
	}
	for ev := range hs {
		if strings.HasPrefix(ev, "Good morning") {
			t.Errorf("a greeting became a position: %q", ev)
		}
	}
}

func TestInterviewAnswersAreTheInterviewees(t *testing.T) {
	text := "Local radio interviews Tomas Berglund, candidate for mayor\n\n" +
		"Why are you running for mayor of a city that has voted for your rivals for decades?\n\n" +
		"The city needs a budget that puts public transport ahead of new parking garages. " +
		"I will cut the fare for every student and pensioner in my first year.\n"
	_, r := analyzeText(t, text)
	hs := holdersOf(r)
	for ev, who := range hs {
		if strings.HasSuffix(ev, "?") {
			t.Errorf("the interviewer's question became a position of %v: %q", who, ev)
		}
	}
	want := "I will cut the fare for every student and pensioner in my first year."
	if got := hs[want]; len(got) == 0 || got[0] != "Tomas Berglund" {
		t.Errorf("%q held by %v, want Tomas Berglund", want, got)
	}
}

func TestTitleWordsAloneDoNotMakeASpeech(t *testing.T) {
	// "interview" without a person after it (a questionnaire replaces an interview) is news.
	text := "New asylum process to replace interview with questionnaire\n\n" +
		"We will never know how many applicants gave up before the deadline passed last month.\n"
	_, r := analyzeText(t, text)
	if len(r.Positions) != 0 {
		t.Errorf("a news sentence without a holder got %d positions: %+v", len(r.Positions), r.Positions)
	}
}

func TestStudyFindingsAreTheResearchers(t *testing.T) {
	text := "Almost half of the primary school children in the survey are iodine deficient, researchers say.\n\n" +
		"The report says the decline in iodine intake is due to changes in cleaning products used by dairies.\n\n" +
		"The Home Office report says the new questionnaire will cut the backlog of claims by half this year.\n"
	_, r := analyzeText(t, text)
	hs := holdersOf(r)
	for _, ev := range []string{
		"Almost half of the primary school children in the survey are iodine deficient, researchers say.",
		"The report says the decline in iodine intake is due to changes in cleaning products used by dairies.",
	} {
		if got := hs[ev]; len(got) != 1 || got[0] != "researchers" {
			t.Errorf("%q held by %v, want [researchers]", ev, got)
		}
	}
	ev := "The Home Office report says the new questionnaire will cut the backlog of claims by half this year."
	for _, who := range hs[ev] {
		if who == "researchers" {
			t.Errorf("a body's report is given to the researchers: %v", hs[ev])
		}
	}
}

func TestBodyStatementIsHeldByTheBodyItNamesMost(t *testing.T) {
	text := "Monetary authority issues policy statement\n\n" +
		"Recent indicators suggest that economic activity has continued to expand at a solid pace.\n\n" +
		"The Committee seeks to achieve maximum employment over the longer run. " +
		"The Committee decided to lower the target range for the policy rate by half a point. " +
		"The Committee will carefully assess incoming data and the balance of risks.\n"
	_, r := analyzeText(t, text)
	hs := holdersOf(r)
	ev := "The Committee will carefully assess incoming data and the balance of risks."
	if got := hs[ev]; len(got) == 0 || got[0] != "Committee" {
		t.Errorf("%q held by %v, want the Committee", ev, got)
	}
}

// A short statement of a speech is the speaker's; a short line introducing what follows, or a
// filler reply, is not.
func TestShortStatementsOfASpeech(t *testing.T) {
	text := "Speech by Minister Maria Lindqvist at the opening of the water summit\n\n" +
		"Below are the minister's remarks:\n\n" +
		"The rivers are cleaner than they were.\n\n" +
		"After the summit, I may reconsider.\n\n" +
		"Well, yeah, same for me.\n"
	_, r := analyzeText(t, text)
	hs := holdersOf(r)
	for _, ev := range []string{"The rivers are cleaner than they were.", "After the summit, I may reconsider."} {
		if got := hs[ev]; len(got) == 0 || got[0] != "Maria Lindqvist" {
			t.Errorf("%q held by %v, want Maria Lindqvist", ev, got)
		}
	}
	if got := hs["Below are the minister's remarks:"]; len(got) > 0 {
		t.Errorf("an introducing line became a position of %v", got)
	}
	if got := hs["Well, yeah, same for me."]; len(got) > 0 {
		t.Errorf("a filler reply became a position of %v", got)
	}
}

// In an interview without speaker tags, the interviewer's introduction before the first
// question is not the interviewee's; the answers are.
func TestInterviewIntroductionIsTheInterviewers(t *testing.T) {
	text := "Interview: Finance Minister Sara Holm on the budget\n\n" +
		"Sara Holm has been finance minister since 2022. We spoke to her about the new budget.\n\n" +
		"Why are you raising fuel taxes?\n\n" +
		"We need the revenue to repair roads and bridges across the country.\n"
	_, r := analyzeText(t, text)
	hs := holdersOf(r)
	for _, intro := range []string{"Sara Holm has been finance minister since 2022.", "We spoke to her about the new budget."} {
		if got := hs[intro]; len(got) != 0 {
			t.Errorf("%q is the interviewer's, yet held by %v", intro, got)
		}
	}
	wantSoleHolders(t, hs, map[string]string{"We need the revenue to repair roads and bridges across the country.": "Sara Holm"})
}
