package gui

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/analysis"
	"briefing/project"
)

// reviewKind is one kind of suggestion the Review tab goes through.
type reviewKind struct {
	label string
	kind  project.ItemKind
	noun  string
}

var reviewKinds = []reviewKind{
	{"Positions", project.PositionItem, "position"},
	{"Actors", project.ActorItem, "actor"},
	{"Topics", project.TopicItem, "topic"},
}

// triagePanel is the Review tab: the suggestions awaiting review, one at a
// time, decided with single keys on the review card.
type triagePanel struct {
	u       *ui
	kind    reviewKind
	kinds   *widget.RadioGroup
	counter *widget.Label
	card    *reviewCard
	bulk    *widget.Button
	content fyne.CanvasObject

	queue []string // IDs awaiting review, in document order
	cur   string   // the item on the card
	idx   int      // its place in the queue, when it awaits review
	// decided is set by a verdict on the card's item, so that the card
	// moves on to the next item awaiting review.
	decided bool
	shown   string // the item last focused in the article
}

func newTriagePanel(u *ui) *triagePanel {
	t := &triagePanel{u: u, kind: reviewKinds[0]}
	var labels []string
	for _, k := range reviewKinds {
		labels = append(labels, k.label)
	}
	t.kinds = &widget.RadioGroup{Options: labels, Horizontal: true, Selected: labels[0], OnChanged: t.onKind}
	t.kinds.ExtendBaseWidget(t.kinds)
	t.counter = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.card = newReviewCard(t)
	t.bulk = &widget.Button{Text: "Bulk…", Icon: theme.ListIcon(), Importance: widget.LowImportance, OnTapped: t.showBulk}
	btn := func(label string, icon fyne.Resource, tapped func()) *widget.Button {
		return &widget.Button{Text: label, Icon: icon, Importance: widget.LowImportance, OnTapped: func() { tapped(); t.focusCard() }}
	}
	buttons := container.NewHBox(
		btn("Previous (K)", theme.NavigateBackIcon(), func() { t.step(-1) }),
		btn("Accept (A)", theme.ConfirmIcon(), t.accept),
		btn("Reject (R)", theme.CancelIcon(), t.reject),
		btn("Edit (E)", theme.DocumentCreateIcon(), t.edit),
		btn("Next (J)", theme.NavigateNextIcon(), func() { t.step(1) }),
		layout.NewSpacer(),
		t.bulk,
	)
	hint := &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance,
		Text: "Keys, once the card is focused (click it, or Ctrl+R): A or Enter accept · R, X or Delete reject · " +
			"1 supports · 2 opposes · 3 neutral · 4 claims · E edit · J, N, ↓ or → next · K, P, ↑ or ← previous · B bulk."}
	top := container.NewVBox(container.NewHBox(widget.NewLabel("Review"), t.kinds), t.counter)
	t.content = container.NewBorder(top, container.NewVBox(buttons, hint), nil, nil, container.NewVScroll(t.card))
	return t
}

// reset forgets the queue, for another project or kind.
func (t *triagePanel) reset() {
	t.queue, t.cur, t.idx, t.shown = nil, "", 0, ""
}

func (t *triagePanel) onKind(label string) {
	for _, k := range reviewKinds {
		if k.label == label && k.kind != t.kind.kind {
			t.reset()
			t.kind = k
			t.u.refresh()
			t.show()
			t.focusCard()
		}
	}
}

// active says whether the Review tab is the one shown.
func (t *triagePanel) active() bool {
	return t.u.tabs != nil && t.u.tabs.Selected() != nil && t.u.tabs.Selected().Content == t.content
}

// activate is called when the Review tab is chosen: the card's item is
// marked in the article and the card takes the keys.
func (t *triagePanel) activate() {
	t.shown = ""
	t.u.update()
	t.show()
	t.focusCard()
}

func (t *triagePanel) focusCard() {
	if t.active() {
		t.u.win.Canvas().Focus(t.card)
	}
}

// update recomputes the queue and the current item. Items that came back
// into the queue (an undone verdict) become current, so that the user sees
// what was undone; after a verdict the card moves on to the next item
// awaiting review; otherwise it stays where the user put it, on a decided
// item too. It runs at the start of ui.refresh, so that the other views show
// the item in focus.
func (t *triagePanel) update() {
	p := t.u.project()
	old := t.queue
	t.queue = p.ReviewQueue(t.kind.kind)
	decided := t.decided
	t.decided = false
	// Sets, not scans of the queues: a 1 MB article has thousands of
	// positions to review, and this runs on every key.
	if old != nil {
		was := idSet(old)
		for _, id := range t.queue {
			if !was[id] && id != t.cur {
				t.cur, decided = id, false
				break
			}
		}
	}
	queued := idSet(t.queue)
	if decided && !queued[t.cur] || !t.exists(t.cur) {
		t.cur = t.nextPending(old, queued)
	}
	if i := slices.Index(t.queue, t.cur); i >= 0 {
		t.idx = i
	}
	// The item in focus follows the card when the card moves on (or the
	// tab was just chosen), not when the user chose something else.
	if t.active() && t.cur != "" && t.cur != t.shown {
		u := t.u
		u.focusTopic, u.focusActor, u.focusPosition, u.focusNote = "", "", "", ""
		switch t.kind.kind {
		case project.PositionItem:
			u.focusPosition = t.cur
		case project.ActorItem:
			u.focusActor = t.cur
		case project.TopicItem:
			u.focusTopic = t.cur
		}
	}
}

// idSet is the set of the IDs.
func idSet(ids []string) map[string]bool {
	set := make(map[string]bool, len(ids))
	for _, id := range ids {
		set[id] = true
	}
	return set
}

