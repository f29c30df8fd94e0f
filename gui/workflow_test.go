package gui

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"fyne.io/fyne/v2"
	"github.com/xuri/excelize/v2"

	"briefing/project"
)

func liveLabels(p *project.Project) []string {
	var out []string
	for _, t := range p.LiveTopics() {
		out = append(out, t.Label)
	}
	return out
}

func TestTickUntickTopic(t *testing.T) {
	u := newTestUI(t)
	checks := find(u.topics.list, func(*widget.Check) bool { return true })
	if len(checks) < 2 {
		t.Fatalf("the topics list shows %d check boxes", len(checks))
	}
	first := u.topics.live[0].ID
	test.Tap(checks[0])
	if u.project().Topic(first).Selected {
		t.Fatal("unticking the first topic left it in the brief")
	}
	if !strings.HasPrefix(u.win.Title(), "• ") {
		t.Errorf("title %q has no unsaved mark", u.win.Title())
	}
	if !strings.Contains(u.status.counts.Text, "topics in the brief") {
		t.Errorf("status: %q", u.status.counts.Text)
	}
	checks = find(u.topics.list, func(*widget.Check) bool { return true })
	test.Tap(checks[0])
	if !u.project().Topic(first).Selected {
		t.Fatal("ticking the topic again did not put it back")
	}
	u.undo()
	if u.project().Topic(first).Selected {
		t.Error("undo did not revert the tick")
	}
	u.redo()
	if !u.project().Topic(first).Selected {
		t.Error("redo did not re-apply the tick")
	}
}

func TestTopicNoteRenameReorder(t *testing.T) {
	u := newTestUI(t)
	before := liveLabels(u.project())
	if len(before) < 3 {
		t.Fatalf("the sample's analysis suggests %d topics, this test needs 3: the sample or the analysis changed", len(before))
	}
	id := u.topics.live[0].ID
	u.topics.list.Select(0) // what a tap on the row does
	if u.focusTopic != id {
		t.Fatalf("tapping the topic focused %q, want %q", u.focusTopic, id)
	}
	checkSentenceShown(t, u, id)
	u.win.Canvas().Focus(u.topics.note)
	test.Type(u.topics.note, "Watch the Moscow meeting.")
	u.win.Canvas().Unfocus()
	if got := u.project().Topic(id).Note; got != "Watch the Moscow meeting." {
		t.Fatalf("note = %q", got)
	}
	u.win.Canvas().Focus(u.topics.name)
	u.topics.name.SetText("")
	test.Type(u.topics.name, "Talks in Moscow")
	u.topics.name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := u.project().Topic(id).Label; got != "Talks in Moscow" {
		t.Fatalf("label = %q", got)
	}
	u.win.Canvas().Unfocus()
	test.Tap(u.topics.down)
	after := liveLabels(u.project())
	if after[1] != "Talks in Moscow" || after[0] != before[1] {
		t.Fatalf("after moving down: %v", after)
	}
	test.Tap(u.topics.up)
	if got := liveLabels(u.project())[0]; got != "Talks in Moscow" {
		t.Fatalf("after moving up the first topic is %q", got)
	}
	u.topics.prio.SetSelected("High")
	if got := u.project().Topic(id).Priority; got != project.High {
		t.Errorf("priority %q", got)
	}
}

// checkSentenceShown fails unless the article is scrolled so that the
// topic's first sentence is in view, as choosing a topic promises.
func checkSentenceShown(t *testing.T, u *ui, id string) {
	t.Helper()
	topic := u.project().Topic(id)
	if len(topic.Sentences) == 0 {
		t.Fatalf("topic %q has no sentences", topic.Label)
	}
	y := u.view().OffsetY(topic.Sentences[0].Start)
	top, height := u.article.scroll.Offset.Y, u.article.scroll.Size().Height
	if height <= 0 || y < top || y >= top+height {
		t.Errorf("the first sentence of %q is at y=%.0f, the article shows %.0f to %.0f", topic.Label, y, top, top+height)
	}
}

// Choosing a topic whose first sentence is far down the article scrolls
// the article to it.
func TestChoosingTopicScrollsToIt(t *testing.T) {
	u := newTestUI(t)
	var far string
	farY := float32(-1)
	for _, tp := range u.topics.live {
		if len(tp.Sentences) > 0 {
			if y := u.view().OffsetY(tp.Sentences[0].Start); y > farY {
				far, farY = tp.ID, y
			}
		}
	}
	if farY < u.article.scroll.Size().Height {
		t.Fatalf("no topic starts below the first screen (the lowest at y=%.0f): the sample or the analysis changed", farY)
	}
	u.topics.choose(far)
	checkSentenceShown(t, u, far)
	if u.article.scroll.Offset.Y == 0 {
		t.Error("the article did not scroll")
	}
}

