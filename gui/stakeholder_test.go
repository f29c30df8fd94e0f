package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// stakeQuadrantOf returns the quadrant of the map whose list shows the
// actor's name, and its button.
func stakeQuadrantOf(t *testing.T, m *stakeMap, name string) (string, *widget.Button) {
	t.Helper()
	found, at := "", (*widget.Button)(nil)
	for q, sq := range m.quads {
		for _, o := range sq.names.Objects {
			if b := o.(*widget.Button); strings.TrimSuffix(b.Text, " *") == name {
				if found != "" {
					t.Fatalf("%q is in both %q and %q", name, found, q)
				}
				found, at = q, b
			}
		}
	}
	if found == "" {
		t.Fatalf("%q is not on the map", name)
	}
	return found, at
}

// TestStakeholderMap: the map puts an actor in the quadrant of its
// levels, marked as suggested; picking a level in the actor's details
// moves it, and Undo moves it back; choosing a name on the map selects
// that actor in the Actors tab.
func TestStakeholderMap(t *testing.T) {
	u := newTestUI(t)
	p := u.project()
	// An actor of low suggested power: the sample's analysts or a
	// spokesman, whichever comes first.
	var x *project.Actor
	for _, a := range p.LiveActors() {
		if s := p.Stakes()[a.ID]; s.Power == project.Low {
			x = a
			break
		}
	}
	if x == nil {
		t.Fatal("the sample has no actor of low power")
	}
	want := p.Stakes()[x.ID]
	u.showStakeMap()
	m := u.stakes
	if m == nil {
		t.Fatal("the map did not open")
	}
	t.Cleanup(m.win.Close)
	q, b := stakeQuadrantOf(t, m, x.Name)
	if q != want.Quadrant() || !strings.HasSuffix(b.Text, " *") {
		t.Fatalf("%s is in %q as %q, want %q marked as suggested", x.Name, q, b.Text, want.Quadrant())
	}
	if want.Quadrant() != project.KeepInformed && want.Quadrant() != project.Monitor {
		t.Fatalf("a low-power actor in %q", want.Quadrant())
	}

	// Choosing the name selects the actor, whose details show the levels
	// as suggestions.
	test.Tap(b)
	if u.focusActor != x.ID || u.tabs.SelectedIndex() != tabActors {
		t.Fatalf("after choosing %s on the map: actor %q, tab %d", x.Name, u.focusActor, u.tabs.SelectedIndex())
	}
	if got := u.actors.stake.power.Selected; got != "Low (suggested)" {
		t.Errorf("Power shows %q, want Low (suggested)", got)
	}

	// High power moves the actor to the top row, where it still counts
	// as suggested (its interest is).
	u.actors.stake.power.SetSelected("High")
	if got := u.actors.stake.power.Selected; got != "High" {
		t.Errorf("Power shows %q after picking High", got)
	}
	q, b = stakeQuadrantOf(t, m, x.Name)
	if up := project.Quadrant(project.High, want.Interest); q != up {
		t.Errorf("after High power, %s is in %q, want %q", x.Name, q, up)
	}
	if !strings.HasSuffix(b.Text, " *") {
		t.Errorf("%q: its interest is still suggested", b.Text)
	}
	u.actors.stake.interest.SetSelected(levelName(want.Interest))
	if _, b = stakeQuadrantOf(t, m, x.Name); strings.HasSuffix(b.Text, " *") {
		t.Errorf("%q is marked suggested after both levels were set", b.Text)
	}
	if a := u.project().Actor(x.ID); a.Power != project.High || a.Interest != want.Interest {
		t.Errorf("the project holds power %q interest %q", a.Power, a.Interest)
	}

	// Undo twice: back where the suggestion put it.
	u.undo()
	u.undo()
	if q, _ = stakeQuadrantOf(t, m, x.Name); q != want.Quadrant() {
		t.Errorf("after Undo, %s is in %q, want %q", x.Name, q, want.Quadrant())
	}
	if got := u.actors.stake.power.Selected; got != "Low (suggested)" {
		t.Errorf("after Undo, Power shows %q", got)
	}

	// Picking the suggestion's option returns a set level to it.
	u.actors.stake.power.SetSelected("High")
	u.actors.stake.power.SetSelected("Low (suggested)")
	if a := u.project().Actor(x.ID); a.Power != "" {
		t.Errorf("after picking the suggestion, power %q is stored", a.Power)
	}
}
