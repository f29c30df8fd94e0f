package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// checkThenExport runs the project's pre-export check and, when it finds
// something, lists the findings (each one jumps to its item) with "Export
// anyway" and "Cancel"; otherwise it goes straight on to the export.
func (u *ui) checkThenExport(k exportKind) {
	u.commitEdits()
	findings := u.project().Check()
	if len(findings) == 0 {
		u.exportDialog(k)
		return
	}
	var d *dialog.CustomDialog
	rows := container.NewVBox()
	for _, f := range findings {
		msg := &widget.Label{Text: f.Message, Wrapping: fyne.TextWrapWord}
		var show fyne.CanvasObject
		if len(f.Items) > 0 {
			ref := f.Items[0]
			show = &widget.Button{Text: "Show", Icon: theme.VisibilityIcon(), Importance: widget.LowImportance, OnTapped: func() {
				d.Hide()
				u.jumpTo(ref)
			}}
		}
		rows.Add(container.NewBorder(nil, nil, nil, show, msg))
	}
	intro := &widget.Label{Wrapping: fyne.TextWrapWord,
		Text: "Before exporting the " + k.name + ", these deserve a look. Choose Show to go to one."}
	scroll := container.NewVScroll(rows)
	scroll.SetMinSize(fyne.NewSize(0, 260))
	cancel := &widget.Button{Text: "Cancel", OnTapped: func() { d.Hide() }}
	anyway := &widget.Button{Text: "Export anyway", Importance: widget.HighImportance, OnTapped: func() {
		d.Hide()
		u.exportDialog(k)
	}}
	d = dialog.NewCustomWithoutButtons("Check before export: "+plural(len(findings), "finding"),
		container.NewBorder(intro, nil, nil, nil, scroll), u.win)
	d.SetButtons([]fyne.CanvasObject{cancel, anyway})
	d.Resize(fyne.NewSize(640, 420))
	d.Show()
}

// jumpTo shows an item in its tab and in the article.
func (u *ui) jumpTo(ref project.ItemRef) {
	p := u.project()
	switch ref.Kind {
	case project.PositionItem:
		u.tabs.SelectIndex(tabPositions)
		u.positions.choose(ref.ID)
	case project.ActorItem:
		u.tabs.SelectIndex(tabActors)
		u.actors.choose(ref.ID)
	case project.TopicItem:
		u.tabs.SelectIndex(tabTopics)
		u.topics.choose(ref.ID)
	case project.NoteItem:
		for _, n := range p.Notes {
			if n.ID == ref.ID {
				u.article.showRange(n.Anchor)
			}
		}
	case project.ExcerptItem:
		for _, x := range p.Excerpts {
			if x.ID == ref.ID {
				u.article.showRange(x.Anchor)
			}
		}
	}
}

// The tabs of the right-hand side, in order.
const (
	tabTopics = iota
	tabActors
	tabPositions
	tabBrief
	tabReview
)
