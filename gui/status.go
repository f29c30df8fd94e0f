package gui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// statusBar shows the counts of what will be in the brief and the last
// thing that happened.
type statusBar struct {
	counts  *widget.Label
	message *widget.Label
	row     *fyne.Container // laid out again when the counts change width
	content fyne.CanvasObject
}

func newStatusBar() *statusBar {
	s := &statusBar{counts: widget.NewLabel(""), message: widget.NewLabel("")}
	s.message.Truncation = fyne.TextTruncateEllipsis
	s.message.Importance = widget.LowImportance
	s.counts.Importance = widget.LowImportance
	s.row = container.NewBorder(nil, nil, s.counts, nil, container.New(layout.NewStackLayout(), s.message))
	s.content = container.NewVBox(widget.NewSeparator(), s.row)
	return s
}

func (s *statusBar) say(msg string) { s.message.SetText(msg) }

func (s *statusBar) refresh(p *project.Project, dirty bool) {
	inBrief, live := 0, 0
	for _, x := range p.Positions {
		if !x.Rejected {
			live++
		}
		if p.InBrief(x) {
			inBrief++
		}
	}
	state := "saved"
	if dirty {
		state = "unsaved changes"
	}
	// The totals are what the lists show: the items not rejected.
	text := fmt.Sprintf("%s of %s topics in the brief  ·  %s of %s positions  ·  %s of %s actors  ·  %s",
		thousands(len(p.SelectedTopics())), thousands(len(p.LiveTopics())), thousands(inBrief), thousands(live),
		thousands(len(p.IncludedActors())), thousands(len(p.LiveActors())), state)
	if text != s.counts.Text {
		s.counts.SetText(text)
		s.row.Refresh() // the Border layout does not follow its children's sizes by itself
	}
}
