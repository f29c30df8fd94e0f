package report

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"briefing/document"
	"briefing/project"
)

// This file decides what the brief says and in what order; pdf_layout.go
// decides where it goes on the page.

// Colours. Every colour that carries meaning comes with a word or a
// symbol, so the brief reads the same printed in greyscale.
var (
	inkColor   = rgb{0x1a, 0x1a, 0x1a}
	greyColor  = rgb{0x5c, 0x5c, 0x5c}
	ruleColor  = rgb{0xb8, 0xb8, 0xb8}
	navyColor  = rgb{0x1f, 0x3a, 0x5f}
	quoteBar   = rgb{0xc8, 0xc8, 0xc8}
	headBG     = rgb{0xe9, 0xed, 0xf2}
	whiteColor = rgb{0xff, 0xff, 0xff}
	amberBG    = rgb{0xfb, 0xe3, 0xb0}
	amberInk   = rgb{0x6e, 0x42, 0x00}
)

// stanceLook is how a stance is shown: a symbol and a word in a colour, on
// a tint in the actors table.
type stanceLook struct {
	sym, word string
	ink, fill rgb
}

var stanceLooks = map[string]stanceLook{
	"supports": {"+", "supports", rgb{0x1e, 0x6b, 0x2e}, rgb{0xdc, 0xee, 0xda}},
	"opposes":  {"–", "opposes", rgb{0xa3, 0x23, 0x1a}, rgb{0xf7, 0xdb, 0xd7}},
	"neutral":  {"=", "neutral", rgb{0x4d, 0x4d, 0x4d}, rgb{0xe8, 0xe8, 0xe8}},
	"claims":   {"!", "claims", rgb{0x1f, 0x4e, 0x8c}, rgb{0xdb, 0xe6, 0xf4}},
}

var mixedLook = stanceLook{"±", "mixed", rgb{0x6e, 0x42, 0x00}, rgb{0xfb, 0xec, 0xcc}}

// stanceOrder is the order stances are listed in.
var stanceOrder = []string{"supports", "opposes", "neutral", "claims"}

func lookOf(stance string) stanceLook {
	if l, ok := stanceLooks[stance]; ok {
		return l
	}
	w := stance
	if w == "" {
		w = "no stance"
	}
	return stanceLook{"·", w, greyColor, rgb{0xf0, 0xf0, 0xf0}}
}

var priorityBG = map[string]rgb{
	project.High:   {0xa3, 0x23, 0x1a},
	project.Medium: {0x8a, 0x5a, 0x00},
	project.Low:    {0x6b, 0x6b, 0x6b},
}

// Type sizes, in points.
const (
	bodySize     = 9.5
	bodyLeading  = 12.5
	smallSize    = 8
	smallLead    = 10
	h1Size       = 14
	h2Size       = 10.5
	evidenceLead = 11.5 // evidence quotes, 9 pt
	posIndent    = 28   // text of a position, right of its number
	quoteIndent  = 40   // evidence and excerpts
)

func st(f face, size float64, c rgb) style { return style{face: f, size: size, color: c} }

func tag(size float64, fg, bg rgb) style {
	return style{face: bold, size: size, color: fg, bg: bg, hasBG: true}
}

// topicSection is one selected topic with what the brief shows under it.
type topicSection struct {
	n         int
	t         *project.Topic
	positions []*project.Position
	excerpts  []*project.Excerpt
}

// cellStance counts an actor's positions on one topic by stance.
type cellStance struct {
	counts     map[string]int
	unreviewed bool
}

// actorRow is an included actor and its stances by topic number (0-based).
type actorRow struct {
	a     *project.Actor
	cells map[int]*cellStance
	tops  []int // topic numbers it has a cell for, ascending
}

// briefData is the project digested once for both layout passes.
type briefData struct {
	p                     *project.Project
	title                 string
	date                  string
	sections              []topicSection
	actors                map[string]*project.Actor
	docs                  map[string]*document.Document
	docNum                map[string]int
	rows                  []actorRow
	positions, unreviewed int
}

