package project

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MergeActors makes the other actors part of keep: their names become
// aliases of keep, and their mentions, positions and co-holdings follow.
// Keep's fields win; an empty role, affiliation, power or interest is filled
// from the others
// and notes are joined. Positions the merge makes duplicates of each other
// (same holder, same evidence, same topic) collapse into one that keeps
// every annotation of the user (see collapsePositions). The others are
// removed from the project.
func (p *Project) MergeActors(keepID string, otherIDs ...string) error {
	keep, err := p.actorOrErr(keepID)
	if err != nil {
		return fmt.Errorf("merge actors: %w", err)
	}
	if len(otherIDs) == 0 {
		return errors.New("merge actors: choose at least one actor to merge into " + keep.Name)
	}
	gone := map[string]bool{}
	var others []*Actor
	for _, id := range otherIDs {
		if id == keepID {
			return fmt.Errorf("merge actors: %s cannot be merged with itself", keep.Name)
		}
		if gone[id] {
			continue
		}
		o, err := p.actorOrErr(id)
		if err != nil {
			return fmt.Errorf("merge actors: %w", err)
		}
		gone[id] = true
		others = append(others, o)
	}
	live := !keep.Rejected
	for _, o := range others {
		keep.Aliases = unionStrings(keep.Aliases, append([]string{o.Name}, o.Aliases...))
		keep.Mentions = append(keep.Mentions, o.Mentions...)
		if keep.Role == "" {
			keep.Role = o.Role
		}
		if keep.Affiliation == "" {
			keep.Affiliation = o.Affiliation
		}
		// A level the user set on the stakeholder map is a judgement like a
		// role: it is not lost because the actor went by two names.
		if keep.Power == "" {
			keep.Power = o.Power
		}
		if keep.Interest == "" {
			keep.Interest = o.Interest
		}
		if keep.Type == "" || keep.Type == "other" {
			keep.Type = cmp.Or(o.Type, keep.Type)
		}
		keep.Named = keep.Named || o.Named
		keep.Note = joinNotes(keep.Note, o.Note)
		live = live || !o.Rejected
	}
	keep.Aliases = slices.DeleteFunc(keep.Aliases, func(s string) bool { return fold(s) == fold(keep.Name) })
	keep.Mentions = sortAnchors(keep.Mentions)
	keep.Rejected = !live
	keep.MarkEdited()

	// Duplicates are judged on the user's work before the merge, which
	// itself marks the positions it moves as edited.
	work := map[*Position]int{}
	for _, x := range p.Positions {
		work[x] = userWork(x)
		changed := false
		if gone[x.Actor] {
			x.Actor = keepID
			changed = true
		}
		var co []string
		for _, c := range x.CoActors {
			if gone[c] {
				c = keepID
				changed = true
			}
			if c != x.Actor && !slices.Contains(co, c) {
				co = append(co, c)
			}
		}
		if len(co) != len(x.CoActors) {
			changed = true
		}
		if changed {
			x.CoActors = co
			x.MarkEdited()
		}
	}
	p.Actors = slices.DeleteFunc(p.Actors, func(a *Actor) bool { return gone[a.ID] })
	p.collapsePositions(keepID, work)
	return nil
}

// positionKey identifies what a position says, for finding duplicates: the
// evidence (its range, or its quote when it is anchored to no document) and
// the topic.
func positionKey(x *Position) string {
	ev := x.Evidence
	if ev.Doc == "" {
		return "q\x00" + fold(ev.Quote) + "\x00" + x.Topic
	}
	return fmt.Sprintf("a\x00%s\x00%d\x00%d\x00%s", ev.Doc, ev.Start, ev.End, x.Topic)
}

// userWork scores how much of the user's work a position carries, to choose
// which of two duplicates survives.
func userWork(x *Position) int {
	n := 0
	if !x.Rejected {
		n += 100
	}
	switch x.Origin {
	case Added:
		n += 30
	case Edited:
		n += 20
	}
	if x.Reviewed {
		n += 10
	}
	if x.Note != "" {
		n += 5
	}
	return n
}

