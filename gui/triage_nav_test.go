package gui

import (
	"strings"
	"testing"

	"briefing/project"
)

// Previous (K) steps back through every card, decided or not, and stops at
// the first instead of wrapping round to the end; a verdict given again on a
// decided card moves on to the next card still to review.
func TestPreviousStepsBackThroughDecidedCards(t *testing.T) {
	u := newTestUI(t)
	startReview(t, u)
	q := u.project().ReviewQueue(project.PositionItem)
	if len(q) < 5 || len(u.project().ReviewOrder(project.PositionItem)) != len(q) {
		t.Fatal("the sample should have at least 5 positions, all to review")
	}
	typeKeys(t, u, "aaa")
	if u.triage.cur != q[3] {
		t.Fatalf("after three verdicts the card shows %q, want %q", u.triage.cur, q[3])
	}
	for i := 2; i >= 0; i-- {
		typeKeys(t, u, "k")
		if u.triage.cur != q[i] {
			t.Fatalf("K went to %q, want the decided %q", u.triage.cur, q[i])
		}
		if u.triage.card.badge.Text != "accepted" {
			t.Errorf("the card of %s says %q, want accepted", q[i], u.triage.card.badge.Text)
		}
	}
	typeKeys(t, u, "k")
	if u.triage.cur != q[0] {
		t.Fatalf("K on the first card went to %q; it should stay on %q", u.triage.cur, q[0])
	}
	if !strings.Contains(u.status.message.Text, "first") {
		t.Errorf("status %q does not say this is the first card", u.status.message.Text)
	}
	typeKeys(t, u, "j")
	if u.triage.cur != q[1] {
		t.Fatalf("J went to %q, want %q", u.triage.cur, q[1])
	}
	typeKeys(t, u, "r")
	if x := u.project().Position(q[1]); !x.Rejected {
		t.Errorf("R on a decided card did not reject it: %+v", x.Review)
	}
	if u.triage.cur != q[3] {
		t.Errorf("after the new verdict the card shows %q, want the next to review %q", u.triage.cur, q[3])
	}
}
