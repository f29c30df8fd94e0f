package gui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// openStory shows the two articles of the story as one brief.
func openStory(t *testing.T, u *ui) {
	t.Helper()
	u.setProject(project.New(), "", "")
	done := waitLoads(u)
	u.dropPaths(storyFiles(t))
	<-done
	<-done
}

// tapIn taps the visible button with the text under o.
func tapIn(t *testing.T, o fyne.CanvasObject, text string) {
	t.Helper()
	bs := find(o, func(b *widget.Button) bool { return b.Text == text })
	if len(bs) == 0 {
		t.Fatalf("no button %q", text)
	}
	bs[0].OnTapped()
}

// cellLabels returns the labels of the cells a table draws: the objects of
// its unexported cells widget's renderer (see shownNames).
func cellLabels(table *widget.Table) []*widget.Label {
	var out []*widget.Label
	for _, o := range test.LaidOutObjects(table) {
		if fmt.Sprintf("%T", o) != "*widget.tableCells" {
			continue
		}
		for _, c := range test.WidgetRenderer(o.(fyne.Widget)).Objects() {
			if l, ok := c.(*widget.Label); ok && c.Visible() {
				out = append(out, l)
			}
		}
	}
	return out
}

// An actor's Timeline lists its positions in date order and marks where
// its stance changes; choosing a row shows the evidence in its article;
// the timeline follows an edit.
func TestActorTimelineMarksChange(t *testing.T) {
	u := newTestUI(t)
	openStory(t, u)
	var putin *project.Actor
	for _, a := range u.project().LiveActors() {
		if strings.Contains(a.Name, "Putin") {
			putin = a
		}
	}
	if putin == nil {
		t.Fatal("no Putin in the story")
	}
	u.tabs.SelectIndex(tabActors)
	u.actors.choose(putin.ID)
	tapIn(t, u.actors.content, "Timeline")
	tl := u.timeline
	if tl == nil {
		t.Fatal("Timeline opened no window")
	}
	if !strings.HasSuffix(tl.win.Title(), putin.Name) {
		t.Errorf("the timeline window is %q", tl.win.Title())
	}
	change := -1
	for i, e := range tl.rows {
		if i > 0 && e.Dated && tl.rows[i-1].Date > e.Date {
			t.Errorf("row %d (%s) after %s: not in date order", i, e.Date, tl.rows[i-1].Date)
		}
		if e.Change == "opposes → supports" {
			change = i
		}
	}
	if change < 0 {
		t.Fatalf("no change of stance marked in %d rows", len(tl.rows))
	}
	var marked []*widget.Label
	for _, l := range cellLabels(tl.table) {
		if l.Text == "▲ opposes → supports" {
			marked = append(marked, l)
		}
	}
	if len(marked) != 1 || marked[0].Importance != widget.WarningImportance {
		t.Errorf("%d cells show the change marked", len(marked))
	}
	if !strings.Contains(tl.summary.Text, "1 change of stance") {
		t.Errorf("summary %q", tl.summary.Text)
	}

	e := tl.rows[change]
	tl.table.Select(widget.TableCellID{Row: change, Col: tlSummary})
	if !strings.Contains(tl.detail.Text, "(opposes → supports)") || !strings.Contains(tl.detail.Text, e.Position.Summary) {
		t.Errorf("the chosen row reads %q", tl.detail.Text)
	}
	if u.doc != e.Document.ID || u.focusPosition != e.Position.ID {
		t.Errorf("choosing the row shows document %s, position %s; want %s, %s", u.doc, u.focusPosition, e.Document.ID, e.Position.ID)
	}

	// Making the later position "opposes" too takes the change away.
	if !u.do("Change stance", func(p *project.Project) error { return p.SetStance(e.Position.ID, "opposes") }) {
		t.Fatal("could not change the stance")
	}
	for _, r := range tl.rows {
		if r.Change != "" && r.Position.ID == e.Position.ID {
			t.Errorf("after the edit the timeline still marks %q", r.Change)
		}
	}
	u.onClose()
}

// A topic's Timeline lists every actor's positions on it by date.
func TestTopicTimelineInDateOrder(t *testing.T) {
	u := newTestUI(t)
	openStory(t, u)
	var topic *project.Topic
	for _, x := range u.project().LiveTopics() {
		if len(timelineOf(u.project(), timelineSubject{topic: x.ID})) > len(timelineOf(u.project(), timelineSubject{topic: topicID(topic)})) {
			topic = x
		}
	}
	u.topics.choose(topic.ID)
	tapIn(t, u.topics.content, "Timeline")
	rows := u.timeline.rows
	actors := map[string]bool{}
	for i, e := range rows {
		actors[e.Actor.ID] = true
		if e.Topic != topic {
			t.Errorf("row %d is on %v", i, e.Topic)
		}
		if i > 0 && rows[i-1].Date > e.Date {
			t.Errorf("row %d (%s) after %s", i, e.Date, rows[i-1].Date)
		}
	}
	if len(actors) < 2 || rows[0].Date != "2026-03-02" || rows[len(rows)-1].Date != "2026-03-16" {
		t.Errorf("topic %q: %d rows of %d actors from %s to %s", topic.Label, len(rows), len(actors), rows[0].Date, rows[len(rows)-1].Date)
	}
}

func topicID(t *project.Topic) string {
	if t == nil {
		return "\x00"
	}
	return t.ID
}
