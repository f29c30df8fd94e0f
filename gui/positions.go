package gui

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/analysis"
	"briefing/project"
)

// positionRow is one line of the positions list: a group heading (a topic
// or an actor) or a position.
type positionRow struct {
	heading string
	pos     *project.Position
}

// positionsPanel lists the positions grouped by topic or by actor and
// edits the chosen one.
type positionsPanel struct {
	u             *ui
	group         *widget.RadioGroup
	list          *widget.List
	rows          []positionRow
	include       *widget.Check
	actor         *widget.Select
	topic         *widget.Select
	stance        *widget.Select
	summary       *commitEntry
	note          *commitEntry
	evidence      *widget.Label
	evidenceTitle *widget.Label
	origin        *widget.Label
	details       *fyne.Container
	empty         *widget.Label
	content       fyne.CanvasObject
	loading       bool
	actorIDs      []string
	topicIDs      []string
}

func newPositionsPanel(u *ui) *positionsPanel {
	x := &positionsPanel{u: u}
	x.group = &widget.RadioGroup{Options: []string{"Topic", "Actor"}, Horizontal: true, Selected: "Topic", OnChanged: func(string) { x.refresh() }}
	x.group.ExtendBaseWidget(x.group)
	x.list = &widget.List{
		Length:     func() int { return len(x.rows) },
		CreateItem: x.createRow,
		UpdateItem: x.updateRow,
		OnSelected: x.onSelected,
	}
	x.list.ExtendBaseWidget(x.list)
	x.include = widget.NewCheck("Include in the brief", x.onInclude)
	x.actor = widget.NewSelect(nil, x.onActor)
	x.topic = widget.NewSelect(nil, x.onTopic)
	x.stance = widget.NewSelect(analysis.Stances, x.onStance)
	x.summary = newCommitEntry(true, "What the actor says or wants", x.onSummary)
	x.note = newCommitEntry(true, "Your comment", x.onNote)
	x.evidence = &widget.Label{Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Italic: true}}
	x.origin = &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance}
	form := widget.NewForm(
		widget.NewFormItem("", x.include),
		widget.NewFormItem("Who", x.actor),
		widget.NewFormItem("Topic", x.topic),
		widget.NewFormItem("Stance", x.stance),
		widget.NewFormItem("Summary", x.summary),
		widget.NewFormItem("Comment", x.note),
	)
	buttons := container.NewHBox(
		&widget.Button{Text: "Show in article", Icon: theme.VisibilityIcon(), Importance: widget.LowImportance, OnTapped: x.onShow},
		layout.NewSpacer(),
		&widget.Button{Text: "Delete", Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: x.onDelete},
	)
	x.evidenceTitle = widget.NewLabelWithStyle("Evidence", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	x.details = container.NewVBox(form, x.evidenceTitle, x.evidence, x.origin, buttons)
	x.empty = &widget.Label{Text: "Choose a position to see its evidence and edit it. To add one, use “Select text” above the article, select the words, then “New position…”.",
		Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance}
	top := container.NewBorder(container.NewHBox(widget.NewLabel("Group by"), x.group), nil, nil, nil, x.list)
	split := container.NewVSplit(top, container.NewVScroll(container.NewStack(x.empty, x.details)))
	split.Offset = 0.45
	x.content = split
	return x
}

func (x *positionsPanel) createRow() fyne.CanvasObject {
	heading := &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis}
	check := widget.NewCheck("", nil)
	stance := &widget.Label{TextStyle: fyne.TextStyle{Bold: true}}
	width := canvas.NewRectangle(color.Transparent)
	width.SetMinSize(fyne.NewSize(86, 0))
	text := &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	review := &widget.Label{}
	item := container.NewBorder(nil, nil, container.NewHBox(check, container.NewStack(width, stance)), review, text)
	return newListRow(x.list, container.NewStack(heading, item))
}