func digest(p *project.Project) *briefData {
	d := &briefData{p: p, actors: map[string]*project.Actor{}, docs: map[string]*document.Document{}, docNum: map[string]int{}}
	d.title = strings.TrimSpace(p.Brief.Title)
	if d.title == "" && len(p.Documents) == 1 {
		d.title = project.DisplayTitle(p.Documents[0])
	}
	if d.title == "" {
		d.title = "Brief"
	}
	d.date = longDate(p.Brief.Date)
	for i, doc := range p.Documents {
		d.docs[doc.ID] = doc
		d.docNum[doc.ID] = i + 1
	}
	for _, a := range p.Actors {
		d.actors[a.ID] = a
	}
	secOf := map[string]int{}
	for _, t := range p.SelectedTopics() {
		secOf[t.ID] = len(d.sections)
		d.sections = append(d.sections, topicSection{n: len(d.sections) + 1, t: t})
	}
	rowOf := map[string]int{}
	var rows []actorRow
	for _, x := range p.Positions {
		i, ok := secOf[x.Topic]
		if !ok || !x.Selected || x.Rejected {
			continue
		}
		d.sections[i].positions = append(d.sections[i].positions, x)
		d.positions++
		if !x.Reviewed {
			d.unreviewed++
		}
		a := d.actors[x.Actor]
		if a == nil || a.Rejected {
			continue
		}
		r, ok := rowOf[a.ID]
		if !ok {
			r = len(rows)
			rowOf[a.ID] = r
			rows = append(rows, actorRow{a: a, cells: map[int]*cellStance{}})
		}
		c := rows[r].cells[i]
		if c == nil {
			c = &cellStance{counts: map[string]int{}}
			rows[r].cells[i] = c
			rows[r].tops = append(rows[r].tops, i)
		}
		c.counts[x.Stance]++
		c.unreviewed = c.unreviewed || !x.Reviewed
	}
	// Rows in the project's order of actors, as IncludedActors gives them.
	for _, a := range p.Actors {
		if r, ok := rowOf[a.ID]; ok {
			slices.Sort(rows[r].tops)
			d.rows = append(d.rows, rows[r])
		}
	}
	for _, x := range p.Excerpts {
		if i, ok := secOf[x.Topic]; ok {
			d.sections[i].excerpts = append(d.sections[i].excerpts, x)
		}
	}
	return d
}

// longDate writes 2026-01-02 as "2 January 2026".
func longDate(s string) string {
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	if err != nil {
		return strings.TrimSpace(s)
	}
	return t.Format("2 January 2006")
}

// brief lays out the whole document on a flow.
type brief struct {
	*flow
	d *briefData
}

