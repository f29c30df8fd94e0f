package report

import "briefing/project"

// The shifts of a topic section: where an actor's stance on the topic
// changes from one date to the next among the positions the brief shows.
// project.Timeline decides what a change is; this picks the brief's.

// shiftEnd is one side of a shift: the stance of a date and the date
// (YYYY-MM-DD, the document's).
type shiftEnd struct {
	stance, date string
}

// shift is an actor's change of stance on a section's topic.
type shift struct {
	actor    string
	from, to shiftEnd
	// later is a position of the later date, whose source the line cites.
	later *project.Position
}

// shiftLook is how a side's stance is shown: a date's positions that
// differ are "mixed", as in the actors table.
func shiftLook(stance string) stanceLook {
	if stance == "mixed" {
		return mixedLook
	}
	return lookOf(stance)
}

// findShifts fills the sections' shifts from the timeline of the brief's
// own positions on its topics: a position the drafter left out of the
// brief neither makes nor hides a change, so the part says only what the
// brief's positions show.
func (d *briefData) findShifts() {
	secOf := map[string]int{}
	sub := &project.Project{Documents: d.p.Documents, Actors: d.p.Actors}
	for i := range d.sections {
		if s := &d.sections[i]; s.t != nil {
			secOf[s.t.ID] = i
			sub.Topics = append(sub.Topics, s.t)
			sub.Positions = append(sub.Positions, s.positions...)
		}
	}
	line := sub.Timeline()
	var last shiftEnd // the run's latest date with a stance
	for i := 0; i < len(line); {
		e := line[i]
		if i == 0 || e.Actor != line[i-1].Actor || e.Topic != line[i-1].Topic {
			last = shiftEnd{}
		}
		j := i
		for j < len(line) && line[j].Actor == e.Actor && line[j].Topic == e.Topic && line[j].Date == e.Date {
			j++
		}
		day := line[i:j]
		s := project.DateStance(day)
		if e.Change != "" && e.Topic != nil && last.stance != "" {
			later := e.Position
			for _, x := range day {
				if x.Position.Stance != "" {
					later = x.Position
					break
				}
			}
			k := secOf[e.Topic.ID]
			d.sections[k].shifts = append(d.sections[k].shifts,
				shift{actor: e.Actor.Name, from: last, to: shiftEnd{s, e.Date}, later: later})
		}
		if s != "" && e.Dated {
			last = shiftEnd{s, e.Date}
		}
		i = j
	}
}
