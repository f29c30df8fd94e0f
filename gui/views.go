package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// focus is what the views mark as chosen: the document in the reader and
// the item in focus.
type focus struct{ doc, topic, actor, position, note string }

func (u *ui) focus() focus {
	return focus{u.doc, u.focusTopic, u.focusActor, u.focusPosition, u.focusNote}
}

// dirty says which views show data that changed since they were drawn;
// tab is by the name of a tabView.
type dirty struct {
	article, stakes, timeline bool
	tab                       map[string]bool
}

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
		return dirty{true, true, true, map[string]bool{"topics": true, "actors": true, "positions": true, "brief": true}}
	}
	p, was, now := u.project(), u.shown.focus, u.focus()
	t := p.TouchedSince(u.shown.p)
	focusMoved := was != now
	// The article shades the focused position's evidence and nothing else
	// of the positions.
	focusedChanged := now.position != "" && t.Positions && p.Position(now.position) != u.shown.p.Position(now.position)
	return dirty{
		article: t.Documents || t.Actors || t.Topics || t.Notes || t.Excerpts || focusMoved || focusedChanged,
		tab: map[string]bool{
			// A topic's details count its positions, key excerpts and notes.
			"topics": t.Topics || t.PositionLinks || t.Notes || t.Excerpts || was.topic != now.topic,
			// The table counts each actor's positions.
			"actors": t.Actors || t.PositionLinks || was.actor != now.actor,
			// Rows are grouped under the topics' labels or the actors' names.
			"positions": t.Positions || t.Actors || t.Topics || was.position != now.position,
			// The outline counts what is in the brief; the notes section
			// lists notes and key excerpts under their topics.
			"brief": t.Brief || t.Topics || t.Actors || t.PositionLinks || t.Notes || t.Excerpts || was.note != now.note,
		},
		// The map places actors by their mentions and positions.
		stakes: t.Actors || t.PositionLinks || was.actor != now.actor,
		// The timeline lists topics and actors, and their positions by the
		// documents' dates.
		timeline: t.Documents || t.Topics || t.Actors || t.Positions,
	}
}

// tabView is a view that has a tab of its own.
type tabView struct {
	name    string
	content fyne.CanvasObject
	refresh func()
}

func (u *ui) tabViews() []tabView {
	return []tabView{
		{"topics", u.topics.content, u.topics.refresh},
		{"actors", u.actors.content, u.actors.refresh},
		{"positions", u.positions.content, u.positions.refresh},
		{"brief", u.brief.content, u.brief.refresh},
	}
}

// redrawTab redraws a view in a tab that a change touched, if its tab is
// shown; a hidden one is redrawn when its tab is chosen (redrawStale). On a
// 1 MB article the Positions list, redrawn behind the Review tab on every
// key, scrolled to the card's position and built new rows each time: tens
// of milliseconds and tens of KB a key that the user never saw. A full
// redraw (all) redraws every tab; a view the user chose an item in (chosen)
// is redrawn hidden or not.
func (u *ui) redrawTab(all, dirty, chosen bool, v tabView) {
	if !all && !dirty {
		return
	}
	if !all && !chosen && (u.tabs.Selected() == nil || u.tabs.Selected().Content != v.content) {
		u.stale[v.name] = true
		return
	}
	delete(u.stale, v.name)
	u.redrawIf(true, v.name, v.refresh)
}

// redrawStale redraws the view of a tab just chosen if a change touched it
// while it was hidden.
func (u *ui) redrawStale(tab *container.TabItem) {
	for _, v := range u.tabViews() {
		if v.content == tab.Content && u.stale[v.name] {
			delete(u.stale, v.name)
			u.redrawIf(true, v.name, v.refresh)
		}
	}
}
