package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// stakeEditor is the Power and Interest selectors of the Actors detail
// pane: each shows the app's suggestion, marked "(suggested)", until the
// user picks a level; picking the suggestion again returns to it. The
// quadrant they place the actor in is shown below, with the way to the
// stakeholder map.
type stakeEditor struct {
	a               *actorsPanel
	power, interest *widget.Select
	quadrant        *widget.Label
	content         fyne.CanvasObject
	loading         bool
}

// Levels as the selectors show them.
const (
	levelHigh = "High"
	levelLow  = "Low"
)

func newStakeEditor(a *actorsPanel) *stakeEditor {
	s := &stakeEditor{a: a}
	s.power = widget.NewSelect(nil, func(v string) { s.set("Set power", v, (*project.Project).SetPower) })
	s.interest = widget.NewSelect(nil, func(v string) { s.set("Set interest", v, (*project.Project).SetInterest) })
	s.quadrant = &widget.Label{Importance: widget.LowImportance, Wrapping: fyne.TextWrapWord}
	open := &widget.Button{Text: "Stakeholder map", Icon: theme.GridIcon(), Importance: widget.LowImportance,
		OnTapped: a.u.showStakeMap}
	form := widget.NewForm(widget.NewFormItem("Power", s.power), widget.NewFormItem("Interest", s.interest))
	s.content = container.NewVBox(form, container.NewBorder(nil, nil, nil, open, s.quadrant))
	return s
}

// suggestedOption is the option that stands for the app's suggestion.
func suggestedOption(level string) string { return levelName(level) + " (suggested)" }

func levelName(level string) string {
	if level == project.High {
		return levelHigh
	}
	return levelLow
}

// load shows the actor's levels.
func (s *stakeEditor) load(x *project.Actor) {
	st := s.a.u.project().Stakes()[x.ID]
	s.loading = true
	defer func() { s.loading = false }()
	show := func(sel *widget.Select, level, suggestion string, suggested bool) {
		// The suggestion stays on offer once the user has picked a level,
		// so that the user can go back to it.
		sel.Options = []string{levelHigh, levelLow, suggestedOption(suggestion)}
		if suggested {
			sel.SetSelected(suggestedOption(level))
		} else {
			sel.SetSelected(levelName(level))
		}
		sel.Refresh()
	}
	show(s.power, st.Power, st.SuggestPower, st.PowerSuggested)
	show(s.interest, st.Interest, st.SuggestInterest, st.InterestSuggested)
	text := "Stakeholder map: " + st.Quadrant()
	if st.Suggested() {
		text += " (suggested)"
	}
	s.quadrant.SetText(text)
}

// set records the level picked; the suggestion's option clears it.
func (s *stakeEditor) set(name, v string, op func(*project.Project, string, string) error) {
	if s.loading || s.a.loading || s.a.u.focusActor == "" {
		return
	}
	id := s.a.u.focusActor
	level := ""
	switch v {
	case levelHigh:
		level = project.High
	case levelLow:
		level = project.Low
	}
	s.a.u.do(name, func(p *project.Project) error { return op(p, id, level) })
}
