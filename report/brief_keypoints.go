package report

import (
	"cmp"
	"slices"
	"strings"

	"briefing/project"
)

// The drafts the brief offers where the user wrote nothing: key points and
// a purpose. They state what the selected positions show, topic by topic,
// and are printed as drafts, for the user to confirm or rewrite.

// maxKeyPoints bounds the key points drafted: one per section, so a brief
// of three or more sections gets three to five.
const maxKeyPoints = 5

// keyPoint is one drafted key point and how much it says: a topic on which
// actors are divided says most.
type keyPoint struct {
	sec    int // index of the section, for the order
	weight int
	text   string
}

// draftKeyPoints writes up to maxKeyPoints judgements, one per section,
// chosen by priority, then by how much they say, and given in the order of
// the sections.
func (d *briefData) draftKeyPoints() []string {
	var kps []keyPoint
	for i := range d.sections {
		if kp, ok := d.keyPointOf(i); ok {
			kps = append(kps, kp)
		}
	}
	slices.SortStableFunc(kps, func(a, b keyPoint) int {
		return cmp.Or(cmp.Compare(d.rankOf(a.sec), d.rankOf(b.sec)), cmp.Compare(b.weight, a.weight))
	})
	kps = kps[:min(len(kps), maxKeyPoints)]
	slices.SortFunc(kps, func(a, b keyPoint) int { return cmp.Compare(a.sec, b.sec) })
	out := make([]string, len(kps))
	for i, kp := range kps {
		out[i] = kp.text
	}
	return out
}

// rankOf is the priority rank of a section. The other points rank as a
// topic of the default priority: they may hold what matters most (the
// sample's territory question has no topic of its own).
func (d *briefData) rankOf(sec int) int {
	if t := d.sections[sec].t; t != nil {
		return priorityRank(t.Priority)
	}
	return priorityRank(project.Medium)
}

// keyPointOf drafts the key point of one section: who is in favour and who
// is against, or, where nobody takes sides, what is claimed.
func (d *briefData) keyPointOf(sec int) (keyPoint, bool) {
	s := &d.sections[sec]
	if len(s.positions) == 0 {
		return keyPoint{}, false
	}
	by := map[string][]string{}
	seen := map[string]bool{}
	for _, x := range s.positions {
		k := x.Stance + "\x00" + x.Actor
		if seen[k] {
			continue
		}
		seen[k] = true
		by[x.Stance] = append(by[x.Stance], d.actorName(x.Actor))
	}
	sup, opp := by["supports"], by["opposes"]
	if s.t == nil {
		// The other points share no topic: the strongest of them speaks
		// for itself, in its own attributed summary.
		weight := len(s.positions)
		if len(sup)+len(opp) > 0 {
			weight += 100
		}
		return keyPoint{sec: sec, weight: weight, text: d.otherPointsKeyPoint()}, true
	}
	// The label leads, as written: inside a sentence its capitals would
	// need a dictionary to get right ("European security", "peace plan").
	on := s.t.Label + ": "
	var text string
	weight := len(s.positions)
	switch {
	case len(sup) > 0 && len(opp) > 0:
		text = on + "divided. In favour: " + listAnd(sup) + "; against: " + listAnd(opp) + "."
		weight += 1000 // a division is the news
	case len(sup) > 0:
		text = on + listAnd(sup) + " in favour; none of the actors quoted is against."
		weight += 100
	case len(opp) > 0:
		text = on + listAnd(opp) + " against; none of the actors quoted is in favour."
		weight += 100
	case len(by["claims"]) > 0:
		text = on + listAnd(by["claims"]) + " " + plural(len(by["claims"]), "claims", "claim") + " that " + d.leadSummary(s, "claims")
	default:
		names := by["neutral"]
		if len(names) == 0 {
			named := map[string]bool{}
			for _, x := range s.positions {
				if n := d.actorName(x.Actor); !named[n] {
					named[n] = true
					names = append(names, n)
				}
			}
		}
		text = on + listAnd(names) + " " + plural(len(names), "takes", "take") + " no side."
	}
	return keyPoint{sec: sec, weight: weight, text: text}, true
}

// otherPointsKeyPoint drafts the key point of the other points: the
// summary of the first that takes a side, else of the first.
func (d *briefData) otherPointsKeyPoint() string {
	s := &d.sections[len(d.sections)-1]
	lead := s.positions[0]
	for _, x := range s.positions {
		if x.Stance == "supports" || x.Stance == "opposes" {
			lead = x
			break
		}
	}
	return sentence(d.attributed(lead.Actor, lead.Summary))
}

// leadSummary is the summary of a section's first position of a stance.
func (d *briefData) leadSummary(s *topicSection, stance string) string {
	for _, x := range s.positions {
		if x.Stance == stance {
			return sentence(strings.TrimSpace(afterSpeaker(x.Summary)))
		}
	}
	return ""
}

// attributed is a summary with its speaker: the analysis writes summaries
// as "Speaker: what was said"; a user's may lack the speaker.
func (d *briefData) attributed(actor, summary string) string {
	summary = collapse(summary)
	if summary == "" {
		return d.actorName(actor) + " takes a position"
	}
	if afterSpeaker(summary) != summary {
		return summary
	}
	return d.actorName(actor) + ": " + summary
}

// afterSpeaker drops a leading "Speaker: " from a summary.
func afterSpeaker(s string) string {
	if i := strings.Index(s, ": "); i > 0 && i < 60 && !strings.ContainsAny(s[:i], ".!?\"“") {
		return s[i+2:]
	}
	return s
}

// sentence ends s with a full stop unless it ends with punctuation.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?…") || strings.HasSuffix(s, "…") {
		return s
	}
	return s + "."
}

// draftPurpose is the purpose line drafted from the topics.
func (d *briefData) draftPurpose() string {
	var labels []string
	for _, s := range d.sections {
		if s.t != nil {
			labels = append(labels, s.t.Label)
		}
	}
	if len(labels) == 0 {
		return "To inform you of the positions set out in the sources."
	}
	more := ""
	if len(labels) > 3 {
		labels, more = labels[:3], "; and others"
	}
	return "To inform you of the positions of the key actors on " + plural(len(labels), "this topic", "these topics") +
		": " + strings.Join(labels, "; ") + more + "."
}

func (d *briefData) actorName(id string) string {
	if a := d.actors[id]; a != nil && a.Name != "" {
		return a.Name
	}
	return "Unknown actor"
}
