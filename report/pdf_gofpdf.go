package report

import (
	"fmt"
	"io"
	"time"

	"github.com/jung-kurt/gofpdf"
)

// All calls into gofpdf live in this file, so that moving to its maintained
// fork (github.com/go-pdf/fpdf, same API) touches nothing else.

// pdfMeta is the document information dictionary.
type pdfMeta struct {
	title, author, subject, keywords, creator string
	created                                   time.Time
}

// gofpdfCanvas draws on a gofpdf document.
type gofpdfCanvas struct {
	pdf      *gofpdf.Fpdf
	st       style
	hasFont  bool
	fill     rgb
	hasFill  bool
	stroke   rgb
	lineW    float64
	hasColor bool
}

var faceStyles = [numFaces]string{regular: "", bold: "B", italic: "I"}

const fontFamily = "NotoSans"

func newGofpdfCanvas(ps pageSpec, meta pdfMeta) *gofpdfCanvas {
	pdf := gofpdf.NewCustom(&gofpdf.InitType{
		OrientationStr: "P",
		UnitStr:        "pt",
		Size:           gofpdf.SizeType{Wd: ps.w, Ht: ps.h},
	})
	pdf.SetMargins(0, 0, 0)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCatalogSort(true)
	// gofpdf replaces the alias in the UTF-16 page text; the digits are in
	// the font subset because the page numbers use them all.
	pdf.AliasNbPages(pageTotal)
	pdf.SetCreationDate(meta.created)
	pdf.SetModificationDate(meta.created)
	pdf.SetTitle(meta.title, true)
	pdf.SetAuthor(meta.author, true)
	pdf.SetSubject(meta.subject, true)
	pdf.SetKeywords(meta.keywords, true)
	pdf.SetCreator(meta.creator, true)
	pdf.SetProducer("gofpdf 1.16.2", false)
	pdf.SetDisplayMode("fullwidth", "continuous")
	for f := range numFaces {
		// Each document gets its own copy of the font: gofpdf keeps and
		// changes state next to the bytes, and documents built at once race.
		pdf.AddUTF8FontFromBytes(fontFamily, faceStyles[f], append([]byte(nil), fontBytes(f)...))
	}
	return &gofpdfCanvas{pdf: pdf}
}

func (c *gofpdfCanvas) beginPage(w, h float64) {
	c.pdf.AddPageFormat("P", gofpdf.SizeType{Wd: w, Ht: h})
	c.hasFont, c.hasFill, c.hasColor = false, false, false
	c.lineW = -1
}

func (c *gofpdfCanvas) setStyle(st style) {
	if !c.hasFont || st.face != c.st.face || st.size != c.st.size {
		c.pdf.SetFont(fontFamily, faceStyles[st.face], st.size)
	}
	if !c.hasFont || st.color != c.st.color {
		c.pdf.SetTextColor(int(st.color.r), int(st.color.g), int(st.color.b))
	}
	// PDF text is painted in the fill colour. When they differ, gofpdf
	// wraps every Text in "q … Q" with the colour: setting the fill once
	// keeps the page content (and memory) smaller.
	if !c.hasFill || c.fill != st.color {
		c.pdf.SetFillColor(int(st.color.r), int(st.color.g), int(st.color.b))
		c.fill, c.hasFill = st.color, true
	}
	c.st, c.hasFont = st, true
}

func (c *gofpdfCanvas) text(x, y float64, st style, s string) {
	if s == "" {
		return
	}
	c.setStyle(st)
	c.pdf.Text(x, y, s)
}

func (c *gofpdfCanvas) fillRect(x, y, w, h float64, col rgb) {
	if !c.hasFill || col != c.fill {
		c.pdf.SetFillColor(int(col.r), int(col.g), int(col.b))
		c.fill, c.hasFill = col, true
	}
	c.pdf.Rect(x, y, w, h, "F")
}

func (c *gofpdfCanvas) line(x1, y1, x2, y2, width float64, col rgb) {
	if !c.hasColor || col != c.stroke {
		c.pdf.SetDrawColor(int(col.r), int(col.g), int(col.b))
		c.stroke, c.hasColor = col, true
	}
	if width != c.lineW {
		c.pdf.SetLineWidth(width)
		c.lineW = width
	}
	c.pdf.Line(x1, y1, x2, y2)
}

func (c *gofpdfCanvas) bookmark(title string, level int, y float64) {
	if !c.hasFont { // gofpdf encodes the title as UTF-16 only with a UTF-8 font set
		c.setStyle(style{face: regular, size: 10})
	}
	c.pdf.Bookmark(title, level, y)
}

// finish writes the document.
func (c *gofpdfCanvas) finish(w io.Writer) error {
	if err := c.pdf.Error(); err != nil {
		return fmt.Errorf("render PDF: %w", err)
	}
	if err := c.pdf.Output(w); err != nil {
		return fmt.Errorf("write PDF: %w", err)
	}
	return nil
}
