package project

import (
	"fmt"
	"slices"
	"strings"

	"briefing/analysis"
)

// The stakeholder map: each actor's power (its ability to shape the
// outcome) and interest (how much it engages with the story), each high or
// low, place it in one of four quadrants. Until the user sets a level, it
// is suggested: power from the actor's type and role, interest from how
// much the actor says and is named compared with the other actors.

// Quadrants of the stakeholder map, named by what the reader should do
// about an actor there.
const (
	ManageClosely = "Manage closely" // high power, high interest
	KeepSatisfied = "Keep satisfied" // high power, low interest
	KeepInformed  = "Keep informed"  // low power, high interest
	Monitor       = "Monitor"        // low power, low interest
)

// Quadrants lists the quadrants in the reading order of the 2×2 grid as
// the usual power–interest grid draws it: power up, interest to the right,
// so the top row is Keep satisfied, Manage closely and the bottom row
// Monitor, Keep informed.
var Quadrants = []string{KeepSatisfied, ManageClosely, Monitor, KeepInformed}

// Quadrant names the quadrant of a power and an interest level.
func Quadrant(power, interest string) string {
	switch {
	case power == High && interest == High:
		return ManageClosely
	case power == High:
		return KeepSatisfied
	case interest == High:
		return KeepInformed
	}
	return Monitor
}

// Stake is an actor's place on the stakeholder map.
type Stake struct {
	Power, Interest string // High or Low
	// PowerSuggested and InterestSuggested say that the level is the
	// app's suggestion, not yet set by the user.
	PowerSuggested, InterestSuggested bool
	// SuggestPower and SuggestInterest are the app's levels, whatever the
	// user set, so that a user can go back to them.
	SuggestPower, SuggestInterest string
}

// Quadrant names the stake's quadrant.
func (s Stake) Quadrant() string { return Quadrant(s.Power, s.Interest) }

// Suggested says whether either level is still the app's suggestion.
func (s Stake) Suggested() bool { return s.PowerSuggested || s.InterestSuggested }

// highPowerRoles are the words of a role or name that mark an actor able
// to decide: heads of state and government, ministers, governments, courts
// and the like. Matched as whole words, lower case.
var highPowerRoles = []string{
	"president", "prime minister", "premier", "chancellor", "minister", "secretary of state",
	"king", "queen", "emperor", "monarch", "head of state", "head of government", "pope",
	"government", "cabinet", "ministry", "parliament", "congress", "senate", "court", "tribunal",
	"judge", "central bank", "commission", "council", "security council", "secretary-general",
	"governor", "general", "commander", "army", "military", "armed forces",
	"foreign secretary", "defence secretary", "defense secretary", "home secretary",
	"foreign policy chief", "high representative",
}

// suggestPower is high for states and alliances, and for an actor whose
// role or name says it governs, legislates, judges or commands; low for
// the rest (NGOs, ordinary persons, media, experts).
func suggestPower(a *Actor) string {
	switch a.Type {
	case analysis.State, analysis.Alliance:
		return High
	}
	if r := strings.ToLower(a.Role); strings.Contains(r, "former") || strings.Contains(r, "ex-") {
		return Low // a former minister no longer holds the office
	}
	text := " " + strings.Join(strings.FieldsFunc(strings.ToLower(a.Role+" "+a.Name), func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == '(' || r == ')' || r == ';' || r == '\''
	}), " ") + " "
	for _, w := range highPowerRoles {
		if strings.Contains(text, " "+w+" ") {
			return High
		}
	}
	return Low
}

// interestScores weighs what each live actor says and how often it is
// named: a position counts twice a mention, for taking a stance is more
// engagement than being named.
func (p *Project) interestScores() map[string]int {
	score := make(map[string]int, len(p.Actors))
	for _, a := range p.Actors {
		if !a.Rejected {
			score[a.ID] = len(a.Mentions)
		}
	}
	for _, x := range p.Positions {
		if _, ok := score[x.Actor]; ok && !x.Rejected {
			score[x.Actor] += 2
		}
	}
	return score
}

// Stakes returns the stake of every live actor by ID. Interest is
// suggested high for an actor that holds a position and scores at least
// the median of the project's live actors, so that about half the actors
// who speak are high, however long the story.
func (p *Project) Stakes() map[string]Stake {
	score := p.interestScores()
	all := make([]int, 0, len(score))
	for _, s := range score {
		all = append(all, s)
	}
	slices.Sort(all)
	median := 0
	if len(all) > 0 {
		median = all[(len(all)-1)/2]
	}
	held := map[string]bool{}
	for _, x := range p.Positions {
		if !x.Rejected {
			held[x.Actor] = true
		}
	}
	out := make(map[string]Stake, len(score))
	for _, a := range p.Actors {
		if a.Rejected {
			continue
		}
		s := Stake{Power: a.Power, Interest: a.Interest, SuggestPower: suggestPower(a), SuggestInterest: Low}
		if held[a.ID] && score[a.ID] >= median {
			s.SuggestInterest = High
		}
		if s.Power == "" {
			s.Power, s.PowerSuggested = s.SuggestPower, true
		}
		if s.Interest == "" {
			s.Interest, s.InterestSuggested = s.SuggestInterest, true
		}
		out[a.ID] = s
	}
	return out
}

// validLevel says whether a stored power or interest level is one the map
// knows: High, Low, or empty for the suggestion.
func validLevel(s string) bool { return s == "" || s == High || s == Low }

// normLevel reads a level from brief JSON: "high" or "low" in any case,
// or nothing. It reports false for anything else.
func normLevel(s string) (string, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	return s, validLevel(s)
}

// SetPower sets an actor's power to High or Low; "" returns it to the
// suggestion.
func (p *Project) SetPower(id, level string) error {
	return p.setLevel(id, "power", level, func(a *Actor) *string { return &a.Power })
}

// SetInterest sets an actor's interest to High or Low; "" returns it to
// the suggestion.
func (p *Project) SetInterest(id, level string) error {
	return p.setLevel(id, "interest", level, func(a *Actor) *string { return &a.Interest })
}

func (p *Project) setLevel(id, what, level string, field func(*Actor) *string) error {
	a, err := p.actorOrErr(id)
	if err != nil {
		return err
	}
	if !validLevel(level) {
		return fmt.Errorf("%s must be %q or %q, not %q", what, High, Low, level)
	}
	*field(a) = level
	return nil
}
