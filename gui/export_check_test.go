package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// A brief without a marking is not exported without asking, and a brief with
// unreviewed items says before export that it leaves as a draft.
func TestExportAsksForMarkingAndSaysDraft(t *testing.T) {
	u := newTestUI(t)
	if u.project().Brief.Marking != "" || u.project().PendingInBrief().Total() == 0 {
		t.Fatal("the sample needs no marking and unreviewed items for this test")
	}
	u.exportDOCXDialog()
	txt := overlayText(t, u)
	for _, want := range []string{"no handling marking", "This brief is a draft", "not yet reviewed", "DRAFT mark"} {
		if !strings.Contains(txt, want) {
			t.Errorf("the export check does not say %q:\n%s", want, txt)
		}
	}
	sel := find[*widget.SelectEntry](overlay(t, u), nil)
	if len(sel) != 1 {
		t.Fatalf("%d marking choosers in the export check, want 1", len(sel))
	}
	sel[0].SetText("OFFICIAL-SENSITIVE")
	tapButton(t, u, "Export anyway")
	if got := u.project().Brief.Marking; got != "OFFICIAL-SENSITIVE" {
		t.Fatalf("marking after choosing it before export = %q", got)
	}
	if strings.Contains(overlayText(t, u), "no handling marking") {
		t.Error("the export did not go on to the save dialog")
	}
	u.tabs.SelectIndex(tabBrief) // a hidden tab is redrawn when it is chosen
	if u.brief.marking.Text != "OFFICIAL-SENSITIVE" {
		t.Errorf("the Brief tab shows marking %q", u.brief.marking.Text)
	}
	if err := u.ed.Undo(); err != nil || u.project().Brief.Marking != "" {
		t.Errorf("undo of the marking: %v, marking %q", err, u.project().Brief.Marking)
	}

	// The workbook has no DRAFT mark, so its check does not speak of one.
	u.win.Canvas().Overlays().Top().Hide()
	u.exportXLSXDialog()
	if txt := overlayText(t, u); strings.Contains(txt, "DRAFT") || !strings.Contains(txt, "no handling marking") {
		t.Errorf("workbook export check:\n%s", txt)
	}
	tapButton(t, u, "Cancel")

	// With a marking, no chooser; leaving the chooser empty keeps none.
	if !u.do("Set marking", func(p *project.Project) error { b := p.Brief; b.Marking = "OFFICIAL"; return p.SetBrief(b) }) {
		t.Fatal("could not set the marking")
	}
	u.exportPDFDialog()
	if n := len(find[*widget.SelectEntry](overlay(t, u), nil)); n != 0 {
		t.Errorf("%d marking choosers with a marking set", n)
	}
}
