package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// noteRowButton taps the button with the given text in row i of the
// Brief tab's list of notes and excerpts.
func noteRowButton(t *testing.T, u *ui, i int, text string) {
	t.Helper()
	rows := u.brief.notes.rows.Objects
	if i >= len(rows) {
		t.Fatalf("row %d of %d", i, len(rows))
	}
	bs := find(rows[i], func(b *widget.Button) bool { return b.Text == text })
	if len(bs) == 0 {
		t.Fatalf("no %q button in row %d", text, i)
	}
	test.Tap(bs[0])
}

// noteRowText is the text of the labels of row i.
func noteRowText(u *ui, i int) string {
	var out []string
	for _, l := range find(u.brief.notes.rows.Objects[i], func(*widget.Label) bool { return true }) {
		out = append(out, l.Text)
	}
	return strings.Join(out, " | ")
}

func TestNotesAndExcerptsList(t *testing.T) {
	u := newTestUI(t)
	u.article.setSelecting(true)
	doc := u.project().Documents[0]
	phrase := "Vladimir Putin"
	b := strings.Index(doc.Text, phrase)
	if b < 0 {
		t.Fatalf("the sample no longer mentions %q, which this test needs", phrase)
	}
	u.tabs.SelectIndex(tabBrief)
	test.Type(u.article.entry, "x") // lays the entry out, as a user's first key would
	if len(u.brief.notes.rows.Objects) != 0 || !u.brief.notes.empty.Visible() {
		t.Fatal("the sample has notes")
	}

	// A note from the selection appears in the list.
	selectRunes(u, runeOffset(doc.Text, b), len([]rune(phrase)))
	if got := u.article.entry.SelectedText(); got != phrase {
		t.Fatalf("selected %q", got)
	}
	test.Tap(find(u.article.actions, func(b *widget.Button) bool { return b.Text == "Note…" })[0])
	test.Type(u.win.Canvas().Focused(), "Ask the desk")
	tapButton(t, u, "Add note")
	if len(u.project().Notes) != 1 {
		t.Fatalf("%d notes", len(u.project().Notes))
	}
	id := u.project().Notes[0].ID
	if got := noteRowText(u, 0); !strings.Contains(got, phrase) || !strings.Contains(got, "Note: Ask the desk") {
		t.Fatalf("row %q", got)
	}
	if u.brief.notes.empty.Visible() {
		t.Error("the empty message is still shown")
	}

	// Show shades the passage in the article.
	u.article.setSelecting(false)
	noteRowButton(t, u, 0, "Show")
	if u.focusNote != id {
		t.Fatalf("focus %q, want %q", u.focusNote, id)
	}
	shaded := false
	for _, h := range u.article.highlights(u.project()) {
		shaded = shaded || (h.start == b && h.end == b+len(phrase) && h.bg == colorMarkShade)
	}
	if !shaded {
		t.Error("the passage is not shaded")
	}

	// Edit the note's text and topic.
	topic := u.project().LiveTopics()[0]
	noteRowButton(t, u, 0, "Edit…")
	dlg := u.win.Canvas().Overlays().Top()
	find(dlg, func(e *widget.Entry) bool { return e.MultiLine })[0].SetText("Ask the Moscow desk")
	find(dlg, func(*widget.Select) bool { return true })[0].SetSelected(topic.Label)
	tapButton(t, u, "Save")
	if n := u.project().Note(id); n.Text != "Ask the Moscow desk" || n.Topic != topic.ID {
		t.Fatalf("edited note %+v", n)
	}
	if got := noteRowText(u, 0); !strings.Contains(got, "Ask the Moscow desk") || !strings.Contains(got, topic.Label) {
		t.Fatalf("row after edit %q", got)
	}

	// A key excerpt, moved to a topic.
	u.article.setSelecting(true)
	selectRunes(u, runeOffset(doc.Text, b), len([]rune(phrase)))
	u.focusTopic = ""
	test.Tap(find(u.article.actions, func(b *widget.Button) bool { return b.Text == "Key excerpt" })[0])
	if len(u.brief.notes.rows.Objects) != 2 || !strings.Contains(noteRowText(u, 1), "Key excerpt, no topic") {
		t.Fatalf("rows %d, excerpt row %q", len(u.brief.notes.rows.Objects), noteRowText(u, 1))
	}
	xid := u.project().Excerpts[0].ID
	noteRowButton(t, u, 1, "Edit…")
	find(u.win.Canvas().Overlays().Top(), func(*widget.Select) bool { return true })[0].SetSelected(topic.Label)
	tapButton(t, u, "Save")
	if x := u.project().Excerpt(xid); x.Topic != topic.ID {
		t.Fatalf("excerpt not moved: %+v", x)
	}

	// Delete both; Undo brings them back one by one.
	noteRowButton(t, u, 1, "Delete")
	noteRowButton(t, u, 0, "Delete")
	if len(u.project().Notes) != 0 || len(u.project().Excerpts) != 0 || len(u.brief.notes.rows.Objects) != 0 {
		t.Fatal("not deleted")
	}
	u.undo()
	if n := u.project().Note(id); n == nil || n.Text != "Ask the Moscow desk" || len(u.brief.notes.rows.Objects) != 1 {
		t.Fatalf("undo did not restore the note: %+v", n)
	}
	u.undo()
	if x := u.project().Excerpt(xid); x == nil || x.Topic != topic.ID || len(u.brief.notes.rows.Objects) != 2 {
		t.Fatalf("undo did not restore the excerpt: %+v", x)
	}
	u.undo() // the move
	if x := u.project().Excerpt(xid); x.Topic != "" {
		t.Fatalf("undo did not move the excerpt back: %+v", x)
	}
	u.brief.content.(*container.Scroll).ScrollToBottom()
	capture(t, u, "notes")
}

