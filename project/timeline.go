package project

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"briefing/document"
)

// TimelineEntry is one position of an actor on a topic, dated by the
// document it comes from: a row of the story followed across articles.
type TimelineEntry struct {
	Actor    *Actor
	Topic    *Topic // nil: the position has no (live) topic
	Position *Position
	Document *document.Document // nil when the evidence names no document
	// Date is the document's date as YYYY-MM-DD when it can be read as a
	// date, else as the document gives it ("" when it has none).
	Date string
	// Dated says that Date was read as a calendar date, so that the entry
	// has a place in time.
	Dated bool
	// Change is set on the first entry of a date on which the actor's
	// stance on the topic differs from the previous date's: "supports →
	// opposes". The stance of a date is the one its entries share, or
	// "mixed" when they differ.
	Change string
}

// Timeline lists the live positions (not rejected, held by a live actor)
// sorted by actor name, topic label, date and then document and project
// order, and marks where an actor's stance on a topic changes from one date
// to the next. Undated positions come after the dated ones of their actor
// and topic and mark no change: nothing says when they were taken.
//
// Dates are the documents' own (publication) dates, not the brief's.
func (p *Project) Timeline() []TimelineEntry {
	docs := make(map[string]*document.Document, len(p.Documents))
	docOrder := make(map[string]int, len(p.Documents))
	for i, d := range p.Documents {
		if _, dup := docs[d.ID]; !dup {
			docs[d.ID], docOrder[d.ID] = d, i
		}
	}
	actors := make(map[string]*Actor, len(p.Actors))
	for _, a := range p.Actors {
		if _, dup := actors[a.ID]; !dup {
			actors[a.ID] = a
		}
	}
	topics := make(map[string]*Topic, len(p.Topics))
	for _, t := range p.Topics {
		if _, dup := topics[t.ID]; !dup && !t.Rejected {
			topics[t.ID] = t
		}
	}
	type row struct {
		e          TimelineEntry
		actor, top string // folded, for sorting
		doc, order int
	}
	var rows []row
	for i, x := range p.Positions {
		a := actors[x.Actor]
		if x.Rejected || a == nil || a.Rejected {
			continue
		}
		r := row{e: TimelineEntry{Actor: a, Topic: topics[x.Topic], Position: x, Document: docs[x.Evidence.Doc]},
			actor: fold(a.Name), order: i, doc: len(p.Documents)}
		if r.e.Document == nil && x.Evidence.Doc == "" && len(p.Documents) == 1 {
			r.e.Document = p.Documents[0] // brief JSON of one source names none
		}
		if r.e.Topic != nil {
			r.top = fold(r.e.Topic.Label)
		}
		if d := r.e.Document; d != nil {
			r.doc = docOrder[d.ID]
			r.e.Date, r.e.Dated = DocumentDate(d.Date)
		}
		rows = append(rows, r)
	}
	slices.SortStableFunc(rows, func(a, b row) int {
		return cmp.Or(strings.Compare(a.actor, b.actor), strings.Compare(a.e.Actor.ID, b.e.Actor.ID),
			cmp.Compare(topicRank(a.e.Topic), topicRank(b.e.Topic)), strings.Compare(a.top, b.top),
			strings.Compare(topicID(a.e.Topic), topicID(b.e.Topic)),
			cmp.Compare(dateRank(a.e.Dated), dateRank(b.e.Dated)), strings.Compare(a.e.Date, b.e.Date),
			cmp.Compare(a.doc, b.doc), cmp.Compare(a.order, b.order))
	})
	out := make([]TimelineEntry, len(rows))
	for i, r := range rows {
		out[i] = r.e
	}
	// Each actor and topic is a run; each date a run within it.
	for i := 0; i < len(out); {
		j := i
		for j < len(out) && out[j].Actor == out[i].Actor && out[j].Topic == out[i].Topic {
			j++
		}
		markChanges(out[i:j])
		i = j
	}
	return out
}

// markChanges marks the stance changes in the entries of one actor on one
// topic, sorted by date.
func markChanges(run []TimelineEntry) {
	prev := ""
	for i := 0; i < len(run); {
		j := i
		for j < len(run) && run[j].Date == run[i].Date {
			j++
		}
		if !run[i].Dated {
			return // undated: after every dated entry, and not in time
		}
		s := DateStance(run[i:j])
		if prev != "" && s != "" && s != prev {
			run[i].Change = prev + " → " + s
		}
		if s != "" {
			prev = s
		}
		i = j
	}
}

// DateStance is the stance of a set of entries: the one they share, or
// "mixed" when they differ. Entries without a stance do not count.
func DateStance(entries []TimelineEntry) string {
	s := ""
	for _, e := range entries {
		switch st := e.Position.Stance; {
		case st == "":
		case s == "":
			s = st
		case s != st:
			return "mixed"
		}
	}
	return s
}

// topicRank puts the positions without a topic after those with one.
func topicRank(t *Topic) int {
	if t == nil {
		return 1
	}
	return 0
}

func topicID(t *Topic) string {
	if t == nil {
		return ""
	}
	return t.ID
}

// dateRank puts the undated entries after the dated ones.
func dateRank(dated bool) int {
	if dated {
		return 0
	}
	return 1
}

// dateLayouts are the forms of a date found in articles' details, besides
// the ISO date that the document readers give where they can.
var dateLayouts = []string{
	time.DateOnly, time.RFC3339, "2006/01/02", "2 January 2006", "2 Jan 2006", "January 2, 2006",
	"Jan 2, 2006", "Monday, 2 January 2006", "Monday, January 2, 2006", "Mon, 2 Jan 2006",
	"2006-01-02T15:04:05", "2006-01-02 15:04:05", time.RFC1123Z, time.RFC1123,
}

// DocumentDate reads a document's date and returns it as YYYY-MM-DD, and
// true, when it is one of the usual forms; otherwise it returns it as given
// (trimmed), and false, so that the reader still sees it. An empty date is
// undated.
func DocumentDate(s string) (string, bool) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return "", false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format(time.DateOnly), true
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return t.Format(time.DateOnly), true
		}
	}
	return s, false
}
