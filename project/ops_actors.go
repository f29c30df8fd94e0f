package project

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// ActorFields are the fields of an actor the user edits.
type ActorFields struct {
	Name, Type, Role, Affiliation, Note string
}

func (p *Project) actorOrErr(id string) (*Actor, error) {
	if a := p.Actor(id); a != nil {
		return a, nil
	}
	return nil, fmt.Errorf("actor %q: %w", id, ErrNotFound)
}

// LiveActors returns the actors that are not rejected.
func (p *Project) LiveActors() []*Actor {
	var out []*Actor
	for _, a := range p.Actors {
		if !a.Rejected {
			out = append(out, a)
		}
	}
	return out
}

// AddActor adds an actor the user names, with an optional first mention.
// It returns the new actor's ID.
func (p *Project) AddActor(f ActorFields, mention *Anchor) (string, error) {
	f.Name = strings.TrimSpace(f.Name)
	if f.Name == "" {
		return "", errors.New("an actor needs a name")
	}
	if a := p.findActor(f.Name, nil); a != nil && !a.Rejected {
		return "", fmt.Errorf("there is already an actor called %q", a.Name)
	}
	if f.Type == "" {
		f.Type = "other"
	}
	a := &Actor{
		ID: p.NewID("a"), Name: f.Name, Type: f.Type, Role: strings.TrimSpace(f.Role),
		Affiliation: strings.TrimSpace(f.Affiliation), Note: f.Note, Named: true,
		Review: Review{Origin: Added, Reviewed: true},
	}
	if mention != nil {
		if err := p.checkAnchor(*mention); err != nil {
			return "", err
		}
		a.Mentions = []Anchor{*mention}
	}
	p.Actors = append(p.Actors, a)
	return a.ID, nil
}

// UpdateActor replaces the fields of an actor the user edits.
func (p *Project) UpdateActor(id string, f ActorFields) error {
	a, err := p.actorOrErr(id)
	if err != nil {
		return err
	}
	f.Name = strings.TrimSpace(f.Name)
	if f.Name == "" {
		return errors.New("an actor needs a name")
	}
	f.Role, f.Affiliation = strings.TrimSpace(f.Role), strings.TrimSpace(f.Affiliation)
	changed := a.Name != f.Name || a.Type != f.Type || a.Role != f.Role || a.Affiliation != f.Affiliation
	if a.Name != f.Name && !slices.Contains(a.Aliases, a.Name) {
		a.Aliases = append(a.Aliases, a.Name)
	}
	a.Name, a.Type, a.Role, a.Affiliation = f.Name, f.Type, f.Role, f.Affiliation
	if changed {
		a.touch()
	}
	if a.Note != f.Note {
		a.Note = f.Note
		a.Reviewed = true
	}
	return nil
}

// DeleteActor removes an actor and the positions it holds (a suggested
// actor and its suggested positions are marked rejected instead). It is
// removed from the co-holders of other positions.
func (p *Project) DeleteActor(id string) error {
	a, err := p.actorOrErr(id)
	if err != nil {
		return err
	}
	for _, x := range slices.Clone(p.Positions) {
		if x.Actor == id {
			if err := p.DeletePosition(x.ID); err != nil {
				return err
			}
		}
	}
	if a.Origin == Added {
		// An added actor may still hold rejected suggestions: keep it then,
		// rejected, so that the project stays consistent.
		held := slices.ContainsFunc(p.Positions, func(x *Position) bool { return x.Actor == id })
		if !held {
			p.Actors = slices.DeleteFunc(p.Actors, func(a *Actor) bool { return a.ID == id })
		}
	}
	if p.Actor(id) != nil {
		a.Rejected, a.Reviewed = true, true
	}
	for _, x := range p.Positions {
		x.CoActors = slices.DeleteFunc(x.CoActors, func(c string) bool { return c == id })
	}
	return nil
}

// PositionCount returns how many live positions an actor holds.
func (p *Project) PositionCount(actorID string) int {
	n := 0
	for _, x := range p.Positions {
		if x.Actor == actorID && !x.Rejected {
			n++
		}
	}
	return n
}
