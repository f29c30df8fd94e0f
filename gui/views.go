package gui

// focus is what the views mark as chosen: the document in the reader and
// the item in focus.
type focus struct{ doc, topic, actor, position, note string }

func (u *ui) focus() focus {
	return focus{u.doc, u.focusTopic, u.focusActor, u.focusPosition, u.focusNote}
}

// dirty says which views show data that changed since they were drawn.
type dirty struct{ article, topics, actors, positions, brief, stakes, timeline bool }

// dirtyViews compares the project and the focus with what the views
// showed when last drawn (all: redraw every view). Each view is redrawn
// when a list it reads changed, or the focus it marks moved: on a 1 MB
// article a review decision redraws the article (the card's evidence), the
// positions and the review panel, not the actors' table, the topics or the
// brief, whose counts it does not change. The rules follow what each
// view's refresh reads; a view that starts reading another list must say
// so here.
func (u *ui) dirtyViews(all bool) dirty {
	if all || u.shown.p == nil {
		return dirty{true, true, true, true, true, true, true}
	}
	p, was, now := u.project(), u.shown.focus, u.focus()
	t := p.TouchedSince(u.shown.p)
	focusMoved := was != now
	// The article shades the focused position's evidence and nothing else
	// of the positions.
	focusedChanged := now.position != "" && t.Positions && p.Position(now.position) != u.shown.p.Position(now.position)
	return dirty{
		article: t.Documents || t.Actors || t.Topics || t.Notes || t.Excerpts || focusMoved || focusedChanged,
		// A topic's details count its positions, key excerpts and notes.
		topics: t.Topics || t.PositionLinks || t.Notes || t.Excerpts || was.topic != now.topic,
		// The table counts each actor's positions.
		actors: t.Actors || t.PositionLinks || was.actor != now.actor,
		// Rows are grouped under the topics' labels or the actors' names.
		positions: t.Positions || t.Actors || t.Topics || was.position != now.position,
		// The outline counts what is in the brief; the notes section lists
		// notes and key excerpts under their topics.
		brief: t.Brief || t.Topics || t.Actors || t.PositionLinks || t.Notes || t.Excerpts || was.note != now.note,
		// The map places actors by their mentions and positions.
		stakes: t.Actors || t.PositionLinks || was.actor != now.actor,
		// The timeline lists topics and actors, and their positions by the
		// documents' dates.
		timeline: t.Documents || t.Topics || t.Actors || t.Positions,
	}
}
