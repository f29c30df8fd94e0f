package report

import "math"

// rotatedText draws s with its baseline starting at (x, y), turned
// counter-clockwise by deg degrees: the diagonal DRAFT mark.
func (pw *pdfWriter) rotatedText(x, y, deg float64, st style, s string) {
	if s == "" {
		return
	}
	sin, cos := math.Sincos(deg * math.Pi / 180)
	// The turn is a change of coordinates, saved and restored around the
	// text, so nothing drawn later on the page is turned. The restore also
	// resets the font and colour: the writer must set them again.
	b := append(pw.page, "q "...)
	for _, v := range []float64{cos, sin, -sin, cos, x, pw.curH - y} {
		b = appendNum(b, v)
		b = append(b, ' ')
	}
	pw.page = append(b, "cm\n"...)
	pw.hasFont, pw.hasFill = false, false
	pw.setStyle(st)
	pw.page = pw.appendText(pw.page, 0, pw.curH, st.face, s)
	pw.page = append(pw.page, "Q\n"...)
	pw.hasFont, pw.hasFill = false, false
}