// collapsePositions merges the positions of actor that say the same thing.
// The survivor is the one with the most user work (then the first); it gets
// the others' notes, co-holders, selection and review.
func (p *Project) collapsePositions(actor string, work map[*Position]int) {
	groups := map[string][]*Position{}
	var order []string
	for _, x := range p.Positions {
		if x.Actor != actor {
			continue
		}
		k := positionKey(x)
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], x)
	}
	drop := map[*Position]bool{}
	for _, k := range order {
		g := groups[k]
		if len(g) < 2 {
			continue
		}
		best := g[0]
		for _, x := range g[1:] {
			if work[x] > work[best] {
				best = x
			}
		}
		for _, x := range g {
			if x == best {
				continue
			}
			drop[x] = true
			best.Note = joinNotes(best.Note, x.Note)
			for _, c := range x.CoActors {
				if c != best.Actor && !slices.Contains(best.CoActors, c) {
					best.CoActors = append(best.CoActors, c)
				}
			}
			if !x.Rejected {
				best.Selected = best.Selected || x.Selected
				best.Reviewed = best.Reviewed || x.Reviewed
			}
			best.Confidence = max(best.Confidence, x.Confidence)
		}
	}
	p.Positions = slices.DeleteFunc(p.Positions, func(x *Position) bool { return drop[x] })
}

func joinNotes(a, b string) string {
	switch {
	case strings.TrimSpace(b) == "" || a == b:
		return a
	case strings.TrimSpace(a) == "":
		return b
	}
	return a + "\n\n" + b
}

