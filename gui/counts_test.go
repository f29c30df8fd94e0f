package gui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// positionRows counts the positions the Positions tab lists in the current
// grouping.
func positionRows(u *ui) int {
	n := 0
	for _, r := range u.positions.rows {
		if r.pos != nil {
			n++
		}
	}
	return n
}

// The status bar, the Review tab and the lists count the same positions,
// also after a topic with positions is rejected.
func TestCountsAgree(t *testing.T) {
	u := newTestUI(t)
	var topicID string
	for _, tp := range u.project().LiveTopics() {
		if len(u.project().PositionsOn(tp.ID)) > 0 {
			topicID = tp.ID
			break
		}
	}
	u.do("Reject topic", func(p *project.Project) error { return p.Reject(project.TopicItem, topicID) })
	u.do("Reject position", func(p *project.Project) error { return p.Reject(project.PositionItem, p.Positions[0].ID) })

	p := u.project()
	live := 0
	for _, x := range p.Positions {
		if !x.Rejected {
			live++
		}
	}
	u.tabs.SelectIndex(tabPositions) // a hidden tab is redrawn when it is chosen
	byTopic := positionRows(u)
	u.positions.group.SetSelected("Actor")
	byActor := positionRows(u)
	if byTopic != live || byActor != live {
		t.Errorf("the Positions tab lists %d positions by topic and %d by actor; %d are not rejected", byTopic, byActor, live)
	}
	if want := fmt.Sprintf("of %d positions", live); !strings.Contains(u.status.counts.Text, want) {
		t.Errorf("status bar %q does not say %q", u.status.counts.Text, want)
	}
	n := p.ReviewProgress(project.PositionItem)
	if want := fmt.Sprintf("%d to review  ·  %d accepted", n.Left, n.Accepted); n.Left+n.Accepted != live ||
		!strings.HasPrefix(u.triage.counter.Text, want) {
		t.Errorf("Review says %q, want it to start %q, adding up to the %d positions listed", u.triage.counter.Text, want, live)
	}
}

// An actor the analysis found more often than it keeps mentions of is shown
// with "1,000+" mentions, not a round 1000 as if that were the count.
func TestMentionCountSaysWhenCut(t *testing.T) {
	u := newTestUI(t)
	id := u.project().LiveActors()[0].ID
	u.do("Many mentions", func(p *project.Project) error {
		a := p.Actor(id)
		for len(a.Mentions) < analysisMentionCap {
			a.Mentions = append(a.Mentions, a.Mentions[0])
		}
		return nil
	})
	u.tabs.SelectIndex(tabActors)
	if u.actors.sortCol != 4 || !u.actors.desc || u.actors.rows[0].ID != id {
		t.Fatalf("sorting by mentions puts %s first, want %s", u.actors.rows[0].Name, id)
	}
	if got := u.actors.cellText(u.actors.rows[0], 4); got != "1,000+" {
		t.Errorf("actors table: %q mentions, want 1,000+", got)
	}
	u.tabs.SelectIndex(tabReview)
	u.triage.onKind("Actors")
	u.triage.cur = id
	u.refresh()
	if got := find(u.triage.card, func(l *widget.Label) bool { return strings.Contains(l.Text, "1,000+ mentions") }); len(got) == 0 {
		t.Error("the review card does not say 1,000+ mentions")
	}
}