// furniture draws the header and footer of page n. The marking, centred,
// is never cut; the short title and the date give way to it. The number of
// pages is not known yet: the canvas fills in pageTotal at the end, so
// "Page N of M" is set flush left, where its width does not matter.
func (b *brief) furniture(n int) {
	ps := b.ps
	p := b.d.p
	small := st(regular, 7.5, greyColor)
	mark := st(bold, 8.5, inkColor)
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
	hy := 40.0
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
	// footer: organisation, marking, page N of M
	fy := ps.h - 32
	b.c.line(ps.left, fy-12, ps.w-ps.right, fy-12, 0.5, ruleColor)
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

func (b *brief) layout() {
	b.onPage = b.furniture
	b.newPage()
	b.titleBlock()
	b.summary()
	for i := range b.d.sections {
		b.topic(&b.d.sections[i])
	}
	// Italic is for quotes, which are done, unless the annex or an empty
	// actors table follows: its font can be subset while the table is laid
	// out.
	if s, ok := b.c.(settler); ok && !b.d.p.Brief.Annex && len(b.d.rows) > 0 {
		s.settle(italic)
	}
	b.actorsTable()
	if b.d.p.Brief.Annex {
		b.annex()
	}
}

// heading starts a section: kept with what follows, bookmarked.
func (b *brief) heading(text string, level int, extra ...span) {
	size, lead, before := float64(h1Size), 20.0, 18.0
	if level > 0 {
		size, lead, before = h2Size, 15, 10
	}
	b.space(before)
	b.need(lead + 4*bodyLeading)
	b.c.bookmark(metaText(text), level, b.y)
	spans := append([]span{{st(bold, size, navyColor), text}}, extra...)
	b.paragraph(spans, para{leading: lead})
	if level == 0 {
		b.c.line(b.ps.left, b.y+1, b.ps.w-b.ps.right, b.y+1, 0.6, navyColor)
		b.y += 6
	}
}

func (b *brief) titleBlock() {
	p := b.d.p
	b.paragraph([]span{{st(bold, 20, navyColor), b.d.title}}, para{leading: 26})
	b.y += 4
	var meta []string
	if b.d.date != "" {
		meta = append(meta, b.d.date)
	}
	who := joinNonEmpty(", ", p.Brief.Author, p.Brief.Organisation)
	if who != "" {
		meta = append(meta, who)
	}
	if len(meta) > 0 {
		b.paragraph([]span{{st(regular, 10.5, greyColor), strings.Join(meta, "   ·   ")}}, para{leading: 15})
	}
	if len(p.Documents) > 0 {
		b.space(10)
		label := "SOURCE"
		if len(p.Documents) > 1 {
			label = "SOURCES"
		}
		b.paragraph([]span{{st(bold, 7.5, greyColor), label}}, para{leading: 12})
		for i, doc := range p.Documents {
			spans := []span{{st(bold, smallSize, inkColor), strings.TrimSpace(project.DisplayTitle(doc))}}
			if rest := joinNonEmpty(", ", doc.Outlet, doc.Author, longDate(doc.Date)); rest != "" {
				spans = append(spans, span{st(regular, smallSize, inkColor), " — " + rest})
			}
			if doc.Source != "" {
				spans = append(spans, span{st(regular, smallSize, greyColor), " — " + doc.Source})
			}
			b.paragraph(spans, para{indent: 16, leading: smallLead, gutter: []span{{st(regular, smallSize, greyColor), "[" + strconv.Itoa(i+1) + "]"}}})
		}
	}
	b.space(4)
}

func (b *brief) summary() {
	b.heading("Bottom line up front", 0)
	bar := navyColor
	if s := strings.TrimSpace(b.d.p.Brief.Summary); s != "" {
		for i, part := range splitParagraphs(s) {
			if i > 0 {
				b.y += 5
			}
			b.paragraph([]span{{st(regular, 10, inkColor), part}}, para{indent: 10, leading: 14.5, bar: &bar})
		}
		return
	}
	b.paragraph([]span{
		{tag(7, amberInk, amberBG), "GENERATED SUMMARY"},
		{st(italic, smallSize, greyColor), "   The author wrote no summary; this one is assembled from the selected topics. Check it before sending."},
	}, para{indent: 12, leading: 14})
	b.y += 3
	if len(b.d.sections) == 0 {
		b.paragraph([]span{{st(regular, bodySize, inkColor), "No topics are selected for this brief."}}, para{indent: 12, leading: bodyLeading})
		return
	}
	counts := fmt.Sprintf("%d %s on %d %s", b.d.positions, plural(b.d.positions, "position", "positions"),
		len(b.d.sections), plural(len(b.d.sections), "topic", "topics"))
	if b.d.unreviewed > 0 {
		counts += fmt.Sprintf(", %d not yet reviewed", b.d.unreviewed)
	}
	b.paragraph([]span{{st(regular, bodySize, inkColor), "This brief covers " + counts + "."}}, para{indent: 12, leading: bodyLeading})
	b.y += 2
	for i := range b.d.sections {
		b.paragraph(b.topicDigest(&b.d.sections[i]), para{indent: 24, leading: bodyLeading,
			gutter: []span{{st(regular, bodySize, greyColor), "•"}}})
		b.y += 2
	}
}

// topicDigest is the generated summary line of a topic: its positions and
// their main holders by stance.
func (b *brief) topicDigest(s *topicSection) []span {
	spans := []span{{st(bold, bodySize, inkColor), s.t.Label}}
	if s.t.Priority != "" {
		spans = append(spans, span{st(regular, bodySize, greyColor), " (" + s.t.Priority + " priority)"})
	}
	if len(s.positions) == 0 {
		return append(spans, span{st(regular, bodySize, inkColor), ": no positions selected."})
	}
	actors := map[string]bool{}
	byStance := map[string]map[string]int{}
	first := map[string]int{}
	for i, x := range s.positions {
		actors[x.Actor] = true
		if byStance[x.Stance] == nil {
			byStance[x.Stance] = map[string]int{}
		}
		byStance[x.Stance][x.Actor]++
		if _, ok := first[x.Actor]; !ok {
			first[x.Actor] = i
		}
	}
	spans = append(spans, span{st(regular, bodySize, inkColor), fmt.Sprintf(": %d %s from %d %s",
		len(s.positions), plural(len(s.positions), "position", "positions"), len(actors), plural(len(actors), "actor", "actors"))})
	stances := append([]string(nil), stanceOrder...)
	for k := range byStance {
		if _, ok := stanceLooks[k]; !ok {
			stances = append(stances, k)
		}
	}
	slices.Sort(stances[len(stanceOrder):])
	sep := " — "
	for _, k := range stances {
		holders := byStance[k]
		if len(holders) == 0 {
			continue
		}
		ids := make([]string, 0, len(holders))
		for id := range holders {
			ids = append(ids, id)
		}
		slices.SortFunc(ids, func(x, y string) int {
			return cmp.Or(cmp.Compare(holders[y], holders[x]), cmp.Compare(first[x], first[y]))
		})
		var names []string
		for _, id := range ids[:min(3, len(ids))] {
			names = append(names, b.actorName(id))
		}
		list := strings.Join(names, ", ")
		if len(ids) > 3 {
			list += fmt.Sprintf(" and %d more", len(ids)-3)
		}
		l := lookOf(k)
		spans = append(spans,
			span{st(regular, bodySize, inkColor), sep},
			span{st(bold, bodySize, l.ink), l.word},
			span{st(regular, bodySize, inkColor), ": " + list})
		sep = "; "
	}
	return append(spans, span{st(regular, bodySize, inkColor), "."})
}

func (b *brief) actorName(id string) string {
	if a := b.d.actors[id]; a != nil && a.Name != "" {
		return a.Name
	}
	return "Unknown actor"
}

func (b *brief) topic(s *topicSection) {
	t := s.t
	var extra []span
	if t.Priority != "" {
		bg, ok := priorityBG[t.Priority]
		if !ok {
			bg = priorityBG[project.Low]
		}
		extra = append(extra, span{st(bold, h1Size, navyColor), "  "}, span{tag(7, whiteColor, bg), strings.ToUpper(t.Priority) + " PRIORITY"})
	}
	b.heading(fmt.Sprintf("%d   %s", s.n, t.Label), 0, extra...)
	if len(t.Tags) > 0 {
		b.paragraph([]span{{st(bold, smallSize, greyColor), "Tags: "}, {st(regular, smallSize, greyColor), strings.Join(t.Tags, ", ")}}, para{leading: smallLead})
		b.y += 3
	}
	if note := strings.TrimSpace(t.Note); note != "" {
		b.paragraph([]span{{st(bold, bodySize, inkColor), "Analyst’s note: "}, {st(regular, bodySize, inkColor), note}}, para{leading: bodyLeading})
		b.y += 6
	}
	if len(s.positions) == 0 {
		b.paragraph([]span{{st(italic, bodySize, greyColor), "No positions on this topic are selected for the brief."}}, para{leading: bodyLeading})
	}
	for i, x := range s.positions {
		b.position(s, i+1, x)
	}
	if len(s.excerpts) > 0 {
		b.space(4)
		b.need(smallLead + 3*bodyLeading)
		b.paragraph([]span{{st(bold, smallSize, greyColor), "KEY EXCERPTS"}}, para{leading: 14})
		for _, x := range s.excerpts {
			spans := []span{{st(italic, bodySize, inkColor), "“" + collapse(x.Anchor.Quote) + "”"}}
			if c := b.citation(x.Anchor, 0); c != "" {
				spans = append(spans, span{st(regular, smallSize, greyColor), "  " + c})
			}
			b.paragraph(spans, para{indent: posIndent, leading: bodyLeading, bar: &quoteBar, keep: 2 * bodyLeading})
			b.y += 5
		}
	}
}

func (b *brief) position(s *topicSection, n int, x *project.Position) {
	l := lookOf(x.Stance)
	var spans []span
	if !x.Reviewed {
		spans = append(spans, span{tag(6.5, amberInk, amberBG), "UNREVIEWED"}, span{st(regular, bodySize, inkColor), "  "})
	}
	name := b.actorName(x.Actor)
	if len(x.CoActors) > 0 {
		var co []string
		for _, id := range x.CoActors {
			co = append(co, b.actorName(id))
		}
		name += " (with " + strings.Join(co, ", ") + ")"
	}
	spans = append(spans,
		span{st(bold, bodySize, inkColor), name},
		span{st(regular, bodySize, inkColor), "   "},
		span{tag(7.5, l.ink, l.fill), l.sym + " " + l.word})
	if sum := strings.TrimSpace(x.Summary); sum != "" {
		spans = append(spans, span{st(regular, bodySize, inkColor), "   " + sum})
	}
	num := []span{{st(regular, smallSize, greyColor), fmt.Sprintf("%d.%d", s.n, n)}}
	b.space(6)
	// keep the position with the start of its evidence
	b.paragraph(spans, para{indent: posIndent, leading: bodyLeading, gutter: num, keep: 2 * bodyLeading, after: 2 + 2*evidenceLead})
	if q := collapse(x.Evidence.Quote); q != "" {
		b.y += 2
		ev := []span{{st(italic, 9, rgb{0x33, 0x33, 0x33}), "“" + q + "”"}}
		if c := b.citation(x.Evidence, x.Paragraph); c != "" {
			ev = append(ev, span{st(regular, 7.5, greyColor), "  " + c})
		}
		b.paragraph(ev, para{indent: quoteIndent, leading: evidenceLead, bar: &quoteBar, keep: 2 * evidenceLead})
	}
	if note := strings.TrimSpace(x.Note); note != "" {
		b.y += 2
		b.paragraph([]span{{st(bold, smallSize, greyColor), "Note: "}, {st(regular, smallSize, inkColor), note}},
			para{indent: quoteIndent, leading: smallLead})
	}
}

// citation names the source and paragraph of an anchor: "[2] Reuters, ¶4".
func (b *brief) citation(a project.Anchor, paragraph int) string {
	doc := b.d.docs[a.Doc]
	if doc == nil && len(b.d.p.Documents) == 1 && a.Doc == "" {
		doc = b.d.p.Documents[0]
	}
	if paragraph == 0 && doc != nil && a.End > a.Start {
		paragraph = doc.ParagraphAt(a.Start)
	}
	var parts []string
	if doc != nil {
		name := strings.TrimSpace(doc.Outlet)
		if r := []rune(name); len(r) > 40 {
			name = strings.TrimSpace(string(r[:39])) + "…"
		}
		switch {
		case len(b.d.p.Documents) > 1:
			name = strings.TrimSpace("[" + strconv.Itoa(b.d.docNum[doc.ID]) + "] " + name)
		case name == "":
			name = "Source"
		}
		parts = append(parts, name)
	}
	if paragraph > 0 {
		parts = append(parts, "¶"+strconv.Itoa(paragraph))
	}
	if len(parts) == 0 {
		return ""
	}
	return "— " + strings.Join(parts, ", ")
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
		span{st(regular, smallSize, greyColor), "    * includes unreviewed positions.  Numbers in brackets count positions."})
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
		t := &table{pad: 4, leading: 10, grid: ruleColor, headBG: headBG, widths: []float64{actorW}}
		t.header = []cell{{spans: []span{{st(bold, 7.5, inkColor), "Actor"}}}}
		for i := lo; i < hi; i++ {
			t.widths = append(t.widths, colW)
			t.header = append(t.header, cell{spans: []span{{st(bold, 7.5, inkColor), strconv.Itoa(i+1) + ". " + b.d.sections[i].t.Label}}})
		}
		rows := byGroup[g]
		b.tableRows(t, len(rows), func(i int) []cell { return b.actorCells(rows[i], lo, hi) })
		b.y += 6
	}
}