func (x *positionsPanel) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(x.rows) {
		return
	}
	r := x.rows[i]
	row := o.(*listRow)
	row.menu = nil
	stack := row.content.(*fyne.Container)
	heading := stack.Objects[0].(*widget.Label)
	item := stack.Objects[1].(*fyne.Container)
	if r.pos == nil {
		heading.SetText(r.heading)
		heading.Show()
		item.Hide()
		return
	}
	heading.Hide()
	item.Show()
	text := item.Objects[0].(*widget.Label)
	left := item.Objects[1].(*fyne.Container)
	check := left.Objects[0].(*widget.Check)
	stance := left.Objects[1].(*fyne.Container).Objects[1].(*widget.Label)
	review := item.Objects[2].(*widget.Label)
	badge, imp := reviewBadge(r.pos.Review)
	review.Importance = imp
	review.SetText(badge)
	p := x.u.project()
	who := ""
	if x.group.Selected == "Topic" {
		if a := p.Actor(r.pos.Actor); a != nil {
			who = a.Name + ": "
		}
	} else if t := p.Topic(r.pos.Topic); t != nil {
		who = t.Label + ": "
	}
	text.SetText(who + oneLine(r.pos.Summary))
	stance.SetText(stanceMark(r.pos.Stance))
	stance.Importance = stanceImportance(r.pos.Stance)
	stance.Refresh()
	id := r.pos.ID
	row.menu = func() *fyne.Menu { return x.positionMenu(id) }
	check.OnChanged = nil
	check.SetChecked(r.pos.Selected)
	check.OnChanged = func(on bool) { x.setInclude(id, on) }
	item.Refresh()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func stanceMark(s string) string { return s }

func stanceImportance(s string) widget.Importance {
	switch s {
	case analysis.Supports:
		return widget.SuccessImportance
	case analysis.Opposes:
		return widget.DangerImportance
	}
	return widget.LowImportance
}

func (x *positionsPanel) refresh() {
	p := x.u.project()
	x.rows = x.rows[:0]
	if x.group.Selected == "Actor" {
		for _, a := range p.LiveActors() {
			var ps []*project.Position
			for _, q := range p.Positions {
				if q.Actor == a.ID && !q.Rejected {
					ps = append(ps, q)
				}
			}
			x.addGroup(a.Name, ps)
		}
	} else {
		live := map[string]bool{}
		for _, t := range p.LiveTopics() {
			live[t.ID] = true
			x.addGroup(t.Label, p.PositionsOn(t.ID))
		}
		// Positions on a rejected topic have no topic in the brief or the
		// workbook either; listed nowhere, they would be missing from the
		// counts that the Review tab and the status bar give.
		var none []*project.Position
		for _, q := range p.Positions {
			if !q.Rejected && !live[q.Topic] {
				none = append(none, q)
			}
		}
		x.addGroup("No topic", none)
	}
	x.list.Refresh()
	x.loading = true
	x.list.UnselectAll()
	for i, r := range x.rows {
		if r.pos != nil && r.pos.ID == x.u.focusPosition {
			x.list.Select(i)
		}
	}
	x.loading = false
	x.loadDetails()
}

func (x *positionsPanel) addGroup(name string, ps []*project.Position) {
	if len(ps) == 0 {
		return
	}
	x.rows = append(x.rows, positionRow{heading: fmt.Sprintf("%s  (%s)", name, thousands(len(ps)))})
	for _, q := range ps {
		x.rows = append(x.rows, positionRow{pos: q})
	}
}

