package report

import (
	"os/exec"
	"strings"
	"testing"

	"briefing/document"
	"briefing/project"
)

// shiftsProject is a brief of two dated articles on one topic: Anna Kovac
// supports the ceasefire proposal on 27 November and opposes it on 2
// December; Ilmar Sepp supports it on both dates. Invented for the tests.
func shiftsProject() *project.Project {
	p := project.New()
	p.Brief.Date = "2025-12-03"
	d1 := document.FromText("d1", "Kovac backs ceasefire plan\n\nMinister Anna Kovac said she supports the ceasefire proposal.\n\nMayor Ilmar Sepp supports the proposal too.")
	d1.Outlet, d1.Date = "Baltic Ledger", "2025-11-27"
	d2 := document.FromText("d2", "Kovac turns against ceasefire plan\n\nMinister Anna Kovac said she now opposes the ceasefire proposal.\n\nMayor Ilmar Sepp still supports the proposal.")
	d2.Outlet, d2.Date = "Harbour Post", "2025-12-02"
	p.Documents = []*document.Document{d1, d2}
	p.Actors = []*project.Actor{{ID: "a1", Name: "Anna Kovac"}, {ID: "a2", Name: "Ilmar Sepp"}}
	p.Topics = []*project.Topic{{ID: "t1", Label: "Ceasefire proposal", Selected: true}}
	pos := func(id, actor, stance string, doc *document.Document, para int) *project.Position {
		pg := doc.Paragraphs[para-1]
		return &project.Position{ID: id, Actor: actor, Topic: "t1", Stance: stance, Selected: true, Paragraph: para,
			Summary:  stance + " the ceasefire proposal",
			Evidence: project.Anchor{Doc: doc.ID, Start: pg.Start, End: pg.End, Quote: doc.Text[pg.Start:pg.End]}}
	}
	p.Positions = []*project.Position{
		pos("p1", "a1", "supports", d1, 2), pos("p2", "a2", "supports", d1, 3),
		pos("p3", "a1", "opposes", d2, 2), pos("p4", "a2", "supports", d2, 3),
	}
	return p
}

// shiftsPDFText is the brief's text as pdftotext reads it, checked by qpdf
// and pdfinfo as a tagged PDF, with its structure as pdfinfo reads it.
func shiftsPDFText(t *testing.T, p *project.Project) (text, tree string) {
	t.Helper()
	data, _ := writeTestPDF(t, p)
	path := pdfFile(t, data)
	if info := pdfInfo(t, path); info["Tagged"] != "yes" {
		t.Errorf("pdfinfo: Tagged %q", info["Tagged"])
	}
	out, err := exec.Command(requireTool(t, "pdfinfo"), "-struct-text", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo -struct-text: %v", err)
	}
	return strings.Join(strings.Fields(strings.Join(pdfPages(t, path), " ")), " "), string(out)
}

// TestPDFShifts: a topic on which an actor changed stance between two
// articles has a Shifts part after its positions, one line for the change
// with both dates and the later source's citation, tagged as a heading and
// a list; the actor who kept his stance has none; without a change, or with
// the later position left out of the brief, there is no Shifts part.
func TestPDFShifts(t *testing.T) {
	p := shiftsProject()
	text, tree := shiftsPDFText(t, p)
	line := "Anna Kovac: from + supports, 27 Nov 2025, to – opposes, 2 Dec 2025 [2] Harbour Post, 2 Dec 2025, ¶2"
	sec, head, at := strings.Index(text, "1 Ceasefire proposal"), strings.Index(text, "SHIFTS"), strings.Index(text, line)
	if sec < 0 || head < sec || at < head || strings.Index(text[sec:], "Actors and positions")+sec < at {
		t.Fatalf("no SHIFTS with %q in the topic's section:\n%s", line, text)
	}
	if strings.Contains(text, "Ilmar Sepp: from") {
		t.Error("Ilmar Sepp kept his stance and has a shift")
	}
	// The heading is an H3 under the section's H2, the line an item of a
	// list right after it.
	i := strings.Index(tree, "\"SHIFTS\"")
	if i < 0 || !strings.HasSuffix(strings.TrimSpace(tree[:i]), "H3 (block)") {
		t.Fatalf("the Shifts heading is not an H3 in the structure:\n%s", tree)
	}
	after := strings.Fields(tree[i : i+strings.Index(tree[i:], "Anna Kovac:")])
	if strings.Join(after, " ") != `"SHIFTS" L (block) LI (block) "•` {
		t.Errorf("the shift is not an item of a list after the Shifts heading: %q", after)
	}
	p.Positions[2].Stance = "supports"
	if text, _ := shiftsPDFText(t, p); strings.Contains(text, "SHIFTS") {
		t.Errorf("a brief without a change of stance has a Shifts part:\n%s", text)
	}
	p.Positions[2].Stance, p.Positions[2].Selected = "opposes", false
	if text, _ := shiftsPDFText(t, p); strings.Contains(text, "SHIFTS") {
		t.Errorf("a change whose later position is left out of the brief is shown:\n%s", text)
	}
}

// TestDOCXShifts: the Word brief has the same Shifts part, a Heading 2
// after the topic's positions and a List Bullet line with the arrow.
func TestDOCXShifts(t *testing.T) {
	p := shiftsProject()
	d := readDOCX(t, writeTestDOCX(t, p))
	at := func(style, text string) int {
		for i, para := range d.Paragraphs {
			if para[0] == style && strings.Contains(para[1], text) {
				return i
			}
		}
		return -1
	}
	line := "Anna Kovac: + supports, 27 Nov 2025 → – opposes, 2 Dec 2025  [2] Harbour Post, 2 Dec 2025, ¶2"
	sec, head, item, actors := at("Heading 1", "Ceasefire proposal"), at("Heading 2", "Shifts"), at("List Bullet", line), at("Heading 1", "Actors and positions")
	if sec < 0 || head < sec || item != head+1 || actors < item {
		t.Fatalf("no Shifts with %q in the topic's section: %q", line, d.Paragraphs)
	}
	for _, para := range d.Paragraphs[head:actors] {
		if para[0] == "List Bullet" && strings.Contains(para[1], "Ilmar Sepp") {
			t.Error("Ilmar Sepp kept his stance and has a shift")
		}
	}
	p.Positions[2].Stance = "supports"
	d = readDOCX(t, writeTestDOCX(t, p))
	for _, para := range d.Paragraphs {
		if strings.Contains(para[1], "Shifts") || strings.Contains(para[1], "→") {
			t.Errorf("a brief without a change of stance has %q", para)
		}
	}
}