// exists says whether the project still has the item of the card.
func (t *triagePanel) exists(id string) bool {
	p := t.u.project()
	switch t.kind.kind {
	case project.PositionItem:
		return p.Position(id) != nil
	case project.ActorItem:
		return p.Actor(id) != nil
	case project.TopicItem:
		return p.Topic(id) != nil
	}
	return false
}

// nextPending returns the item awaiting review that follows the card's
// item in document order, else the last one before it, else "". old is the
// queue before the change, queued the set of the queue now.
func (t *triagePanel) nextPending(old []string, queued map[string]bool) string {
	if len(t.queue) == 0 {
		return ""
	}
	if t.cur == "" {
		return t.queue[0]
	}
	after := old
	if i := slices.Index(old, t.cur); i >= 0 {
		after = old[i+1:]
	} else if order := t.u.project().ReviewOrder(t.kind.kind); slices.Contains(order, t.cur) {
		// A decided card: what follows it in the order of all cards.
		after = order[slices.Index(order, t.cur)+1:]
	} else {
		// The item is gone: keep the card's place in the queue.
		return t.queue[min(t.idx, len(t.queue)-1)]
	}
	for _, id := range after {
		if queued[id] {
			return id
		}
	}
	return t.queue[len(t.queue)-1]
}

// refresh shows the current item on the card.
func (t *triagePanel) refresh() {
	n := t.u.project().ReviewProgress(t.kind.kind)
	if n.Total == 0 {
		t.counter.SetText("No " + t.kind.noun + " suggested.")
	} else {
		// Left and accepted add up to what the lists show (they leave the
		// rejected out), so the total is not given: it would not match them.
		t.counter.SetText(fmt.Sprintf("%s to review  ·  %s accepted  ·  %s rejected", thousands(n.Left), thousands(n.Accepted), thousands(n.Rejected)))
	}
	if t.kind.kind == project.PositionItem {
		t.bulk.Show()
	} else {
		t.bulk.Hide()
	}
	t.card.show(t.u.project(), t.kind, t.cur, n)
	if t.active() && t.cur != t.shown {
		t.show()
	}
}

// show brings the current item's evidence, mentions or sentences into view.
func (t *triagePanel) show() {
	if !t.active() || t.cur == "" {
		return
	}
	t.shown = t.cur
	p := t.u.project()
	var anc []project.Anchor
	switch t.kind.kind {
	case project.PositionItem:
		if x := p.Position(t.cur); x != nil {
			anc = []project.Anchor{x.Evidence}
		}
	case project.ActorItem:
		if a := p.Actor(t.cur); a != nil {
			anc = a.Mentions
		}
	case project.TopicItem:
		if x := p.Topic(t.cur); x != nil {
			anc = x.Sentences
		}
	}
	for _, a := range anc {
		if a.Doc != "" && p.Document(a.Doc) != nil {
			t.u.article.showRange(a)
			return
		}
	}
}

// step moves to the next (1) or previous (-1) card in document order,
// decided or not, so that a verdict can be checked again. It stops at
// either end rather than wrap round, which would look like going on.
func (t *triagePanel) step(delta int) {
	order := t.u.project().ReviewOrder(t.kind.kind)
	if len(order) == 0 {
		return
	}
	i := slices.Index(order, t.cur)
	switch {
	case i < 0 && delta < 0: // "all reviewed": back to the last card
		i = len(order)
	case i < 0:
		i = -1
	}
	j := i + delta
	if j < 0 || j >= len(order) {
		where := "first"
		if j >= len(order) {
			where = "last"
		}
		t.u.status.say("This is the " + where + " " + t.kind.noun + ".")
		return
	}
	t.cur = order[j]
	t.u.update()
}

// decide applies a verdict on the card's item (or items), after which the
// card moves on to the next item awaiting review.
func (t *triagePanel) decide(name string, fn func(p *project.Project) error) {
	t.decided = true
	t.u.do(name, fn)
	t.decided = false // the verdict failed, or changed nothing
}

func (t *triagePanel) accept() {
	if id, k := t.cur, t.kind; id != "" {
		t.decide("Accept "+k.noun, func(p *project.Project) error { return p.Accept(k.kind, id) })
	}
}

func (t *triagePanel) reject() {
	if id, k := t.cur, t.kind; id != "" {
		t.decide("Reject "+k.noun, func(p *project.Project) error { return p.Reject(k.kind, id) })
	}
}

// setStance gives the position on the card a stance, which accepts it.
func (t *triagePanel) setStance(i int) {
	id := t.cur
	if id == "" || i < 0 || i >= len(analysis.Stances) {
		return
	}
	if t.kind.kind != project.PositionItem {
		t.u.status.say("Stances are for positions: choose Positions above the card.")
		return
	}
	s := analysis.Stances[i]
	t.decide("Set stance to "+s, func(p *project.Project) error { return p.ReviewStance(id, s) })
}

// onRune and onKey are the card's keys.
func (t *triagePanel) onRune(r rune) {
	switch r {
	case 'a', 'A':
		t.accept()
	case 'r', 'R', 'x', 'X':
		t.reject()
	case '1', '2', '3', '4':
		t.setStance(int(r - '1'))
	case 'e', 'E':
		t.edit()
	case 'j', 'J', 'n', 'N':
		t.step(1)
	case 'k', 'K', 'p', 'P':
		t.step(-1)
	case 'b', 'B':
		t.showBulk()
	}
}

func (t *triagePanel) onKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		t.accept()
	case fyne.KeyDelete, fyne.KeyBackspace:
		t.reject()
	case fyne.KeyDown, fyne.KeyRight:
		t.step(1)
	case fyne.KeyUp, fyne.KeyLeft:
		t.step(-1)
	case fyne.KeyEscape:
		t.u.escape()
	}
}
