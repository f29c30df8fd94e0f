package gui

import (
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"briefing/project"
)

// sheetRow returns the header row of a sheet and its first row whose
// column named by one of names holds value.
func sheetRow(t *testing.T, f *excelize.File, sheet string, names []string, value string) (head, row []string) {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil || len(rows) == 0 {
		t.Fatalf("sheet %s: %v", sheet, err)
	}
	col := -1
	for _, n := range names {
		if i := slices.Index(rows[0], n); i >= 0 {
			col = i
			break
		}
	}
	if col < 0 {
		t.Fatalf("sheet %s has no column %v: %v", sheet, names, rows[0])
	}
	for _, r := range rows[1:] {
		if col < len(r) && r[col] == value {
			return rows[0], r
		}
	}
	t.Fatalf("sheet %s has no row with %q", sheet, value)
	return nil, nil
}

// cell returns the value of a row under the named header.
func cell(t *testing.T, head, row []string, name string) string {
	t.Helper()
	i := slices.Index(head, name)
	if i < 0 {
		t.Fatalf("no column %q in %v", name, head)
	}
	if i >= len(row) {
		return ""
	}
	return row[i]
}

// Leaving a suggested topic or position out of the brief is not a verdict
// on it: it still awaits review in the lists, the Review tab and the
// workbook, and a stance left out does not make the Matrix "mixed".
func TestUntickingIsNotReviewing(t *testing.T) {
	u := newTestUI(t)
	p := u.project()
	// Kaja Kallas's two statements, on one topic: one keeps another stance,
	// the other, still to review, is left out.
	var kept, dropped *project.Position
	for _, x := range p.Positions {
		if p.Actor(x.Actor).Name == "Kaja Kallas" {
			if kept == nil {
				kept = x
			} else {
				dropped = x
			}
		}
	}
	if kept == nil || dropped == nil || kept.Topic == "" || kept.Topic != dropped.Topic || dropped.Reviewed {
		t.Fatal("the sample no longer has two suggested positions of Kaja Kallas on one topic")
	}
	keptID, droppedID := kept.ID, dropped.ID
	stance := "opposes"
	if dropped.Stance == stance {
		stance = "supports"
	}
	u.positions.choose(keptID)
	u.positions.stance.SetSelected(stance)
	u.positions.choose(droppedID)
	test.Tap(u.positions.include)

	topic := u.topics.live[0]
	topicID, topicLabel := topic.ID, topic.Label
	if topic.Reviewed {
		t.Fatal("the first topic of the sample is already reviewed")
	}
	test.Tap(find(u.topics.list, func(*widget.Check) bool { return true })[0])

	p = u.project()
	if x := p.Position(droppedID); x.Selected || x.Reviewed {
		t.Fatalf("after unticking, position selected=%v reviewed=%v; want left out and not reviewed", x.Selected, x.Reviewed)
	}
	if tp := p.Topic(topicID); tp.Selected || tp.Reviewed {
		t.Fatalf("after unticking, topic selected=%v reviewed=%v; want left out and not reviewed", tp.Selected, tp.Reviewed)
	}
	if badge, _ := reviewBadge(p.Position(droppedID).Review); badge != "to review" {
		t.Errorf("the unticked position is shown as %q, want “to review”", badge)
	}
	if !slices.Contains(p.ReviewQueue(project.PositionItem), droppedID) {
		t.Error("the unticked position left the Review queue")
	}
	if !slices.Contains(p.ReviewQueue(project.TopicItem), topicID) {
		t.Error("the unticked topic left the Review queue")
	}

	path := filepath.Join(t.TempDir(), "brief.xlsx")
	exportWait(t, u, exportXLSX, path)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	head, row := sheetRow(t, f, "Positions", []string{"Summary"}, p.Position(droppedID).Summary)
	if got := cell(t, head, row, "Reviewed"); got != "no" {
		t.Errorf("Positions sheet: the unticked position is reviewed %q, want no", got)
	}
	if got := cell(t, head, row, "In brief"); got != "no" {
		t.Errorf("Positions sheet: the unticked position is in the brief %q, want no", got)
	}
	head, row = sheetRow(t, f, "Topics", []string{"Label"}, topicLabel)
	if got := cell(t, head, row, "Reviewed"); got != "no" {
		t.Errorf("Topics sheet: the unticked topic is reviewed %q, want no", got)
	}
	head, row = sheetRow(t, f, "Matrix", []string{"Actor \\ Topic"}, "Kaja Kallas")
	if got := cell(t, head, row, p.Topic(p.Position(keptID).Topic).Label); got != stance {
		t.Errorf("Matrix: Kaja Kallas on her topic is %q, want %q (the stance left out does not count)", got, stance)
	}
}
