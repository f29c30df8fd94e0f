package report

import (
	"strings"
	"testing"
)

// A topic label of 7,000 characters without a space made the table of
// actors' stances, whose columns are headed by the labels, taller than a
// page in its header alone, and the writer added pages without end. The
// label is drawn in full in its section and cut short in the header.
func TestPDFLongTopicLabel(t *testing.T) {
	const n = 640 // 7,040 characters
	_, base := writeTestPDF(t, genProject(30, 3))
	p := genProject(30, 3)
	p.Topics[0].Label = strings.Repeat("Unbreakable", n)
	data, rep := writeTestPDF(t, p)
	// The label is drawn whole twice, in the first page's list of topics
	// and as its section's heading, two to four pages each.
	if rep.Pages > base.Pages+8 {
		t.Errorf("%d pages, %d without the long label", rep.Pages, base.Pages)
	}
	text := strings.ReplaceAll(strings.Join(pdfPages(t, pdfFile(t, data)), ""), "\n", "")
	if got := strings.Count(text, "Unbreakable"); got < n {
		t.Errorf("the label is cut: %d of %d words", got, n)
	}
}
