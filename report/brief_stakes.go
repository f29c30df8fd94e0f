package report

import (
	"strings"

	"briefing/project"
)

// The stakeholder map of the brief, shared by the PDF (pdf_brief_stakes.go)
// and Word (docx_stakes.go): the actors of the brief, each in the quadrant
// of its power and interest (project/stake.go).

// stakeEntry is one actor in a quadrant.
type stakeEntry struct {
	name string
	// suggested: the app placed the actor; the drafter has not set both
	// levels.
	suggested bool
}

// stakeQuadrant is one quadrant of the map with its actors.
type stakeQuadrant struct {
	name            string // project.ManageClosely, …
	power, interest string // "high power", "high interest", …
	actors          []stakeEntry
}

// suggestedMark follows the name of an actor the app placed.
const suggestedMark = "*"

// stakeQuadrants returns the four quadrants in project.Quadrants order
// (the grid's reading order) with the brief's actors, in the order of the
// actors table.
func (d *briefData) stakeQuadrants() []stakeQuadrant {
	stakes := d.p.Stakes()
	out := make([]stakeQuadrant, len(project.Quadrants))
	at := map[string]int{}
	for i, q := range project.Quadrants {
		out[i].name = q
		at[q] = i
	}
	out[at[project.ManageClosely]].power, out[at[project.ManageClosely]].interest = "high power", "high interest"
	out[at[project.KeepSatisfied]].power, out[at[project.KeepSatisfied]].interest = "high power", "low interest"
	out[at[project.KeepInformed]].power, out[at[project.KeepInformed]].interest = "low power", "high interest"
	out[at[project.Monitor]].power, out[at[project.Monitor]].interest = "low power", "low interest"
	for _, r := range d.rows {
		s := stakes[r.a.ID]
		q := &out[at[s.Quadrant()]]
		q.actors = append(q.actors, stakeEntry{name: r.a.Name, suggested: s.Suggested()})
	}
	return out
}

// names lists the quadrant's actors, the app's placements marked.
func (q stakeQuadrant) names() string {
	if len(q.actors) == 0 {
		return "—"
	}
	parts := make([]string, len(q.actors))
	for i, e := range q.actors {
		parts[i] = collapse(e.name)
		if e.suggested {
			parts[i] += suggestedMark
		}
	}
	return strings.Join(parts, ", ")
}

// stakeIntro says how to read the map.
const stakeIntro = "The actors of this brief by their power to shape the outcome and their interest in it. " +
	"A name marked " + suggestedMark + " is placed by the app's suggestion (power from the actor's type and role, " +
	"interest from its positions and mentions); the drafter has not set it."

// stakeAlt is the map in words, for the PDF's figure and screen readers.
func stakeAlt(qs []stakeQuadrant) string {
	var b strings.Builder
	b.WriteString("Stakeholder map.")
	for _, q := range qs {
		b.WriteString(" " + q.name + " (" + q.power + ", " + q.interest + "): ")
		if len(q.actors) == 0 {
			b.WriteString("none.")
			continue
		}
		b.WriteString(q.names() + ".")
	}
	return b.String()
}
