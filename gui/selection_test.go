package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// tapAction taps a button of the selection bar above the article.
func tapAction(t *testing.T, u *ui, text string) {
	t.Helper()
	bs := find(u.article.actions, func(b *widget.Button) bool { return b.Text == text })
	if len(bs) == 0 {
		t.Fatalf("no %q on the selection bar", text)
	}
	test.Tap(bs[0])
}

// selectPhrase selects the first occurrence of phrase in the select-text
// view and returns its byte offset in the document.
func selectPhrase(t *testing.T, u *ui, phrase string) int {
	t.Helper()
	doc := u.project().Documents[0]
	b := strings.Index(doc.Text, phrase)
	if b < 0 {
		t.Fatalf("the sample has no %q", phrase)
	}
	selectRunes(u, runeOffset(doc.Text, b), len([]rune(phrase)))
	if got := u.article.entry.SelectedText(); got != phrase {
		t.Fatalf("selected %q, want %q", got, phrase)
	}
	return b
}

// After "New position…" the selection is still the passage the user chose,
// and "Key excerpt" stores exactly that passage.
func TestNewPositionKeepsTheSelection(t *testing.T) {
	u := newTestUI(t)
	u.article.setSelecting(true)
	// Late in the article, many wrapped rows below the first line break, so
	// that a cursor placed by counting line breaks lands elsewhere.
	phrase := "disinformation countering centre"
	b := selectPhrase(t, u, phrase)

	tapAction(t, u, "New position…")
	entries := find(u.win.Canvas().Overlays().Top(), func(*widget.SelectEntry) bool { return true })
	entries[0].SetText("Kremlin negotiators")
	tapButton(t, u, "Add position")
	if got := u.article.entry.SelectedText(); got != phrase {
		t.Fatalf("after adding the position the selection is %q, want %q", got, phrase)
	}

	tapAction(t, u, "Key excerpt")
	if n := len(u.project().Excerpts); n != 1 {
		t.Fatalf("%d key excerpts, want 1", n)
	}
	x := u.project().Excerpts[0]
	if x.Anchor.Quote != phrase || x.Anchor.Start != b {
		t.Errorf("key excerpt %q at %d, want %q at %d", x.Anchor.Quote, x.Anchor.Start, phrase, b)
	}
}

// Cancelling the dialog leaves the selection alone too.
func TestCancelledDialogKeepsTheSelection(t *testing.T) {
	u := newTestUI(t)
	u.article.setSelecting(true)
	phrase := "disinformation countering centre"
	selectPhrase(t, u, phrase)
	for _, action := range []string{"New position…", "New topic", "Note…"} {
		tapAction(t, u, action)
		tapButton(t, u, "Cancel")
		if got := u.article.entry.SelectedText(); got != phrase {
			t.Fatalf("after cancelling %q the selection is %q, want %q", action, got, phrase)
		}
	}
}

// "New position" offers as "Who" the speaker the analysis found in the
// selected sentence, not the actor chosen in the side panel; a passage
// nobody is found to say leaves "Who" empty.
func TestNewPositionOffersTheSpeaker(t *testing.T) {
	u := newTestUI(t)
	p := u.project()
	var putin string
	for _, a := range p.Actors {
		if a.Name == "Vladimir Putin" {
			putin = a.ID
		}
	}
	if putin == "" {
		t.Fatal("the sample has no Vladimir Putin")
	}
	u.actors.choose(putin)
	u.article.setSelecting(true)
	for _, c := range []struct{ phrase, who string }{
		{"disinformation countering centre", "Andriy Kovalenko"}, // in his statement
		{"Ukraine’s EU path must include Europe", "Emmanuel Macron"},
		{"Kyiv Holds Firm on Core Demands", ""}, // a heading: nobody says it
	} {
		selectPhrase(t, u, c.phrase)
		tapAction(t, u, "New position…")
		who := find(u.win.Canvas().Overlays().Top(), func(*widget.SelectEntry) bool { return true })[0]
		if who.Text != c.who {
			t.Errorf("selecting %q offers %q as Who, want %q", c.phrase, who.Text, c.who)
		}
		tapButton(t, u, "Cancel")
	}
}

// Adding a position the analysis already suggested asks first: Cancel adds
// nothing, Keep both adds the second one.
func TestNewPositionWarnsOfADuplicate(t *testing.T) {
	u := newTestUI(t)
	u.article.setSelecting(true)
	phrase := "disinformation countering centre" // in Andriy Kovalenko's statement
	n := len(u.project().Positions)
	for _, c := range []struct {
		answer string
		want   int
	}{{"Cancel", n}, {"Keep both", n + 1}} {
		selectPhrase(t, u, phrase)
		tapAction(t, u, "New position…")
		tapButton(t, u, "Add position")
		top := u.win.Canvas().Overlays().Top()
		if top == nil || len(find(top, func(l *widget.Label) bool { return strings.Contains(l.Text, "Andriy Kovalenko already holds") })) == 0 {
			t.Fatal("no warning that Andriy Kovalenko already holds a position on the passage")
		}
		tapButton(t, u, c.answer)
		if got := len(u.project().Positions); got != c.want {
			t.Errorf("after %q: %d positions, want %d", c.answer, got, c.want)
		}
	}
	// A new name cannot repeat anything: no question.
	selectPhrase(t, u, phrase)
	tapAction(t, u, "New position…")
	find(u.win.Canvas().Overlays().Top(), func(*widget.SelectEntry) bool { return true })[0].SetText("Kremlin negotiators")
	tapButton(t, u, "Add position")
	if top := u.win.Canvas().Overlays().Top(); top != nil {
		t.Error("a dialog is still open after adding a position for a new actor")
	}
	if got := len(u.project().Positions); got != n+2 {
		t.Errorf("%d positions, want %d", got, n+2)
	}
}
