package project

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// ErrNotFound is returned by operations given the ID of an item the project
// does not have.
var ErrNotFound = errors.New("no such item")

// touch records that the user changed a suggested item (see MarkEdited).
func (r *Review) touch() { r.MarkEdited() }

func (p *Project) topicOrErr(id string) (*Topic, error) {
	if t := p.Topic(id); t != nil {
		return t, nil
	}
	return nil, fmt.Errorf("topic %q: %w", id, ErrNotFound)
}

// LiveTopics returns the topics that are not rejected, in the user's order.
func (p *Project) LiveTopics() []*Topic {
	var out []*Topic
	for _, t := range p.Topics {
		if !t.Rejected {
			out = append(out, t)
		}
	}
	return out
}

// MoveTopic moves a topic by delta places among the live topics (negative:
// up, towards the start of the brief). Moving past either end stops there.
func (p *Project) MoveTopic(id string, delta int) error {
	live := p.LiveTopics()
	i := slices.IndexFunc(live, func(t *Topic) bool { return t.ID == id })
	if i < 0 {
		return fmt.Errorf("topic %q: %w", id, ErrNotFound)
	}
	j := min(max(i+delta, 0), len(live)-1)
	if i == j {
		return nil
	}
	t := live[i]
	live = slices.Delete(live, i, i+1)
	live = slices.Insert(live, j, t)
	// Rejected topics keep their places relative to the start; live ones
	// fill the other slots in the new order.
	k := 0
	for n, x := range p.Topics {
		if !x.Rejected {
			p.Topics[n] = live[k]
			k++
		}
	}
	return nil
}

// RenameTopic changes a topic's label.
func (p *Project) RenameTopic(id, label string) error {
	label = strings.TrimSpace(label)
	if label == "" {
		return errors.New("a topic needs a name")
	}
	t, err := p.topicOrErr(id)
	if err != nil {
		return err
	}
	if t.Label != label {
		t.Label = label
		t.touch()
	}
	return nil
}

// SetTopicSelected puts a topic in the brief or leaves it out. It is not a
// verdict on the suggestion: its review state is unchanged.
func (p *Project) SetTopicSelected(id string, on bool) error {
	t, err := p.topicOrErr(id)
	if err != nil {
		return err
	}
	t.Selected = on
	return nil
}

// SetTopicPriority sets a topic's priority: High, Medium or Low.
func (p *Project) SetTopicPriority(id, priority string) error {
	switch priority {
	case High, Medium, Low:
	default:
		return fmt.Errorf("unknown priority %q", priority)
	}
	t, err := p.topicOrErr(id)
	if err != nil {
		return err
	}
	t.Priority = priority
	t.Reviewed = true
	return nil
}

// SetTopicTags replaces a topic's tags. Tags are trimmed, and empty and
// repeated ones dropped.
func (p *Project) SetTopicTags(id string, tags []string) error {
	t, err := p.topicOrErr(id)
	if err != nil {
		return err
	}
	t.Tags = cleanList(tags)
	t.Reviewed = true
	return nil
}

// SetTopicNote sets the analyst's comment on a topic.
func (p *Project) SetTopicNote(id, note string) error {
	t, err := p.topicOrErr(id)
	if err != nil {
		return err
	}
	t.Note = note
	t.Reviewed = true
	return nil
}

// AddTopic adds a topic the user names, optionally anchored to a passage,
// after the last topic. It is selected for the brief. It returns the new
// topic's ID.
func (p *Project) AddTopic(label string, passage *Anchor) (string, error) {
	label = strings.TrimSpace(label)
	if label == "" {
		return "", errors.New("a topic needs a name")
	}
	if t := p.findTopic(label); t != nil && !t.Rejected {
		return "", fmt.Errorf("there is already a topic called %q", t.Label)
	}
	if passage != nil {
		if err := p.checkAnchor(*passage); err != nil {
			return "", err
		}
	}
	t := &Topic{ID: p.NewID("t"), Label: label, Selected: true, Priority: Medium, Review: Review{Origin: Added, Reviewed: true}}
	if passage != nil {
		t.Sentences = []Anchor{*passage}
	}
	p.Topics = append(p.Topics, t)
	return t.ID, nil
}

