package report

import (
	"math"
	"strconv"
	"strings"
)

// The parts of the brief around its topic sections, in the order of a
// ministry briefing note: header block, purpose, what changed since the
// previous brief (when compared; pdf_brief_changes.go), key points, (the
// topic sections), outlook, actors table, stakeholder map
// (pdf_brief_stakes.go), sources.

// brief lays out the whole document on a flow.
type brief struct {
	*flow
	d *briefData
}

// draftMark is the DRAFT across every page of a brief that is not yet
// reviewed; light, and drawn first, so the text stays readable over it.
var draftMark = st(bold, 120, rgb{0xe4, 0xe4, 0xe4})

func (b *brief) layout() {
	b.onPage = b.furniture
	b.newPage()
	b.headerBlock()
	b.purpose()
	b.changes()
	b.keyPoints()
	for i := range b.d.sections {
		b.topic(&b.d.sections[i])
	}
	b.outlook()
	// Italic is for quotes, which are done, unless the annex or an empty
	// actors table follows: its font can be subset while the table is laid
	// out.
	if s, ok := b.c.(settler); ok && !b.d.p.Brief.Annex && len(b.d.rows) > 0 {
		s.settle(italic)
	}
	b.actorsTable()
	b.stakeholderMap()
	b.sources()
	if b.d.p.Brief.Annex {
		b.annex()
	}
}

// furniture draws the header and footer of page n, and the DRAFT mark
// while anything in the brief is unreviewed. The marking, centred, is
// never cut; the short title and the date give way to it. The number of
// pages is not known yet: the canvas fills in pageTotal at the end, so
// "Page N of M" is set flush left, where its width does not matter.
func (b *brief) furniture(n int) {
	ps := b.ps
	p := b.d.p
	if b.d.pending.Total() > 0 {
		const deg = 54.7 // about the diagonal of A4 and Letter
		w := b.width(draftMark, "DRAFT")
		cx, cy := ps.w/2, ps.h/2
		sin, cos := math.Sincos(deg * math.Pi / 180)
		b.c.rotatedText(cx-w/2*cos+draftMark.size*0.35*sin, cy+w/2*sin+draftMark.size*0.35*cos, deg, draftMark, "DRAFT")
	}
	small := st(regular, 8, greyColor)
	mark := st(bold, 10, inkColor)
	marking := b.cl.clean(strings.ToUpper(strings.TrimSpace(p.Brief.Marking)), bold)
	mw := 0.0
	if marking != "" {
		if b.width(mark, marking) > ps.bodyWidth()-100 { // absurdly long: cut rather than overflow
			marking = b.truncate(mark, marking, ps.bodyWidth()-100)
		}
		mw = b.width(mark, marking)
	}
	side := (ps.bodyWidth()-mw)/2 - 12 // room left and right of the marking
	// header: short title, marking, date
	hy := 38.0
	date := b.truncate(small, b.d.date, max(side, 40))
	dw := b.width(small, date)
	titleRoom := side
	if marking == "" {
		titleRoom = ps.bodyWidth() - dw - 24
	}
	if marking != "" {
		b.c.text(ps.w/2-mw/2, hy, mark, marking)
	}
	b.c.text(ps.left, hy, small, b.truncate(small, b.d.title, max(titleRoom, 40)))
	b.c.text(ps.w-ps.right-dw, hy, small, date)
	b.c.line(ps.left, hy+7, ps.w-ps.right, hy+7, 0.5, ruleColor)
	// footer: page N of M, marking, organisation
	fy := ps.h - 30
	b.c.line(ps.left, fy-13, ps.w-ps.right, fy-13, 0.5, ruleColor)
	if marking != "" {
		b.c.text(ps.w/2-mw/2, fy, mark, marking)
	}
	b.c.text(ps.left, fy, small, "Page "+strconv.Itoa(n)+" of "+pageTotal)
	if org := strings.TrimSpace(p.Brief.Organisation); org != "" {
		room := side
		if marking == "" {
			room = ps.bodyWidth()/2 - 12
		}
		org = b.truncate(small, org, max(room, 40))
		b.c.text(ps.w-ps.right-b.width(small, org), fy, small, org)
	}
}

