package report

import (
	"os/exec"
	"strings"
	"testing"
)

// TestPDFTagged: the brief is a tagged PDF that poppler reads as a
// structure of headings, paragraphs, a list, quotes and tables, in the
// brief's order, with page furniture left out of it; in English, its title
// shown in the window.
func TestPDFTagged(t *testing.T) {
	p := genProject(300, 9)
	p.Brief.Annex = true
	data, _ := writeTestPDF(t, p)
	path := pdfFile(t, data)
	info := pdfInfo(t, path)
	if info["Tagged"] != "yes" {
		t.Errorf("pdfinfo: Tagged %q", info["Tagged"])
	}
	out, err := exec.Command(requireTool(t, "pdfinfo"), "-struct-text", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo -struct-text: %v", err)
	}
	tree := string(out)
	if !strings.HasPrefix(tree, "Document\n  H1") {
		t.Errorf("the structure does not start with the title:\n%.300s", tree)
	}
	for _, role := range []string{"\n  Figure", "\n  H2", "\n  P", "\n  L", "\n    LI", "\n  BlockQuote", "\n  Table", "\n    TR", "\n      TH", "\n      TD"} {
		if !strings.Contains(tree, role) {
			t.Errorf("no %s element in the structure", strings.TrimSpace(role))
		}
	}
	// Furniture is not content: neither the marking nor "Page N of M" nor
	// the DRAFT mark is in the structure, though on every page.
	for _, furniture := range []string{"OFFICIAL-SENSITIVE", "Page 1 of", "DRAFT"} {
		if strings.Contains(tree, furniture) {
			t.Errorf("%q is in the structure", furniture)
		}
	}
	// In the order of the brief, headings as the outline has them.
	at := 0
	for _, h := range []string{"Purpose", "Key points", "1   ", "Actors and positions", "Stakeholder map", "Sources", "Annex: source text"} {
		i := strings.Index(tree[at:], "\""+h)
		if i < 0 {
			t.Fatalf("heading %q missing or out of order in the structure", h)
		}
		at += i
	}
	raw := string(data)
	for _, want := range []string{"/Lang (en-GB)", "/DisplayDocTitle true", "/MarkInfo <</Marked true>>"} {
		if !strings.Contains(raw, want) {
			t.Errorf("the catalog lacks %s", want)
		}
	}
}
