package gui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// timelineView is a window that follows a story across articles: the
// positions on one topic, or of one actor, in the order of the articles'
// dates, with the changes of stance marked. It sits beside the main
// window, follows every change of the project, and choosing a row shows
// the position's evidence in the article.
type timelineView struct {
	u        *ui
	win      fyne.Window
	subject  *widget.Select
	subjects []timelineSubject
	cur      timelineSubject
	rows     []project.TimelineEntry
	table    *widget.Table
	summary  *widget.Label
	detail   *widget.Label // the chosen row in full: the cells cut long texts
	loading  bool
	selected int // the row chosen, or -1
}

// timelineSubject is what a timeline follows: a topic or an actor.
type timelineSubject struct {
	topic, actor string // the ID of one of them
	label        string
}

// The columns of the timeline.
var timelineColumns = []struct {
	title string
	width float32
}{{"Date", 95}, {"", 160}, {"Stance", 80}, {"Change", 190}, {"Summary", 345}, {"Source", 200}}

const (
	tlDate = iota
	tlWho  // the actor, or the topic in an actor's timeline
	tlStance
	tlChange
	tlSummary
	tlSource
)

// showTimeline opens (or brings forward) the timeline of a topic or, when
// topic is "", of an actor; with neither it follows the first topic.
func (u *ui) showTimeline(topic, actor string) {
	if u.timeline == nil {
		u.timeline = newTimelineView(u)
	}
	t := u.timeline
	t.cur = timelineSubject{topic: topic, actor: actor}
	t.unselect()
	t.win.Show()
	t.refresh() // once shown: a table fills only the rows it has room for
	t.win.RequestFocus()
}

// timelineButton is the Timeline button of the Topics and Actors details.
func timelineButton(tapped func()) fyne.CanvasObject {
	b := &widget.Button{Text: "Timeline", Icon: theme.HistoryIcon(), Importance: widget.LowImportance, OnTapped: tapped}
	return container.NewHBox(b)
}

// showFocusedTimeline is the menu's entry: the timeline of the topic or
// actor chosen in the tabs.
func (u *ui) showFocusedTimeline() { u.showTimeline(u.focusTopic, u.focusActor) }

func newTimelineView(u *ui) *timelineView {
	t := &timelineView{u: u, win: u.app.NewWindow("Timeline"), summary: widget.NewLabel(""), detail: widget.NewLabel(""), selected: -1}
	t.summary.Wrapping = fyne.TextWrapWord
	t.detail.Wrapping = fyne.TextWrapWord
	t.subject = widget.NewSelect(nil, t.onSubject)
	t.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(t.rows), len(timelineColumns) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		t.updateCell)
	t.table.ShowHeaderColumn = false
	t.table.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	t.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Row < 0 && id.Col >= 0 {
			o.(*widget.Label).SetText(t.columnTitle(id.Col))
		}
	}
	for i, c := range timelineColumns {
		t.table.SetColumnWidth(i, c.width)
	}
	t.table.OnSelected = t.onSelected
	top := container.NewBorder(nil, nil, widget.NewLabel("Follow"), nil, t.subject)
	t.win.SetContent(container.NewBorder(container.NewVBox(top, t.summary), t.detail, nil, nil, t.table))
	t.win.Resize(fyne.NewSize(1100, 520))
	t.win.SetOnClosed(func() { u.timeline = nil })
	return t
}

func (t *timelineView) columnTitle(col int) string {
	if col == tlWho {
		if t.cur.actor != "" {
			return "Topic"
		}
		return "Actor"
	}
	return timelineColumns[col].title
}

// refresh reads the project again: the subjects that can be followed, and
// the rows of the one followed.
func (t *timelineView) refresh() {
	p := t.u.project()
	t.subjects = t.subjects[:0]
	var labels []string
	for _, x := range p.LiveTopics() {
		t.subjects = append(t.subjects, timelineSubject{topic: x.ID, label: "Topic: " + x.Label})
	}
	for _, a := range p.LiveActors() {
		t.subjects = append(t.subjects, timelineSubject{actor: a.ID, label: "Actor: " + a.Name})
	}
	i := slices.IndexFunc(t.subjects, func(s timelineSubject) bool {
		return s.topic == t.cur.topic && s.actor == t.cur.actor
	})
	if i < 0 {
		i = 0 // the one followed went (merged, deleted): follow another
	}
	for _, s := range t.subjects {
		labels = append(labels, s.label)
	}
	t.loading = true
	t.subject.Options = labels
	if len(t.subjects) > 0 {
		t.cur = t.subjects[i]
		t.subject.SetSelectedIndex(i)
	} else {
		t.cur = timelineSubject{}
		t.subject.ClearSelected()
	}
	t.loading = false
	t.rows = timelineOf(p, t.cur)
	t.win.SetTitle("Timeline — " + strings.TrimPrefix(strings.TrimPrefix(t.cur.label, "Topic: "), "Actor: "))
	t.summary.SetText(timelineSummary(t.rows))
	if t.selected >= len(t.rows) {
		t.unselect()
	}
	t.showDetail()
	t.table.Refresh()
}

