package document

import (
	"archive/zip"
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jung-kurt/gofpdf"
)

var update = flag.Bool("update", false, "rewrite the generated fixtures in testdata/")

// docxPara describes one paragraph of a generated Word document.
type testPara struct {
	style string // "" for body text, or a style id such as Heading1, Title
	runs  []string
}

// makeDOCX builds a minimal but valid .docx holding the paragraphs, with a
// styles.xml defining localised heading styles and a core.xml.
func makeDOCX(t testing.TB, title, creator string, paras []testPara, extra map[string]string) []byte {
	t.Helper()
	var body strings.Builder
	for _, p := range paras {
		body.WriteString("<w:p>")
		if p.style != "" {
			body.WriteString(`<w:pPr><w:pStyle w:val="` + p.style + `"/></w:pPr>`)
		}
		for _, r := range p.runs {
			body.WriteString("<w:r>" + r + "</w:r>")
		}
		body.WriteString("</w:p>")
	}
	files := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` + body.String() + `</w:body></w:document>`,
		"word/styles.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/></w:style>
</w:styles>`,
		"docProps/core.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>` + title + `</dc:title><dc:creator>` + creator + `</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-02-01T08:00:00Z</dcterms:created></cp:coreProperties>`,
	}
	for k, v := range extra {
		if v == "" {
			delete(files, k)
		} else {
			files[k] = v
		}
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "docProps/core.xml", "xl/workbook.xml", "mimetype"} {
		content, ok := files[name]
		if !ok {
			continue
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Date(2024, 2, 1, 8, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(content)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func wt(s string) string { return `<w:t xml:space="preserve">` + s + `</w:t>` }

// sampleDOCX is the Word fixture: a Title paragraph, headings in a
// localised style, body text split over runs, a tab, a line break, deleted
// text and a field code.
func sampleDOCX(t testing.TB) []byte {
	return makeDOCX(t, "Trade talks resume", "Alex Morgan", []testPara{
		{style: "Titel", runs: []string{wt("Trade talks resume in Geneva")}},
		{runs: []string{wt("Negotiators from the "), `<w:rPr><w:b/></w:rPr>` + wt("European Union"), wt(" and India met on Monday.")}},
		{style: "berschrift1", runs: []string{wt("Tariffs on steel")}},
		{runs: []string{wt("The EU wants lower tariffs."), `<w:br/>`, wt("India wants market access.")}},
		{runs: []string{wt("Item"), `<w:tab/>`, wt("Value"), `<w:delText>deleted words</w:delText>`, `<w:instrText>PAGE \* MERGEFORMAT</w:instrText>`}},
		{style: "Heading2", runs: []string{wt("Next steps")}},
		{style: "Quote", runs: []string{wt("“We are closer than ever,” said the commissioner.")}},
	}, nil)
}

// makePDF builds a PDF with a real text layer using gofpdf: a large title,
// a bold subheading and wrapped body paragraphs over two pages.
func makePDF(t testing.TB) []byte {
	t.Helper()
	p := gofpdf.New("P", "mm", "A4", "")
	p.SetTitle("Arctic Council resumes work", true)
	p.SetAuthor("Nordic Policy Institute", true)
	p.SetCreationDate(time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC))
	p.SetModificationDate(time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC))
	p.SetCompression(true)
	p.AddPage()
	p.SetFont("Helvetica", "", 20)
	p.MultiCell(0, 10, "Arctic Council resumes work", "", "L", false)
	p.Ln(4)
	p.SetFont("Helvetica", "", 11)
	body := []string{
		"The Arctic Council will resume its full work programme next month, the chair announced on Thursday. The eight member states agreed to restart working groups on shipping, climate and indigenous rights after a pause of more than two years.",
		"Norway, which holds the chair, said the decision reflected a shared interest in scientific cooperation. Russia did not attend the meeting in Tromso.",
	}
	for _, s := range body {
		p.MultiCell(0, 6, s, "", "L", false)
		p.Ln(4)
	}
	p.SetFont("Helvetica", "B", 14)
	p.MultiCell(0, 8, "Climate research", "", "L", false)
	p.Ln(2)
	p.SetFont("Helvetica", "", 11)
	p.MultiCell(0, 6, "Scientists welcomed the move, warning that gaps in Arctic monitoring data had widened since 2022.", "", "L", false)
	p.AddPage()
	p.MultiCell(0, 6, "The next ministerial meeting is planned for May in Copenhagen.", "", "L", false)
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// makeScanPDF builds a PDF whose only page holds a drawing and no text, as
// a scanned page would.
func makeScanPDF(t testing.TB) []byte {
	t.Helper()
	p := gofpdf.New("P", "mm", "A4", "")
	p.SetCreationDate(time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC))
	p.SetModificationDate(time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC))
	p.AddPage()
	p.SetFillColor(200, 200, 200)
	p.Rect(20, 20, 170, 250, "F")
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestGenerateFixtures rewrites the binary fixtures in testdata/ (also
// fuzz seeds) with: go test ./document/ -run TestGenerateFixtures -update
func TestGenerateFixtures(t *testing.T) {
	if !*update {
		t.Skip("run with -update to rewrite testdata/")
	}
	for name, data := range map[string][]byte{
		"sample.docx": sampleDOCX(t),
		"sample.pdf":  makePDF(t),
		"scan.pdf":    makeScanPDF(t),
	} {
		if err := os.WriteFile(filepath.Join("testdata", name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
