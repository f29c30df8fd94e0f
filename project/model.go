// Package project is the domain model of a brief: the source documents, the
// suggestions of the analysis and every decision of the user. It knows
// nothing of the user interface or of the export formats.
//
// A Project is changed only through an Editor (see history.go), so that every
// change can be undone.
package project

import (
	"strconv"

	"briefing/document"
)

// FormatName identifies a saved project file.
const FormatName = "briefing-builder-project"

// SchemaVersion is the version of the project file format this build writes.
// Files with a higher version are refused rather than half-read.
const SchemaVersion = 1

// Origin says where an item came from.
type Origin string

// Origins of items.
const (
	Suggested Origin = "suggested" // produced by the analysis, untouched
	Edited    Origin = "edited"    // suggested, then changed by the user
	Added     Origin = "added"     // created by the user
)

// Priorities of a topic.
const (
	High   = "high"
	Medium = "medium"
	Low    = "low"
)

// Handling markings offered by default; the user may type any other.
var Markings = []string{"", "OFFICIAL", "OFFICIAL-SENSITIVE", "UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL"}

// Anchor ties an item to a range of one document's text. Quote is kept so
// that the anchor can be found again when offsets move.
type Anchor struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Quote string `json:"quote"`
}

// Review is the user's verdict on a suggestion.
type Review struct {
	Reviewed bool   `json:"reviewed,omitempty"`
	Rejected bool   `json:"rejected,omitempty"`
	Origin   Origin `json:"origin"`
	Why      string `json:"why,omitempty"` // rule that produced a suggestion
}

// Brief holds the brief's own fields.
type Brief struct {
	Title        string `json:"title"`
	Summary      string `json:"summary"` // the key points, one per paragraph
	Author       string `json:"author"`  // the drafter
	Organisation string `json:"organisation"`
	Marking      string `json:"marking"`
	Date         string `json:"date"`      // YYYY-MM-DD
	PageSize     string `json:"page_size"` // A4 or Letter
	Annex        bool   `json:"annex"`     // append the source text
	// Purpose says in one line why the reader gets the brief.
	Purpose string `json:"purpose,omitempty"`
	// Outlook is the drafter's comment: what to expect, what to do.
	Outlook string `json:"outlook,omitempty"`
	// Reference is the file or registry reference of the brief.
	Reference string `json:"reference,omitempty"`
	// ClearedBy names who cleared the brief for sending.
	ClearedBy string `json:"cleared_by,omitempty"`
}

// Actor is a person, organisation, state, alliance or group.
type Actor struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases"`
	Type        string   `json:"type"`
	Role        string   `json:"role"`
	Affiliation string   `json:"affiliation"`
	Named       bool     `json:"named"`
	Mentions    []Anchor `json:"mentions"`
	Note        string   `json:"note,omitempty"`
	// Power and Interest place the actor on the stakeholder map (High or
	// Low) once the user has set them; empty, the suggestion of Stake
	// stands (stake.go).
	Power    string `json:"power,omitempty"`
	Interest string `json:"interest,omitempty"`
	Review
}

// Topic is an issue the brief may cover. The order of Project.Topics is the
// user's order for the brief.
type Topic struct {
	ID        string   `json:"id"`
	Label     string   `json:"label"`
	Keywords  []string `json:"keywords"`
	Sentences []Anchor `json:"sentences"`
	Selected  bool     `json:"selected"`
	Priority  string   `json:"priority"`
	Tags      []string `json:"tags"`
	Note      string   `json:"note"`
	Review
}

// Position is an attributed statement: who said what, on which topic.
type Position struct {
	ID         string   `json:"id"`
	Actor      string   `json:"actor"`
	CoActors   []string `json:"co_actors,omitempty"`
	Topic      string   `json:"topic"`
	Stance     string   `json:"stance"`
	Summary    string   `json:"summary"`
	Evidence   Anchor   `json:"evidence"`
	Paragraph  int      `json:"paragraph"`
	Confidence float64  `json:"confidence"`
	Selected   bool     `json:"selected"`
	Note       string   `json:"note"`
	Review
}

// Note is the user's comment anchored to a range of text.
type Note struct {
	ID     string `json:"id"`
	Anchor Anchor `json:"anchor"`
	Text   string `json:"text"`
	Topic  string `json:"topic,omitempty"`
}

// Excerpt is a passage the user picked for the brief, under a topic.
type Excerpt struct {
	ID     string `json:"id"`
	Anchor Anchor `json:"anchor"`
	Topic  string `json:"topic,omitempty"`
}

// Project is a brief in the making.
type Project struct {
	Brief     Brief                `json:"brief"`
	Documents []*document.Document `json:"documents"`
	Actors    []*Actor             `json:"actors"`
	Topics    []*Topic             `json:"topics"`
	Positions []*Position          `json:"positions"`
	Notes     []*Note              `json:"notes"`
	Excerpts  []*Excerpt           `json:"excerpts"`
	// Seq numbers the IDs of items the user adds, so they never collide
	// with suggested ones.
	Seq int `json:"seq"`
}

// New returns an empty project with default brief fields.
func New() *Project {
	return &Project{Brief: Brief{PageSize: "A4"}}
}

// Document returns the document with the given ID, or nil.
func (p *Project) Document(id string) *document.Document {
	for _, d := range p.Documents {
		if d.ID == id {
			return d
		}
	}
	return nil
}

// Actor returns the actor with the given ID, or nil.
func (p *Project) Actor(id string) *Actor {
	for _, a := range p.Actors {
		if a.ID == id {
			return a
		}
	}
	return nil
}

// Topic returns the topic with the given ID, or nil.
func (p *Project) Topic(id string) *Topic {
	for _, t := range p.Topics {
		if t.ID == id {
			return t
		}
	}
	return nil
}

// Position returns the position with the given ID, or nil.
func (p *Project) Position(id string) *Position {
	for _, x := range p.Positions {
		if x.ID == id {
			return x
		}
	}
	return nil
}

// SelectedTopics returns the topics chosen for the brief, in the user's order.
func (p *Project) SelectedTopics() []*Topic {
	var out []*Topic
	for _, t := range p.Topics {
		if t.Selected && !t.Rejected {
			out = append(out, t)
		}
	}
	return out
}

// PositionsOn returns the live (not rejected) positions on a topic, in
// document order.
func (p *Project) PositionsOn(topicID string) []*Position {
	var out []*Position
	for _, x := range p.Positions {
		if x.Topic == topicID && !x.Rejected {
			out = append(out, x)
		}
	}
	return out
}

// InBrief says whether a position will appear in the brief: it is selected,
// not rejected, and its topic is selected. A position without a live topic
// (none given, or the topic rejected) appears under "Other points": a
// selected position is never dropped for want of a topic; only unticking
// its topic leaves it out.
func (p *Project) InBrief(x *Position) bool {
	return inBriefWith(x, p.Topic(x.Topic))
}

// IncludedActors returns the live actors that hold at least one position in
// the brief, in the project's order.
func (p *Project) IncludedActors() []*Actor {
	used := map[string]bool{}
	for _, x := range p.Positions {
		if p.InBrief(x) {
			used[x.Actor] = true
		}
	}
	var out []*Actor
	for _, a := range p.Actors {
		if used[a.ID] && !a.Rejected {
			out = append(out, a)
		}
	}
	return out
}

// NewID returns a fresh ID with the given prefix for an item the user adds.
func (p *Project) NewID(prefix string) string {
	p.Seq++
	return prefix + "u" + strconv.Itoa(p.Seq)
}
