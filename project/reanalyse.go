package project

import (
	"fmt"
	"strings"

	"briefing/analysis"
	"briefing/document"
)

// Reanalyse replaces the suggestions for one document with those of a newer
// analysis (or a newer reading of the same file) while keeping every decision
// of the user: selections, notes, priorities, tags, edits, additions and
// rejections. Items are matched by their anchors in the text (and actors and
// topics by name), not by ID, since a newer analysis numbers its suggestions
// afresh.
//
// Suggestions the user never touched and that the newer analysis no longer
// makes are dropped; anything the user touched is kept.
func (p *Project) Reanalyse(doc *document.Document, res *analysis.Result) error {
	old := p.Document(doc.ID)
	if old == nil {
		return fmt.Errorf("reanalyse: the project has no document %q", doc.ID)
	}
	*old = *doc
	p.relocateAnchors(doc)

	fresh := New()
	fresh.AddDocument(doc, res)

	// Actors.
	actorMap := map[string]string{} // fresh ID -> project ID
	for _, na := range fresh.Actors {
		oa := p.findActor(na.Name, na.Aliases)
		if oa == nil {
			id := na.ID
			for p.Actor(id) != nil {
				id += "'"
			}
			na.ID = id
			p.Actors = append(p.Actors, na)
			actorMap[na.ID] = id
			continue
		}
		actorMap[na.ID] = oa.ID
		oa.Mentions = mergeMentions(oa.Mentions, na.Mentions, doc.ID)
		if oa.Origin == Suggested {
			oa.Aliases = unionStrings(oa.Aliases, na.Aliases)
			oa.Type, oa.Role, oa.Affiliation, oa.Why = na.Type, na.Role, na.Affiliation, na.Why
		}
	}
	// Topics.
	topicMap := map[string]string{}
	for _, nt := range fresh.Topics {
		ot := p.findTopic(nt.Label)
		if ot == nil {
			id := nt.ID
			for p.Topic(id) != nil {
				id += "'"
			}
			nt.ID = id
			p.Topics = append(p.Topics, nt)
			topicMap[nt.ID] = id
			continue
		}
		topicMap[nt.ID] = ot.ID
		ot.Sentences = mergeMentions(ot.Sentences, nt.Sentences, doc.ID)
		if ot.Origin == Suggested {
			ot.Keywords = unionStrings(ot.Keywords, nt.Keywords)
			ot.Why = nt.Why
		}
	}
	// Positions: match on the evidence anchor and the holder.
	matched := map[string]bool{}
	var added []*Position
	for _, nx := range fresh.Positions {
		nx.Actor = actorMap[nx.Actor]
		nx.Topic = topicMap[nx.Topic]
		for i, c := range nx.CoActors {
			nx.CoActors[i] = actorMap[c]
		}
		ox := p.findPosition(nx)
		if ox == nil {
			id := nx.ID
			for p.Position(id) != nil {
				id += "'"
			}
			nx.ID = id
			added = append(added, nx)
			continue
		}
		matched[ox.ID] = true
		if ox.Origin == Suggested {
			ox.Evidence, ox.Paragraph, ox.Confidence, ox.Why = nx.Evidence, nx.Paragraph, nx.Confidence, nx.Why
			ox.CoActors = nx.CoActors
			if ox.Topic == "" || p.Topic(ox.Topic) == nil {
				ox.Topic = nx.Topic
			}
			if !ox.Reviewed {
				ox.Stance, ox.Summary = nx.Stance, nx.Summary
			}
		}
	}
	// Drop untouched suggestions of this document that are no longer made.
	kept := p.Positions[:0]
	for _, x := range p.Positions {
		if x.Evidence.Doc == doc.ID && !matched[x.ID] && untouchedPosition(x) {
			continue
		}
		kept = append(kept, x)
	}
	p.Positions = append(kept, added...)
	p.dropUnusedSuggestions(doc.ID)
	return nil
}

// findPosition finds the position of the project that says the same thing as
// x: same holder and an evidence range in the same document that overlaps.
func (p *Project) findPosition(x *Position) *Position {
	var best *Position
	bestOverlap := 0
	for _, o := range p.Positions {
		if o.Actor != x.Actor || o.Evidence.Doc != x.Evidence.Doc {
			continue
		}
		ov := min(o.Evidence.End, x.Evidence.End) - max(o.Evidence.Start, x.Evidence.Start)
		if ov > bestOverlap {
			best, bestOverlap = o, ov
		}
	}
	return best
}

