package gui

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"briefing/analysis"
	"briefing/project"
)

// pressKey sends a key to the focused widget, as the desktop driver does.
func pressKey(t *testing.T, u *ui, name fyne.KeyName) {
	t.Helper()
	f := u.win.Canvas().Focused()
	if f == nil {
		t.Fatalf("key %s: nothing has the keyboard focus", name)
	}
	f.TypedKey(&fyne.KeyEvent{Name: name})
}

// typeKeys types characters into the focused widget as the desktop driver
// does: a TypedKey for the key, then a TypedRune for the character.
func typeKeys(t *testing.T, u *ui, s string) {
	t.Helper()
	for _, r := range s {
		f := u.win.Canvas().Focused()
		if f == nil {
			t.Fatalf("typing %q: nothing has the keyboard focus", r)
		}
		f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyName(string(unicode.ToUpper(r)))})
		f.TypedRune(r)
	}
}

// overlay returns the top dialog, failing when there is none.
func overlay(t *testing.T, u *ui) fyne.CanvasObject {
	t.Helper()
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open")
	}
	return top
}

// overlayText joins the texts of the labels in the top dialog.
func overlayText(t *testing.T, u *ui) string {
	t.Helper()
	var sb strings.Builder
	for _, l := range find[*widget.Label](overlay(t, u), nil) {
		sb.WriteString(l.Text + "\n")
	}
	return sb.String()
}

func startReview(t *testing.T, u *ui) {
	t.Helper()
	u.tabs.SelectIndex(tabReview)
	if u.win.Canvas().Focused() != fyne.Focusable(u.triage.card) {
		t.Fatal("choosing the Review tab did not give the card the keyboard")
	}
}

func TestTriageWithKeys(t *testing.T) {
	u := newTestUI(t)
	startReview(t, u)
	p := u.project()
	start := p.ReviewProgress(project.PositionItem)
	if start.Left < 6 {
		t.Fatalf("the sample has %d positions to review, this test needs 6: the sample or the analysis changed", start.Left)
	}
	want := fmt.Sprintf("%d to review", start.Left)
	if !strings.Contains(u.triage.counter.Text, want) {
		t.Fatalf("counter %q, want %q", u.triage.counter.Text, want)
	}
	q := p.ReviewQueue(project.PositionItem)
	if u.triage.cur != q[0] || u.focusPosition != q[0] {
		t.Fatalf("card shows %q (focus %q), want the first in the queue %q", u.triage.cur, u.focusPosition, q[0])
	}
	// The evidence is shaded in the article.
	ev := p.Position(q[0]).Evidence
	shaded := false
	for _, h := range u.article.view.highlights {
		if h.bg == colorMarkShade && h.start == ev.Start && h.end == ev.End {
			shaded = true
		}
	}
	if !shaded {
		t.Error("the evidence of the position on the card is not shaded in the article")
	}
	if !strings.Contains(u.triage.card.heading.Text, "·") || u.triage.card.badge.Text != "to review" {
		t.Errorf("card heading %q, badge %q", u.triage.card.heading.Text, u.triage.card.badge.Text)
	}

	typeKeys(t, u, "a") // accept
	pressKey(t, u, fyne.KeyReturn)
	typeKeys(t, u, "r") // reject
	typeKeys(t, u, "2") // opposes
	p = u.project()
	if x := p.Position(q[0]); !x.Reviewed || x.Rejected {
		t.Errorf("A did not accept %s: %+v", q[0], x.Review)
	}
	if x := p.Position(q[1]); !x.Reviewed || x.Rejected {
		t.Errorf("Enter did not accept %s: %+v", q[1], x.Review)
	}
	if x := p.Position(q[2]); !x.Rejected || x.Selected {
		t.Errorf("R did not reject %s: %+v", q[2], x.Review)
	}
	if x := p.Position(q[3]); !x.Reviewed || x.Stance != analysis.Opposes {
		t.Errorf("2 did not set %s to opposes: stance %q, %+v", q[3], x.Stance, x.Review)
	}
	if got := p.ReviewProgress(project.PositionItem).Left; got != start.Left-4 {
		t.Errorf("%d left after 4 verdicts, want %d", got, start.Left-4)
	}
	if want := fmt.Sprintf("%d to review", start.Left-4); !strings.Contains(u.triage.counter.Text, want) {
		t.Errorf("counter %q, want %q", u.triage.counter.Text, want)
	}
	if u.triage.cur != q[4] {
		t.Fatalf("after 4 verdicts the card shows %q, want %q", u.triage.cur, q[4])
	}

	// Moving about.
	typeKeys(t, u, "j")
	if u.triage.cur != q[5] || u.focusPosition != q[5] {
		t.Errorf("J went to %q, want %q", u.triage.cur, q[5])
	}
	pressKey(t, u, fyne.KeyUp)
	if u.triage.cur != q[4] {
		t.Errorf("Up went to %q, want %q", u.triage.cur, q[4])
	}
	pressKey(t, u, fyne.KeyRight)
	typeKeys(t, u, "k")
	if u.triage.cur != q[4] {
		t.Errorf("Right then K ended on %q, want %q", u.triage.cur, q[4])
	}
	pressKey(t, u, fyne.KeyDelete)
	if !u.project().Position(q[4]).Rejected {
		t.Error("Delete did not reject")
	}

	// Undo (Ctrl+Z runs the menu's action) brings the verdict back and
	// shows the item again, and the card keeps the keys.
	u.undo()
	if u.project().Position(q[4]).Reviewed || u.triage.cur != q[4] {
		t.Errorf("undo: %+v, card on %q", u.project().Position(q[4]).Review, u.triage.cur)
	}
	if u.win.Canvas().Focused() != fyne.Focusable(u.triage.card) {
		t.Error("undo took the keyboard away from the card")
	}

	// Typing in an entry elsewhere is not taken for review keys.
	left := u.project().ReviewProgress(project.PositionItem).Left
	u.tabs.SelectIndex(tabBrief)
	u.win.Canvas().Focus(u.brief.title)
	typeKeys(t, u, "ar12")
	if got := u.project().ReviewProgress(project.PositionItem).Left; got != left {
		t.Errorf("typing in the title reviewed positions: %d left, want %d", got, left)
	}
	if !strings.Contains(u.brief.title.Text, "ar12") {
		t.Errorf("title entry got %q", u.brief.title.Text)
	}
	capture(t, u, "review")
}

