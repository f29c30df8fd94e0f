package project

import (
	"slices"
	"strings"

	"briefing/actorregistry"
)

// RegistryReason is the rule recorded on an actor that the user's actor
// registry merged, renamed or corrected, where the window and the Actors
// sheet show why an actor is as it is.
const RegistryReason = "from your actor registry"

// ApplyRegistry applies the user's earlier decisions to a freshly built
// project: the live actors named by one entry of the registry (by name or
// alias) become one actor, which takes the entry's canonical name and its
// corrected type, role and affiliation. An actor the user has already
// changed in this project keeps its name and fields (their own later edit
// wins); only the merge applies to it. The registry is the user's past
// judgement, not a review of this article: actors and positions keep their
// review state, so that what was unreviewed is still to review. It returns
// how many of the project's actors it changed.
func (p *Project) ApplyRegistry(r *actorregistry.Registry) int {
	changed := 0
	for _, e := range r.Entries {
		forms := map[string]bool{}
		for _, f := range e.Forms() {
			forms[fold(f)] = true
		}
		var hit []*Actor
		for _, a := range p.Actors {
			if !a.Rejected && (forms[fold(a.Name)] || slices.ContainsFunc(a.Aliases, func(s string) bool { return forms[fold(s)] })) {
				hit = append(hit, a)
			}
		}
		if len(hit) == 0 {
			continue
		}
		keep := registryKeep(hit, e.Canonical)
		review := keep.Review
		if len(hit) > 1 {
			var others []string
			for _, a := range hit {
				if a != keep {
					others = append(others, a.ID)
				}
			}
			p.mergeKeepingReview(keep.ID, others)
		}
		corrected := review.Origin == Suggested && keep.correct(e)
		n := len(hit)
		if n == 1 && !corrected {
			continue
		}
		changed += n
		keep.Reviewed, keep.Origin = review.Reviewed, review.Origin
		if !strings.Contains(keep.Why, RegistryReason) {
			keep.Why = joinNonEmpty("; ", keep.Why, RegistryReason)
		}
	}
	return changed
}

// registryKeep chooses which of the actors an entry names survives the
// merge: the one already called by the canonical name, else one the user
// has changed, else the first.
func registryKeep(hit []*Actor, canonical string) *Actor {
	if i := slices.IndexFunc(hit, func(a *Actor) bool { return fold(a.Name) == fold(canonical) }); i >= 0 {
		return hit[i]
	}
	if i := slices.IndexFunc(hit, func(a *Actor) bool { return a.Origin != Suggested }); i >= 0 {
		return hit[i]
	}
	return hit[0]
}

// mergeKeepingReview merges as MergeActors does, then gives the positions
// back the review state they had: the merge was decided in another project.
func (p *Project) mergeKeepingReview(keep string, others []string) {
	before := map[string]Review{}
	for _, x := range p.Positions {
		before[x.ID] = x.Review
	}
	// The actors exist and differ from keep, so the merge cannot fail.
	if err := p.MergeActors(keep, others...); err != nil {
		panic("apply registry: " + err.Error())
	}
	for _, x := range p.Positions {
		if r, ok := before[x.ID]; ok {
			x.Reviewed, x.Origin = r.Reviewed, r.Origin
		}
	}
}

// correct gives the actor the entry's canonical name (its own becoming an
// alias) and its corrected fields, and says whether anything changed.
func (x *Actor) correct(e actorregistry.Entry) bool {
	changed := false
	if name := strings.TrimSpace(e.Canonical); name != "" && x.Name != name {
		x.Aliases = unionStrings(x.Aliases, []string{x.Name})
		x.Name = name
		x.Aliases = slices.DeleteFunc(x.Aliases, func(s string) bool { return fold(s) == fold(name) })
		changed = true
	}
	for _, f := range []struct {
		have *string
		want string
	}{{&x.Type, e.Type}, {&x.Role, e.Role}, {&x.Affiliation, e.Affiliation}} {
		if f.want != "" && *f.have != f.want {
			*f.have = f.want
			changed = true
		}
	}
	return changed
}
