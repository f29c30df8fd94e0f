package project

import "fmt"

// Pending counts what the brief shows that the user has not yet reviewed.
// While any of it is left, the brief is a draft.
type Pending struct {
	Positions, Topics, Actors int
}

// Total is the number of unreviewed items.
func (n Pending) Total() int { return n.Positions + n.Topics + n.Actors }

// PendingInBrief counts the unreviewed items the brief shows: positions in
// the brief, the selected topics that head its sections, and the actors who
// hold its positions. Rejected items are decided, so they never count.
func (p *Project) PendingInBrief() Pending {
	var n Pending
	topics := make(map[string]*Topic, len(p.Topics))
	for _, t := range p.Topics {
		topics[t.ID] = t
	}
	actors := map[string]bool{}
	for _, x := range p.Positions {
		if !inBriefWith(x, topics[x.Topic]) {
			continue
		}
		if pending(&x.Review) {
			n.Positions++
		}
		actors[x.Actor] = true
	}
	for _, t := range p.Topics {
		if t.Selected && pending(&t.Review) {
			n.Topics++
		}
	}
	for _, a := range p.Actors {
		if actors[a.ID] && pending(&a.Review) {
			n.Actors++
		}
	}
	return n
}

// inBriefWith is InBrief with the position's topic already looked up.
func inBriefWith(x *Position, t *Topic) bool {
	return x.Selected && !x.Rejected && (t == nil || t.Rejected || t.Selected)
}

// Describe says how much is left to review, for the export's draft warning
// in the window and on the command line: "3 items are not yet reviewed (1
// position, 1 topic, 1 actor)".
func (n Pending) Describe() string {
	return fmt.Sprintf("%s not yet reviewed (%s, %s, %s)",
		plural(n.Total(), "item is", "items are"), plural(n.Positions, "position", "positions"),
		plural(n.Topics, "topic", "topics"), plural(n.Actors, "actor", "actors"))
}
