package report

import "testing"

// TestFontDescriptors: the fixed font descriptors match what gofpdf reads
// from the embedded fonts.
func TestFontDescriptors(t *testing.T) {
	for f := range numFaces {
		if got := readFontDescriptor(f); got != fontDescs[f] {
			t.Errorf("face %d: fontDescs has %+v, the font file gives %+v", f, fontDescs[f], got)
		}
	}
}