// unselect forgets the row chosen: it is kept across refreshes (choosing
// a row refreshes the project's views) but not for another subject.
func (t *timelineView) unselect() {
	t.selected = -1
	t.table.UnselectAll()
	t.showDetail()
}

// showDetail writes the chosen row out in full.
func (t *timelineView) showDetail() {
	if t.selected < 0 || t.selected >= len(t.rows) {
		t.detail.SetText("")
		return
	}
	e := t.rows[t.selected]
	s := cmp.Or(e.Date, "Undated") + " · " + e.Actor.Name
	if e.Topic != nil {
		s += " on " + e.Topic.Label
	}
	s += ": " + cmp.Or(e.Position.Stance, "no stance")
	if e.Change != "" {
		s += " (" + e.Change + ")"
	}
	s += ". " + quoteSummary(e.Position)
	if e.Document != nil {
		s += " — " + project.DisplayTitle(e.Document)
	}
	t.detail.SetText(s)
}

func (t *timelineView) onSubject(string) {
	if t.loading {
		return
	}
	if i := t.subject.SelectedIndex(); i >= 0 && i < len(t.subjects) {
		t.cur = t.subjects[i]
		t.unselect()
		t.refresh()
	}
}

// timelineOf is the project's timeline for one topic or actor, in date
// order (undated last). The changes stay those of each actor on each
// topic, as Timeline marks them.
func timelineOf(p *project.Project, s timelineSubject) []project.TimelineEntry {
	var out []project.TimelineEntry
	for _, e := range p.Timeline() {
		switch {
		case s.topic != "" && e.Topic != nil && e.Topic.ID == s.topic,
			s.actor != "" && e.Actor.ID == s.actor:
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b project.TimelineEntry) int {
		if a.Dated != b.Dated {
			if a.Dated {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.Date, b.Date)
	})
	return out
}

// timelineSummary says what the timeline spans.
func timelineSummary(rows []project.TimelineEntry) string {
	if len(rows) == 0 {
		return "No positions to follow. Choose a topic or an actor that holds positions."
	}
	docs := map[string]bool{}
	changes := 0
	first, last := "", ""
	for _, e := range rows {
		if e.Document != nil {
			docs[e.Document.ID] = true
		}
		if e.Change != "" {
			changes++
		}
		if e.Dated {
			if first == "" {
				first = e.Date
			}
			last = e.Date
		}
	}
	s := fmt.Sprintf("%d positions from %d articles", len(rows), len(docs))
	if first != "" {
		s += ", " + sinceText(first)
		if last != first {
			s += " to " + sinceText(last)
		}
	}
	switch changes {
	case 0:
		s += "; no change of stance."
	case 1:
		s += "; 1 change of stance, marked ▲."
	default:
		s += fmt.Sprintf("; %d changes of stance, marked ▲.", changes)
	}
	return s + " Choose a row to see its evidence in the article."
}

func (t *timelineView) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	if id.Row < 0 || id.Row >= len(t.rows) {
		return
	}
	e := t.rows[id.Row]
	text, style, imp := "", fyne.TextStyle{}, widget.MediumImportance
	switch id.Col {
	case tlDate:
		text = e.Date
		if text == "" {
			text = "undated"
		}
		style.Italic = !e.Dated
	case tlWho:
		if t.cur.actor != "" {
			if e.Topic != nil {
				text = e.Topic.Label
			}
		} else {
			text = e.Actor.Name
		}
	case tlStance:
		text = e.Position.Stance
	case tlChange:
		if e.Change != "" {
			text, style.Bold, imp = "▲ "+e.Change, true, widget.WarningImportance
		}
	case tlSummary:
		text = quoteSummary(e.Position)
	case tlSource:
		if e.Document != nil {
			text = project.DisplayTitle(e.Document)
			if e.Document.Outlet != "" {
				text += ", " + e.Document.Outlet
			}
		}
	}
	if e.Change != "" && id.Col != tlChange {
		style.Bold = true
	}
	if l.Text != text || l.TextStyle != style || l.Importance != imp {
		l.Text, l.TextStyle, l.Importance = text, style, imp
		l.Refresh()
	}
}

// onSelected shows the position in the Positions tab and its evidence in
// the article.
func (t *timelineView) onSelected(id widget.TableCellID) {
	if id.Row < 0 || id.Row >= len(t.rows) {
		return
	}
	t.selected = id.Row
	t.showDetail()
	x := t.rows[id.Row].Position
	t.u.jumpTo(project.ItemRef{Kind: project.PositionItem, ID: x.ID})
	if x.Evidence.Doc != "" {
		t.u.article.showRange(x.Evidence)
	}
}

// close closes the window with the main window.
func (t *timelineView) close() {
	if t != nil {
		t.win.Close()
	}
}