func untouchedPosition(x *Position) bool {
	return x.Origin == Suggested && !x.Reviewed && !x.Rejected && x.Note == "" && x.Selected
}

// dropUnusedSuggestions removes untouched suggested actors and topics that
// are anchored only in doc, no longer mentioned there and used by nothing.
func (p *Project) dropUnusedSuggestions(doc string) {
	used := map[string]bool{}
	for _, x := range p.Positions {
		used[x.Actor], used[x.Topic] = true, true
		for _, c := range x.CoActors {
			used[c] = true
		}
	}
	for _, n := range p.Notes {
		used[n.Topic] = true
	}
	for _, e := range p.Excerpts {
		used[e.Topic] = true
	}
	actors := p.Actors[:0]
	for _, a := range p.Actors {
		if a.Origin == Suggested && !a.Reviewed && !a.Rejected && a.Note == "" && !used[a.ID] && len(a.Mentions) == 0 {
			continue
		}
		actors = append(actors, a)
	}
	p.Actors = actors
	topics := p.Topics[:0]
	for _, t := range p.Topics {
		if t.Origin == Suggested && !t.Reviewed && !t.Rejected && t.Note == "" && len(t.Tags) == 0 &&
			t.Selected && !used[t.ID] && len(t.Sentences) == 0 {
			continue
		}
		topics = append(topics, t)
	}
	p.Topics = topics
}

// mergeMentions replaces the anchors in doc with the fresh ones, keeping the
// anchors in other documents.
func mergeMentions(old, fresh []Anchor, doc string) []Anchor {
	out := make([]Anchor, 0, len(old)+len(fresh))
	for _, a := range old {
		if a.Doc != doc {
			out = append(out, a)
		}
	}
	return append(out, fresh...)
}

// relocateAnchors moves every anchor into doc back onto its quoted text, for
// when a newer reading of the file shifted the offsets.
func (p *Project) relocateAnchors(doc *document.Document) {
	fix := func(a *Anchor) {
		if a.Doc == doc.ID {
			*a = Relocate(doc, *a)
		}
	}
	for _, a := range p.Actors {
		for i := range a.Mentions {
			fix(&a.Mentions[i])
		}
	}
	for _, t := range p.Topics {
		for i := range t.Sentences {
			fix(&t.Sentences[i])
		}
	}
	for _, x := range p.Positions {
		fix(&x.Evidence)
		if x.Evidence.Doc == doc.ID {
			x.Paragraph = doc.ParagraphAt(x.Evidence.Start)
		}
	}
	for _, n := range p.Notes {
		fix(&n.Anchor)
	}
	for _, e := range p.Excerpts {
		fix(&e.Anchor)
	}
}

// Relocate returns the anchor moved onto the occurrence of its quote in doc
// nearest to its old position. An anchor whose quote is no longer in the text
// is clamped into the text and keeps its quote, so that the user's work is
// kept and the pre-export check can flag it (see Stale).
func Relocate(doc *document.Document, a Anchor) Anchor {
	if doc.Slice(a.Start, a.End) == a.Quote {
		return a
	}
	if a.Quote != "" {
		best, bestDist := -1, 0
		for from := 0; ; {
			i := strings.Index(doc.Text[from:], a.Quote)
			if i < 0 {
				break
			}
			at := from + i
			d := at - a.Start
			if d < 0 {
				d = -d
			}
			if best < 0 || d < bestDist {
				best, bestDist = at, d
			}
			from = at + 1
		}
		if best >= 0 {
			a.Start, a.End = best, best+len(a.Quote)
			return a
		}
	}
	a.Start = max(0, min(a.Start, len(doc.Text)))
	a.End = max(a.Start, min(a.End, len(doc.Text)))
	return a
}

// Stale says whether an anchor's quote no longer matches its document.
func (p *Project) Stale(a Anchor) bool {
	d := p.Document(a.Doc)
	return d == nil || d.Slice(a.Start, a.End) != a.Quote
}
