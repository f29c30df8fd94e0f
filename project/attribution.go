package project

import "slices"

// Speakers returns the holders the analysis attributes a passage to: the
// actors of the live suggested positions (edited ones included, since the
// user may have corrected the holder) whose evidence covers the passage, in
// the order of the positions, each once. Positions the user added do not
// count: they say what the user thinks, not what the analysis found.
func (p *Project) Speakers(a Anchor) []string {
	var out []string
	seen := map[string]bool{}
	for _, x := range p.Positions {
		e := x.Evidence
		if x.Rejected || x.Origin == Added || e.Doc != a.Doc || e.Start > a.Start || e.End < a.End || seen[x.Actor] {
			continue
		}
		if act := p.Actor(x.Actor); act == nil || act.Rejected {
			continue
		}
		seen[x.Actor] = true
		out = append(out, x.Actor)
	}
	return out
}

// PositionsOfAt returns the live positions that actor holds (or co-holds)
// on passages overlapping a: adding another would repeat one of them.
func (p *Project) PositionsOfAt(actorID string, a Anchor) []*Position {
	var out []*Position
	for _, x := range p.Positions {
		e := x.Evidence
		if x.Rejected || e.Doc != a.Doc || e.Start >= a.End || a.Start >= e.End {
			continue
		}
		if x.Actor == actorID || slices.Contains(x.CoActors, actorID) {
			out = append(out, x)
		}
	}
	return out
}
