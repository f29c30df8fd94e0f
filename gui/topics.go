package gui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// topicsPanel lists the topics in the brief's order, each with a check box
// (in the brief or not), and edits the chosen one.
type topicsPanel struct {
	u       *ui
	list    *widget.List
	live    []*project.Topic
	name    *commitEntry
	prio    *widget.RadioGroup
	tags    *commitEntry
	note    *commitEntry
	origin  *widget.Label
	extras  *widget.Label
	details *fyne.Container
	empty   *widget.Label
	up      *widget.Button
	down    *widget.Button
	content fyne.CanvasObject
	loading bool
}

func newTopicsPanel(u *ui) *topicsPanel {
	t := &topicsPanel{u: u}
	t.list = &widget.List{
		Length:     func() int { return len(t.live) },
		CreateItem: t.createRow,
		UpdateItem: t.updateRow,
		OnSelected: t.onSelected,
	}
	t.list.ExtendBaseWidget(t.list)
	t.name = newCommitEntry(false, "Topic name", t.onRename)
	t.prio = &widget.RadioGroup{Options: []string{"High", "Medium", "Low"}, Horizontal: true, OnChanged: t.onPriority}
	t.prio.ExtendBaseWidget(t.prio)
	t.tags = newCommitEntry(false, "Tags, separated by commas", t.onTags)
	t.note = newCommitEntry(true, "Your comment for the brief", t.onNote)
	t.origin = &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance}
	t.extras = &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance}
	form := widget.NewForm(
		widget.NewFormItem("Name", t.name),
		widget.NewFormItem("Priority", t.prio),
		widget.NewFormItem("Tags", t.tags),
		widget.NewFormItem("Comment", t.note),
	)
	t.details = container.NewVBox(form, timelineButton(func() { u.showTimeline(u.focusTopic, "") }), t.origin, t.extras)
	t.empty = widget.NewLabel("Choose a topic to see its sentences in the article and edit it.")
	t.empty.Wrapping = fyne.TextWrapWord
	t.empty.Importance = widget.LowImportance
	t.up = &widget.Button{Text: "Up", Icon: theme.MoveUpIcon(), Importance: widget.LowImportance, OnTapped: func() { t.move(-1) }}
	t.down = &widget.Button{Text: "Down", Icon: theme.MoveDownIcon(), Importance: widget.LowImportance, OnTapped: func() { t.move(1) }}
	bar := container.NewHBox(
		&widget.Button{Text: "Add", Icon: theme.ContentAddIcon(), Importance: widget.LowImportance, OnTapped: t.onAdd},
		t.up, t.down,
		&widget.Button{Text: "Merge…", Icon: theme.ContentPasteIcon(), Importance: widget.LowImportance, OnTapped: t.onMerge},
		layout.NewSpacer(),
		&widget.Button{Text: "Delete", Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: t.onDelete},
	)
	hint := &widget.Label{Text: "Ticked topics go into the brief, in this order.", Importance: widget.LowImportance}
	top := container.NewBorder(container.NewVBox(bar, hint), nil, nil, nil, t.list)
	split := container.NewVSplit(top, container.NewVScroll(container.NewStack(t.empty, t.details)))
	split.Offset = 0.5
	t.content = split
	return t
}

func (t *topicsPanel) createRow() fyne.CanvasObject {
	check := widget.NewCheck("", nil)
	label := &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	badge := &widget.Label{Importance: widget.LowImportance}
	review := &widget.Label{}
	return newListRow(t.list, container.NewBorder(nil, nil, check, container.NewHBox(review, badge), label))
}

func (t *topicsPanel) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(t.live) {
		return
	}
	topic := t.live[i]
	wrap := o.(*listRow)
	row := wrap.content.(*fyne.Container)
	label := row.Objects[0].(*widget.Label)
	check := row.Objects[1].(*widget.Check)
	right := row.Objects[2].(*fyne.Container)
	review, badge := right.Objects[0].(*widget.Label), right.Objects[1].(*widget.Label)
	text, imp := reviewBadge(topic.Review)
	review.Importance = imp
	review.SetText(text)
	label.SetText(topic.Label)
	label.TextStyle.Bold = topic.Selected
	label.Refresh()
	n := len(t.u.project().PositionsOn(topic.ID))
	badge.SetText(fmt.Sprintf("%s · %d pos.", priorityName(topic.Priority), n))
	id := topic.ID
	wrap.menu = func() *fyne.Menu { return t.topicMenu(id) }
	check.OnChanged = nil
	check.SetChecked(topic.Selected)
	check.OnChanged = func(on bool) { t.onCheck(id, on) }
	row.Refresh()
}

func priorityName(p string) string {
	switch p {
	case project.High:
		return "High"
	case project.Low:
		return "Low"
	}
	return "Medium"
}

func (t *topicsPanel) refresh() {
	p := t.u.project()
	t.live = p.LiveTopics()
	t.list.Refresh()
	idx := -1
	for i, x := range t.live {
		if x.ID == t.u.focusTopic {
			idx = i
		}
	}
	if idx < 0 {
		t.list.UnselectAll()
	} else {
		t.loading = true
		t.list.Select(idx)
		t.loading = false
	}
	t.loadDetails()
}

