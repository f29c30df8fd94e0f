package gui

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"briefing/project"
)

// pdfText exports the brief as a PDF and returns its text.
func pdfText(t *testing.T, u *ui) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "brief.pdf")
	done := make(chan error, 1)
	u.export(exportPDF, path, func(err error) { done <- err })
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// xlsxSheets exports the workbook and returns its sheets' names, as
// openpyxl reads them.
func xlsxSheets(t *testing.T, u *ui) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "brief.xlsx")
	done := make(chan error, 1)
	u.export(exportXLSX, path, func(err error) { done <- err })
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("/usr/bin/python3", "-c", "import sys, openpyxl; print(','.join(openpyxl.load_workbook(sys.argv[1]).sheetnames))", path).Output()
	if err != nil {
		t.Fatalf("openpyxl: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// openEarlierThenAdd saves the story's first article as an earlier brief
// dated 2 March (after edit, when given, changes it), opens that brief in
// a window and adds the story's other articles. It returns the window, the
// earlier brief's path and the channel that follows its loads.
func openEarlierThenAdd(t *testing.T, edit func(prev *project.Project)) (*ui, string, chan struct{}) {
	t.Helper()
	files := storyFiles(t)
	prev, _, err := project.Open(files[0])
	if err != nil {
		t.Fatal(err)
	}
	prev.Brief.Date = "2026-03-02"
	if edit != nil {
		edit(prev)
	}
	prevPath := filepath.Join(t.TempDir(), "monday.brief")
	if err := project.Save(prevPath, prev); err != nil {
		t.Fatal(err)
	}
	u := newTestUI(t)
	done := waitLoads(u)
	u.openPathThen(prevPath, func() { u.addArticles(files[1:]) })
	<-done // opened
	<-done // added
	return u, prevPath, done
}

// Comparing with an earlier brief lists the new source, says that the
// exports include the changes, and the PDF then has "What changed since";
// Stop comparing takes it out again.
func TestCompareWithEarlierBrief(t *testing.T) {
	u, prevPath, done := openEarlierThenAdd(t, nil)
	u.compareWith(prevPath)
	<-done
	txt := overlayText(t, u)
	for _, want := range []string{"What changed since 2 March 2026", "New sources (1)", "Moscow signals openness to grain corridor talks", "1 new source"} {
		if !strings.Contains(txt, want) {
			t.Errorf("the changes dialog lacks %q:\n%s", want, txt)
		}
	}
	if got := u.compare.label.Text; !u.compare.content.Visible() || got != "Exports include the changes since 2 March 2026 (monday.brief)." {
		t.Errorf("the window says %q (shown %v)", got, u.compare.content.Visible())
	}
	tapButton(t, u, "Close")

	if pdf := pdfText(t, u); !strings.Contains(pdf, "What changed since 2 March 2026") || !strings.Contains(pdf, "Moscow signals openness") {
		t.Errorf("the PDF has no changes section:\n%.600s", pdf)
	}
	if sheets := xlsxSheets(t, u); !strings.Contains(sheets, "Changes") {
		t.Errorf("the workbook has no Changes sheet: %s", sheets)
	}
	tapButton(t, u, "Stop comparing")
	if u.compare.content.Visible() {
		t.Error("Stop comparing leaves the line shown")
	}
	if pdf := pdfText(t, u); strings.Contains(pdf, "What changed since") {
		t.Error("after Stop comparing the PDF still has the changes")
	}
}

// The changes dialog lists the topics the new article raises and those it
// is silent on, after the new sources.
func TestCompareDialogListsNewAndQuietTopics(t *testing.T) {
	var first string // the earlier brief's source, as the dialog names it
	u, prevPath, done := openEarlierThenAdd(t, func(prev *project.Project) {
		first = project.DisplayTitle(prev.Documents[0])
		// The first article's first position was on the sanctions: the
		// second article says nothing of them.
		prev.Topics = append(prev.Topics, &project.Topic{ID: "tq", Label: "Sanctions", Selected: true})
		prev.Positions[0].Topic = "tq"
	})
	// The user puts a position of the new article on a topic of its own.
	u.do("Move to a new topic", func(p *project.Project) error {
		later := p.Documents[len(p.Documents)-1].ID
		p.Topics = append(p.Topics, &project.Topic{ID: "tn", Label: "Black Sea inspections", Selected: true})
		for _, x := range p.Positions {
			if x.Evidence.Doc == later && !x.Rejected {
				x.Topic = "tn"
				return nil
			}
		}
		t.Fatal("the second article has no position")
		return nil
	})
	u.compareWith(prevPath)
	<-done
	txt := overlayText(t, u)
	for _, want := range []string{"New topics (1)", "• Black Sea inspections, first raised by ",
		"Quiet topics (1)", "• Sanctions: nothing in the new sources (last discussed in " + first + ")",
		"1 new source, 1 new topic, 1 quiet topic, "} {
		if !strings.Contains(txt, want) {
			t.Errorf("the changes dialog lacks %q:\n%s", want, txt)
		}
	}
	if i, j := strings.Index(txt, "New sources (1)"), strings.Index(txt, "Quiet topics (1)"); i < 0 || j < i || j > strings.Index(txt, "Stance changes") {
		t.Errorf("the topics are not listed between the sources and the stance changes:\n%s", txt)
	}
}
