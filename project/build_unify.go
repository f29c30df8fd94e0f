package project

import (
	"cmp"
	"slices"
	"strings"

	"briefing/analysis"
)

// earlierActors are the live actors a project had before a document was
// added, with their names prepared for sameEntity once per document.
type earlierActors struct {
	actors []*Actor
	names  [][]nameInfo
	set    map[*Actor]bool
}

func newEarlierActors(actors []*Actor) *earlierActors {
	e := &earlierActors{set: make(map[*Actor]bool, len(actors))}
	for _, a := range actors {
		e.set[a] = true
		if a.Rejected {
			continue
		}
		e.actors = append(e.actors, a)
		e.names = append(e.names, actorNames(a.Name, a.Aliases))
	}
	return e
}

// has says whether the actor was in the project before the document.
func (e *earlierActors) has(a *Actor) bool { return e.set[a] }

// actorNames are the name and aliases of an actor as sameEntity compares
// them.
func actorNames(name string, aliases []string) []nameInfo {
	var out []nameInfo
	for _, f := range append([]string{name}, aliases...) {
		if strings.TrimSpace(f) != "" {
			out = append(out, newNameInfo(f))
		}
	}
	return out
}

// sureMatch says which grounds of sameEntity are safe enough to unify two
// actors without asking: the same name, the same abbreviation, two names
// of one state, and a person named by surname, title and surname or full
// name. Initials ("US" for "United States" is a guess that "UN" would get
// wrong) and capitals or seats ("the Kremlin" speaks for the government,
// "Moscow" may be the city) are left to the user, through LikelyDuplicates.
func sureMatch(k matchKind) bool {
	switch k {
	case sameName, sameAbbrev, otherNameOf, samePerson:
		return true
	}
	return false
}

// sameAs returns the one earlier actor that the analysis's actor surely is
// and why, or nil when none is, or when several are ("Biden" after "Joe
// Biden" and "Jill Biden"): a wrong merge costs the user more than a missed
// one, which LikelyDuplicates still proposes.
func (e *earlierActors) sameAs(name string, aliases []string, typ string) (*Actor, string) {
	if len(e.actors) == 0 {
		return nil, ""
	}
	na := &Actor{Name: name, Aliases: aliases, Type: typ}
	an := actorNames(name, aliases)
	type candidate struct {
		a      *Actor
		kind   matchKind
		reason string
	}
	var found []candidate
	for i, old := range e.actors {
		_, kind, reason := sameEntity(old, na, e.names[i], an)
		if sureMatch(kind) {
			found = append(found, candidate{old, kind, reason})
		}
	}
	if len(found) > 1 {
		// One candidate of the same name beats the others' likeness.
		found = slices.DeleteFunc(found, func(c candidate) bool { return c.kind != sameName })
	}
	if len(found) != 1 {
		return nil, ""
	}
	return found[0].a, found[0].reason
}

// unify makes an earlier actor take in the analysis's actor of a new
// document: its name and aliases become aliases, the fuller name of a
// person becomes the name (unless the user has touched the actor), an empty
// role, affiliation or vague type is filled in, and the ground of a merge
// that is not the same name is added to the rule (Why), where the Actors
// sheet and the window show it.
func (x *Actor) unify(a analysis.Actor, reason string) {
	if x.Type == "" || x.Type == "other" {
		x.Type = cmp.Or(a.Type, x.Type)
	}
	forms := append([]string{a.Name}, a.Aliases...)
	if x.Origin == Suggested && !x.Reviewed && x.Type == "person" && fuller(a.Name, x.Name) {
		forms = append(forms, x.Name)
		x.Name = a.Name
	}
	x.Aliases = unionStrings(x.Aliases, forms)
	x.Aliases = slices.DeleteFunc(x.Aliases, func(s string) bool { return fold(s) == fold(x.Name) })
	x.Role = cmp.Or(x.Role, a.Role)
	x.Affiliation = cmp.Or(x.Affiliation, a.Affiliation)
	x.Named = x.Named || a.Named
	if reason != "" && !strings.Contains(x.Why, reason) {
		x.Why = joinNonEmpty("; ", x.Why, "same actor in another article: "+reason)
	}
}

// fuller says whether name a says more than name b: more words once titles
// are dropped ("Vladimir Putin" against "President Putin").
func fuller(a, b string) bool {
	return len(newNameInfo(a).tokens) > len(newNameInfo(b).tokens)
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, s := range parts {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, sep)
}
