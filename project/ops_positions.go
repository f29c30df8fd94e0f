package project

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"briefing/analysis"
)

func (p *Project) positionOrErr(id string) (*Position, error) {
	if x := p.Position(id); x != nil {
		return x, nil
	}
	return nil, fmt.Errorf("position %q: %w", id, ErrNotFound)
}

func validStance(s string) error {
	if slices.Contains(analysis.Stances, s) {
		return nil
	}
	return fmt.Errorf("unknown stance %q", s)
}

// AddPosition adds a position the user attributes: actor says evidence, on
// topic (may be empty), with a stance. The summary defaults to the
// evidence's text. It is included in the brief. It returns the new ID.
func (p *Project) AddPosition(actorID, topicID, stance, summary string, evidence Anchor) (string, error) {
	if p.Actor(actorID) == nil {
		return "", errors.New("choose who holds the position")
	}
	if topicID != "" && p.Topic(topicID) == nil {
		return "", fmt.Errorf("topic %q: %w", topicID, ErrNotFound)
	}
	if err := validStance(stance); err != nil {
		return "", err
	}
	if err := p.checkAnchor(evidence); err != nil {
		return "", err
	}
	if strings.TrimSpace(summary) == "" {
		summary = evidence.Quote
	}
	x := &Position{
		ID: p.NewID("p"), Actor: actorID, Topic: topicID, Stance: stance,
		Summary: strings.TrimSpace(summary), Evidence: evidence,
		Paragraph:  p.Document(evidence.Doc).ParagraphAt(evidence.Start),
		Confidence: 1, Selected: true,
		Review: Review{Origin: Added, Reviewed: true},
	}
	p.Positions = append(p.Positions, x)
	return x.ID, nil
}

// SetStance changes a position's stance.
func (p *Project) SetStance(id, stance string) error {
	if err := validStance(stance); err != nil {
		return err
	}
	x, err := p.positionOrErr(id)
	if err != nil {
		return err
	}
	if x.Stance != stance {
		x.Stance = stance
		x.touch()
	}
	return nil
}

// SetPositionSelected includes a position in the brief or leaves it out.
// It is not a verdict on the suggestion: its review state is unchanged.
func (p *Project) SetPositionSelected(id string, on bool) error {
	x, err := p.positionOrErr(id)
	if err != nil {
		return err
	}
	x.Selected = on
	return nil
}

// SetPositionSummary changes what the brief says the actor's position is.
func (p *Project) SetPositionSummary(id, summary string) error {
	x, err := p.positionOrErr(id)
	if err != nil {
		return err
	}
	summary = strings.TrimSpace(summary)
	if summary == "" {
		return errors.New("a position needs a summary")
	}
	if x.Summary != summary {
		x.Summary = summary
		x.touch()
	}
	return nil
}

// SetPositionNote sets the analyst's comment on a position.
func (p *Project) SetPositionNote(id, note string) error {
	x, err := p.positionOrErr(id)
	if err != nil {
		return err
	}
	x.Note = note
	x.Reviewed = true
	return nil
}

// SetPositionActor gives a position to another actor.
func (p *Project) SetPositionActor(id, actorID string) error {
	x, err := p.positionOrErr(id)
	if err != nil {
		return err
	}
	if p.Actor(actorID) == nil {
		return fmt.Errorf("actor %q: %w", actorID, ErrNotFound)
	}
	if x.Actor != actorID {
		x.Actor = actorID
		x.CoActors = slices.DeleteFunc(x.CoActors, func(c string) bool { return c == actorID })
		x.touch()
	}
	return nil
}

// SetPositionTopic files a position under another topic ("" for none).
func (p *Project) SetPositionTopic(id, topicID string) error {
	x, err := p.positionOrErr(id)
	if err != nil {
		return err
	}
	if topicID != "" && p.Topic(topicID) == nil {
		return fmt.Errorf("topic %q: %w", topicID, ErrNotFound)
	}
	if x.Topic != topicID {
		x.Topic = topicID
		x.touch()
	}
	return nil
}

// SetPositionEvidence replaces the passage that supports a position.
func (p *Project) SetPositionEvidence(id string, a Anchor) error {
	x, err := p.positionOrErr(id)
	if err != nil {
		return err
	}
	if err := p.checkAnchor(a); err != nil {
		return err
	}
	x.Evidence = a
	x.Paragraph = p.Document(a.Doc).ParagraphAt(a.Start)
	x.touch()
	return nil
}

// DeletePosition removes a position; a suggested one is marked rejected so
// that a new analysis does not suggest it again.
func (p *Project) DeletePosition(id string) error {
	x, err := p.positionOrErr(id)
	if err != nil {
		return err
	}
	if x.Origin == Added {
		p.Positions = slices.DeleteFunc(p.Positions, func(x *Position) bool { return x.ID == id })
		return nil
	}
	x.Rejected, x.Reviewed, x.Selected = true, true, false
	return nil
}
