package gui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// checkThenExport runs the project's pre-export check and, when it finds
// something, lists the findings (each one jumps to its item) with "Export
// anyway" and "Cancel"; otherwise it goes straight on to the export. A brief
// without a handling marking gets a marking chooser at the top, and a brief
// with unreviewed items says that it will leave as a DRAFT: the command line
// warns about both, and the window must not be quieter.
func (u *ui) checkThenExport(k exportKind) {
	u.commitEdits()
	p := u.project()
	findings := p.Check()
	var draft string
	if n := p.PendingInBrief(); k.ext != exportXLSX.ext && n.Total() > 0 {
		draft = "This brief is a draft: " + n.Describe() + ". Every page of the " + k.name +
			" will carry a diagonal DRAFT mark until they are reviewed."
	}
	noMarking := strings.TrimSpace(p.Brief.Marking) == ""
	if len(findings) == 0 && draft == "" && !noMarking {
		u.exportDialog(k)
		return
	}
	var d *dialog.CustomDialog
	head := container.NewVBox()
	var marking *widget.SelectEntry
	if noMarking {
		marking = widget.NewSelectEntry(project.Markings[1:])
		marking.PlaceHolder = "none, or type a marking"
		head.Add(&widget.Label{Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: true},
			Text: "The brief has no handling marking. Choose one to print it at the top and bottom of every page and in the workbook's header, or leave it empty to export without."})
		head.Add(container.NewBorder(nil, nil, widget.NewLabel("Marking"), nil, marking))
	}
	if draft != "" {
		head.Add(&widget.Label{Text: draft, Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: true}})
	}
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
	title, goOn := "Before export", "Export"
	if len(findings) > 0 {
		head.Add(&widget.Label{Wrapping: fyne.TextWrapWord,
			Text: "Before exporting the " + k.name + ", these deserve a look. Choose Show to go to one."})
		title, goOn = "Check before export: "+plural(len(findings), "finding"), "Export anyway"
	}
	scroll := container.NewVScroll(rows)
	scroll.SetMinSize(fyne.NewSize(0, 260))
	cancel := &widget.Button{Text: "Cancel", OnTapped: func() { d.Hide() }}
	anyway := &widget.Button{Text: goOn, Importance: widget.HighImportance, OnTapped: func() {
		d.Hide()
		if marking != nil && !u.setMarking(marking.Text) {
			return
		}
		u.exportDialog(k)
	}}
	d = dialog.NewCustomWithoutButtons(title, container.NewBorder(head, nil, nil, nil, scroll), u.win)
	d.SetButtons([]fyne.CanvasObject{cancel, anyway})
	d.Resize(fyne.NewSize(640, 460))
	d.Show()
}

// setMarking puts the marking chosen before an export into the brief, as an
// undoable edit; an empty choice changes nothing. It reports whether the
// export may go on.
func (u *ui) setMarking(m string) bool {
	m = strings.TrimSpace(m)
	if m == "" || strings.EqualFold(m, markingNone) || m == u.project().Brief.Marking {
		return true
	}
	return u.do("Set the marking to "+m, func(p *project.Project) error {
		b := p.Brief
		b.Marking = m
		return p.SetBrief(b)
	})
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
