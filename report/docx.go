package report

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"briefing/project"
)

// WriteDOCX writes the brief as a Word document with the same parts, in
// the same order, as the PDF (see WritePDFReport), in Word's built-in
// styles: Title, Heading 1 for each part and section, Heading 2, List
// Bullet for the key points, Quote for the evidence, Table Grid for the
// particulars and the actors' stances. Every page has the marking in its
// header and footer, "Page N of M", and, while anything in the brief is
// unreviewed (when the PDF has its diagonal DRAFT), DRAFT in the header and
// Word's diagonal DRAFT watermark. The same project and opt.Created give the
// same bytes.
func WriteDOCX(w io.Writer, p *project.Project, opt Options) error {
	if p == nil {
		return errors.New("write DOCX: no project")
	}
	d := digest(p)
	d.changes = opt.Changes
	var doc docxDoc
	d.docxBody(&doc)
	doc.b.WriteString(docxSection(p.Brief.PageSize))
	meta := metaFor(d, opt)
	marking := strings.ToUpper(collapse(p.Brief.Marking))
	parts := []docxPart{
		{"[Content_Types].xml", docxContentTypes},
		{"_rels/.rels", docxRootRels},
		{"docProps/core.xml", docxCore(meta.title, meta.author, meta.subject, meta.keywords, meta.created)},
		{"docProps/app.xml", docxApp(meta.creator)},
		{"word/_rels/document.xml.rels", docxDocumentRels},
		{"word/document.xml", docxXMLHead + `<w:document ` + docxNS + `><w:body>` + doc.b.String() + `</w:body></w:document>`},
		{"word/styles.xml", docxStyles},
		{"word/numbering.xml", docxNumbering},
		{"word/settings.xml", docxSettings},
		{"word/header1.xml", docxHeader(marking, d.pending.Total() > 0)},
		{"word/footer1.xml", docxFooter(marking)},
	}
	modified := meta.created
	if modified.Before(time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)) { // zip cannot say earlier
		modified = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if err := writeDocxPackage(w, parts, modified); err != nil {
		return fmt.Errorf("write DOCX: %w", err)
	}
	return nil
}

// Colours of the stance words, as in the PDF.
func stanceHex(stance string) string { return hexOf(lookOf(stance).ink) }

// hexOf is a colour as Word writes it.
func hexOf(c rgb) string { return fmt.Sprintf("%02X%02X%02X", c.r, c.g, c.b) }

func (d *briefData) docxBody(doc *docxDoc) {
	p := d.p
	doc.para("Title", docxRun{text: d.title})
	dash := func(s string) string {
		if s = collapse(s); s == "" {
			return "—"
		}
		return s
	}
	var rows [][]docxRun
	for _, f := range [][2]string{{"Date", d.date}, {"Reference", p.Brief.Reference}, {"Drafted by", p.Brief.Author},
		{"Organisation", p.Brief.Organisation}, {"Cleared by", p.Brief.ClearedBy}} {
		rows = append(rows, []docxRun{{text: f[0], bold: true}, {text: dash(f[1])}})
	}
	doc.table([]int{2200, 7400}, []string{"Brief", ""}, rows)

	suggested := docxRun{text: "SUGGESTED ", bold: true, small: true, highlight: "yellow"}
	doc.para("Heading1", docxRun{text: "Purpose"})
	if s := collapse(p.Brief.Purpose); s != "" {
		doc.para("", docxRun{text: s})
	} else {
		doc.para("", suggested, docxRun{text: d.draftPurpose()})
	}
	d.docxChanges(doc)
	doc.para("Heading1", docxRun{text: "Key points"})
	points := splitParagraphs(p.Brief.Summary)
	if len(points) == 0 {
		points = d.draftKeyPoints()
		doc.para("", suggested, docxRun{text: "Suggested from the selected positions; the drafter has not written the key points.", italic: true, small: true})
	}
	for _, pt := range points {
		doc.para("ListBullet", docxRun{text: pt})
	}
	for i := range d.sections {
		d.docxSection(doc, &d.sections[i])
	}
	if parts := splitParagraphs(p.Brief.Outlook); len(parts) > 0 {
		doc.para("Heading1", docxRun{text: "Outlook and comment"})
		for _, part := range parts {
			doc.para("", docxRun{text: part})
		}
	}
	d.docxActors(doc)
	d.docxStakes(doc)
	if len(p.Documents) > 0 {
		doc.para("Heading1", docxRun{text: "Sources"})
		for i, src := range p.Documents {
			runs := []docxRun{{text: "[" + strconv.Itoa(i+1) + "] "}, {text: sourceTitle(src), bold: true}}
			if rest := sourceDetails(src); rest != "" {
				runs = append(runs, docxRun{text: ". " + rest})
			}
			if u := sourceURL(src); u != "" {
				runs = append(runs, docxRun{text: ". " + u, color: "1F3A5F"})
			}
			doc.para("", runs...)
		}
	}
	if p.Brief.Annex {
		doc.para("Heading1", docxRun{text: "Annex: source text"})
		for i, src := range p.Documents {
			label := sourceTitle(src)
			if len(p.Documents) > 1 {
				label = "[" + strconv.Itoa(i+1) + "] " + label
			}
			doc.para("Heading2", docxRun{text: label})
			for n := range src.Paragraphs {
				doc.para("", docxRun{text: strconv.Itoa(n+1) + "  ", small: true, color: "5C5C5C"}, docxRun{text: src.ParagraphText(n + 1)})
			}
		}
	}
}