func TestTriageShowsOriginInLists(t *testing.T) {
	u := newTestUI(t)
	startReview(t, u)
	id := u.triage.cur
	typeKeys(t, u, "a")
	u.tabs.SelectIndex(tabPositions)
	u.positions.choose(id)
	for i, r := range u.positions.rows {
		if r.pos != nil && r.pos.ID == id {
			u.positions.list.ScrollTo(i)
		}
	}
	badges := map[string]int{}
	for _, l := range find[*widget.Label](u.positions.list, nil) {
		badges[l.Text]++
	}
	if badges["to review"] == 0 || badges["accepted"] == 0 {
		t.Errorf("positions list badges: %v", badges)
	}
	if !strings.Contains(u.positions.origin.Text, "Suggested by the analysis") {
		t.Errorf("origin: %q", u.positions.origin.Text)
	}
}

func TestTriageActorsAndTopics(t *testing.T) {
	u := newTestUI(t)
	startReview(t, u)
	u.triage.kinds.SetSelected("Actors")
	a := u.triage.cur
	if a == "" || u.focusActor != a {
		t.Fatalf("actor review: card %q, focus %q", a, u.focusActor)
	}
	typeKeys(t, u, "a")
	if x := u.project().Actor(a); !x.Reviewed || x.Rejected {
		t.Errorf("A did not accept actor %s", a)
	}
	typeKeys(t, u, "3") // a stance means nothing for an actor
	if u.project().ReviewProgress(project.ActorItem).Accepted != 1 {
		t.Error("a stance key reviewed an actor")
	}
	u.triage.kinds.SetSelected("Topics")
	tp := u.triage.cur
	if tp == "" || u.focusTopic != tp {
		t.Fatalf("topic review: card %q, focus %q", tp, u.focusTopic)
	}
	typeKeys(t, u, "x")
	if x := u.project().Topic(tp); !x.Rejected || x.Selected {
		t.Errorf("X did not reject topic %s", tp)
	}
}

func TestTriageEditDialog(t *testing.T) {
	u := newTestUI(t)
	startReview(t, u)
	id := u.triage.cur
	typeKeys(t, u, "e")
	entries := find[*widget.Entry](overlay(t, u), func(e *widget.Entry) bool { return e.MultiLine })
	if len(entries) < 1 {
		t.Fatal("the edit dialog has no summary entry")
	}
	entries[0].SetText("Wants talks soon.")
	tapButton(t, u, "Save")
	x := u.project().Position(id)
	if x.Summary != "Wants talks soon." || x.Origin != project.Edited || !x.Reviewed {
		t.Errorf("after edit: %q, %+v", x.Summary, x.Review)
	}
	if u.win.Canvas().Focused() != fyne.Focusable(u.triage.card) {
		t.Error("closing the edit dialog did not give the keys back to the card")
	}
	if u.triage.cur == id {
		t.Error("the edited position is still on the card")
	}
}

