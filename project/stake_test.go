package project

import (
	"encoding/json"
	"strings"
	"testing"
)

// stakeProject is opsProject with a state, a minister, an NGO and a
// journalist, so that every rule of the suggestion is at work.
func stakeProject() *Project {
	p := opsProject()
	p.Actors = append(p.Actors,
		&Actor{ID: "a3", Name: "Ukraine", Type: "state", Review: Review{Origin: Suggested}},
		&Actor{ID: "a4", Name: "Dmytro Kuleba", Type: "person", Role: "Foreign Minister", Review: Review{Origin: Suggested}},
		&Actor{ID: "a5", Name: "Amnesty International", Type: "organization", Review: Review{Origin: Suggested}},
		&Actor{ID: "a6", Name: "Jane Roe", Type: "person", Role: "journalist", Review: Review{Origin: Suggested}},
		&Actor{ID: "a7", Name: "Supreme Court", Type: "organization", Review: Review{Origin: Suggested}},
		&Actor{ID: "a8", Name: "Mevlüt Çavuşoğlu", Type: "person", Role: "Former Foreign Minister", Review: Review{Origin: Suggested}},
		&Actor{ID: "a9", Name: "Kaja Kallas", Type: "person", Role: "EU foreign policy chief", Review: Review{Origin: Suggested}},
		&Actor{ID: "a10", Name: "Karoline Leavitt", Type: "person", Role: "White House Press Secretary", Review: Review{Origin: Suggested}},
	)
	return p
}

func TestStakeSuggestedPower(t *testing.T) {
	s := stakeProject().Stakes()
	for id, want := range map[string]string{"a1": Low, "a3": High, "a4": High, "a5": Low, "a6": Low, "a7": High, "a8": Low, "a9": High, "a10": Low} {
		if s[id].Power != want || !s[id].PowerSuggested {
			t.Errorf("actor %s: power %q (suggested %v), want suggested %q", id, s[id].Power, s[id].PowerSuggested, want)
		}
	}
}

func TestStakeSuggestedInterest(t *testing.T) {
	p := stakeProject()
	// Alice holds two positions and is named: the most engaged actor.
	p.Positions = append(p.Positions, &Position{ID: "p3", Actor: "a1", Topic: "t2", Stance: "supports", Selected: true, Review: Review{Origin: Suggested}})
	s := p.Stakes()
	if s["a1"].Interest != High || !s["a1"].InterestSuggested {
		t.Errorf("Alice, two positions: interest %+v, want suggested high", s["a1"])
	}
	if s["a2"].Interest != High {
		t.Errorf("Bob, one position, above the median: interest %q, want high", s["a2"].Interest)
	}
	for _, id := range []string{"a3", "a4", "a5"} {
		if s[id].Interest != Low {
			t.Errorf("actor %s holds no position: interest %q, want low", id, s[id].Interest)
		}
	}
	if got := s["a1"].Quadrant(); got != KeepInformed {
		t.Errorf("Alice (low power, high interest) is in %q, want %q", got, KeepInformed)
	}
	if got := s["a3"].Quadrant(); got != KeepSatisfied {
		t.Errorf("Ukraine (high power, low interest) is in %q, want %q", got, KeepSatisfied)
	}
}

func TestSetPowerInterestUndoable(t *testing.T) {
	e := NewEditor(stakeProject())
	if err := e.Do("Set power", func(p *Project) error { return p.SetPower("a1", High) }); err != nil {
		t.Fatal(err)
	}
	if err := e.Do("Set interest", func(p *Project) error { return p.SetInterest("a1", High) }); err != nil {
		t.Fatal(err)
	}
	s := e.Project().Stakes()["a1"]
	if s.Quadrant() != ManageClosely || s.Suggested() {
		t.Fatalf("after setting both: %+v in %q, want set and in %q", s, s.Quadrant(), ManageClosely)
	}
	if s.SuggestPower != Low {
		t.Errorf("the suggestion to go back to is %q, want low", s.SuggestPower)
	}
	if err := e.Undo(); err != nil {
		t.Fatal(err)
	}
	if s := e.Project().Stakes()["a1"]; s.Power != High || s.PowerSuggested || !s.InterestSuggested {
		t.Errorf("after undoing the interest: %+v, want power set high and interest suggested", s)
	}
	if err := e.Undo(); err != nil {
		t.Fatal(err)
	}
	if s := e.Project().Stakes()["a1"]; s.Power != Low || !s.PowerSuggested {
		t.Errorf("after undoing both: %+v, want the suggestion back", s)
	}
	err := e.Do("Set power", func(p *Project) error { return p.SetPower("a1", "medium") })
	if err == nil || !strings.Contains(err.Error(), "medium") {
		t.Errorf("a level the map does not know: %v, want it refused by name", err)
	}
	if err := e.Do("Set power", func(p *Project) error { return p.SetPower("ghost", High) }); err == nil {
		t.Error("a missing actor's power was set")
	}
}

func TestStakeSavedAndLoaded(t *testing.T) {
	p := stakeProject()
	if err := p.SetPower("a5", High); err != nil {
		t.Fatal(err)
	}
	data, err := Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(data), `"power"`); n != 1 {
		t.Errorf("the file holds %d power fields, want only the one set", n)
	}
	if strings.Contains(string(data), `"interest"`) {
		t.Error("a suggested interest was saved")
	}
	q, err := Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	if s := q.Stakes()["a5"]; s.Power != High || s.PowerSuggested {
		t.Errorf("loaded back: %+v, want power set high", s)
	}
	// A file the user edited by hand with a level the map does not know.
	bad := strings.Replace(string(data), `"power": "high"`, `"power": "medium"`, 1)
	if _, err := Unmarshal([]byte(bad)); err == nil || !strings.Contains(err.Error(), "power") {
		t.Errorf("power \"medium\" in a file: %v, want a refusal naming power", err)
	}
}

func TestStakeInterchange(t *testing.T) {
	p := stakeProject()
	if err := p.SetInterest("a3", High); err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(ToInterchange(p))
	if err != nil {
		t.Fatal(err)
	}
	q, err := FromInterchange(data)
	if err != nil {
		t.Fatal(err)
	}
	if s := q.Stakes()["a3"]; s.Interest != High || s.InterestSuggested {
		t.Errorf("through brief JSON: %+v, want interest set high", s)
	}
	in := `{"actors":[{"name":"NATO","type":"alliance","power":"HIGH"},{"name":"X","power":"big"}],"topics":[],"positions":[]}`
	if _, err := FromInterchange([]byte(in)); err == nil || !strings.Contains(err.Error(), "actors[1]") {
		t.Errorf("power \"big\": %v, want a refusal naming actors[1]", err)
	}
}
