package report

import (
	"fmt"
	"strings"
	"time"
)

// The fixed parts of the .docx package: content types, relationships,
// styles, bullet numbering, header and footer, properties.

const docxContentTypes = docxXMLHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
	`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
	`</Types>`

const docxRootRels = docxXMLHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

const docxDocumentRels = docxXMLHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
	`<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
	`<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>` +
	`</Relationships>`

const docxSettings = docxXMLHead + `<w:settings ` + docxNS + `><w:defaultTabStop w:val="720"/>` +
	`<w:updateFields w:val="true"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`

// docxStyles are the built-in Word styles the brief uses, under their
// built-in IDs and names, so a ministry template restyles them.
const docxStyles = docxXMLHead + `<w:styles ` + docxNS + `>` +
	`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>` +
	`<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>` +
	`<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
	`<w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3A5F"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
	`<w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="1F3A5F"/></w:pBdr><w:outlineLvl w:val="0"/></w:pPr>` +
	`<w:rPr><w:b/><w:color w:val="1F3A5F"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
	`<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>` +
	`<w:rPr><w:b/><w:color w:val="1F3A5F"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
	`<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="80"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
	`<w:pPr><w:ind w:left="567"/><w:pBdr><w:left w:val="single" w:sz="12" w:space="8" w:color="C8C8C8"/></w:pBdr></w:pPr>` +
	`<w:rPr><w:i/><w:color w:val="333333"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr></w:style>` +
	`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
	`<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
	`<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>` +
	`<w:pPr><w:spacing w:after="0"/></w:pPr><w:tblPr><w:tblBorders>` +
	`<w:top w:val="single" w:sz="4" w:space="0" w:color="B8B8B8"/><w:left w:val="single" w:sz="4" w:space="0" w:color="B8B8B8"/>` +
	`<w:bottom w:val="single" w:sz="4" w:space="0" w:color="B8B8B8"/><w:right w:val="single" w:sz="4" w:space="0" w:color="B8B8B8"/>` +
	`<w:insideH w:val="single" w:sz="4" w:space="0" w:color="B8B8B8"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="B8B8B8"/>` +
	`</w:tblBorders></w:tblPr></w:style>` +
	`</w:styles>`

const docxNumbering = docxXMLHead + `<w:numbering ` + docxNS + `>` +
	`<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>` +
	`<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`

// docxHeader is the marking, bold and centred, at the top of every page;
// while anything in the brief is unreviewed, DRAFT before it and Word's
// own DRAFT watermark across the page, as the PDF has its diagonal DRAFT.
func docxHeader(marking string, draft bool) string {
	var d docxDoc
	// The shape is anchored in the marking's paragraph, as Word 2003 did,
	// not in the content control later versions wrap around a paragraph
	// of its own: readers such as python-docx do not look inside content
	// controls and would lose the marking, and an empty paragraph would
	// push the text down. Word finds the watermark by its shape's name.
	d.b.WriteString(`<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>`)
	if draft {
		d.b.WriteString(docxWatermark)
		// The word in the header too: the watermark is a drawing, which
		// text extraction, screen readers and converters to text skip.
		d.run(docxRun{text: "DRAFT", bold: true, color: "A3231A"})
		if marking != "" {
			d.run(docxRun{text: "   "})
		}
	}
	if marking != "" {
		d.run(docxRun{text: marking, bold: true})
	}
	d.b.WriteString("</w:p>")
	return docxXMLHead + `<w:hdr ` + docxNS + ` ` + docxVMLNS + `>` + d.b.String() + `</w:hdr>`
}

// docxVMLNS are the namespaces of the watermark's VML shape.
const docxVMLNS = `xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ` +
	`xmlns:w10="urn:schemas-microsoft-com:office:word"`

// docxWatermark is the run Word writes for Design → Watermark → DRAFT
// (semitransparent silver, diagonal, centred on the page margins, behind
// the text): the WordArt shape type 136 and a shape of that type with the
// text. Word, LibreOffice and python-docx know it under these names; its
// size fits an A4 or Letter page with the brief's 2 cm margins.
const docxWatermark = `<w:r><w:rPr><w:noProof/></w:rPr><w:pict>` +
	`<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">` +
	`<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>` +
	`<v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/>` +
	`<v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>` +
	`<v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>` +
	`<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>` +
	`<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>` +
	`<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>` +
	`<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" ` +
	`style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:264pt;rotation:315;z-index:-251657216;` +
	`mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" ` +
	`o:allowincell="f" fillcolor="silver" stroked="f"><v:fill opacity=".5"/>` +
	`<v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="DRAFT"/>` +
	`<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>`

// docxFooter is the marking and "Page N of M" at the foot of every page.
func docxFooter(marking string) string {
	var d docxDoc
	if marking != "" {
		d.para("Footer", docxRun{text: marking, bold: true})
	}
	d.b.WriteString(`<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>`)
	d.run(docxRun{text: "Page ", small: true})
	d.b.WriteString(`<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>`)
	d.run(docxRun{text: " of ", small: true})
	d.b.WriteString(`<w:fldSimple w:instr=" NUMPAGES "><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>`)
	d.b.WriteString("</w:p>")
	return docxXMLHead + `<w:ftr ` + docxNS + `>` + d.b.String() + `</w:ftr>`
}

// docxSection is the page setup, A4 or Letter with 2 cm margins, and the
// header and footer.
func docxSection(pageSize string) string {
	w, h := 11906, 16838 // A4 in twentieths of a point
	if strings.EqualFold(pageSize, "Letter") {
		w, h = 12240, 15840
	}
	return fmt.Sprintf(`<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:footerReference w:type="default" r:id="rId5"/>`+
		`<w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`, w, h)
}

func docxCore(title, author, subject, keywords string, created time.Time) string {
	ts := created.UTC().Format("2006-01-02T15:04:05Z")
	return docxXMLHead + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
		`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + docxText(title) + `</dc:title><dc:creator>` + docxText(author) + `</dc:creator>` +
		`<dc:subject>` + docxText(subject) + `</dc:subject><cp:keywords>` + docxText(keywords) + `</cp:keywords>` +
		`<dc:language>en-GB</dc:language>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + ts + `</dcterms:created>` +
		`<dcterms:modified xsi:type="dcterms:W3CDTF">` + ts + `</dcterms:modified></cp:coreProperties>`
}

func docxApp(creator string) string {
	return docxXMLHead + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
		`<Application>` + docxText(creator) + `</Application></Properties>`
}