func TestTriageBulk(t *testing.T) {
	u := newTestUI(t)
	startReview(t, u)
	p := u.project()
	// The actor with the most positions awaiting review.
	count := map[string]int{}
	for _, id := range p.ReviewQueue(project.PositionItem) {
		count[p.Position(id).Actor]++
	}
	best := ""
	for a, n := range count {
		if best == "" || n > count[best] || n == count[best] && a < best {
			best = a
		}
	}
	typeKeys(t, u, "b")
	selects := find[*widget.Select](overlay(t, u), nil)
	if len(selects) != 2 {
		t.Fatalf("the bulk dialog has %d drop-downs", len(selects))
	}
	selects[0].SetSelected(p.Actor(best).Name)
	if txt := overlayText(t, u); !strings.Contains(txt, fmt.Sprintf("Accepts %s awaiting review", plural(count[best], "position"))) {
		t.Errorf("preview:\n%s", txt)
	}
	radios := find[*widget.RadioGroup](overlay(t, u), nil)
	radios[0].SetSelected("Reject")
	tapButton(t, u, "Apply")
	p = u.project()
	for _, x := range p.Positions {
		if x.Actor == best && !x.Rejected {
			t.Errorf("position %s of %s not rejected", x.ID, best)
		}
	}
	if !strings.HasPrefix(u.ed.UndoName(), "Reject ") {
		t.Errorf("undo name %q", u.ed.UndoName())
	}
	u.undo()
	if n := len(u.project().ReviewQueue(project.PositionItem)); n != u.project().ReviewProgress(project.PositionItem).Total {
		t.Errorf("one undo left %d awaiting review", n)
	}

	// By confidence.
	typeKeys(t, u, "b")
	sliders := find[*widget.Slider](overlay(t, u), nil)
	sliders[0].SetValue(60)
	if !strings.Contains(overlayText(t, u), "at least 60%") {
		t.Errorf("confidence not shown:\n%s", overlayText(t, u))
	}
	tapButton(t, u, "Apply")
	for _, x := range u.project().Positions {
		if x.Confidence >= 0.6 && !x.Reviewed {
			t.Errorf("position %s (%.2f) not accepted", x.ID, x.Confidence)
		}
		if x.Confidence < 0.6 && x.Reviewed {
			t.Errorf("position %s (%.2f) accepted below the threshold", x.ID, x.Confidence)
		}
	}
}

func TestCheckBeforeExport(t *testing.T) {
	u := newTestUI(t)
	if len(u.project().Check()) == 0 {
		t.Fatal("the sample has no findings before export, which this test needs: the sample or the analysis changed")
	}
	u.exportPDFDialog()
	if txt := overlayText(t, u); !strings.Contains(txt, "Before exporting the PDF brief") {
		t.Fatalf("no check dialog:\n%s", txt)
	}
	f := u.project().Check()[0]
	shows := find[*widget.Button](overlay(t, u), func(b *widget.Button) bool { return b.Text == "Show" })
	test.Tap(shows[0])
	if u.win.Canvas().Overlays().Top() != nil {
		t.Error("Show left the dialog open")
	}
	switch ref := f.Items[0]; ref.Kind {
	case project.PositionItem:
		if u.focusPosition != ref.ID || u.tabs.SelectedIndex() != tabPositions {
			t.Errorf("Show did not go to position %s", ref.ID)
		}
	case project.ActorItem:
		if u.focusActor != ref.ID || u.tabs.SelectedIndex() != tabActors {
			t.Errorf("Show did not go to actor %s", ref.ID)
		}
	case project.TopicItem:
		if u.focusTopic != ref.ID || u.tabs.SelectedIndex() != tabTopics {
			t.Errorf("Show did not go to topic %s", ref.ID)
		}
	}

	u.exportXLSXDialog()
	tapButton(t, u, "Cancel")
	if u.win.Canvas().Overlays().Top() != nil {
		t.Error("Cancel left a dialog open")
	}
	u.exportXLSXDialog()
	tapButton(t, u, "Export anyway")
	if top := u.win.Canvas().Overlays().Top(); top == nil || strings.Contains(overlayText(t, u), "Before exporting") {
		t.Error("Export anyway did not go on to the save dialog")
	}
}