// heading starts a part: kept with what follows, bookmarked.
func (b *brief) heading(text string, level int, extra ...span) {
	size, lead, before := float64(h1Size), 21.0, 18.0
	if level > 0 {
		size, lead, before = h2Size, 16, 10
	}
	b.space(before)
	b.need(lead + 4*bodyLeading)
	b.c.bookmark(metaText(text), level, b.y)
	spans := append([]span{{st(bold, size, navyColor), text}}, extra...)
	b.paragraph(spans, para{leading: lead, role: "H" + strconv.Itoa(level+2)}) // H1 is the title
	if level == 0 {
		b.c.line(b.ps.left, b.y+1, b.ps.w-b.ps.right, b.y+1, 0.6, navyColor)
		b.y += 6
	}
}

// headerBlock is the title and the note's particulars. Empty particulars
// show a dash, so a missing reference or clearance is seen, not missed.
func (b *brief) headerBlock() {
	p := b.d.p
	b.paragraph([]span{{st(bold, 20, navyColor), b.d.title}}, para{leading: 26, role: "H1"})
	b.y += 6
	fields := []struct{ label, value string }{
		{"Date", b.d.date},
		{"Reference", p.Brief.Reference},
		{"Drafted by", p.Brief.Author},
		{"Organisation", p.Brief.Organisation},
		{"Cleared by", p.Brief.ClearedBy},
	}
	label := st(bold, smallSize, greyColor)
	for _, f := range fields {
		v := strings.TrimSpace(f.value)
		if v == "" {
			v = "—"
		}
		b.paragraph([]span{{st(regular, 10, inkColor), v}}, para{indent: 80, leading: 13.5,
			gutter: []span{{label, f.label}}})
	}
	b.y += 2
}

// suggestedTag marks a part the app drafted and the user has not written.
// It does not say DRAFT: that word is kept for the mark of a brief with
// unreviewed items, so that it appears exactly while there are some.
func suggestedTag() span { return span{tag(7.5, amberInk, amberBG), "SUGGESTED"} }

func (b *brief) purpose() {
	b.heading("Purpose", 0)
	if s := collapse(b.d.p.Brief.Purpose); s != "" {
		b.paragraph([]span{{st(regular, bodySize, inkColor), s}}, para{leading: bodyLeading})
		return
	}
	b.paragraph([]span{suggestedTag(), {st(regular, bodySize, inkColor), "  " + b.d.draftPurpose()}}, para{leading: bodyLeading})
}

// keyPoints are the user's summary, a point per paragraph, or drafted
// judgements marked as a draft.
func (b *brief) keyPoints() {
	b.heading("Key points", 0)
	points := splitParagraphs(b.d.p.Brief.Summary)
	if len(points) == 0 {
		points = b.d.draftKeyPoints()
		b.paragraph([]span{suggestedTag(), {st(italic, smallSize, greyColor), "  Suggested from the selected positions; the drafter has not written the key points."}},
			para{leading: 15})
		b.y += 3
	}
	if len(points) == 0 {
		b.paragraph([]span{{st(regular, bodySize, inkColor), "The brief holds no positions yet."}}, para{leading: bodyLeading})
		return
	}
	b.c.beginTag("L")
	for _, pt := range points {
		b.paragraph([]span{{st(regular, bodySize, inkColor), pt}}, para{indent: 16, leading: bodyLeading,
			gutter: []span{{st(bold, bodySize, navyColor), "•"}}, role: "LI"})
		b.y += 4
	}
	b.c.endTag()
}

// outlook is the drafter's comment; a brief without one has no such part.
func (b *brief) outlook() {
	parts := splitParagraphs(b.d.p.Brief.Outlook)
	if len(parts) == 0 {
		return
	}
	b.heading("Outlook and comment", 0)
	for i, part := range parts {
		if i > 0 {
			b.y += 5
		}
		b.paragraph([]span{{st(regular, bodySize, inkColor), part}}, para{leading: bodyLeading})
	}
}

// sources lists each document with what is known of it: title, outlet,
// author, date of publication and web address.
func (b *brief) sources() {
	docs := b.d.p.Documents
	if len(docs) == 0 {
		return
	}
	b.heading("Sources", 0)
	for i, doc := range docs {
		spans := []span{{st(bold, smallSize+1, inkColor), sourceTitle(doc)}}
		if rest := sourceDetails(doc); rest != "" {
			spans = append(spans, span{st(regular, smallSize+1, inkColor), ". " + rest})
		}
		if u := sourceURL(doc); u != "" {
			spans = append(spans, span{st(regular, smallSize+1, navyColor), ". " + u})
		}
		b.paragraph(spans, para{indent: 24, leading: 13,
			gutter: []span{{st(regular, smallSize+1, greyColor), "[" + strconv.Itoa(i+1) + "]"}}})
		b.y += 3
	}
}
