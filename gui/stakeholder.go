package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// stakeMap is the stakeholder map's window: the power–interest grid drawn
// as four tinted quadrants, power up and interest to the right, each with
// the names of the live actors placed there. Choosing a name selects the
// actor in the main window, where its Power and Interest are set; the map
// follows every change, undo and redo.
type stakeMap struct {
	u     *ui
	win   fyne.Window
	quads map[string]*stakeQuad // by quadrant name
}

// stakeQuad is one quadrant of the map.
type stakeQuad struct {
	names *fyne.Container // a button per actor
}

// quadrantLevels are the levels a quadrant stands for, as its subtitle.
var quadrantLevels = map[string]string{
	project.ManageClosely: "high power · high interest",
	project.KeepSatisfied: "high power · low interest",
	project.KeepInformed:  "low power · high interest",
	project.Monitor:       "low power · low interest",
}

// showStakeMap opens the stakeholder map, or brings it forward.
func (u *ui) showStakeMap() {
	if u.stakes != nil {
		u.stakes.win.RequestFocus()
		return
	}
	m := &stakeMap{u: u, win: u.app.NewWindow("Stakeholder map"), quads: map[string]*stakeQuad{}}
	th := u.app.Settings().Theme()
	v := u.app.Settings().ThemeVariant()
	var cells []fyne.CanvasObject
	for _, q := range project.Quadrants {
		sq := &stakeQuad{names: container.NewVBox()}
		m.quads[q] = sq
		// The quadrant that asks most of the reader is shaded as the
		// article shades a chosen actor; the others as input fields. Both
		// keep the text's contrast (TestThemeContrast).
		fill := th.Color(theme.ColorNameInputBackground, v)
		if q == project.ManageClosely {
			fill = th.Color(colorActorShade, v)
		}
		bg := canvas.NewRectangle(fill)
		bg.StrokeColor = th.Color(theme.ColorNameSeparator, v)
		bg.StrokeWidth = 1
		title := canvas.NewText(q, th.Color(theme.ColorNameForeground, v))
		title.TextStyle.Bold = true
		title.TextSize = theme.TextSubHeadingSize()
		sub := canvas.NewText(quadrantLevels[q], th.Color(theme.ColorNameForeground, v))
		sub.TextSize = theme.CaptionTextSize()
		head := container.NewPadded(container.NewVBox(title, sub))
		cells = append(cells, container.NewStack(bg, container.NewBorder(head, nil, nil, nil, container.NewVScroll(sq.names))))
	}
	grid := container.NewGridWithColumns(2, cells...)
	axis := func(s string) *canvas.Text {
		t := canvas.NewText(s, th.Color(theme.ColorNameForeground, v))
		t.TextStyle.Bold = true
		return t
	}
	top := container.NewGridWithColumns(2, axis("Lower interest"), axis("Higher interest →"))
	left := container.NewGridWithRows(2, axis("Higher power"), axis("Lower power"))
	note := &widget.Label{Text: "* placed by the app's suggestion: set Power and Interest in the actor's details (Actors tab). Choose a name to edit that actor.",
		Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance}
	m.win.SetContent(container.NewBorder(container.NewBorder(nil, nil, widget.NewLabel("            "), nil, top), note, left, nil, grid))
	m.win.SetOnClosed(func() { u.stakes = nil })
	m.win.Resize(fyne.NewSize(760, 560))
	u.stakes = m
	m.refresh()
	m.win.Show()
}

// refresh places the project's live actors in their quadrants.
func (m *stakeMap) refresh() {
	if m == nil {
		return
	}
	p := m.u.project()
	stakes := p.Stakes()
	byQuad := map[string][]fyne.CanvasObject{}
	for _, a := range p.LiveActors() {
		s := stakes[a.ID]
		text := a.Name
		if s.Suggested() {
			text += " *"
		}
		id := a.ID
		b := &widget.Button{Text: text, Importance: widget.LowImportance, Alignment: widget.ButtonAlignLeading,
			OnTapped: func() { m.choose(id) }}
		if id == m.u.focusActor {
			b.Importance = widget.HighImportance
		}
		byQuad[s.Quadrant()] = append(byQuad[s.Quadrant()], b)
	}
	for q, sq := range m.quads {
		sq.names.Objects = byQuad[q]
		sq.names.Refresh()
	}
}

// choose selects the actor in the main window's Actors tab.
func (m *stakeMap) choose(id string) {
	u := m.u
	u.tabs.SelectIndex(tabActors)
	u.actors.choose(id)
	u.win.RequestFocus()
}
