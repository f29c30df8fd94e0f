package report

import (
	"fmt"
	"strconv"
	"strings"

	"briefing/project"
)

// The topic sections of the brief, the actors table and the annex.

// topic lays out one section: its state of play (the topic's note), its
// positions and its key excerpts.
func (b *brief) topic(s *topicSection) {
	b.heading(fmt.Sprintf("%d   %s", s.n, s.label()), 0)
	if t := s.t; t != nil {
		if note := strings.TrimSpace(t.Note); note != "" {
			b.paragraph([]span{{st(bold, bodySize, inkColor), "State of play: "}, {st(regular, bodySize, inkColor), note}}, para{leading: bodyLeading})
			b.y += 6
		}
	} else {
		b.paragraph([]span{{st(italic, smallSize, greyColor), "Positions selected for the brief that belong to none of its topics."}}, para{leading: smallLead})
		b.y += 2
	}
	if len(s.positions) == 0 {
		b.paragraph([]span{{st(italic, bodySize, greyColor), "No positions on this topic are selected for the brief."}}, para{leading: bodyLeading})
	}
	for i, x := range s.positions {
		b.position(s, i+1, x)
	}
	b.shifts(s)
	if len(s.excerpts) > 0 {
		b.space(4)
		b.need(smallLead + 3*bodyLeading)
		b.paragraph([]span{{st(bold, smallSize, greyColor), "KEY EXCERPTS"}}, para{leading: 14})
		for _, x := range s.excerpts {
			spans := []span{{st(italic, evidenceSize, inkColor), "“" + collapse(x.Anchor.Quote) + "”"}}
			if c := b.d.citation(x.Anchor, 0); c != "" {
				spans = append(spans, span{st(regular, smallSize, greyColor), "  " + c})
			}
			b.paragraph(spans, para{indent: posIndent, leading: evidenceLead, bar: &quoteBar, keep: 2 * evidenceLead, role: "BlockQuote"})
			b.y += 5
		}
	}
}

// shifts lists the section's changes of stance, one line each: "Putin:
// from + supports, 27 Nov 2025, to – opposes, 2 Dec 2025", citing the
// source of the later date. "from … to …" in words: the brief's font has
// no arrow. A section without a change has no such part.
func (b *brief) shifts(s *topicSection) {
	if len(s.shifts) == 0 {
		return
	}
	b.space(4)
	b.need(smallLead + 2*bodyLeading)
	b.paragraph([]span{{st(bold, smallSize, greyColor), "SHIFTS"}}, para{leading: 14, role: "H3"})
	body := st(regular, bodySize, inkColor)
	b.c.beginTag("L")
	for _, x := range s.shifts {
		from, to := shiftLook(x.from.stance), shiftLook(x.to.stance)
		spans := []span{{st(bold, bodySize, inkColor), x.actor + ":"}, {body, " from "},
			{tag(8.5, from.ink, from.fill), from.sym + " " + from.word}, {body, ", " + shortDate(x.from.date) + ", to "},
			{tag(8.5, to.ink, to.fill), to.sym + " " + to.word}, {body, ", " + shortDate(x.to.date)}}
		if c := b.d.citation(x.later.Evidence, x.later.Paragraph); c != "" {
			spans = append(spans, span{st(regular, smallSize, greyColor), "  " + c})
		}
		b.paragraph(spans, para{indent: posIndent, leading: bodyLeading,
			gutter: []span{{st(bold, bodySize, navyColor), "•"}}, role: "LI"})
		b.y += 3
	}
	b.c.endTag()
}

// position lays out one position: actor, stance word, attributed summary,
// then the quote with its citation and the user's note.
func (b *brief) position(s *topicSection, n int, x *project.Position) {
	l := lookOf(x.Stance)
	name := b.d.actorName(x.Actor)
	if len(x.CoActors) > 0 {
		var co []string
		for _, id := range x.CoActors {
			co = append(co, b.d.actorName(id))
		}
		name += " (with " + strings.Join(co, ", ") + ")"
	}
	spans := []span{
		{st(bold, bodySize, inkColor), name},
		{st(regular, bodySize, inkColor), "   "},
		{tag(8.5, l.ink, l.fill), l.sym + " " + l.word},
	}
	if sum := strings.TrimSpace(afterSpeaker(x.Summary)); sum != "" {
		spans = append(spans, span{st(regular, bodySize, inkColor), "   " + sum})
	}
	num := []span{{st(regular, smallSize, greyColor), fmt.Sprintf("%d.%d", s.n, n)}}
	b.space(6)
	// keep the position with the start of its evidence
	b.paragraph(spans, para{indent: posIndent, leading: bodyLeading, gutter: num, keep: 2 * bodyLeading, after: 2 + 2*evidenceLead})
	if q := collapse(x.Evidence.Quote); q != "" {
		b.y += 2
		ev := []span{{st(italic, evidenceSize, rgb{0x33, 0x33, 0x33}), "“" + q + "”"}}
		if c := b.d.citation(x.Evidence, x.Paragraph); c != "" {
			ev = append(ev, span{st(regular, smallSize, greyColor), "  " + c})
		}
		b.paragraph(ev, para{indent: quoteIndent, leading: evidenceLead, bar: &quoteBar, keep: 2 * evidenceLead, role: "BlockQuote"})
	}
	if note := strings.TrimSpace(x.Note); note != "" {
		b.y += 2
		b.paragraph([]span{{st(bold, smallSize, greyColor), "Note: "}, {st(regular, smallSize, inkColor), note}},
			para{indent: quoteIndent, leading: smallLead})
	}
}

