package project

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
)

// ItemKind names the three kinds of suggestion the user reviews.
type ItemKind string

// Kinds of reviewable items.
const (
	ActorItem    ItemKind = "actor"
	TopicItem    ItemKind = "topic"
	PositionItem ItemKind = "position"
)

// ItemRef points at one item, for the user interface to jump to. IDs are
// unique only within a kind.
type ItemRef struct {
	Kind ItemKind
	ID   string
}

// MarkEdited records that the user changed an item: it is reviewed, and a
// suggestion becomes an edited suggestion. Items the user added stay added.
// Every operation that changes a suggestion's content calls it.
func (r *Review) MarkEdited() {
	r.Reviewed = true
	if r.Origin == Suggested || r.Origin == "" {
		r.Origin = Edited
	}
}

// review returns the Review of an item, or an error naming what is missing.
func (p *Project) review(kind ItemKind, id string) (*Review, error) {
	switch kind {
	case ActorItem:
		if a := p.Actor(id); a != nil {
			return &a.Review, nil
		}
	case TopicItem:
		if t := p.Topic(id); t != nil {
			return &t.Review, nil
		}
	case PositionItem:
		if x := p.Position(id); x != nil {
			return &x.Review, nil
		}
	default:
		return nil, fmt.Errorf("unknown kind of item %q", kind)
	}
	return nil, fmt.Errorf("%s %q: %w", kind, id, ErrNotFound)
}

// pending says whether an item still awaits the user's verdict.
func pending(r *Review) bool { return !r.Reviewed && !r.Rejected }

// ReviewQueue returns the IDs of the items of a kind that await review (not
// reviewed, not rejected), in document order: by document, then by where the
// item is first anchored. Items without an anchor come last, in project
// order.
func (p *Project) ReviewQueue(kind ItemKind) []string {
	return p.reviewOrder(kind, pending)
}

// ReviewOrder returns the IDs of all the items of a kind, decided or not,
// in the order of ReviewQueue: the cards the user can step through to check
// a verdict again.
func (p *Project) ReviewOrder(kind ItemKind) []string {
	return p.reviewOrder(kind, func(*Review) bool { return true })
}

func (p *Project) reviewOrder(kind ItemKind, keep func(*Review) bool) []string {
	type entry struct {
		id  string
		pos anchorPos
	}
	var q []entry
	switch kind {
	case ActorItem:
		for _, a := range p.Actors {
			if keep(&a.Review) {
				q = append(q, entry{a.ID, p.firstPos(a.Mentions)})
			}
		}
	case TopicItem:
		for _, t := range p.Topics {
			if keep(&t.Review) {
				q = append(q, entry{t.ID, p.firstPos(t.Sentences)})
			}
		}
	case PositionItem:
		for _, x := range p.Positions {
			if keep(&x.Review) {
				q = append(q, entry{x.ID, p.firstPos([]Anchor{x.Evidence})})
			}
		}
	}
	slices.SortStableFunc(q, func(a, b entry) int { return a.pos.compare(b.pos) })
	ids := make([]string, len(q))
	for i, e := range q {
		ids[i] = e.id
	}
	return ids
}

// anchorPos orders anchors by document (in the project's order) and offset.
type anchorPos struct{ doc, start int }

func (a anchorPos) compare(b anchorPos) int {
	if c := cmp.Compare(a.doc, b.doc); c != 0 {
		return c
	}
	return cmp.Compare(a.start, b.start)
}

// firstPos returns the earliest of the anchors' positions, or a position
// after every document when none of them is in a document.
func (p *Project) firstPos(anchors []Anchor) anchorPos {
	best := anchorPos{doc: len(p.Documents), start: math.MaxInt}
	for _, a := range anchors {
		for di, d := range p.Documents {
			if d.ID == a.Doc {
				if pos := (anchorPos{di, a.Start}); pos.compare(best) < 0 {
					best = pos
				}
				break
			}
		}
	}
	return best
}

// Progress counts the items of a kind by verdict.
type Progress struct {
	Total    int // all items of the kind
	Accepted int // reviewed and not rejected
	Rejected int
	Left     int // awaiting review: what ReviewQueue returns
}