func (d *briefData) docxSection(doc *docxDoc, s *topicSection) {
	doc.para("Heading1", docxRun{text: strconv.Itoa(s.n) + "   " + s.label()})
	if s.t != nil {
		if note := strings.TrimSpace(s.t.Note); note != "" {
			doc.para("", docxRun{text: "State of play: ", bold: true}, docxRun{text: note})
		}
	} else {
		doc.para("", docxRun{text: "Positions selected for the brief that belong to none of its topics.", italic: true, small: true})
	}
	if len(s.positions) == 0 {
		doc.para("", docxRun{text: "No positions on this topic are selected for the brief.", italic: true})
	}
	for i, x := range s.positions {
		name := d.actorName(x.Actor)
		if len(x.CoActors) > 0 {
			var co []string
			for _, id := range x.CoActors {
				co = append(co, d.actorName(id))
			}
			name += " (with " + strings.Join(co, ", ") + ")"
		}
		l := lookOf(x.Stance)
		runs := []docxRun{
			{text: fmt.Sprintf("%d.%d  ", s.n, i+1), small: true, color: "5C5C5C"},
			{text: name, bold: true},
			{text: "  " + l.sym + " " + l.word, bold: true, color: stanceHex(x.Stance)},
		}
		if sum := strings.TrimSpace(afterSpeaker(x.Summary)); sum != "" {
			runs = append(runs, docxRun{text: "  " + sum})
		}
		doc.para("", runs...)
		if q := collapse(x.Evidence.Quote); q != "" {
			ev := []docxRun{{text: "“" + q + "”"}}
			if c := d.citation(x.Evidence, x.Paragraph); c != "" {
				ev = append(ev, docxRun{text: "  " + c, small: true, color: "5C5C5C"})
			}
			doc.para("Quote", ev...)
		}
		if note := strings.TrimSpace(x.Note); note != "" {
			doc.para("", docxRun{text: "Note: ", bold: true, small: true}, docxRun{text: note, small: true})
		}
	}
	if len(s.shifts) > 0 {
		// Word's fonts have the arrow the PDF's lacks.
		doc.para("Heading2", docxRun{text: "Shifts"})
		for _, x := range s.shifts {
			runs := []docxRun{{text: x.actor + ": ", bold: true}, shiftRun(x.from.stance), {text: ", " + shortDate(x.from.date) + " → "},
				shiftRun(x.to.stance), {text: ", " + shortDate(x.to.date)}}
			if c := d.citation(x.later.Evidence, x.later.Paragraph); c != "" {
				runs = append(runs, docxRun{text: "  " + c, small: true, color: "5C5C5C"})
			}
			doc.para("ListBullet", runs...)
		}
	}
	if len(s.excerpts) > 0 {
		doc.para("Heading2", docxRun{text: "Key excerpts"})
		for _, x := range s.excerpts {
			runs := []docxRun{{text: "“" + collapse(x.Anchor.Quote) + "”"}}
			if c := d.citation(x.Anchor, 0); c != "" {
				runs = append(runs, docxRun{text: "  " + c, small: true, color: "5C5C5C"})
			}
			doc.para("Quote", runs...)
		}
	}
}

// shiftRun is one side's stance in a shift, coloured as in the PDF.
func shiftRun(stance string) docxRun {
	l := shiftLook(stance)
	return docxRun{text: l.sym + " " + l.word, bold: true, color: hexOf(l.ink)}
}

// docxActors is the actors' stances as a long table, one row per actor and
// section: it stays readable however many sections the brief has, where
// the PDF's matrix needs groups of columns.
func (d *briefData) docxActors(doc *docxDoc) {
	doc.para("Heading1", docxRun{text: "Actors and positions"})
	if len(d.rows) == 0 {
		doc.para("", docxRun{text: "No actor holds a position in this brief.", italic: true})
		return
	}
	var rows [][]docxRun
	for _, r := range d.rows {
		name := r.a.Name
		if more := joinNonEmpty(", ", r.a.Role, r.a.Affiliation); more != "" {
			name += "\n" + more
		}
		for _, top := range r.tops {
			c := r.cells[top]
			var ks []string
			for _, k := range c.stances() {
				ks = append(ks, fmt.Sprintf("%s (%d)", lookOf(k).word, c[k]))
			}
			stance := strings.Join(ks, ", ")
			if c.mixed() {
				stance = "mixed: " + stance
			}
			sec := d.sections[top]
			rows = append(rows, []docxRun{{text: name, bold: true}, {text: strconv.Itoa(sec.n) + ". " + sec.label()},
				{text: stance, bold: true, color: hexOf(c.look().ink), shade: hexOf(c.look().fill)}})
			name = ""
		}
	}
	doc.table([]int{3400, 3600, 2600}, []string{"Actor", "Section", "Stance (positions)"}, rows)
}