// actorsTable is the matrix of actors by topic, split into groups of topic
// columns that fit the page; a group lists only the actors with a position
// on one of its topics.
func (b *brief) actorsTable() {
	b.heading("Actors and positions", 0)
	if len(b.d.rows) == 0 {
		b.paragraph([]span{{st(italic, bodySize, greyColor), "No actor holds a position in this brief."}}, para{leading: bodyLeading})
		return
	}
	legend := []span{{st(regular, smallSize, greyColor), "Stance of each actor on each topic:  "}}
	for _, k := range stanceOrder {
		l := stanceLooks[k]
		legend = append(legend, span{tag(smallSize, l.ink, l.fill), l.sym + " " + l.word}, span{st(regular, smallSize, greyColor), "    "})
	}
	legend = append(legend, span{tag(smallSize, mixedLook.ink, mixedLook.fill), mixedLook.sym + " " + mixedLook.word},
		span{st(regular, smallSize, greyColor), " (both supports and opposes).  Numbers in brackets count positions."})
	b.paragraph(legend, para{leading: 16})
	b.y += 4

	actorW := 140.0
	perGroup := max(1, int((b.ps.bodyWidth()-actorW)/64))
	nt := len(b.d.sections)
	groups := (nt + perGroup - 1) / perGroup
	perGroup = (nt + groups - 1) / groups // balance the groups
	// The rows of each group, in one pass over the cells: linear in the
	// number of positions however many groups there are.
	byGroup := make([][]*actorRow, groups)
	for i := range b.d.rows {
		r := &b.d.rows[i]
		last := -1
		for _, top := range r.tops { // ascending
			if g := top / perGroup; g != last {
				byGroup[g] = append(byGroup[g], r)
				last = g
			}
		}
	}
	for g := range groups {
		lo, hi := g*perGroup, min(nt, (g+1)*perGroup)
		if groups > 1 {
			b.heading(fmt.Sprintf("Topics %d–%d of %d", lo+1, hi, nt), 1)
		}
		colW := (b.ps.bodyWidth() - actorW) / float64(hi-lo)
		if groups > 1 {
			colW = (b.ps.bodyWidth() - actorW) / float64(perGroup)
		}
		t := &table{pad: 4, leading: tableLead, grid: ruleColor, headBG: headBG, widths: []float64{actorW}}
		t.header = []cell{{spans: []span{{st(bold, tableSize, inkColor), "Actor"}}}}
		for i := lo; i < hi; i++ {
			t.widths = append(t.widths, colW)
			t.header = append(t.header, cell{spans: []span{{st(bold, tableSize, inkColor), strconv.Itoa(i+1) + ". " + b.d.sections[i].label()}}})
		}
		rows := byGroup[g]
		b.tableRows(t, len(rows), func(i int) []cell { return b.actorCells(rows[i], lo, hi) })
		b.y += 6
	}
}

func (b *brief) actorCells(r *actorRow, lo, hi int) []cell {
	a := r.a
	name := []span{{st(bold, tableSize, inkColor), a.Name}}
	if more := joinNonEmpty(", ", a.Role, a.Affiliation); more != "" {
		name = append(name, span{st(regular, tableSize-0.5, greyColor), "\n" + more})
	}
	cells := []cell{{spans: name}}
	for i := lo; i < hi; i++ {
		c := r.cells[i]
		if c == nil {
			cells = append(cells, cell{})
			continue
		}
		ks := c.stances()
		// Mixed means what it says: the actor both supports and opposes.
		// Other combinations are listed, stance by stance.
		var spans []span
		look := c.look()
		if c.mixed() {
			spans = append(spans, span{st(bold, tableSize, look.ink), look.sym + " " + look.word})
		}
		for j, k := range ks {
			l := lookOf(k)
			txt := l.sym + " " + l.word
			if n := c[k]; n > 1 || len(ks) > 1 {
				txt += fmt.Sprintf(" (%d)", n)
			}
			if len(spans) > 0 || j > 0 {
				txt = "\n" + txt
			}
			spans = append(spans, span{st(bold, tableSize, l.ink), txt})
		}
		fill := look.fill
		cells = append(cells, cell{spans: spans, fill: &fill})
	}
	return cells
}

func (b *brief) annex() {
	b.newPage()
	b.heading("Annex: source text", 0)
	b.paragraph([]span{{st(italic, smallSize, greyColor), "Paragraphs are numbered as cited in the brief (¶)."}}, para{leading: smallLead})
	for i, doc := range b.d.p.Documents {
		label := sourceTitle(doc)
		if len(b.d.p.Documents) > 1 {
			label = "[" + strconv.Itoa(i+1) + "] " + label
		}
		b.heading(label, 1)
		if meta := joinNonEmpty(", ", sourceDetails(doc), sourceURL(doc)); meta != "" {
			b.paragraph([]span{{st(regular, smallSize, greyColor), meta}}, para{leading: smallLead})
			b.y += 4
		}
		if len(doc.Paragraphs) == 0 {
			b.paragraph([]span{{st(italic, bodySize, greyColor), "The project does not hold the text of this source."}}, para{leading: bodyLeading})
			continue
		}
		for n := range doc.Paragraphs {
			f := regular
			if doc.Paragraphs[n].Heading {
				f = bold
			}
			b.paragraph([]span{{st(f, bodySize, inkColor), doc.ParagraphText(n + 1)}}, para{indent: posIndent, leading: bodyLeading,
				gutter: []span{{st(regular, smallSize, greyColor), strconv.Itoa(n + 1)}}})
			b.y += 4
		}
	}
}
