package report

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"
)

// A small WordprocessingML writer: the parts of a .docx package and the
// few elements the brief uses (paragraphs in named styles, runs, tables,
// fields), so that the brief takes on a ministry's Word template by its
// style names. No Go module for .docx is both maintained and available
// here; the format needed is small.

// docxPart is one file of the package.
type docxPart struct {
	name, body string
}

// writeDocxPackage zips the parts, in order, with a fixed time so the same
// brief gives the same bytes.
func writeDocxPackage(w io.Writer, parts []docxPart, modified time.Time) error {
	zw := zip.NewWriter(w)
	for _, p := range parts {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: modified})
		if err != nil {
			return fmt.Errorf("docx: %s: %w", p.name, err)
		}
		if _, err := io.WriteString(fw, p.body); err != nil {
			return fmt.Errorf("docx: %s: %w", p.name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("docx: %w", err)
	}
	return nil
}

// docxText escapes text for an element's content or an attribute, and
// drops what XML 1.0 cannot hold (control characters, lone surrogates).
func docxText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteRune(r)
		case r < 0x20, r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r <= 0xDFFF:
			// not allowed in XML 1.0
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// docxRun is a run of text with its look.
type docxRun struct {
	text                string
	bold, italic, small bool
	color               string // hex RGB, or ""
	highlight           string // Word highlight colour name, or ""
	shade               string // in a table, the cell's fill as hex RGB, or ""
}

// docxDoc accumulates the body of a document.
type docxDoc struct {
	b bytes.Buffer
}

// para writes a paragraph in a style (its ID, "" for Normal).
func (d *docxDoc) para(style string, runs ...docxRun) {
	d.b.WriteString("<w:p>")
	if style != "" {
		d.b.WriteString(`<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`)
	}
	for _, r := range runs {
		d.run(r)
	}
	d.b.WriteString("</w:p>")
}

// run writes one run; line breaks in its text become <w:br/>.
func (d *docxDoc) run(r docxRun) {
	if r.text == "" {
		return
	}
	d.b.WriteString("<w:r>")
	if r.bold || r.italic || r.small || r.color != "" || r.highlight != "" {
		d.b.WriteString("<w:rPr>")
		if r.bold {
			d.b.WriteString("<w:b/>")
		}
		if r.italic {
			d.b.WriteString("<w:i/>")
		}
		if r.color != "" {
			d.b.WriteString(`<w:color w:val="` + r.color + `"/>`)
		}
		if r.small {
			d.b.WriteString(`<w:sz w:val="18"/>`)
		}
		if r.highlight != "" {
			d.b.WriteString(`<w:highlight w:val="` + r.highlight + `"/>`)
		}
		d.b.WriteString("</w:rPr>")
	}
	for i, line := range strings.Split(strings.ReplaceAll(r.text, "\r\n", "\n"), "\n") {
		if i > 0 {
			d.b.WriteString("<w:br/>")
		}
		d.b.WriteString(`<w:t xml:space="preserve">` + docxText(line) + "</w:t>")
	}
	d.b.WriteString("</w:r>")
}

// table writes a table in the "TableGrid" style with a header row that
// repeats on every page.
func (d *docxDoc) table(widths []int, head []string, rows [][]docxRun) {
	d.b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		fmt.Fprintf(&d.b, `<w:gridCol w:w="%d"/>`, w)
	}
	d.b.WriteString("</w:tblGrid>")
	d.b.WriteString(`<w:tr><w:trPr><w:tblHeader/></w:trPr>`)
	for i, h := range head {
		d.cell(widths[i], docxRun{text: h, bold: true})
	}
	d.b.WriteString("</w:tr>")
	for _, row := range rows {
		d.b.WriteString("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
		for i, c := range row {
			d.cell(widths[i], c)
		}
		d.b.WriteString("</w:tr>")
	}
	d.b.WriteString("</w:tbl>")
}

func (d *docxDoc) cell(width int, r docxRun) { d.cellRuns(width, r.shade, r) }

// cellRuns writes a table cell of one paragraph of runs, filled with shade
// (hex RGB) unless it is "".
func (d *docxDoc) cellRuns(width int, shade string, runs ...docxRun) {
	fmt.Fprintf(&d.b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, width)
	if shade != "" {
		d.b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="` + shade + `"/>`)
	}
	d.b.WriteString(`</w:tcPr>`)
	d.para("", runs...)
	d.b.WriteString("</w:tc>")
}

const docxNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

const docxXMLHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