// ReviewProgress counts what is reviewed, rejected and left of a kind.
func (p *Project) ReviewProgress(kind ItemKind) Progress {
	var n Progress
	count := func(r *Review) {
		n.Total++
		switch {
		case r.Rejected:
			n.Rejected++
		case r.Reviewed:
			n.Accepted++
		default:
			n.Left++
		}
	}
	switch kind {
	case ActorItem:
		for _, a := range p.Actors {
			count(&a.Review)
		}
	case TopicItem:
		for _, t := range p.Topics {
			count(&t.Review)
		}
	case PositionItem:
		for _, x := range p.Positions {
			count(&x.Review)
		}
	}
	return n
}

// Accept records that the user agrees with an item as it stands. An item
// that was rejected comes back: a topic or position is selected for the brief
// again (rejecting had left it out). An actor comes back alone: the positions
// rejected with it stay rejected until accepted one by one.
func (p *Project) Accept(kind ItemKind, id string) error {
	r, err := p.review(kind, id)
	if err != nil {
		return fmt.Errorf("accept: %w", err)
	}
	was := r.Rejected
	r.Reviewed, r.Rejected = true, false
	if was {
		switch kind {
		case TopicItem:
			p.Topic(id).Selected = true
		case PositionItem:
			p.Position(id).Selected = true
		}
	}
	return nil
}

// Reject records that an item is wrong. It stays in the project, marked
// rejected, so that a new analysis of the article does not suggest it again,
// and Accept brings it back. A rejected topic or position leaves the brief;
// rejecting an actor rejects the positions it holds and removes it from the
// co-holders of other positions, as deleting it would.
func (p *Project) Reject(kind ItemKind, id string) error {
	r, err := p.review(kind, id)
	if err != nil {
		return fmt.Errorf("reject: %w", err)
	}
	r.Reviewed, r.Rejected = true, true
	switch kind {
	case TopicItem:
		p.Topic(id).Selected = false
	case PositionItem:
		p.Position(id).Selected = false
	case ActorItem:
		for _, x := range p.Positions {
			if x.Actor == id {
				x.Reviewed, x.Rejected, x.Selected = true, true, false
			}
			x.CoActors = slices.DeleteFunc(x.CoActors, func(c string) bool { return c == id })
		}
	}
	return nil
}

// ReviewStance is the keyboard verdict on a position: it takes the given
// stance and is accepted. Changing a suggestion's stance makes it an edited
// suggestion (see MarkEdited); confirming the suggested stance does not.
func (p *Project) ReviewStance(id, stance string) error {
	if err := validStance(stance); err != nil {
		return fmt.Errorf("set stance of position %q: %w", id, err)
	}
	x, err := p.positionOrErr(id)
	if err != nil {
		return fmt.Errorf("set stance: %w", err)
	}
	if x.Stance != stance {
		x.Stance = stance
		x.MarkEdited()
	}
	if x.Rejected {
		x.Rejected, x.Selected = false, true
	}
	x.Reviewed = true
	return nil
}

// ReviewFilter chooses positions for BulkReview. Empty fields match every
// position; set fields must all match.
type ReviewFilter struct {
	Actor string // holder's ID (co-holders do not count)
	Topic string // topic's ID
	// MinConfidence, when above zero, keeps positions whose confidence is at
	// least this much.
	MinConfidence float64
}

// BulkReview accepts or rejects, at once, every position awaiting review
// that the filter matches, and returns how many changed. Positions the user
// already decided on are left alone.
func (p *Project) BulkReview(f ReviewFilter, accept bool) (int, error) {
	if f.Actor != "" && p.Actor(f.Actor) == nil {
		return 0, fmt.Errorf("bulk review: actor %q: %w", f.Actor, ErrNotFound)
	}
	if f.Topic != "" && p.Topic(f.Topic) == nil {
		return 0, fmt.Errorf("bulk review: topic %q: %w", f.Topic, ErrNotFound)
	}
	if math.IsNaN(f.MinConfidence) || f.MinConfidence > 1 {
		return 0, errors.New("bulk review: the confidence threshold must lie between 0 and 1")
	}
	n := 0
	for _, x := range p.Positions {
		if !pending(&x.Review) ||
			f.Actor != "" && x.Actor != f.Actor ||
			f.Topic != "" && x.Topic != f.Topic ||
			f.MinConfidence > 0 && !(x.Confidence >= f.MinConfidence) {
			continue
		}
		x.Reviewed = true
		if !accept {
			x.Rejected, x.Selected = true, false
		}
		n++
	}
	return n, nil
}
