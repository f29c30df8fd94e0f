package report

import (
	"cmp"
	"slices"

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

// Type sizes, in points. Body text is 11 pt, the size of a printed
// briefing note, readable on a phone screen at the page's width.
const (
	bodySize     = 11
	bodyLeading  = 14.5
	smallSize    = 9
	smallLead    = 11.5
	tableSize    = 8.5
	tableLead    = 11
	h1Size       = 15
	h2Size       = 12
	evidenceSize = 10.5
	evidenceLead = 13.5
	posIndent    = 30 // text of a position, right of its number
	quoteIndent  = 42 // evidence and excerpts
)

func st(f face, size float64, c rgb) style { return style{face: f, size: size, color: c} }

func tag(size float64, fg, bg rgb) style {
	return style{face: bold, size: size, color: fg, bg: bg, hasBG: true}
}

// otherLabel heads the section of the positions that have no topic.
const otherLabel = "Other points"

// topicSection is one section of the brief: a selected topic, or (t nil)
// the other points, with what the brief shows under it.
type topicSection struct {
	n         int
	t         *project.Topic
	positions []*project.Position
	excerpts  []*project.Excerpt
	shifts    []shift // changes of stance among positions, by actor and date
}

// label is the section's heading.
func (s *topicSection) label() string {
	if s.t == nil {
		return otherLabel
	}
	return s.t.Label
}

// actorRow is an included actor and its stances by topic number (0-based).
type actorRow struct {
	a     *project.Actor
	cells map[int]stanceTally
	tops  []int // topic numbers it has a cell for, ascending
}

// briefData is the project digested once for both layout passes.
type briefData struct {
	p        *project.Project
	title    string
	date     string
	sections []topicSection // topics by priority, then "Other points"
	actors   map[string]*project.Actor
	docs     map[string]*document.Document
	docNum   map[string]int
	rows     []actorRow
	// positions counts the positions shown; pending the unreviewed items
	// shown, which make the brief a draft.
	positions int
	pending   project.Pending
	// changes, when set, is what changed since the previous brief.
	changes *project.Changes
}

// priorityRank orders sections: high first, then medium, low, and topics
// without a priority last.
func priorityRank(p string) int {
	switch p {
	case project.High:
		return 0
	case project.Medium:
		return 1
	case project.Low:
		return 2
	}
	return 3
}

func digest(p *project.Project) *briefData {
	d := &briefData{p: p, actors: map[string]*project.Actor{}, docs: map[string]*document.Document{}, docNum: map[string]int{}}
	for i, doc := range p.Documents {
		d.docs[doc.ID] = doc
		d.docNum[doc.ID] = i + 1
	}
	for _, a := range p.Actors {
		d.actors[a.ID] = a
	}
	topics := map[string]*project.Topic{}
	for _, t := range p.Topics {
		topics[t.ID] = t
	}
	// Priority orders the sections; within a priority the user's order
	// stands (a stable sort).
	sel := p.SelectedTopics()
	slices.SortStableFunc(sel, func(a, b *project.Topic) int {
		return cmp.Compare(priorityRank(a.Priority), priorityRank(b.Priority))
	})
	secOf := map[string]int{}
	for _, t := range sel {
		secOf[t.ID] = len(d.sections)
		d.sections = append(d.sections, topicSection{n: len(d.sections) + 1, t: t})
	}
	other := topicSection{}
	var otherPos []*project.Position
	rowOf := map[string]int{}
	var rows []actorRow
	for _, x := range p.Positions {
		if !x.Selected || x.Rejected {
			continue
		}
		i, ok := secOf[x.Topic]
		if !ok {
			// Without a live topic the position is one of the other
			// points; on a topic the user left out, it is out too.
			if t := topics[x.Topic]; t != nil && !t.Rejected {
				continue
			}
			otherPos = append(otherPos, x)
			i = -1
		} else {
			d.sections[i].positions = append(d.sections[i].positions, x)
		}
		d.positions++
		a := d.actors[x.Actor]
		if a == nil || a.Rejected {
			continue
		}
		r, ok := rowOf[a.ID]
		if !ok {
			r = len(rows)
			rowOf[a.ID] = r
			rows = append(rows, actorRow{a: a, cells: map[int]stanceTally{}})
		}
		if i < 0 {
			i = len(sel) // the other points come last
		}
		c := rows[r].cells[i]
		if c == nil {
			c = stanceTally{}
			rows[r].cells[i] = c
			rows[r].tops = append(rows[r].tops, i)
		}
		c[x.Stance]++
	}
	if len(otherPos) > 0 {
		other.n = len(d.sections) + 1
		other.positions = otherPos
		d.sections = append(d.sections, other)
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
	d.findShifts()
	d.pending = p.PendingInBrief()
	d.title = briefTitle(p)
	d.date = longDate(p.Brief.Date)
	return d
}
