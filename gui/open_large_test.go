package gui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefing/assets"
	"briefing/project"
)

// A large article opens in two steps: the article is shown before its analysis ends, with
// no suggestions yet, and what the user does meanwhile is kept when the suggestions arrive.
func TestLargeArticleIsShownBeforeItsSuggestions(t *testing.T) {
	u := newTestUI(t)
	text := strings.Repeat(assets.Sample+"\n\n", progressiveFrom/len(assets.Sample)+2)
	path := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var shown struct {
		docs, positions int
		status          string
	}
	read := make(chan struct{}, 1)
	loaded := make(chan struct{}, 1)
	u.afterRead = func() {
		p := u.project()
		shown.docs, shown.positions, shown.status = len(p.Documents), len(p.Positions), u.status.message.Text
		// the user adds a note while the analysis runs
		if err := u.ed.Do("Add note", func(p *project.Project) error {
			_, err := p.AddNote(project.Anchor{Doc: p.Documents[0].ID, Start: 0, End: 5, Quote: text[:5]}, "read first", "")
			return err
		}); err != nil {
			t.Errorf("a note while the analysis runs: %v", err)
		}
		read <- struct{}{}
	}
	u.afterLoad = func() { loaded <- struct{}{} }
	u.openPath(path)
	waitFor(t, read, "the article to be shown before its analysis")
	waitFor(t, loaded, "the analysis")
	u.afterRead, u.afterLoad = nil, nil

	if shown.docs != 1 || shown.positions != 0 {
		t.Errorf("first shown with %d documents and %d positions, want the article alone", shown.docs, shown.positions)
	}
	if !strings.Contains(shown.status, "Analysing long.txt") {
		t.Errorf("status while analysing: %q", shown.status)
	}
	p := u.project()
	if len(p.Positions) == 0 || len(p.LiveActors()) == 0 {
		t.Fatalf("after the analysis: %d positions, %d actors", len(p.Positions), len(p.LiveActors()))
	}
	if len(p.Notes) != 1 || p.Notes[0].Text != "read first" {
		t.Errorf("the note made while analysing is lost: %+v", p.Notes)
	}
	if !strings.HasPrefix(u.status.message.Text, "Analysed long.txt") {
		t.Errorf("status after the analysis: %q", u.status.message.Text)
	}
	if u.ed.UndoName() != "Add the suggestions of the analysis" {
		t.Errorf("the last step is %q, want the suggestions as one undoable step", u.ed.UndoName())
	}
}

// Opening another file before the analysis of a large article ends drops that analysis.
func TestLargeArticleAnalysisIsDroppedForTheNextFile(t *testing.T) {
	u := newTestUI(t)
	big := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(big, []byte(strings.Repeat(assets.Sample+"\n\n", progressiveFrom/len(assets.Sample)+2)), 0o644); err != nil {
		t.Fatal(err)
	}
	read := make(chan struct{}, 1)
	dropped := make(chan struct{}, 1)
	u.afterRead = func() { read <- struct{}{} }
	u.afterDropped = func() { dropped <- struct{}{} }
	u.openPath(big)
	waitFor(t, read, "the article to be shown before its analysis")
	u.afterRead = nil
	openArticle(t, u, "short.txt", "Minister Anna Berg said the talks in Geneva would resume next week.\n")
	before := len(u.project().Positions)
	waitFor(t, dropped, "the large article's analysis to end and be dropped")
	u.afterDropped = nil
	p := u.project()
	if len(p.Documents) != 1 || !strings.Contains(p.Documents[0].Text, "Anna Berg") {
		t.Fatalf("the short article is not the one shown: %d documents", len(p.Documents))
	}
	if got := len(p.Positions); got != before {
		t.Errorf("positions went from %d to %d when the large article's analysis ended", before, got)
	}
}

// waitFor waits for ch, failing the test if what never happens (a hang is a failure too).
func waitFor(t *testing.T, ch <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(2 * time.Minute):
		t.Fatalf("waited 2 minutes for %s", what)
	}
}
