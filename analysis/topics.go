package analysis

import (
	"sort"
	"strconv"
)

// sentenceTopic matches the topic lexicon in one sentence, records the hits and returns the best topic or -1.
func (a *analyzer) sentenceTopic(st sentence, heading bool) int {
	var hits [8]int
	var tops [8]int
	n := 0
	for k := st.ts; k < st.te; k++ {
		if !a.toks[k].word {
			continue
		}
		lw := a.low(k)
		for _, kw := range a.lx.topicKW[lw] {
			if k+len(kw.toks) > st.te {
				continue
			}
			ok := true
			for j := 1; j < len(kw.toks); j++ {
				if a.low(k+j) != kw.toks[j] {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			if len(kw.toks) == 1 && !heading && a.toks[k].cap && k+1 < st.te && a.toks[k+1].cap && a.toks[k+1].word {
				// a capitalised word that opens a longer name ("Environment Canada", "the
				// Health Ministry") is part of the name, not the theme it would otherwise name
				continue
			}
			a.topicKWCount[kw.topic][kw.kw]++
			found := false
			for i := 0; i < n; i++ {
				if tops[i] == kw.topic {
					hits[i] += len(kw.toks)
					found = true
				}
			}
			if !found && n < len(tops) {
				tops[n], hits[n] = kw.topic, len(kw.toks)
				n++
			}
			k += len(kw.toks) - 1
			break
		}
	}
	best := -1
	for i := 0; i < n; i++ {
		if best < 0 || hits[i] > hits[best] {
			best = i
		}
	}
	if best < 0 {
		return -1
	}
	t := tops[best]
	if heading {
		a.headingBoost(t)
	} else {
		a.topicSents[t] = append(a.topicSents[t], Span{Start: st.s, End: st.e, Text: a.src[st.s:st.e]})
	}
	if a.topicFirst[t] < 0 {
		a.topicFirst[t] = st.s
	}
	return t
}

func (a *analyzer) headingBoost(t int) {
	if a.boost == nil {
		a.boost = map[int]int{}
	}
	a.boost[t] += 2
}

// result assembles the suggestions.
func (a *analyzer) result() *Result {
	res := &Result{Actors: []Actor{}, Topics: []Topic{}, Positions: []Position{}}
	// Topics: the best-supported themes, 3 to 8 of them, in order of first appearance.
	type cand struct{ t, score int }
	var cs []cand
	for t := range a.lx.topics {
		score := len(a.topicSents[t]) + a.boost[t]
		if score >= 2 {
			cs = append(cs, cand{t, score})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].score > cs[j].score })
	if len(cs) > 8 {
		cs = cs[:8]
	}
	sort.SliceStable(cs, func(i, j int) bool { return a.topicFirst[cs[i].t] < a.topicFirst[cs[j].t] })
	topicID := map[int]string{}
	for _, c := range cs {
		te := a.lx.topics[c.t]
		id := "t" + strconv.Itoa(len(res.Topics)+1)
		topicID[c.t] = id
		type kwc struct{ i, n int }
		var ks []kwc
		for i, n := range a.topicKWCount[c.t] {
			if n > 0 {
				ks = append(ks, kwc{i, n})
			}
		}
		sort.SliceStable(ks, func(i, j int) bool { return ks[i].n > ks[j].n })
		kws := []string{}
		for _, k := range ks {
			if len(kws) == 6 {
				break
			}
			kws = append(kws, te.kwTxt[k.i])
		}
		why := "topic lexicon: " + strconv.Itoa(len(a.topicSents[c.t])) + " sentences match its keywords"
		if a.boost[c.t] > 0 {
			why += "; named in a section heading"
		}
		sents := a.topicSents[c.t]
		if len(sents) > 200 {
			sents = sents[:200]
		}
		res.Topics = append(res.Topics, Topic{ID: id, Label: te.label, Keywords: kws, Sentences: sents, Why: why})
	}
	// Actors: persons and organisations always; states only when they act; unnamed groups when they hold a position.
	keep := make([]bool, len(a.actors))
	for i, r := range a.actors {
		switch {
		case r.a.Type == State:
			keep[i] = r.actorLike || r.holds
		case !r.a.Named:
			keep[i] = r.holds
		default:
			keep[i] = true
		}
	}
	order := make([]int, 0, len(a.actors))
	for i := range a.actors {
		if keep[i] {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return a.actors[order[i]].first < a.actors[order[j]].first })
	idMap := map[string]string{}
	for _, i := range order {
		act := a.actors[i].a
		old := act.ID
		act.ID = "a" + strconv.Itoa(len(res.Actors)+1)
		idMap[old] = act.ID
		if act.Aliases == nil {
			act.Aliases = []string{}
		}
		res.Actors = append(res.Actors, act)
	}
	// Positions: filtered in place, so the result shares the array built during the analysis.
	out := a.pos[:0]
	for i := range a.pos {
		p := a.pos[i]
		nid, ok := idMap[p.Actor]
		if !ok {
			continue
		}
		p.Actor = nid
		co := p.CoActors[:0]
		for _, c := range p.CoActors {
			if n, ok := idMap[c]; ok {
				co = append(co, n)
			}
		}
		if len(co) == 0 {
			co = nil
		}
		p.CoActors = co
		if t := a.posTop[i]; t >= 0 {
			p.Topic = topicID[int(t)]
		}
		p.ID = "p" + strconv.Itoa(len(out)+1)
		out = append(out, p)
	}
	res.Positions = out
	a.pos = nil
	return res
}
