package report

import (
	"bytes"
	"strings"
	"testing"
)

// TestFontDescriptors: the fixed font descriptors match what gofpdf reads
// from the embedded fonts.
func TestFontDescriptors(t *testing.T) {
	for f := range numFaces {
		if got := readFontDescriptor(f); got != fontDescs[f] {
			t.Errorf("face %d: fontDescs has %+v, the font file gives %+v", f, fontDescs[f], got)
		}
	}
}

// Settling a face early changes nothing in the file, whether the face
// draws again afterwards (its subset is then made afresh) or not.
func TestSettleKeepsTheOutput(t *testing.T) {
	m, err := loadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	write := func(settle bool, after string) []byte {
		var buf bytes.Buffer
		pw := newPDFWriter(&buf, m, pdfMeta{title: "t", created: testCreated})
		pw.beginPage(595, 842)
		pw.text(50, 50, st(italic, 10, inkColor), "“quoted” Łódź")
		pw.text(50, 70, st(regular, 10, inkColor), "plain")
		if settle {
			pw.settle(italic)
		}
		pw.text(50, 90, st(regular, 10, inkColor), "more plain")
		if after != "" {
			pw.text(50, 110, st(italic, 10, inkColor), after)
		}
		if err := pw.finish(); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	for _, after := range []string{"", "xyz Київ", "“quoted”"} {
		want, got := write(false, after), write(true, after)
		if !bytes.Equal(got, want) {
			t.Errorf("italic drawn after settling (%q): the file differs from one written without settling", after)
		}
		if after != "" && !strings.Contains(strings.Join(pdfPages(t, pdfFile(t, got)), ""), after) {
			t.Errorf("%q is not in the text", after)
		}
	}
}
