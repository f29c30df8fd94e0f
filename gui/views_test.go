package gui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// redraws records the views redrawn from now on.
func redraws(u *ui) map[string]int {
	got := map[string]int{}
	u.onRedraw = func(view string) { got[view]++ }
	return got
}

// A review decision redraws the views that show it (the review card, the
// article's shading of the next card's evidence) and not the actors'
// table, the topics or the brief, whose data it leaves alone; the
// Positions list, hidden behind the Review tab, is redrawn when its tab is
// chosen, and shows the decision. A rejection, which changes how many
// positions an actor holds, is shown by the actors' table when chosen.
func TestDecisionRedrawsOnlyTheViewsItChanges(t *testing.T) {
	u := newTestUI(t)
	startReview(t, u)
	first := u.triage.cur
	got := redraws(u)
	typeKeys(t, u, "a")
	if !u.project().Position(first).Reviewed {
		t.Fatal("A did not accept the position on the card")
	}
	for _, v := range []string{"review", "article"} {
		if got[v] == 0 {
			t.Errorf("accepting a position did not redraw the %s", v)
		}
	}
	for _, v := range []string{"actors", "topics", "brief", "positions"} {
		if got[v] > 0 {
			t.Errorf("accepting a position redrew the %s, which show nothing of it or are hidden", v)
		}
	}
	u.tabs.SelectIndex(tabPositions)
	if got["positions"] != 1 {
		t.Errorf("choosing the Positions tab redrew it %d times, want once", got["positions"])
	}
	if badge := positionBadge(t, u, first); badge != "accepted" {
		t.Errorf("the Positions list shows %q for the accepted position, want \"accepted\"", badge)
	}
	u.tabs.SelectIndex(tabTopics)
	if got["topics"] > 0 {
		t.Error("choosing the Topics tab redrew it, though no change touched it")
	}

	startReview(t, u)
	next := u.project().Position(u.triage.cur)
	holder := next.Actor
	before := u.project().PositionCount(holder)
	got = redraws(u)
	typeKeys(t, u, "r")
	if !u.project().Position(next.ID).Rejected {
		t.Fatal("R did not reject the position on the card")
	}
	u.tabs.SelectIndex(tabActors)
	if got["actors"] != 1 {
		t.Errorf("the actors' table was redrawn %d times after a rejection changed a count and its tab was chosen, want once", got["actors"])
	}
	for _, row := range u.actors.rows {
		if row.ID == holder {
			if text, want := u.actors.cellText(row, 5), thousands(before-1); text != want {
				t.Errorf("the actors' table counts %s positions of the holder, want %s", text, want)
			}
		}
	}
	u.tabs.SelectIndex(tabPositions)
	if badge := positionBadge(t, u, next.ID); badge != "" {
		t.Errorf("the Positions list still lists the rejected position (badge %q)", badge)
	}
}

// positionBadge is the review label the Positions list shows on the row of
// a position, drawn as the list draws it; "" when the list has no row for
// it.
func positionBadge(t *testing.T, u *ui, id string) string {
	t.Helper()
	for i, r := range u.positions.rows {
		if r.pos != nil && r.pos.ID == id {
			o := u.positions.list.CreateItem()
			u.positions.list.UpdateItem(i, o)
			item := o.(*listRow).content.(*fyne.Container).Objects[1].(*fyne.Container)
			return item.Objects[2].(*widget.Label).Text
		}
	}
	return ""
}

// Choosing a topic shades its sentences in the article and shows its
// details, and redraws nothing else.
func TestChoosingATopicRedrawsOnlyItsViews(t *testing.T) {
	u := newTestUI(t)
	got := redraws(u)
	id := u.topics.live[1].ID
	u.topics.choose(id)
	if got["topics"] == 0 || got["article"] == 0 {
		t.Errorf("choosing a topic redrew %v, want the topics and the article", got)
	}
	for _, v := range []string{"actors", "positions", "brief"} {
		if got[v] > 0 {
			t.Errorf("choosing a topic redrew the %s", v)
		}
	}
	shaded := 0
	for _, h := range u.article.view.highlights {
		if h.bg == colorTopicShade {
			shaded++
		}
	}
	if want := len(u.project().Topic(id).Sentences); shaded != want || want == 0 {
		t.Errorf("%d sentences shaded in the article, want the topic's %d", shaded, want)
	}
}
