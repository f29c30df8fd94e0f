package report

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"

	"briefing/project"
)

// PDFReport tells what WritePDFReport did beyond the obvious.
type PDFReport struct {
	// Pages is the number of pages of the brief.
	Pages int
	// Replaced lists, in order and once each, the characters the brief's
	// font cannot show (emoji, scripts other than Latin, Greek and
	// Cyrillic). Each was drawn as U+FFFD "�" so that the loss is visible.
	Replaced []rune
}

// WritePDF writes the brief as a PDF. Characters the font cannot show are
// replaced with "�" and reported through opt.Warn; WritePDFReport returns
// them too.
func WritePDF(w io.Writer, p *project.Project, opt Options) error {
	_, err := WritePDFReport(w, p, opt)
	return err
}

// WritePDFReport writes the brief as a PDF and reports on it.
//
// The brief follows a ministry briefing note: the title and particulars
// (date, reference, drafter, organisation, clearance); the purpose; what
// changed since the previous brief, with opt.Changes; the key
// points (the user's summary, or drafted from the positions and marked as
// a draft); a section per selected topic, by priority and then in the
// user's order, with its state of play, its positions with their evidence
// cited by source, date and paragraph, and its key excerpts; "Other
// points", the selected positions that have no topic; the outlook; a table
// of the actors' stances by section; the sources; and, with Brief.Annex,
// the source text with numbered paragraphs. Every page carries the
// handling marking at top and bottom, the short title, the date and
// "Page N of M", and, while anything in the brief is unreviewed, a
// diagonal DRAFT.
//
// The same project and opt.Created give the same bytes.
func WritePDFReport(w io.Writer, p *project.Project, opt Options) (PDFReport, error) {
	if p == nil {
		return PDFReport{}, errors.New("write PDF: no project")
	}
	m, err := loadMetrics()
	if err != nil {
		return PDFReport{}, err
	}
	ps := pageFor(p.Brief.PageSize)
	d := digest(p)
	d.changes = opt.Changes

	cl := &cleaner{m: m, replaced: map[rune]int{}}
	ts := &typesetter{m: m, cl: cl}
	pw := newPDFWriter(w, m, metaFor(d, opt))
	pages := layoutBrief(pw, ts, ps, d)
	if err := pw.finish(); err != nil {
		return PDFReport{}, err
	}
	rep := PDFReport{Pages: pages, Replaced: cl.replacedRunes()}
	if opt.Warn != nil && len(rep.Replaced) > 0 {
		opt.Warn(replacedMessage(rep.Replaced, cl.replaced))
	}
	return rep, nil
}

// layoutBrief lays the brief out on c and returns the number of pages.
func layoutBrief(c canvas, ts *typesetter, ps pageSpec, d *briefData) int {
	b := &brief{flow: &flow{typesetter: ts, c: c, ps: ps}, d: d}
	b.layout()
	return b.page
}

func replacedMessage(rs []rune, counts map[rune]int) string {
	var parts []string
	for i, r := range rs {
		if i == 12 {
			parts = append(parts, fmt.Sprintf("and %d more", len(rs)-i))
			break
		}
		parts = append(parts, fmt.Sprintf("%c (%U) ×%d", r, r, counts[r]))
	}
	return fmt.Sprintf("PDF: the font cannot show %d %s, drawn as �: %s", len(rs), plural(len(rs), "character", "characters"), strings.Join(parts, ", "))
}

// pageFor returns the page geometry for Brief.PageSize (A4 by default).
func pageFor(size string) pageSpec {
	ps := pageSpec{w: 595.28, h: 841.89, left: 56, right: 56, top: 60, bottom: 56}
	if strings.EqualFold(size, "Letter") {
		ps.w, ps.h = 612, 792
	}
	return ps
}

func metaFor(d *briefData, opt Options) pdfMeta {
	created := opt.Created
	if created.IsZero() {
		created, _ = time.Parse(time.DateOnly, d.p.Brief.Date)
	}
	if created.IsZero() {
		created = time.Now()
	}
	creator := opt.Creator
	if creator == "" {
		creator = "Briefing Builder"
	}
	var labels []string
	for _, s := range d.sections {
		labels = append(labels, s.label())
	}
	subject := fmt.Sprintf("Brief: %d %s in %d %s", d.positions, plural(d.positions, "position", "positions"),
		len(d.sections), plural(len(d.sections), "section", "sections"))
	if d.pending.Total() > 0 {
		subject = "DRAFT. " + subject
	}
	if m := strings.TrimSpace(d.p.Brief.Marking); m != "" {
		subject = strings.ToUpper(m) + ". " + subject
	}
	keywords := strings.Join(labels, "; ")
	if r := []rune(keywords); len(r) > 1000 {
		keywords = string(r[:999]) + "…"
	}
	return pdfMeta{
		title:    metaText(d.title),
		author:   metaText(joinNonEmpty(", ", d.p.Brief.Author, d.p.Brief.Organisation)),
		subject:  metaText(subject),
		keywords: metaText(keywords),
		creator:  metaText(creator),
		created:  created.UTC(),
	}
}

// metaText makes a string safe for the PDF's metadata and outline: gofpdf
// cannot encode characters above U+FFFF there.
func metaText(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r > 0xFFFF:
			return replacement
		case unicode.IsControl(r):
			return ' '
		}
		return r
	}, s)
}
