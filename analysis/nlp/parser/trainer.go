package parser

import (
	"math/rand/v2"
	"strings"
)

// trainer runs the online learning of one Train call.
type trainer struct {
	m       *Model
	opts    Options
	alts    map[string][]tagPair
	rng     *rand.Rand
	explore bool
	ws      workspace

	moves, wrongMoves, arcs, wrongLabels int
}

// sentence makes one training pass over ex. At every configuration the
// model's best legal move is compared with the best move of least cost under
// the dynamic oracle and the move weights are updated when they differ; every
// gold arc made also trains the labeller. The parse then continues with the
// model's move and label (when exploring) or the oracle's.
func (t *trainer) sentence(ex *example) {
	n := len(ex.forms)
	ws := &t.ws
	ws.x.reset(n)
	for i, f := range ex.forms {
		u, p := ex.upos[i], ex.xpos[i]
		if t.opts.TagNoise > 0 && t.rng.Float64() < t.opts.TagNoise {
			if alts := t.alts[strings.ToLower(f)]; len(alts) > 0 {
				a := alts[t.rng.IntN(len(alts))]
				u, p = a.upos, a.xpos
			}
		}
		ws.x.set(i, f, u, p)
	}
	st := &ws.st
	st.reset(n)
	for !st.terminal() {
		if k, only := st.forced(); only {
			var l int16
			if k != moveShift {
				l = t.label(ex, k, t.explore && t.rng.Float64() < t.opts.Explore)
			}
			st.apply(k, l)
			continue
		}
		guess := t.m.bestMove(ws)
		var cost [3]int
		best := -1
		for k := range cost {
			if !st.legal(k) {
				continue
			}
			cost[k] = st.moveCost(k, ex.gold)
			if best < 0 || cost[k] < cost[best] || (cost[k] == cost[best] && ws.moveScores[k] > ws.moveScores[best]) {
				best = k
			}
		}
		t.moves++
		if cost[guess] != cost[best] {
			t.wrongMoves++
			t.m.moves.Update(ws.feats[:], best, guess)
		}
		t.m.moves.Tick()

		follow := t.explore && t.rng.Float64() < t.opts.Explore
		k := best
		if follow {
			k = guess
		}
		var l int16
		if k != moveShift {
			l = t.label(ex, k, follow)
		}
		st.apply(k, l)
	}
}

// label chooses the label of arc move k, training the labeller when the arc
// is a gold one: the model's label when following the model, else the gold
// label where there is one.
func (t *trainer) label(ex *example, k int, follow bool) int16 {
	st := &t.ws.st
	h, d := arc(st, k)
	if h == st.n {
		return t.m.root
	}
	guess := t.m.bestLabel(&t.ws, k)
	if int(ex.gold[d]) != h {
		return guess
	}
	gold := ex.label[d]
	t.arcs++
	if guess != gold {
		t.wrongLabels++
		t.m.labeler.Update(t.ws.labelFeats[:], int(gold), int(guess))
	}
	t.m.labeler.Tick()
	if follow {
		return guess
	}
	return gold
}
