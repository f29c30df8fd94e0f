package project

import "slices"

// Touched says which parts of a project differ between two of its states,
// for the user interface to redraw only the views that show them. The
// states must come from one Editor (or the second be a project of its
// own): an Editor's states share every item a change left alone, so
// comparing pointers finds what changed without comparing fields.
type Touched struct {
	Brief, Documents, Actors, Topics, Notes, Excerpts bool
	// Positions says whether any position was added, removed or changed.
	Positions bool
	// PositionLinks says whether a position was added or removed or
	// changed what ties it to the rest of the brief: its actor,
	// co-actors, topic, selection or rejection. These are what the counts
	// of the actors and topics, the brief's outline and the stakeholder
	// map read; a review decision or an edit of a summary changes none.
	PositionLinks bool
}

// Any says whether anything changed.
func (t Touched) Any() bool {
	return t.Brief || t.Documents || t.Actors || t.Topics || t.Notes || t.Excerpts || t.Positions
}

// TouchedSince compares p with an earlier state before (nil: everything
// changed).
func (p *Project) TouchedSince(before *Project) Touched {
	if before == nil {
		return Touched{true, true, true, true, true, true, true, true}
	}
	t := Touched{
		Brief:     p.Brief != before.Brief,
		Documents: !slices.Equal(p.Documents, before.Documents),
		Actors:    !slices.Equal(p.Actors, before.Actors),
		Topics:    !slices.Equal(p.Topics, before.Topics),
		Notes:     !slices.Equal(p.Notes, before.Notes),
		Excerpts:  !slices.Equal(p.Excerpts, before.Excerpts),
	}
	if len(p.Positions) != len(before.Positions) {
		t.Positions, t.PositionLinks = true, true
		return t
	}
	for i, x := range p.Positions {
		if o := before.Positions[i]; x != o {
			t.Positions = true
			if x.ID != o.ID || x.Actor != o.Actor || !slices.Equal(x.CoActors, o.CoActors) || x.Topic != o.Topic ||
				x.Selected != o.Selected || x.Rejected != o.Rejected {
				t.PositionLinks = true
				break
			}
		}
	}
	return t
}