func (x *positionsPanel) loadDetails() {
	p := x.u.project()
	q := p.Position(x.u.focusPosition)
	if q == nil {
		x.details.Hide()
		x.empty.Show()
		return
	}
	x.empty.Hide()
	x.details.Show()
	x.loading = true
	defer func() { x.loading = false }()
	x.actorIDs = x.actorIDs[:0]
	var names []string
	for _, a := range p.LiveActors() {
		x.actorIDs = append(x.actorIDs, a.ID)
		names = append(names, a.Name)
	}
	x.actor.SetOptions(names)
	x.actor.ClearSelected()
	for i, id := range x.actorIDs {
		if id == q.Actor {
			x.actor.SetSelectedIndex(i)
		}
	}
	var tnames []string
	x.topicIDs, tnames = topicChoices(p)
	x.topic.SetOptions(tnames)
	x.topic.ClearSelected()
	for i, id := range x.topicIDs {
		if id == q.Topic {
			x.topic.SetSelectedIndex(i)
		}
	}
	x.include.SetChecked(q.Selected)
	x.stance.SetSelected(q.Stance)
	x.summary.Set(q.Summary)
	x.note.Set(q.Note)
	x.evidence.SetText("“" + oneLine(q.Evidence.Quote) + "”")
	title := "Evidence"
	if q.Paragraph > 0 {
		title += fmt.Sprintf(" (paragraph %d)", q.Paragraph)
	}
	x.evidenceTitle.SetText(title)
	origin := originText(q.Review)
	if q.Origin == project.Suggested && q.Confidence > 0 {
		origin += fmt.Sprintf(" Confidence %.0f%%.", q.Confidence*100)
	}
	x.origin.SetText(origin)
}

func (x *positionsPanel) onSelected(i widget.ListItemID) {
	if x.loading || i >= len(x.rows) {
		return
	}
	if x.rows[i].pos == nil {
		x.list.Unselect(i)
		return
	}
	x.choose(x.rows[i].pos.ID)
}

// choose focuses a position: its evidence is marked in the article.
func (x *positionsPanel) choose(id string) {
	u := x.u
	u.commitEdits()
	u.focusTopic, u.focusActor, u.focusPosition, u.focusNote = "", "", id, ""
	u.updateFrom("positions")
	x.onShow()
}

func (x *positionsPanel) onShow() {
	if q := x.u.project().Position(x.u.focusPosition); q != nil && q.Evidence.Doc != "" {
		x.u.article.showRange(q.Evidence)
	}
}

func (x *positionsPanel) setInclude(id string, on bool) {
	name := "Include position"
	if !on {
		name = "Leave position out"
	}
	x.u.do(name, func(p *project.Project) error { return p.SetPositionSelected(id, on) })
}

func (x *positionsPanel) onInclude(on bool) {
	if !x.loading {
		x.setInclude(x.u.focusPosition, on)
	}
}

func (x *positionsPanel) onActor(string) {
	i := x.actor.SelectedIndex()
	if x.loading || i < 0 || i >= len(x.actorIDs) {
		return
	}
	id, a := x.u.focusPosition, x.actorIDs[i]
	x.u.do("Change who holds the position", func(p *project.Project) error { return p.SetPositionActor(id, a) })
}

func (x *positionsPanel) onTopic(string) {
	i := x.topic.SelectedIndex()
	if x.loading || i < 0 || i >= len(x.topicIDs) {
		return
	}
	id, t := x.u.focusPosition, x.topicIDs[i]
	x.u.do("Change the topic of the position", func(p *project.Project) error { return p.SetPositionTopic(id, t) })
}

func (x *positionsPanel) onStance(s string) {
	if x.loading || s == "" {
		return
	}
	id := x.u.focusPosition
	x.u.do("Change stance", func(p *project.Project) error { return p.SetStance(id, s) })
}

func (x *positionsPanel) onSummary(s string) {
	id := x.u.focusPosition
	x.u.do("Edit summary", func(p *project.Project) error { return p.SetPositionSummary(id, s) })
}

func (x *positionsPanel) onNote(s string) {
	id := x.u.focusPosition
	x.u.do("Edit position comment", func(p *project.Project) error { return p.SetPositionNote(id, s) })
}

func (x *positionsPanel) onDelete() {
	id := x.u.focusPosition
	if id == "" {
		return
	}
	x.u.do("Delete position", func(p *project.Project) error { return p.DeletePosition(id) })
}
