package project

import (
	"fmt"
	"slices"
	"strings"

	"briefing/analysis"
)

// FindingKind says what a pre-export finding is about.
type FindingKind string

// Kinds of findings, in the order Check reports them.
const (
	FindUnreviewed    FindingKind = "unreviewed"     // suggestions in the brief nobody looked at
	FindNoAffiliation FindingKind = "no-affiliation" // a person or organisation in the brief without affiliation
	FindEmptyTopic    FindingKind = "empty-topic"    // a selected topic with no position in the brief
	FindStale         FindingKind = "stale"          // evidence or a passage no longer in the source text
	FindContradiction FindingKind = "contradiction"  // one actor supports and opposes on one topic
	FindRejectedActor FindingKind = "rejected-actor" // a position in the brief held by a rejected actor
)

// Finding is one thing that deserves a look before export.
type Finding struct {
	Kind    FindingKind
	Message string    // a sentence for the user
	Items   []ItemRef // what to jump to, most relevant first
}

// Item kinds of passages that Check can point at, besides actors, topics and
// positions.
const (
	NoteItem    ItemKind = "note"
	ExcerptItem ItemKind = "excerpt"
)

// Check lists what deserves a look before the brief is exported. It changes
// nothing; an empty list means nothing was found.
func (p *Project) Check() []Finding {
	var out []Finding
	out = append(out, p.checkUnreviewed()...)
	out = append(out, p.checkAffiliations()...)
	out = append(out, p.checkEmptyTopics()...)
	out = append(out, p.checkStale()...)
	out = append(out, p.checkContradictions()...)
	out = append(out, p.checkRejectedActors()...)
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// checkUnreviewed reports, one finding per kind, the suggestions in the
// brief that the user has not reviewed.
func (p *Project) checkUnreviewed() []Finding {
	var out []Finding
	var xs []ItemRef
	for _, id := range p.ReviewQueue(PositionItem) {
		if x := p.Position(id); p.InBrief(x) && x.Origin != Added {
			xs = append(xs, ItemRef{PositionItem, id})
		}
	}
	if len(xs) > 0 {
		out = append(out, Finding{FindUnreviewed, plural(len(xs), "suggested position", "suggested positions") + " in the brief not yet reviewed.", xs})
	}
	var ts []ItemRef
	for _, id := range p.ReviewQueue(TopicItem) {
		if t := p.Topic(id); t.Selected && t.Origin != Added {
			ts = append(ts, ItemRef{TopicItem, id})
		}
	}
	if len(ts) > 0 {
		out = append(out, Finding{FindUnreviewed, plural(len(ts), "suggested topic", "suggested topics") + " in the brief not yet reviewed.", ts})
	}
	included := map[string]bool{}
	for _, a := range p.IncludedActors() {
		included[a.ID] = true
	}
	var as []ItemRef
	for _, id := range p.ReviewQueue(ActorItem) {
		if included[id] && p.Actor(id).Origin != Added {
			as = append(as, ItemRef{ActorItem, id})
		}
	}
	if len(as) > 0 {
		out = append(out, Finding{FindUnreviewed, plural(len(as), "suggested actor", "suggested actors") + " in the brief not yet reviewed.", as})
	}
	return out
}

// checkAffiliations reports persons and organisations in the brief whose
// affiliation is unknown.
func (p *Project) checkAffiliations() []Finding {
	var out []Finding
	for _, a := range p.IncludedActors() {
		if a.Type != analysis.Person && a.Type != analysis.Organization || strings.TrimSpace(a.Affiliation) != "" {
			continue
		}
		what := "person"
		if a.Type == analysis.Organization {
			what = "organisation"
		}
		out = append(out, Finding{FindNoAffiliation,
			fmt.Sprintf("%s (a %s in the brief) has no affiliation.", a.Name, what),
			[]ItemRef{{ActorItem, a.ID}}})
	}
	return out
}

// checkEmptyTopics reports selected topics with no position in the brief.
func (p *Project) checkEmptyTopics() []Finding {
	covered := map[string]bool{}
	for _, x := range p.Positions {
		if p.InBrief(x) {
			covered[x.Topic] = true
		}
	}
	var out []Finding
	for _, t := range p.SelectedTopics() {
		if covered[t.ID] {
			continue
		}
		out = append(out, Finding{FindEmptyTopic,
			fmt.Sprintf("The topic %q is in the brief but no position is.", t.Label),
			[]ItemRef{{TopicItem, t.ID}}})
	}
	return out
}

// checkStale reports evidence, notes and excerpts whose quoted text is no
// longer at their place in the source (after a newer reading of the
// article). Anchors that name no document (interchange files) are skipped.
func (p *Project) checkStale() []Finding {
	var out []Finding
	stale := func(a Anchor) bool { return a.Doc != "" && p.Stale(a) }
	for _, x := range p.Positions {
		if p.InBrief(x) && stale(x.Evidence) {
			out = append(out, Finding{FindStale,
				fmt.Sprintf("The evidence of %q no longer matches the article: %q.", shortLabel(x.Summary), shortLabel(x.Evidence.Quote)),
				[]ItemRef{{PositionItem, x.ID}}})
		}
	}
	for _, n := range p.Notes {
		if stale(n.Anchor) {
			out = append(out, Finding{FindStale,
				fmt.Sprintf("The note %q is on a passage no longer in the article: %q.", shortLabel(n.Text), shortLabel(n.Anchor.Quote)),
				[]ItemRef{{NoteItem, n.ID}}})
		}
	}
	for _, e := range p.Excerpts {
		if stale(e.Anchor) {
			out = append(out, Finding{FindStale,
				fmt.Sprintf("The excerpt %q is no longer in the article.", shortLabel(e.Anchor.Quote)),
				[]ItemRef{{ExcerptItem, e.ID}}})
		}
	}
	return out
}

// checkContradictions reports an actor that, in the brief, both supports and
// opposes on one topic.
func (p *Project) checkContradictions() []Finding {
	type key struct{ actor, topic string }
	var order []key
	byKey := map[key][]*Position{}
	for _, x := range p.Positions {
		if x.Topic == "" || !p.InBrief(x) || x.Stance != analysis.Supports && x.Stance != analysis.Opposes {
			continue
		}
		k := key{x.Actor, x.Topic}
		if byKey[k] == nil {
			order = append(order, k)
		}
		byKey[k] = append(byKey[k], x)
	}
	var out []Finding
	for _, k := range order {
		xs := byKey[k]
		sup := slices.ContainsFunc(xs, func(x *Position) bool { return x.Stance == analysis.Supports })
		opp := slices.ContainsFunc(xs, func(x *Position) bool { return x.Stance == analysis.Opposes })
		if !sup || !opp {
			continue
		}
		items := []ItemRef{}
		for _, x := range xs {
			items = append(items, ItemRef{PositionItem, x.ID})
		}
		items = append(items, ItemRef{ActorItem, k.actor})
		name, label := k.actor, k.topic
		if a := p.Actor(k.actor); a != nil {
			name = a.Name
		}
		if t := p.Topic(k.topic); t != nil {
			label = t.Label
		}
		out = append(out, Finding{FindContradiction,
			fmt.Sprintf("%s both supports and opposes on %q.", name, label), items})
	}
	return out
}

// checkRejectedActors reports positions in the brief whose holder was
// rejected.
func (p *Project) checkRejectedActors() []Finding {
	var out []Finding
	for _, x := range p.Positions {
		a := p.Actor(x.Actor)
		if a == nil || !a.Rejected || !p.InBrief(x) {
			continue
		}
		out = append(out, Finding{FindRejectedActor,
			fmt.Sprintf("The position %q is in the brief but its holder, %s, was rejected.", shortLabel(x.Summary), a.Name),
			[]ItemRef{{PositionItem, x.ID}, {ActorItem, a.ID}}})
	}
	return out
}
