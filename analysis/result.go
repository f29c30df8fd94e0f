// Package analysis suggests the actors, topics and positions of an article,
// offline, with rules and embedded lexicons. Every suggestion says which rule
// produced it (Why), so the user can judge it.
package analysis

// Span is a range of a document's text (byte offsets) with the text itself.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Actor types.
const (
	Person       = "person"
	Organization = "organization"
	State        = "state"
	Alliance     = "alliance"
	Other        = "other"
)

// Stances.
const (
	Supports = "supports"
	Opposes  = "opposes"
	Neutral  = "neutral"
	Claims   = "claims"
)

// Stances lists the stances in the order the user interface offers them.
var Stances = []string{Supports, Opposes, Neutral, Claims}

// Actor is a suggested actor: one real entity, whatever its surface forms.
type Actor struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases"`
	Type        string   `json:"type"`
	Role        string   `json:"role"`
	Affiliation string   `json:"affiliation"`
	// Named is false for an unnamed group ("open-source analysts") that
	// holds a position.
	Named    bool   `json:"named"`
	Mentions []Span `json:"mentions,omitempty"`
	Why      string `json:"why,omitempty"`
}

// Topic is a suggested issue the text is about.
type Topic struct {
	ID        string   `json:"id"`
	Label     string   `json:"label"`
	Keywords  []string `json:"keywords"`
	Sentences []Span   `json:"sentences,omitempty"`
	Why       string   `json:"why,omitempty"`
}

// Position is an attributed statement or stated stance.
type Position struct {
	ID         string   `json:"id"`
	Actor      string   `json:"actor"` // Actor.ID
	CoActors   []string `json:"co_actors,omitempty"`
	Topic      string   `json:"topic"` // Topic.ID, may be empty
	Stance     string   `json:"stance"`
	Summary    string   `json:"summary"`
	Evidence   Span     `json:"evidence"`
	Paragraph  int      `json:"paragraph"` // 1-based
	Confidence float64  `json:"confidence"`
	Why        string   `json:"why,omitempty"`
}

// Result is everything the analysis suggests for one document.
type Result struct {
	Actors    []Actor    `json:"actors"`
	Topics    []Topic    `json:"topics"`
	Positions []Position `json:"positions"`
}
