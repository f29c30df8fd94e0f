package project

import (
	"strconv"
	"strings"

	"briefing/analysis"
	"briefing/document"
)

// AddDocument adds a document and the analysis's suggestions for it. Actors
// already in the project are reused, so a brief drawn from several articles
// has one actor per entity: the same name or alias, and, for actors of the
// earlier documents, the surer grounds of LikelyDuplicates too ("Putin",
// "President Putin" and "Vladimir Putin"; "US" and "U.S."; see sureMatch).
// The reused actor gains the new article's forms as aliases, its fuller
// name, and the ground in its rule, so that the merge can be seen and
// undone (SplitActor). IDs of suggestions are prefixed with the document's
// ID to stay unique across documents.
//
// New topics are selected for the brief and new positions are included, as
// suggestions the user then reviews.
func (p *Project) AddDocument(doc *document.Document, res *analysis.Result) {
	if doc.ID == "" || p.Document(doc.ID) != nil {
		doc.ID = p.freeDocID()
	}
	p.Documents = append(p.Documents, doc)
	if p.Brief.Title == "" && doc.Title != "" {
		p.Brief.Title = doc.Title
	}
	if res == nil {
		return
	}
	prefix := doc.ID + "-"
	actorIDs := map[string]string{}
	earlier := newEarlierActors(p.Actors)
	for _, a := range res.Actors {
		existing := p.findActor(a.Name, a.Aliases)
		reason := ""
		if existing == nil {
			existing, reason = earlier.sameAs(a.Name, a.Aliases, a.Type)
		}
		if existing != nil {
			actorIDs[a.ID] = existing.ID
			if earlier.has(existing) {
				existing.unify(a, reason)
			} else {
				existing.Aliases = unionStrings(existing.Aliases, a.Aliases)
			}
			existing.Mentions = append(existing.Mentions, anchors(doc, a.Mentions)...)
			continue
		}
		id := prefix + a.ID
		actorIDs[a.ID] = id
		p.Actors = append(p.Actors, &Actor{
			ID: id, Name: a.Name, Aliases: cloneStrings(a.Aliases), Type: a.Type,
			Role: a.Role, Affiliation: a.Affiliation, Named: a.Named,
			Mentions: anchors(doc, a.Mentions),
			Review:   Review{Origin: Suggested, Why: a.Why},
		})
	}
	topicIDs := map[string]string{}
	for _, t := range res.Topics {
		if existing := p.findTopic(t.Label); existing != nil {
			topicIDs[t.ID] = existing.ID
			existing.Keywords = unionStrings(existing.Keywords, t.Keywords)
			existing.Sentences = append(existing.Sentences, anchors(doc, t.Sentences)...)
			continue
		}
		id := prefix + t.ID
		topicIDs[t.ID] = id
		p.Topics = append(p.Topics, &Topic{
			ID: id, Label: t.Label, Keywords: cloneStrings(t.Keywords),
			Sentences: anchors(doc, t.Sentences), Selected: true, Priority: Medium,
			Review: Review{Origin: Suggested, Why: t.Why},
		})
	}
	for _, x := range res.Positions {
		actor, ok := actorIDs[x.Actor]
		if !ok {
			continue
		}
		var co []string
		for _, c := range x.CoActors {
			if id, ok := actorIDs[c]; ok {
				co = append(co, id)
			}
		}
		p.Positions = append(p.Positions, &Position{
			ID: prefix + x.ID, Actor: actor, CoActors: co, Topic: topicIDs[x.Topic],
			Stance: x.Stance, Summary: x.Summary, Evidence: anchor(doc, x.Evidence),
			Paragraph: x.Paragraph, Confidence: x.Confidence, Selected: true,
			Review: Review{Origin: Suggested, Why: x.Why},
		})
	}
}

func (p *Project) freeDocID() string {
	for i := len(p.Documents) + 1; ; i++ {
		id := "d" + strconv.Itoa(i)
		if p.Document(id) == nil {
			return id
		}
	}
}

func (p *Project) findActor(name string, aliases []string) *Actor {
	want := map[string]bool{fold(name): true}
	for _, a := range aliases {
		want[fold(a)] = true
	}
	for _, a := range p.Actors {
		if want[fold(a.Name)] {
			return a
		}
		for _, al := range a.Aliases {
			if want[fold(al)] && len(al) > 3 {
				return a
			}
		}
	}
	return nil
}

func (p *Project) findTopic(label string) *Topic {
	for _, t := range p.Topics {
		if fold(t.Label) == fold(label) {
			return t
		}
	}
	return nil
}

func anchor(doc *document.Document, s analysis.Span) Anchor {
	return Anchor{Doc: doc.ID, Start: s.Start, End: s.End, Quote: s.Text}
}

func anchors(doc *document.Document, spans []analysis.Span) []Anchor {
	out := make([]Anchor, 0, len(spans))
	for _, s := range spans {
		out = append(out, anchor(doc, s))
	}
	return out
}

func fold(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func unionStrings(a, b []string) []string {
	out := cloneStrings(a)
	have := map[string]bool{}
	for _, s := range a {
		have[fold(s)] = true
	}
	for _, s := range b {
		if !have[fold(s)] {
			have[fold(s)] = true
			out = append(out, s)
		}
	}
	return out
}