// loadDetails shows the focused topic's fields.
func (t *topicsPanel) loadDetails() {
	topic := t.u.project().Topic(t.u.focusTopic)
	if topic == nil {
		t.details.Hide()
		t.empty.Show()
		return
	}
	t.empty.Hide()
	t.details.Show()
	t.loading = true
	defer func() { t.loading = false }()
	t.name.Set(topic.Label)
	t.prio.SetSelected(priorityName(topic.Priority))
	t.tags.Set(strings.Join(topic.Tags, ", "))
	t.note.Set(topic.Note)
	t.origin.SetText(originText(topic.Review))
	p := t.u.project()
	ex, notes := 0, 0
	for _, x := range p.Excerpts {
		if x.Topic == topic.ID {
			ex++
		}
	}
	for _, n := range p.Notes {
		if n.Topic == topic.ID {
			notes++
		}
	}
	t.extras.SetText(fmt.Sprintf("%d sentences in the article · %d positions · %d key excerpts · %d notes",
		len(topic.Sentences), len(p.PositionsOn(topic.ID)), ex, notes))
}

// originText says where an item came from and why, and whether the user
// has reviewed it.
func originText(r project.Review) string {
	why := ""
	if r.Why != "" {
		why = " (rule: " + r.Why + ")"
	}
	var s string
	switch r.Origin {
	case project.Added:
		s = "Added by you."
	case project.Edited:
		s = "Suggested by the analysis" + why + ", then edited by you."
	default:
		s = "Suggested by the analysis" + why + "."
	}
	switch {
	case r.Rejected:
		s += " Rejected."
	case !r.Reviewed:
		s += " Not reviewed yet."
	case r.Origin == project.Suggested || r.Origin == "":
		s += " Accepted."
	}
	return s
}

func (t *topicsPanel) onSelected(i widget.ListItemID) {
	if t.loading || i >= len(t.live) {
		return
	}
	t.choose(t.live[i].ID)
}

// choose focuses a topic: its sentences are shaded in the article, which
// scrolls to the first.
func (t *topicsPanel) choose(id string) {
	u := t.u
	u.commitEdits()
	u.focusTopic, u.focusActor, u.focusPosition, u.focusNote = id, "", "", ""
	u.updateFrom("topics")
	if topic := u.project().Topic(id); topic != nil && len(topic.Sentences) > 0 {
		u.article.showRange(topic.Sentences[0])
	}
}

func (t *topicsPanel) onCheck(id string, on bool) {
	name := "Include topic in the brief"
	if !on {
		name = "Leave topic out of the brief"
	}
	t.u.do(name, func(p *project.Project) error { return p.SetTopicSelected(id, on) })
}

func (t *topicsPanel) onRename(s string) {
	id := t.u.focusTopic
	t.u.do("Rename topic", func(p *project.Project) error { return p.RenameTopic(id, s) })
}

func (t *topicsPanel) onPriority(s string) {
	if t.loading || s == "" {
		return
	}
	id := t.u.focusTopic
	t.u.do("Set priority", func(p *project.Project) error { return p.SetTopicPriority(id, strings.ToLower(s)) })
}

func (t *topicsPanel) onTags(s string) {
	id := t.u.focusTopic
	t.u.do("Set tags", func(p *project.Project) error { return p.SetTopicTags(id, strings.Split(s, ",")) })
}

func (t *topicsPanel) onNote(s string) {
	id := t.u.focusTopic
	t.u.do("Edit topic comment", func(p *project.Project) error { return p.SetTopicNote(id, s) })
}

func (t *topicsPanel) move(delta int) {
	id := t.u.focusTopic
	if id == "" {
		t.u.status.say("Choose a topic to move first.")
		return
	}
	t.u.do("Move topic", func(p *project.Project) error { return p.MoveTopic(id, delta) })
}

func (t *topicsPanel) onAdd() {
	name := widget.NewEntry()
	name.PlaceHolder = "e.g. Security guarantees"
	dialog.ShowForm("Add a topic", "Add", "Cancel", []*widget.FormItem{widget.NewFormItem("Name", name)}, func(ok bool) {
		if !ok {
			return
		}
		var id string
		if t.u.do("Add topic", func(p *project.Project) (err error) {
			id, err = p.AddTopic(name.Text, nil)
			return err
		}) {
			t.choose(id)
		}
	}, t.u.win)
	t.u.win.Canvas().Focus(name)
}

func (t *topicsPanel) onMerge() {
	from := t.u.project().Topic(t.u.focusTopic)
	if from == nil {
		t.u.status.say("Choose the topic to merge first.")
		return
	}
	var ids, names []string
	for _, x := range t.live {
		if x.ID != from.ID {
			ids = append(ids, x.ID)
			names = append(names, x.Label)
		}
	}
	if len(ids) == 0 {
		t.u.status.say("There is no other topic to merge with.")
		return
	}
	into := widget.NewSelect(names, nil)
	into.SetSelectedIndex(0)
	msg := widget.NewLabel("“" + from.Label + "” will be merged into the topic you choose: its sentences, positions, tags and comment move there.")
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewForm("Merge topics", "Merge", "Cancel", []*widget.FormItem{
		widget.NewFormItem("", msg), widget.NewFormItem("Merge into", into),
	}, func(ok bool) {
		if !ok || into.SelectedIndex() < 0 {
			return
		}
		dst := ids[into.SelectedIndex()]
		if t.u.do("Merge topics", func(p *project.Project) error { return p.MergeTopics(dst, from.ID) }) {
			t.choose(dst)
		}
	}, t.u.win)
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
}

func (t *topicsPanel) onDelete() {
	topic := t.u.project().Topic(t.u.focusTopic)
	if topic == nil {
		t.u.status.say("Choose a topic to delete first.")
		return
	}
	id := topic.ID
	t.u.do("Delete topic", func(p *project.Project) error { return p.DeleteTopic(id) })
}
