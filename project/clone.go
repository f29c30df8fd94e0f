package project

import (
	"slices"

	"briefing/document"
)

// Clone returns a deep copy of the project. Nil and empty slices stay nil
// and empty, so that a clone marshals to the same bytes and an undone change
// restores the project exactly.
//
// The anchors of actors and topics (mentions, sentences) are the exception:
// the copy shares them, clipped so that an append makes a new array, and
// every change replaces such a slice rather than write into it. They are
// most of a large project (tens of thousands on a 1 MB article), and
// copying them on every change, to keep them in the undo history, cost most
// of the time of a review decision and megabytes of garbage.
func (p *Project) Clone() *Project {
	c := *p
	c.Documents = cloneItems(p.Documents, func(d *document.Document) {
		// Documents are never changed in place once loaded, but a copy of
		// the struct keeps that a convention rather than a hazard.
		d.Paragraphs = slices.Clone(d.Paragraphs)
	})
	c.Actors = cloneItems(p.Actors, func(a *Actor) {
		a.Aliases = slices.Clone(a.Aliases)
		a.Mentions = slices.Clip(a.Mentions)
	})
	c.Topics = cloneItems(p.Topics, func(t *Topic) {
		t.Keywords = slices.Clone(t.Keywords)
		t.Tags = slices.Clone(t.Tags)
		t.Sentences = slices.Clip(t.Sentences)
	})
	c.Positions = cloneItems(p.Positions, func(x *Position) {
		x.CoActors = slices.Clone(x.CoActors)
	})
	c.Notes = cloneItems(p.Notes, nil)
	c.Excerpts = cloneItems(p.Excerpts, nil)
	return &c
}

// cloneItems copies a slice of pointers to structs, each struct copied and
// then given deep copies of its own slices by deep (when not nil).
func cloneItems[T any](items []*T, deep func(*T)) []*T {
	if items == nil {
		return nil
	}
	out := make([]*T, len(items))
	for i, it := range items {
		c := *it
		if deep != nil {
			deep(&c)
		}
		out[i] = &c
	}
	return out
}

func cloneStrings(s []string) []string {
	if s == nil {
		return nil
	}
	return append([]string(nil), s...)
}