func (b *brief) actorCells(r *actorRow, lo, hi int) []cell {
	a := r.a
	name := []span{{st(bold, 7.5, inkColor), a.Name}}
	if more := joinNonEmpty(", ", a.Role, a.Affiliation); more != "" {
		name = append(name, span{st(regular, 7, greyColor), "\n" + more})
	}
	cells := []cell{{spans: name}}
	for i := lo; i < hi; i++ {
		c := r.cells[i]
		if c == nil {
			cells = append(cells, cell{})
			continue
		}
		var ks []string
		for _, k := range stanceOrder {
			if c.counts[k] > 0 {
				ks = append(ks, k)
			}
		}
		var other []string
		for k := range c.counts {
			if _, ok := stanceLooks[k]; !ok {
				other = append(other, k)
			}
		}
		slices.Sort(other)
		ks = append(ks, other...)
		star := ""
		if c.unreviewed {
			star = "*"
		}
		var spans []span
		look := lookOf(ks[0])
		if len(ks) > 1 {
			look = mixedLook
			spans = append(spans, span{st(bold, 7.5, look.ink), look.sym + " " + look.word + star})
			for _, k := range ks {
				l := lookOf(k)
				spans = append(spans, span{st(regular, 7, l.ink), fmt.Sprintf("\n%s %s (%d)", l.sym, l.word, c.counts[k])})
			}
		} else {
			txt := look.sym + " " + look.word + star
			if n := c.counts[ks[0]]; n > 1 {
				txt += fmt.Sprintf(" (%d)", n)
			}
			spans = append(spans, span{st(bold, 7.5, look.ink), txt})
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
		label := project.DisplayTitle(doc)
		if len(b.d.p.Documents) > 1 {
			label = "[" + strconv.Itoa(i+1) + "] " + label
		}
		b.heading(label, 1)
		if meta := joinNonEmpty(", ", doc.Outlet, doc.Author, longDate(doc.Date), doc.Source); meta != "" {
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
			b.paragraph([]span{{st(f, 9, inkColor), doc.ParagraphText(n + 1)}}, para{indent: posIndent, leading: 12.5,
				gutter: []span{{st(regular, 7.5, greyColor), strconv.Itoa(n + 1)}}})
			b.y += 4
		}
	}
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, s := range parts {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, sep)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// collapse turns runs of white space into single spaces.
func collapse(s string) string {
	if isCollapsed(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isCollapsed reports whether collapse would return s unchanged: no white
// space at either end, and only single ASCII spaces within.
func isCollapsed(s string) bool {
	prevSpace := true // a space at the start is not collapsed
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		prevSpace = false
		i += n
	}
	return !prevSpace || s == ""
}

// splitParagraphs splits text at blank lines; single line breaks stay.
func splitParagraphs(s string) []string {
	var out []string
	for _, part := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}
