package project

// Topics that appeared or went quiet since an earlier brief: the part of
// Compare that follows the agenda of the story rather than its actors.

// topicChanges returns the new topics of cur, in its order of topics, then
// the topics of prev gone quiet, in prev's order. news are cur's new
// sources; both timelines hold the live positions only.
func topicChanges(prev, cur *Project, prevLine, curLine []TimelineEntry, news []Change) []Change {
	var out []Change
	prevLive, curLive := liveTopics(prev, prevLine), liveTopics(cur, curLine)
	for _, t := range uniqueLabels(cur.Topics) {
		first, live := curLive[fold(t.Label)]
		if !live {
			continue
		}
		if _, had := prevLive[fold(t.Label)]; had {
			continue
		}
		out = append(out, Change{Kind: NewTopic, Topic: first.Topic, Actor: first.Actor,
			Position: first.Position, Document: first.Document})
	}
	if len(news) == 0 {
		return out // no new article to be silent in
	}
	fresh := map[string]bool{}
	for _, x := range news {
		fresh[x.Document.ID] = true
	}
	spoken := map[string]bool{}
	for _, e := range curLine {
		if e.Topic != nil && e.Document != nil && fresh[e.Document.ID] {
			spoken[fold(e.Topic.Label)] = true
		}
	}
	for _, t := range uniqueLabels(prev.Topics) {
		if _, had := prevLive[fold(t.Label)]; !had || spoken[fold(t.Label)] {
			continue
		}
		last := lastHeard(prevLine, fold(t.Label))
		out = append(out, Change{Kind: QuietTopic, Topic: last.Topic, Document: last.Document})
	}
	return out
}

// liveTopics maps the folded label of each topic with a live position to
// its first position in the project's order.
func liveTopics(p *Project, line []TimelineEntry) map[string]TimelineEntry {
	m := map[string]TimelineEntry{}
	for _, e := range inProjectOrder(p, line) {
		if e.Topic == nil {
			continue
		}
		if _, seen := m[fold(e.Topic.Label)]; !seen {
			m[fold(e.Topic.Label)] = e
		}
	}
	return m
}

// uniqueLabels returns the topics that are the first of their folded label:
// two topics of one label are one topic to the reader.
func uniqueLabels(topics []*Topic) []*Topic {
	var out []*Topic
	seen := map[string]bool{}
	for _, t := range topics {
		if !t.Rejected && !seen[fold(t.Label)] {
			seen[fold(t.Label)] = true
			out = append(out, t)
		}
	}
	return out
}

// lastHeard is the timeline's latest dated entry on a topic label (its
// first entry when none is dated): when the topic was last discussed.
func lastHeard(line []TimelineEntry, label string) TimelineEntry {
	var last TimelineEntry
	found := false
	for _, e := range line {
		if e.Topic == nil || fold(e.Topic.Label) != label {
			continue
		}
		if !found || e.Dated && (!last.Dated || e.Date > last.Date) {
			last, found = e, true
		}
	}
	return last
}