// AddTopicFromSelection adds a topic anchored to the selected passage of a
// document; when label is empty the passage's first words name it.
func (p *Project) AddTopicFromSelection(docID string, start, end int, label string) (string, error) {
	a, err := p.AnchorAt(docID, start, end)
	if err != nil {
		return "", err
	}
	if strings.TrimSpace(label) == "" {
		label = shortLabel(a.Quote)
	}
	return p.AddTopic(label, &a)
}

// AddTopicSentence anchors one more passage to a topic.
func (p *Project) AddTopicSentence(id string, a Anchor) error {
	t, err := p.topicOrErr(id)
	if err != nil {
		return err
	}
	if err := p.checkAnchor(a); err != nil {
		return err
	}
	t.Sentences = append(t.Sentences, a)
	t.touch()
	return nil
}

// MergeTopics merges topic from into topic into: sentences, keywords and
// tags are united, notes joined, and positions, notes and excerpts on from
// move to into. The merged topic is removed.
func (p *Project) MergeTopics(into, from string) error {
	if into == from {
		return errors.New("a topic cannot be merged with itself")
	}
	dst, err := p.topicOrErr(into)
	if err != nil {
		return err
	}
	src, err := p.topicOrErr(from)
	if err != nil {
		return err
	}
	dst.Sentences = append(dst.Sentences, src.Sentences...)
	slices.SortStableFunc(dst.Sentences, func(a, b Anchor) int {
		if a.Doc != b.Doc {
			return strings.Compare(a.Doc, b.Doc)
		}
		return a.Start - b.Start
	})
	dst.Sentences = slices.CompactFunc(dst.Sentences, func(a, b Anchor) bool {
		return a.Doc == b.Doc && a.Start == b.Start && a.End == b.End
	})
	dst.Keywords = unionStrings(dst.Keywords, src.Keywords)
	dst.Tags = unionStrings(dst.Tags, src.Tags)
	switch {
	case dst.Note == "":
		dst.Note = src.Note
	case src.Note != "":
		dst.Note += "\n\n" + src.Note
	}
	dst.Selected = dst.Selected || src.Selected
	dst.Priority = higherPriority(dst.Priority, src.Priority)
	dst.touch()
	for _, x := range p.Positions {
		if x.Topic == from {
			x.Topic = into
		}
	}
	for _, n := range p.Notes {
		if n.Topic == from {
			n.Topic = into
		}
	}
	for _, x := range p.Excerpts {
		if x.Topic == from {
			x.Topic = into
		}
	}
	p.Topics = slices.DeleteFunc(p.Topics, func(t *Topic) bool { return t.ID == from })
	return nil
}

// DeleteTopic removes a topic. A suggested topic is marked rejected instead,
// so that a new analysis of the same article does not suggest it again.
// Positions on it lose their topic; notes and excerpts under it lose theirs.
func (p *Project) DeleteTopic(id string) error {
	t, err := p.topicOrErr(id)
	if err != nil {
		return err
	}
	for _, x := range p.Positions {
		if x.Topic == id {
			x.Topic = ""
		}
	}
	for _, n := range p.Notes {
		if n.Topic == id {
			n.Topic = ""
		}
	}
	for _, x := range p.Excerpts {
		if x.Topic == id {
			x.Topic = ""
		}
	}
	if t.Origin == Added {
		p.Topics = slices.DeleteFunc(p.Topics, func(t *Topic) bool { return t.ID == id })
		return nil
	}
	t.Rejected, t.Reviewed, t.Selected = true, true, false
	return nil
}

func higherPriority(a, b string) string {
	rank := map[string]int{High: 3, Medium: 2, Low: 1}
	if rank[b] > rank[a] {
		return b
	}
	if a == "" {
		return Medium
	}
	return a
}

// shortLabel names a topic after the first words of a passage.
func shortLabel(s string) string {
	words := strings.Fields(s)
	if len(words) > 6 {
		return strings.Join(words[:6], " ") + "…"
	}
	return strings.Join(words, " ")
}

func cleanList(in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range in {
		s = strings.TrimSpace(s)
		if s == "" || seen[fold(s)] {
			continue
		}
		seen[fold(s)] = true
		out = append(out, s)
	}
	return out
}