// sortAnchors sorts anchors by document and offset and drops repeats.
func sortAnchors(as []Anchor) []Anchor {
	slices.SortStableFunc(as, func(a, b Anchor) int {
		return cmp.Or(strings.Compare(a.Doc, b.Doc), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	return slices.CompactFunc(as, func(a, b Anchor) bool { return a.Doc == b.Doc && a.Start == b.Start && a.End == b.End })
}

// SplitActor undoes a wrong merge: the given aliases of actor id become a
// new actor (named after the first), with the mentions whose quote is one of
// those forms. Positions held or co-held by the actor whose evidence names it
// only by those forms move to the new actor. It returns the new actor's ID.
func (p *Project) SplitActor(id string, aliases []string) (string, error) {
	a, err := p.actorOrErr(id)
	if err != nil {
		return "", fmt.Errorf("split actor: %w", err)
	}
	split := map[string]bool{}
	var forms []string
	for _, s := range aliases {
		s = strings.TrimSpace(s)
		if s == "" || split[fold(s)] {
			continue
		}
		if fold(s) == fold(a.Name) {
			return "", fmt.Errorf("split actor: %q is the name of the actor; rename it first", s)
		}
		i := slices.IndexFunc(a.Aliases, func(al string) bool { return fold(al) == fold(s) })
		if i < 0 {
			return "", fmt.Errorf("split actor: %q is not an alias of %s", s, a.Name)
		}
		split[fold(s)] = true
		forms = append(forms, a.Aliases[i])
	}
	if len(forms) == 0 {
		return "", fmt.Errorf("split actor: choose the aliases of %s to split off", a.Name)
	}
	remaining := []string{a.Name}
	for _, al := range a.Aliases {
		if !split[fold(al)] {
			remaining = append(remaining, al)
		}
	}
	// The forms by which each mention names the actor, before the split.
	mentions := slices.Clone(a.Mentions)

	n := &Actor{
		ID: p.NewID("a"), Name: forms[0], Aliases: forms[1:], Type: a.Type, Named: true,
		Review: Review{Origin: Added, Reviewed: true},
	}
	if len(n.Aliases) == 0 {
		n.Aliases = nil
	}
	var keepM []Anchor
	for _, m := range a.Mentions {
		if split[fold(m.Quote)] {
			n.Mentions = append(n.Mentions, m)
		} else {
			keepM = append(keepM, m)
		}
	}
	a.Mentions = keepM
	a.Aliases = slices.DeleteFunc(a.Aliases, func(s string) bool { return split[fold(s)] })
	a.MarkEdited()
	p.Actors = append(p.Actors, n)

	namesOnly := func(ev Anchor) bool {
		found := formsIn(ev, mentions, append(slices.Clone(forms), remaining...))
		if len(found) == 0 {
			return false
		}
		for f := range found {
			if !split[f] {
				return false
			}
		}
		return true
	}
	for _, x := range p.Positions {
		holds := x.Actor == id
		coHolds := slices.Contains(x.CoActors, id)
		if !holds && !coHolds || !namesOnly(x.Evidence) {
			continue
		}
		if holds {
			x.Actor = n.ID
		}
		for i, c := range x.CoActors {
			if c == id {
				x.CoActors[i] = n.ID
			}
		}
		x.MarkEdited()
	}
	return n.ID, nil
}

// formsIn returns the folded forms (among forms) by which a passage names an
// actor: the quotes of the actor's mentions inside the passage, and the forms
// found in the passage's text as whole words, longest first so that "Zelensky"
// inside "Volodymyr Zelensky" counts once.
func formsIn(ev Anchor, mentions []Anchor, forms []string) map[string]bool {
	found := map[string]bool{}
	known := map[string]bool{}
	for _, f := range forms {
		known[fold(f)] = true
	}
	for _, m := range mentions {
		if ev.Doc != "" && m.Doc == ev.Doc && m.Start >= ev.Start && m.End <= ev.End && known[fold(m.Quote)] {
			found[fold(m.Quote)] = true
		}
	}
	text := []rune(strings.ToLower(ev.Quote))
	masked := make([]bool, len(text))
	byLength := slices.Clone(forms)
	slices.SortStableFunc(byLength, func(a, b string) int {
		return cmp.Compare(utf8.RuneCountInString(b), utf8.RuneCountInString(a))
	})
	for _, f := range byLength {
		want := []rune(fold(f))
		if len(want) == 0 {
			continue
		}
	scan:
		for i := 0; i+len(want) <= len(text); i++ {
			for j, r := range want {
				if masked[i+j] || text[i+j] != r {
					continue scan
				}
			}
			if i > 0 && isWordRune(text[i-1]) || i+len(want) < len(text) && isWordRune(text[i+len(want)]) {
				continue
			}
			for j := range want {
				masked[i+j] = true
			}
			found[fold(f)] = true
		}
	}
	return found
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// AddAlias gives an actor one more name by which the text refers to it.
func (p *Project) AddAlias(id, alias string) error {
	a, err := p.actorOrErr(id)
	if err != nil {
		return fmt.Errorf("add alias: %w", err)
	}
	alias = strings.Join(strings.Fields(alias), " ")
	if alias == "" {
		return errors.New("add alias: the alias is empty")
	}
	if fold(alias) == fold(a.Name) || slices.ContainsFunc(a.Aliases, func(s string) bool { return fold(s) == fold(alias) }) {
		return fmt.Errorf("add alias: %s is already called %q", a.Name, alias)
	}
	for _, o := range p.Actors {
		if o.ID == id || o.Rejected {
			continue
		}
		if fold(o.Name) == fold(alias) || slices.ContainsFunc(o.Aliases, func(s string) bool { return fold(s) == fold(alias) }) {
			return fmt.Errorf("add alias: %q already names %s; merge the two actors instead", alias, o.Name)
		}
	}
	a.Aliases = append(a.Aliases, alias)
	a.MarkEdited()
	return nil
}

// RemoveAlias takes a name away from an actor's aliases. Its mentions stay.
func (p *Project) RemoveAlias(id, alias string) error {
	a, err := p.actorOrErr(id)
	if err != nil {
		return fmt.Errorf("remove alias: %w", err)
	}
	i := slices.IndexFunc(a.Aliases, func(s string) bool { return fold(s) == fold(alias) })
	if i < 0 {
		return fmt.Errorf("remove alias: %q is not an alias of %s", alias, a.Name)
	}
	a.Aliases = slices.Delete(a.Aliases, i, i+1)
	a.MarkEdited()
	return nil
}
