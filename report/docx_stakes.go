package report

import "strconv"

// docxStakes is the stakeholder map in Word: a table of the 2×2 grid,
// power down the side and interest across, each quadrant a cell with its
// name, its levels and the names of the brief's actors placed there,
// tinted as in the PDF.
func (d *briefData) docxStakes(doc *docxDoc) {
	doc.para("Heading1", docxRun{text: "Stakeholder map"})
	if len(d.rows) == 0 {
		doc.para("", docxRun{text: "No actor holds a position in this brief.", italic: true})
		return
	}
	doc.para("", docxRun{text: stakeIntro, small: true, color: "5C5C5C"})
	qs := d.stakeQuadrants()
	widths := []int{1600, 4000, 4000}
	doc.b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		doc.b.WriteString(`<w:gridCol w:w="` + strconv.Itoa(w) + `"/>`)
	}
	doc.b.WriteString(`</w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>`)
	for i, h := range []string{"", "Lower interest", "Higher interest"} {
		doc.cell(widths[i], docxRun{text: h, bold: true})
	}
	doc.b.WriteString("</w:tr>")
	for row, label := range []string{"Higher power", "Lower power"} {
		doc.b.WriteString("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
		doc.cell(widths[0], docxRun{text: label, bold: true})
		for k := range 2 {
			q := qs[2*row+k]
			doc.cellRuns(widths[1+k], hexOf(quadrantFill[2*row+k]),
				docxRun{text: q.name, bold: true},
				docxRun{text: "\n" + q.power + " · " + q.interest + " · " + countActors(len(q.actors)), small: true, color: "5C5C5C"},
				docxRun{text: "\n" + q.names()})
		}
		doc.b.WriteString("</w:tr>")
	}
	doc.b.WriteString("</w:tbl>")
}
