package project

import (
	"errors"
	"fmt"
	"strings"
)

// Changing the user's notes and key excerpts one by one.

// Note returns the note with the given ID, or nil.
func (p *Project) Note(id string) *Note {
	for _, n := range p.Notes {
		if n.ID == id {
			return n
		}
	}
	return nil
}

// Excerpt returns the excerpt with the given ID, or nil.
func (p *Project) Excerpt(id string) *Excerpt {
	for _, x := range p.Excerpts {
		if x.ID == id {
			return x
		}
	}
	return nil
}

// EditNote replaces a note's text and topic ("" for none).
func (p *Project) EditNote(id, text, topicID string) error {
	n := p.Note(id)
	if n == nil {
		return fmt.Errorf("note %q: %w", id, ErrNotFound)
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return errors.New("the note is empty (delete it instead)")
	}
	if topicID != "" && p.Topic(topicID) == nil {
		return fmt.Errorf("topic %q: %w", topicID, ErrNotFound)
	}
	n.Text, n.Topic = text, topicID
	return nil
}

// MoveExcerpt puts an excerpt under another topic ("" for none).
func (p *Project) MoveExcerpt(id, topicID string) error {
	x := p.Excerpt(id)
	if x == nil {
		return fmt.Errorf("excerpt %q: %w", id, ErrNotFound)
	}
	if topicID != "" && p.Topic(topicID) == nil {
		return fmt.Errorf("topic %q: %w", topicID, ErrNotFound)
	}
	x.Topic = topicID
	return nil
}
