package project

import "briefing/document"

// change is what one undoable step did to the project: for each list of
// items, the items it replaced and the items it put in their place, and the
// brief's fields and the ID counter before and after. It keeps the change,
// not a copy of the project, so that a step costs what the change touched
// whatever the size of the project: a review decision on a 1 MB article
// keeps two positions and a few words, where a snapshot kept a pointer for
// each of its 9,000 positions. It works on projects whose unchanged items
// are shared (see shareUnchanged), and undoes exactly: applied backwards to
// the project after, it gives back the very items of the project before.
type change struct {
	brief               *[2]Brief // before and after; nil when the change left the brief alone
	seqBefore, seqAfter int

	documents *listChange[document.Document]
	actors    *listChange[Actor]
	topics    *listChange[Topic]
	positions *listChange[Position]
	notes     *listChange[Note]
	excerpts  *listChange[Excerpt]
}

// diff records how after differs from before; after's unchanged items must
// be before's.
func diff(before, after *Project) *change {
	c := &change{
		seqBefore: before.Seq, seqAfter: after.Seq,
		documents: diffList(before.Documents, after.Documents),
		actors:    diffList(before.Actors, after.Actors),
		topics:    diffList(before.Topics, after.Topics),
		positions: diffList(before.Positions, after.Positions),
		notes:     diffList(before.Notes, after.Notes),
		excerpts:  diffList(before.Excerpts, after.Excerpts),
	}
	if before.Brief != after.Brief {
		c.brief = &[2]Brief{before.Brief, after.Brief}
	}
	return c
}

// apply returns the project the change makes of p (forward) or the one it
// was made from (backward). p itself is not changed: earlier states handed
// out stay as they were, for the user interface and the autosave.
func (c *change) apply(p *Project, forward bool) *Project {
	q := *p
	q.Seq = c.seqBefore
	if forward {
		q.Seq = c.seqAfter
	}
	if c.brief != nil {
		q.Brief = c.brief[0]
		if forward {
			q.Brief = c.brief[1]
		}
	}
	q.Documents = c.documents.apply(p.Documents, forward)
	q.Actors = c.actors.apply(p.Actors, forward)
	q.Topics = c.topics.apply(p.Topics, forward)
	q.Positions = c.positions.apply(p.Positions, forward)
	q.Notes = c.notes.apply(p.Notes, forward)
	q.Excerpts = c.excerpts.apply(p.Excerpts, forward)
	return &q
}

// items is how many items the change keeps, for the history's bound.
func (c *change) items() int {
	return c.documents.items() + c.actors.items() + c.topics.items() + c.positions.items() +
		c.notes.items() + c.excerpts.items()
}

// listChange is how one list of items changed; nil when it did not. Either
// the list kept its length and the items at some indices were replaced
// (a decision, an edit, a bulk accept, a move), or the items from start on
// were replaced by others, as many as the list grew or shrank by (an item
// added, deleted, merged), after leaving out what the two lists end with
// in common.
type listChange[T any] struct {
	at       []int // the indices replaced when the length is kept; nil otherwise
	start    int   // where the replaced items begin when the length changed
	old, new []*T  // the items replaced and the items put in their place
	resized  bool
	// wasNil and isNil keep a nil list nil and an empty one empty.
	wasNil, isNil bool
}

func diffList[T any](before, after []*T) *listChange[T] {
	if len(before) == len(after) && (before == nil) == (after == nil) {
		var c *listChange[T]
		for i := range after {
			if before[i] != after[i] {
				if c == nil {
					c = &listChange[T]{}
				}
				c.at = append(c.at, i)
				c.old = append(c.old, before[i])
				c.new = append(c.new, after[i])
			}
		}
		return c
	}
	c := &listChange[T]{resized: true, wasNil: before == nil, isNil: after == nil}
	for c.start < len(before) && c.start < len(after) && before[c.start] == after[c.start] {
		c.start++
	}
	endB, endA := len(before), len(after)
	for endB > c.start && endA > c.start && before[endB-1] == after[endA-1] {
		endB, endA = endB-1, endA-1
	}
	c.old = append([]*T(nil), before[c.start:endB]...)
	c.new = append([]*T(nil), after[c.start:endA]...)
	return c
}

func (c *listChange[T]) apply(list []*T, forward bool) []*T {
	if c == nil {
		return list
	}
	from, to, toNil := c.old, c.new, c.isNil
	if !forward {
		from, to, toNil = c.new, c.old, c.wasNil
	}
	if !c.resized {
		out := append([]*T(nil), list...)
		for k, i := range c.at {
			out[i] = to[k]
		}
		return out
	}
	n := len(list) - len(from) + len(to)
	if n == 0 && toNil {
		return nil
	}
	out := make([]*T, 0, n)
	out = append(out, list[:c.start]...)
	out = append(out, to...)
	return append(out, list[c.start+len(from):]...)
}

func (c *listChange[T]) items() int {
	if c == nil {
		return 0
	}
	return len(c.old) + len(c.new)
}