// The actors table fits its tab without horizontal scrolling, no column
// title is cut at the default window size, and a wide window shows every
// role and affiliation of the sample in full.
func TestActorsTableFits(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 1920, Height: 1080}} {
		u := newTestUISized(t, size, themeLight)
		u.tabs.SelectIndex(tabActors)
		th := u.actors.table.Theme()
		pad := th.Size("padding")
		var total float32
		for col, w := range u.actors.widths {
			total += w + pad
			title := actorColumns[col].title
			if col == u.actors.sortCol {
				title += "↓"
			}
			if need := textWidth(th, title, true); w < need {
				t.Errorf("%v: column %q is %.0f wide, its title needs %.0f", size, title, w, need)
			}
		}
		if w := u.actors.table.Size().Width; len(u.actors.widths) != len(actorColumns) || total > w {
			t.Fatalf("%v: %d columns need %v, the table is %v wide", size, len(u.actors.widths), total, w)
		}
		if size.Width < 1920 {
			continue
		}
		for _, a := range u.actors.rows {
			for _, col := range []int{2, 3} {
				if need := textWidth(th, u.actors.cellText(a, col), false); u.actors.widths[col] < need {
					t.Errorf("%v: %s's %s %q needs %.0f, the column is %.0f", size, a.Name, actorColumns[col].title, u.actors.cellText(a, col), need, u.actors.widths[col])
				}
			}
		}
	}
	u := newTestUI(t)
	u.tabs.SelectIndex(tabActors)
	// Tapping a title sorts by it, and the title shows the direction.
	h := newHeaderCell()
	u.actors.updateHeader(widget.TableCellID{Row: -1, Col: 0}, h)
	test.Tap(h)
	u.actors.updateHeader(widget.TableCellID{Row: -1, Col: 0}, h)
	if u.actors.sortCol != 0 || h.Text != "Name↑" {
		t.Fatalf("sorted by column %d, title %q", u.actors.sortCol, h.Text)
	}
}
