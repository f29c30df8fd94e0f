package project

import (
	"cmp"
	"slices"
	"strings"

	"briefing/document"
)

// ChangeKind says what changed between two versions of a brief.
type ChangeKind string

// Kinds of changes, in the order Compare lists them.
const (
	NewSource       ChangeKind = "new source"
	NewTopic        ChangeKind = "new topic"
	QuietTopic      ChangeKind = "quiet topic"
	StanceChange    ChangeKind = "stance change"
	NewActor        ChangeKind = "new actor"
	NewPosition     ChangeKind = "new position"
	DroppedPosition ChangeKind = "dropped position"
)

// changeOrder is the order of the kinds in Changes.Items: what a reader
// most needs to know first. After the sources, the topics that appeared
// or went quiet: they say what the story is now about, which frames the
// changes of stance and the positions that follow.
var changeOrder = []ChangeKind{NewSource, NewTopic, QuietTopic, StanceChange, NewActor, NewPosition, DroppedPosition}

// ChangeKinds returns the kinds of change in the order Compare lists them,
// for the views that list changes kind by kind.
func ChangeKinds() []ChangeKind { return slices.Clone(changeOrder) }

// Change is one difference between an earlier project and the current one.
// Items are the current project's, except for a dropped position, whose
// actor, topic, position and document are the earlier project's, and a
// quiet topic, whose topic and document (the latest source that had a
// position on it) are.
//
// A new topic's actor, position and document are its first live position,
// where the reader meets the topic first.
type Change struct {
	Kind      ChangeKind
	Actor     *Actor    // nil for a new source and a quiet topic
	Topic     *Topic    // nil when the position has no topic
	OldStance string    // a stance change's and a dropped position's
	NewStance string    // a stance change's and a new position's
	Position  *Position // a stance change's latest position, or the new or dropped one
	Document  *document.Document
}

// Changes is what changed since an earlier version of a brief: new
// sources, topics that appeared or went quiet, actors whose stance on a
// topic changed, new actors and positions, and positions dropped.
type Changes struct {
	// Since is the earlier brief's date (YYYY-MM-DD as saved, or "").
	Since string
	// Prev is the earlier project, for what the dropped positions refer to.
	Prev *Project
	// Items are the changes by kind (see changeOrder), each kind in the
	// order of the project it comes from.
	Items []Change
}

// Count returns the number of changes of a kind.
func (c Changes) Count(k ChangeKind) int {
	n := 0
	for _, x := range c.Items {
		if x.Kind == k {
			n++
		}
	}
	return n
}

// Of returns the changes of a kind.
func (c Changes) Of(k ChangeKind) []Change {
	var out []Change
	for _, x := range c.Items {
		if x.Kind == k {
			out = append(out, x)
		}
	}
	return out
}

