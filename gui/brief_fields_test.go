package gui

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"briefing/project"
)

// The briefing note's parts are edited in the Brief tab, and editing one never loses
// another (a brief JSON's purpose, outlook, reference and clearance survive an edit of
// the title).
func TestBriefTabEditsEveryPartOfTheNote(t *testing.T) {
	u := newTestUI(t)
	br := u.project().Brief
	br.Purpose, br.Outlook, br.Reference, br.ClearedBy = "To prepare the minister's call.", "Talks resume on Monday.", "REF-42", "Head of Unit"
	if !u.do("set", func(p *project.Project) error { return p.SetBrief(br) }) {
		t.Fatal("could not set the brief")
	}
	u.brief.refresh()
	if u.brief.purpose.Text != br.Purpose || u.brief.outlook.Text != br.Outlook || u.brief.ref.Text != br.Reference || u.brief.cleared.Text != br.ClearedBy {
		t.Fatalf("the form does not show the brief's parts: %q %q %q %q", u.brief.purpose.Text, u.brief.outlook.Text, u.brief.ref.Text, u.brief.cleared.Text)
	}
	u.brief.title.SetText("Ceasefire talks")
	u.brief.save()
	got := u.project().Brief
	if got.Title != "Ceasefire talks" || got.Purpose != br.Purpose || got.Outlook != br.Outlook || got.Reference != br.Reference || got.ClearedBy != br.ClearedBy {
		t.Errorf("editing the title changed the other parts: %+v", got)
	}
	u.brief.cleared.SetText("Director")
	u.brief.save()
	if u.project().Brief.ClearedBy != "Director" {
		t.Errorf("cleared by %q, want Director", u.project().Brief.ClearedBy)
	}
}

func TestBriefTabExportsWord(t *testing.T) {
	u := newTestUI(t)
	path := filepath.Join(t.TempDir(), "brief.docx")
	done := make(chan error, 1)
	u.export(exportDOCX, path, func(err error) { done <- err })
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(b, []byte("PK")) || !bytes.Contains(b, []byte("word/document.xml")) {
		t.Fatalf("not a Word document (%d bytes, %v)", len(b), err)
	}
}
