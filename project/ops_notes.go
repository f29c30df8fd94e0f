package project

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// AddNote anchors the user's comment to a passage, optionally under a topic.
// It returns the new note's ID.
func (p *Project) AddNote(a Anchor, text, topicID string) (string, error) {
	if err := p.checkAnchor(a); err != nil {
		return "", err
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return "", errors.New("the note is empty")
	}
	if topicID != "" && p.Topic(topicID) == nil {
		return "", fmt.Errorf("topic %q: %w", topicID, ErrNotFound)
	}
	n := &Note{ID: p.NewID("n"), Anchor: a, Text: text, Topic: topicID}
	p.Notes = append(p.Notes, n)
	return n.ID, nil
}

// DeleteNote removes a note.
func (p *Project) DeleteNote(id string) error {
	i := slices.IndexFunc(p.Notes, func(n *Note) bool { return n.ID == id })
	if i < 0 {
		return fmt.Errorf("note %q: %w", id, ErrNotFound)
	}
	p.Notes = slices.Delete(p.Notes, i, i+1)
	return nil
}

// AddExcerpt picks a passage for the brief, optionally under a topic. It
// returns the new excerpt's ID.
func (p *Project) AddExcerpt(a Anchor, topicID string) (string, error) {
	if err := p.checkAnchor(a); err != nil {
		return "", err
	}
	if topicID != "" && p.Topic(topicID) == nil {
		return "", fmt.Errorf("topic %q: %w", topicID, ErrNotFound)
	}
	x := &Excerpt{ID: p.NewID("x"), Anchor: a, Topic: topicID}
	p.Excerpts = append(p.Excerpts, x)
	return x.ID, nil
}

// DeleteExcerpt removes an excerpt.
func (p *Project) DeleteExcerpt(id string) error {
	i := slices.IndexFunc(p.Excerpts, func(x *Excerpt) bool { return x.ID == id })
	if i < 0 {
		return fmt.Errorf("excerpt %q: %w", id, ErrNotFound)
	}
	p.Excerpts = slices.Delete(p.Excerpts, i, i+1)
	return nil
}

// SetBrief replaces the brief's own fields. The page size must be A4 or
// Letter.
func (p *Project) SetBrief(b Brief) error {
	switch b.PageSize {
	case "":
		b.PageSize = "A4"
	case "A4", "Letter":
	default:
		return fmt.Errorf("unknown page size %q (A4 or Letter)", b.PageSize)
	}
	if b.Date != "" && !validDate(b.Date) {
		return fmt.Errorf("the date %q is not in the form YYYY-MM-DD", b.Date)
	}
	p.Brief = b
	return nil
}

func validDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}
