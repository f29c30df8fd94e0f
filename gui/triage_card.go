package gui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// reviewCard shows one suggestion and takes the review keys when it has the
// keyboard focus. It takes the focus only when tapped or when the Review tab
// gives it, so typing in entries elsewhere is never taken over.
type reviewCard struct {
	widget.BaseWidget
	t *triagePanel

	heading  *widget.Label
	badge    *widget.Label
	stance   *widget.Label
	summary  *widget.Label
	evidence *widget.Label
	origin   *widget.Label
	focusMsg *widget.Label
	frame    *canvas.Rectangle
	focused  bool
}

var (
	_ fyne.Focusable = (*reviewCard)(nil)
	_ fyne.Tappable  = (*reviewCard)(nil)
)

func newReviewCard(t *triagePanel) *reviewCard {
	c := &reviewCard{t: t,
		heading:  &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord},
		badge:    &widget.Label{},
		stance:   &widget.Label{TextStyle: fyne.TextStyle{Bold: true}},
		summary:  &widget.Label{Wrapping: fyne.TextWrapWord},
		evidence: &widget.Label{Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Italic: true}},
		origin:   &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance},
		focusMsg: &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance},
		frame:    canvas.NewRectangle(nil),
	}
	c.frame.StrokeWidth = 2
	c.frame.CornerRadius = 6
	c.ExtendBaseWidget(c)
	c.setFocusLook()
	return c
}

func (c *reviewCard) CreateRenderer() fyne.WidgetRenderer {
	body := container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewHBox(c.stance, c.badge), c.heading),
		c.summary, c.evidence, c.origin, c.focusMsg)
	return widget.NewSimpleRenderer(container.NewStack(c.frame, container.NewPadded(body)))
}

// show puts an item on the card ("" when the queue is empty).
func (c *reviewCard) show(p *project.Project, k reviewKind, id string, n project.Progress) {
	c.stance.SetText("")
	c.summary.SetText("")
	c.evidence.SetText("")
	c.origin.SetText("")
	c.badge.SetText("")
	if id == "" {
		if n.Total == 0 {
			c.heading.SetText("There is nothing to review here.")
		} else {
			c.heading.SetText(fmt.Sprintf("All %s reviewed. Undo (Ctrl+Z) brings back the last verdict.", plural(n.Total, k.noun)))
		}
		return
	}
	var r project.Review
	switch k.kind {
	case project.PositionItem:
		x := p.Position(id)
		if x == nil {
			return
		}
		r = x.Review
		who, topic := x.Actor, "no topic"
		if a := p.Actor(x.Actor); a != nil {
			who = a.Name
		}
		if tp := p.Topic(x.Topic); tp != nil {
			topic = tp.Label
		}
		c.heading.SetText(who + "  ·  " + topic)
		c.stance.SetText(x.Stance)
		c.stance.Importance = stanceImportance(x.Stance)
		c.stance.Refresh()
		c.summary.SetText(oneLine(x.Summary))
		ev := "“" + oneLine(x.Evidence.Quote) + "”"
		if x.Paragraph > 0 {
			ev += fmt.Sprintf("  (paragraph %d)", x.Paragraph)
		}
		c.evidence.SetText(ev)
		o := originText(x.Review)
		if x.Confidence > 0 {
			o += fmt.Sprintf(" Confidence %.0f%%.", x.Confidence*100)
		}
		c.origin.SetText(o)
	case project.ActorItem:
		a := p.Actor(id)
		if a == nil {
			return
		}
		r = a.Review
		c.heading.SetText(a.Name)
		c.stance.SetText(typeName(a.Type))
		c.stance.Importance = widget.LowImportance
		c.stance.Refresh()
		var facts []string
		if a.Role != "" {
			facts = append(facts, a.Role)
		}
		if a.Affiliation != "" {
			facts = append(facts, a.Affiliation)
		}
		facts = append(facts, mentionsPhrase(len(a.Mentions)), plural(p.PositionCount(a.ID), "position"))
		c.summary.SetText(strings.Join(facts, "  ·  "))
		if len(a.Aliases) > 0 {
			c.evidence.SetText("Also called: " + strings.Join(a.Aliases, ", "))
		}
		c.origin.SetText(originText(a.Review))
	case project.TopicItem:
		x := p.Topic(id)
		if x == nil {
			return
		}
		r = x.Review
		c.heading.SetText(x.Label)
		c.stance.SetText(priorityName(x.Priority))
		c.stance.Importance = widget.LowImportance
		c.stance.Refresh()
		c.summary.SetText(fmt.Sprintf("%s in the article  ·  %s", plural(len(x.Sentences), "sentence"), plural(len(p.PositionsOn(x.ID)), "position")))
		if len(x.Sentences) > 0 {
			c.evidence.SetText("“" + oneLine(x.Sentences[0].Quote) + "”")
		}
		c.origin.SetText(originText(x.Review))
	}
	text, imp := reviewBadge(r)
	c.badge.SetText(text)
	c.badge.Importance = imp
	c.badge.Refresh()
}

func (c *reviewCard) setFocusLook() {
	th := c.Theme()
	if c.focused {
		c.frame.StrokeColor = colorOf(th, theme.ColorNamePrimary)
		c.focusMsg.SetText("The keys below work now.")
	} else {
		c.frame.StrokeColor = colorOf(th, theme.ColorNameSeparator)
		c.focusMsg.SetText("Click the card (or press Ctrl+R) to review with the keys.")
	}
	c.frame.Refresh()
}

// Tapped gives the card the keyboard.
func (c *reviewCard) Tapped(*fyne.PointEvent) {
	if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil {
		cv.Focus(c)
	}
}

// FocusGained shows that the keys go to the card.
func (c *reviewCard) FocusGained() {
	c.focused = true
	c.setFocusLook()
}

// FocusLost shows that they no longer do.
func (c *reviewCard) FocusLost() {
	c.focused = false
	c.setFocusLook()
}

// TypedRune handles the letter and digit keys. (The driver also sends
// TypedKey for them, which is ignored.)
func (c *reviewCard) TypedRune(r rune) { c.t.onRune(r) }

// TypedKey handles Enter, Delete and the arrows.
func (c *reviewCard) TypedKey(k *fyne.KeyEvent) { c.t.onKey(k) }

// reviewBadge is the short mark of an item's origin and review in lists.
func reviewBadge(r project.Review) (string, widget.Importance) {
	switch {
	case r.Rejected:
		return "rejected", widget.LowImportance
	case r.Origin == project.Added:
		return "added", widget.MediumImportance
	case !r.Reviewed:
		return "to review", widget.WarningImportance
	case r.Origin == project.Edited:
		return "edited", widget.MediumImportance
	}
	return "accepted", widget.SuccessImportance
}