// Compare says what changed from prev to cur, both live items only
// (rejected ones left out):
//
//   - a source is new when prev holds no document of the same text (of the
//     same details, for documents without text), or fewer copies of it;
//   - an actor is new when no actor of prev is surely the same, on the
//     grounds on which adding an article unifies actors ("Putin" and
//     "Vladimir Putin"; see sureMatch);
//   - a position is the same when its document, its quoted evidence and its
//     actor are, whatever its stance or topic: a position of cur that prev
//     lacks is new, one of prev that cur lacks is dropped;
//   - an actor's stance on a topic (the same label) is that of its latest
//     dated positions in the Timeline ("mixed" when they differ); it has
//     changed when prev and cur both have one and they differ;
//   - a topic is new when it has a live position in cur and no topic of
//     the same label (folded: case, spacing) has one in prev;
//   - a topic of prev with live positions has gone quiet when no new
//     source has a live position on a topic of its label: the new articles
//     say nothing about it. Without new sources, nothing is quiet.
func Compare(prev, cur *Project) Changes {
	c := Changes{Since: prev.Brief.Date, Prev: prev}
	byKind := map[ChangeKind][]Change{}
	add := func(x Change) { byKind[x.Kind] = append(byKind[x.Kind], x) }

	// Sources as a multiset, like the positions below: a second copy of
	// a text (a wire story in two outlets) is a new source.
	prevDocs := map[string]int{}
	for _, d := range prev.Documents {
		prevDocs[documentKey(d)]++
	}
	curDocKey := map[string]string{}
	for _, d := range cur.Documents {
		k := documentKey(d)
		curDocKey[d.ID] = k
		if prevDocs[k] > 0 {
			prevDocs[k]--
			continue
		}
		add(Change{Kind: NewSource, Document: d})
	}

	// Actors of cur, by ID, to the same actor of prev.
	earlier := newEarlierActors(prev.Actors)
	same := map[string]*Actor{}
	for _, a := range cur.Actors {
		if a.Rejected {
			continue
		}
		if old, _ := earlier.sameAs(a.Name, a.Aliases, a.Type); old != nil {
			same[a.ID] = old
		} else {
			x := Change{Kind: NewActor, Actor: a}
			if len(a.Mentions) > 0 {
				x.Document = cur.Document(a.Mentions[0].Doc) // where the reader meets it first
			}
			add(x)
		}
	}
	// The actor identity both projects share: prev's actor ID.
	curIdentity := func(a *Actor) string {
		if old := same[a.ID]; old != nil {
			return "p\x00" + old.ID
		}
		return "c\x00" + a.ID
	}
	prevIdentity := func(a *Actor) string { return "p\x00" + a.ID }

	prevLine := prev.Timeline()
	curLine := cur.Timeline()
	prevDocKey := map[string]string{}
	for _, d := range prev.Documents {
		prevDocKey[d.ID] = documentKey(d)
	}
	posKey := func(docKeys map[string]string, e TimelineEntry, actor string) string {
		doc := ""
		if e.Document != nil {
			doc = docKeys[e.Document.ID]
		}
		return doc + "\x00" + collapseSpace(e.Position.Evidence.Quote) + "\x00" + actor
	}
	// Positions as multisets: two positions on one sentence by one actor
	// (on two topics) are two.
	have := map[string]int{}
	for _, e := range prevLine {
		have[posKey(prevDocKey, e, prevIdentity(e.Actor))]++
	}
	kept := map[string]int{}
	for _, e := range inProjectOrder(cur, curLine) {
		k := posKey(curDocKey, e, curIdentity(e.Actor))
		if kept[k] < have[k] {
			kept[k]++
			continue
		}
		add(Change{Kind: NewPosition, Actor: e.Actor, Topic: e.Topic, NewStance: e.Position.Stance,
			Position: e.Position, Document: e.Document})
	}
	for _, e := range inProjectOrder(prev, prevLine) {
		k := posKey(prevDocKey, e, prevIdentity(e.Actor))
		if kept[k] > 0 {
			kept[k]--
			continue
		}
		add(Change{Kind: DroppedPosition, Actor: e.Actor, Topic: e.Topic, OldStance: e.Position.Stance,
			Position: e.Position, Document: e.Document})
	}

	for _, x := range topicChanges(prev, cur, prevLine, curLine, byKind[NewSource]) {
		add(x)
	}

	// Stance changes, in the order of cur's timeline.
	was := latestStances(prevLine, prevIdentity)
	for _, l := range latest(curLine, curIdentity) {
		old, ok := was[l.key]
		if !ok || old.stance == "" || l.stance == "" || old.stance == l.stance {
			continue
		}
		e := l.entries[0]
		add(Change{Kind: StanceChange, Actor: e.Actor, Topic: e.Topic, OldStance: old.stance, NewStance: l.stance,
			Position: e.Position, Document: e.Document})
	}
	for _, k := range changeOrder {
		c.Items = append(c.Items, byKind[k]...)
	}
	return c
}

// documentKey identifies a document across projects: its text or, without
// one (as read from brief JSON), its details.
func documentKey(d *document.Document) string {
	if d.Text != "" {
		return "t\x00" + d.Text
	}
	return "d\x00" + strings.Join([]string{d.Title, d.Outlet, d.Author, d.Date, d.Source}, "\x00")
}

func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// inProjectOrder sorts timeline entries back into the order of the
// project's positions, so that new and dropped positions are listed as the
// reader met them, article by article.
func inProjectOrder(p *Project, line []TimelineEntry) []TimelineEntry {
	at := make(map[*Position]int, len(p.Positions))
	for i, x := range p.Positions {
		at[x] = i
	}
	out := slices.Clone(line)
	slices.SortFunc(out, func(a, b TimelineEntry) int { return cmp.Compare(at[a.Position], at[b.Position]) })
	return out
}

// stanceAt is an actor's latest stance on a topic and the entries of its
// latest date.
type stanceAt struct {
	key     string
	stance  string
	entries []TimelineEntry
}

// latest returns, for each actor and topic of a timeline that has a topic,
// the stance of its latest dated entries (of all its entries when none is
// dated), in the timeline's order.
func latest(line []TimelineEntry, identity func(*Actor) string) []stanceAt {
	var out []stanceAt
	for i := 0; i < len(line); {
		j := i
		for j < len(line) && line[j].Actor == line[i].Actor && line[j].Topic == line[i].Topic {
			j++
		}
		run := line[i:j]
		i = j
		if run[0].Topic == nil {
			continue
		}
		// The run is sorted by date, the undated last.
		end := len(run)
		for end > 0 && !run[end-1].Dated {
			end--
		}
		last := run
		if end > 0 {
			start := end - 1
			for start > 0 && run[start-1].Date == run[end-1].Date {
				start--
			}
			last = run[start:end]
		}
		out = append(out, stanceAt{key: identity(run[0].Actor) + "\x00" + fold(run[0].Topic.Label),
			stance: DateStance(last), entries: last})
	}
	return out
}

func latestStances(line []TimelineEntry, identity func(*Actor) string) map[string]stanceAt {
	m := map[string]stanceAt{}
	for _, l := range latest(line, identity) {
		if _, dup := m[l.key]; !dup {
			m[l.key] = l
		}
	}
	return m
}
