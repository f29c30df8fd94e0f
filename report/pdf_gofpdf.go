package report

import (
	"fmt"
	"time"

	"github.com/jung-kurt/gofpdf"
)

// All calls into gofpdf live in this file, so that moving to its maintained
// fork (github.com/go-pdf/fpdf, same API) touches nothing else. The brief
// is written by pdfWriter (pdf_writer.go); gofpdf subsets the fonts and
// gives their descriptors.

// pdfMeta is the document information dictionary.
type pdfMeta struct {
	title, author, subject, keywords, creator string
	created                                   time.Time
}

var faceStyles = [numFaces]string{regular: "", bold: "B", italic: "I"}

const fontFamily = "NotoSans"

// subsetFont returns a TrueType font with only the glyphs of the given
// characters (and what the format needs), numbered anew. gofpdf changes
// the bytes it reads: ttf must be the caller's own copy, used once.
func subsetFont(ttf []byte, chars string) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	out = gofpdf.UTF8CutFont(ttf, chars)
	if len(out) == 0 {
		return nil, fmt.Errorf("empty subset")
	}
	return out, nil
}

// fontDesc holds the values of a face's PDF font descriptor, in
// thousandths of the size.
type fontDesc struct {
	ascent, descent, capHeight, flags int
	bbox                              [4]int
	italicAngle, stemV, missingWidth  int
}

// fontDescs are the descriptors gofpdf reads from the embedded fonts
// (readFontDescriptor), fixed here because reading them takes longer than
// writing a short brief. TestFontDescriptors keeps them in step with the
// font files.
var fontDescs = [numFaces]fontDesc{
	regular: {1069, -293, 714, 4, [4]int{-621, -389, 2800, 1067}, 0, 87, 600},
	bold:    {1069, -293, 714, 262148, [4]int{-644, -389, 2800, 1069}, 0, 165, 600},
	italic:  {1069, -293, 714, 68, [4]int{-665, -389, 2767, 1084}, -12, 87, 600},
}

// readFontDescriptor returns the descriptor of face f as gofpdf reads it
// from the font file.
func readFontDescriptor(f face) fontDesc {
	pdf := gofpdf.New("P", "pt", "A4", "")
	pdf.AddUTF8FontFromBytes(fontFamily, faceStyles[f], append([]byte(nil), fontBytes(f)...))
	d := pdf.GetFontDesc(fontFamily, faceStyles[f])
	return fontDesc{d.Ascent, d.Descent, d.CapHeight, d.Flags,
		[4]int{d.FontBBox.Xmin, d.FontBBox.Ymin, d.FontBBox.Xmax, d.FontBBox.Ymax},
		d.ItalicAngle, d.StemV, d.MissingWidth}
}