func TestChangeStance(t *testing.T) {
	u := newTestUI(t)
	if len(u.project().Positions) == 0 {
		t.Fatal("the sample's analysis suggests no positions: the sample or the analysis changed")
	}
	x := u.project().Positions[0]
	u.positions.choose(x.ID)
	want := "opposes"
	if x.Stance == want {
		want = "supports"
	}
	u.positions.stance.SetSelected(want)
	got := u.project().Position(x.ID)
	if got.Stance != want || got.Origin != project.Edited {
		t.Fatalf("stance %q origin %q, want %q edited", got.Stance, got.Origin, want)
	}
	u.positions.group.SetSelected("Actor")
	if len(u.positions.rows) == 0 || u.positions.rows[0].pos != nil {
		t.Fatalf("grouped by actor, the first row is not a heading")
	}
}

// selectRunes selects n runes from rune offset start in the article's
// select-text view, with Shift and the arrow keys as a user would. The
// cursor walks from the start of the text, because the entry wraps and its
// rows are not the text's lines.
func selectRunes(u *ui, start, n int) {
	e := u.article.entry
	u.win.Canvas().Focus(e)
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight}) // ends a selection left from before
	e.CursorRow, e.CursorColumn = 0, 0
	e.Refresh()
	for e.CursorTextOffset() < start {
		row := e.CursorRow
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
		if e.CursorRow == row {
			break
		}
	}
	for e.CursorTextOffset() > start && (e.CursorRow > 0 || e.CursorColumn > 0) {
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
		if e.CursorRow == 0 {
			e.CursorColumn = 0
		}
	}
	for e.CursorTextOffset() < start {
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	for range n {
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
}

func TestSelectionBecomesTopicAndPosition(t *testing.T) {
	u := newTestUI(t)
	u.article.setSelecting(true)
	doc := u.project().Documents[0]
	// A phrase after a curly apostrophe, so that rune and byte offsets differ.
	phrase := "disinformation countering centre"
	b := strings.Index(doc.Text, phrase)
	if b < 0 || !strings.ContainsRune(doc.Text[:b], '’') {
		t.Fatalf("the sample no longer has %q after a curly apostrophe, which this test needs", phrase)
	}
	test.Type(u.article.entry, "xyz") // typing must not change the article
	if u.article.entry.Text != doc.Text {
		t.Fatal("the select-text view accepted typing")
	}
	selectRunes(u, runeOffset(doc.Text, b), len([]rune(phrase)))
	if got := u.article.entry.SelectedText(); got != phrase {
		t.Fatalf("selected %q", got)
	}
	anc, ok := u.article.selectedAnchor()
	if !ok || anc.Start != b || anc.End != b+len(phrase) {
		t.Fatalf("anchor %+v, want %d-%d", anc, b, b+len(phrase))
	}
	test.Tap(find(u.article.actions, func(b *widget.Button) bool { return b.Text == "New topic" })[0])
	tapButton(t, u, "Add topic")
	topic := u.project().Topic(u.focusTopic)
	if topic == nil || topic.Origin != project.Added || topic.Sentences[0].Quote != phrase {
		t.Fatalf("new topic: %+v", topic)
	}

	selectRunes(u, runeOffset(doc.Text, b), len([]rune(phrase)))
	test.Tap(find(u.article.actions, func(b *widget.Button) bool { return b.Text == "New position…" })[0])
	entries := find(u.win.Canvas().Overlays().Top(), func(e *widget.SelectEntry) bool { return true })
	entries[0].SetText("Kremlin negotiators")
	tapButton(t, u, "Add position")
	x := u.project().Position(u.focusPosition)
	if x == nil || x.Evidence.Quote != phrase || x.Topic != topic.ID {
		t.Fatalf("new position: %+v", x)
	}
	if a := u.project().Actor(x.Actor); a == nil || a.Name != "Kremlin negotiators" {
		t.Fatalf("new actor: %+v", a)
	}

	selectRunes(u, runeOffset(doc.Text, b), len([]rune(phrase)))
	test.Tap(find(u.article.actions, func(b *widget.Button) bool { return b.Text == "Key excerpt" })[0])
	if n := len(u.project().Excerpts); n != 1 {
		t.Fatalf("%d excerpts", n)
	}
	capture(t, u, "select")
}

func TestFind(t *testing.T) {
	u := newTestUI(t)
	u.article.showFind()
	test.Type(u.article.find.entry, "moscow")
	if len(u.article.find.matches) < 2 {
		t.Fatalf("found %d matches of moscow", len(u.article.find.matches))
	}
	if !strings.HasPrefix(u.article.find.count.Text, "1 of ") {
		t.Errorf("count %q", u.article.find.count.Text)
	}
	u.article.find.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !strings.HasPrefix(u.article.find.count.Text, "2 of ") {
		t.Errorf("after Enter: %q", u.article.find.count.Text)
	}
}

func TestActorsTableSortAndEdit(t *testing.T) {
	u := newTestUI(t)
	if len(u.actors.rows) < 2 {
		t.Fatalf("the actors table has %d rows, this test needs 2: the sample or the analysis changed", len(u.actors.rows))
	}
	u.actors.sortBy(0)
	for i := 1; i < len(u.actors.rows); i++ {
		if strings.ToLower(u.actors.rows[i-1].Name) > strings.ToLower(u.actors.rows[i].Name) {
			t.Fatalf("not sorted by name: %q before %q", u.actors.rows[i-1].Name, u.actors.rows[i].Name)
		}
	}
	u.actors.table.Select(widget.TableCellID{Row: 0, Col: 0})
	id := u.actors.rows[0].ID
	if u.focusActor != id {
		t.Fatalf("focus %q, want %q", u.focusActor, id)
	}
	u.tabs.SelectIndex(1)
	u.win.Canvas().Focus(u.actors.role)
	u.actors.role.SetText("chief negotiator")
	u.win.Canvas().Unfocus()
	if got := u.project().Actor(id).Role; got != "chief negotiator" {
		t.Fatalf("role %q", got)
	}
}

func TestExportAndSave(t *testing.T) {
	u := newTestUI(t)
	p := u.project()
	if len(p.Positions) == 0 || len(p.LiveTopics()) < 2 {
		t.Fatalf("the sample's analysis suggests %d positions and %d topics, this test needs 1 and 2", len(p.Positions), len(p.LiveTopics()))
	}
	// The user's choices: a comment on the first topic, a stance changed,
	// the second topic left out.
	first, second := p.LiveTopics()[0], p.LiveTopics()[1]
	u.topics.choose(first.ID)
	u.win.Canvas().Focus(u.topics.note)
	test.Type(u.topics.note, "Analyst comment XYZZY")
	var x *project.Position
	for _, q := range u.project().Positions {
		if q.Topic == first.ID {
			x = q
			break
		}
	}
	if x == nil {
		t.Fatalf("no position on the first topic, %q: the sample or the analysis changed", first.Label)
	}
	u.positions.choose(x.ID) // commits the note
	want := "opposes"
	if x.Stance == want {
		want = "supports"
	}
	u.positions.stance.SetSelected(want)
	u.topics.onCheck(second.ID, false)
	u.tabs.SelectIndex(3)
	u.win.Canvas().Focus(u.brief.summary)
	test.Type(u.brief.summary, "Bottom line PLUGH.")
	u.commitEdits()
	if u.project().Brief.Summary != "Bottom line PLUGH." {
		t.Fatalf("summary %q", u.project().Brief.Summary)
	}

	dir := t.TempDir()
	pdfPath, xlsxPath := filepath.Join(dir, "brief.pdf"), filepath.Join(dir, "brief.xlsx")
	exportWait(t, u, exportPDF, pdfPath)
	exportWait(t, u, exportXLSX, xlsxPath)
	if !u.brief.after.Visible() || u.brief.lastPath != xlsxPath {
		t.Error("no Open / Show in folder after the export")
	}

	f, err := excelize.OpenFile(xlsxPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var all strings.Builder
	for _, sh := range f.GetSheetList() {
		rows, _ := f.GetRows(sh)
		for _, r := range rows {
			all.WriteString(strings.Join(r, "\t") + "\n")
		}
	}
	for _, s := range []string{"Analyst comment XYZZY", want, x.Summary} {
		if !strings.Contains(all.String(), s) {
			t.Errorf("the workbook lacks %q", s)
		}
	}

	if _, err := exec.LookPath("pdftotext"); err == nil {
		out, err := exec.Command("pdftotext", "-layout", pdfPath, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(strings.Fields(string(out)), " ")
		for _, s := range []string{"Bottom line PLUGH.", "Analyst comment XYZZY", first.Label} {
			if !strings.Contains(text, s) {
				t.Errorf("the PDF lacks %q", s)
			}
		}
	}

	briefPath := filepath.Join(dir, "b.brief")
	if !u.saveTo(briefPath) || u.ed.Dirty() || strings.HasPrefix(u.win.Title(), "•") {
		t.Fatal("save failed or left the project dirty")
	}
	back, err := project.Load(briefPath)
	if err != nil {
		t.Fatal(err)
	}
	if back.Topic(first.ID).Note != "Analyst comment XYZZY" || back.Position(x.ID).Stance != want || back.Topic(second.ID).Selected {
		t.Error("the saved project lost the user's choices")
	}
	if _, err := os.Stat(briefPath); err != nil {
		t.Fatal(err)
	}
}

func exportWait(t *testing.T, u *ui, k exportKind, path string) {
	t.Helper()
	done := make(chan error, 1)
	u.export(k, path, func(err error) { done <- err })
	if err := <-done; err != nil {
		t.Fatalf("export %s: %v", k.name, err)
	}
}

func TestExportErrorIsShown(t *testing.T) {
	u := newTestUI(t)
	done := make(chan error, 1)
	u.export(exportPDF, filepath.Join(t.TempDir(), "missing", "x.pdf"), func(err error) { done <- err })
	if <-done == nil {
		t.Fatal("no error writing into a missing folder")
	}
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog")
	}
	labels := find(top, func(l *widget.Label) bool { return strings.Contains(l.Text, "x.pdf") })
	if len(labels) == 0 {
		t.Error("the error dialog does not name the file")
	}
}
