package parser

import (
	"slices"
	"testing"
)

// Gold trees written by hand, heads 1-based with 0 for the root as in CoNLL-U.
var oracleTrees = []struct {
	words string
	heads []int
}{
	{"John saw Mary .", []int{2, 0, 2, 2}},
	{"The old man who lives here smiled at us today .", []int{3, 3, 7, 5, 3, 5, 0, 9, 7, 7, 7}},
	{"She said that he left , and we believed her .", []int{2, 0, 5, 5, 2, 9, 9, 9, 2, 9, 2}},
	{"Yes", []int{0}},
	// Non-projective: "issue" depends on "hearing" across "is scheduled".
	{"A hearing is scheduled on the issue today .", []int{2, 4, 4, 0, 7, 7, 2, 4, 4}},
}

// goldHeads converts CoNLL-U heads to the internal form (n for the root).
func goldHeads(heads []int) []int32 {
	n := len(heads)
	g := make([]int32, n)
	for i, h := range heads {
		g[i] = int32(h - 1)
		if h == 0 {
			g[i] = int32(n)
		}
	}
	return g
}

// zeroCostMove returns a legal move of least cost and that cost.
func zeroCostMove(st *state, gold []int32) (int, int) {
	best, bestCost := -1, 0
	for k := range 3 {
		if !st.legal(k) {
			continue
		}
		if c := st.moveCost(k, gold); best < 0 || c < bestCost {
			best, bestCost = k, c
		}
	}
	return best, bestCost
}

// finish completes st with least-cost moves and returns the number of words
// whose head is their gold head.
func completeAndScore(st *state, gold []int32) int {
	for !st.terminal() {
		k, _ := zeroCostMove(st, gold)
		st.apply(k, 1)
	}
	right := 0
	for i := range st.n {
		if st.heads[i] == gold[i] {
			right++
		}
	}
	return right
}

func TestOracleReproducesGoldTrees(t *testing.T) {
	for _, tc := range oracleTrees {
		gold := goldHeads(tc.heads)
		projectivise(gold)
		var st state
		st.reset(len(gold))
		for !st.terminal() {
			k, c := zeroCostMove(&st, gold)
			if c != 0 {
				t.Fatalf("%q: no zero-cost move at b0=%d stack=%v", tc.words, st.b0, st.stack)
			}
			st.apply(k, 1)
		}
		if got := st.heads[:len(gold)]; !slices.Equal(got, gold) {
			t.Errorf("%q: oracle built heads %v, want %v", tc.words, got, gold)
		}
	}
}

// TestOracleCostsAreExact checks the dynamic oracle: after any single wrong
// move on the gold path, finishing with least-cost moves loses exactly as
// many arcs as the move's cost.
func TestOracleCostsAreExact(t *testing.T) {
	for _, tc := range oracleTrees {
		gold := goldHeads(tc.heads)
		projectivise(gold)
		n := len(gold)
		var path []int
		var st state
		st.reset(n)
		for !st.terminal() {
			k, _ := zeroCostMove(&st, gold)
			path = append(path, k)
			st.apply(k, 1)
		}
		for step := range path {
			for k := range 3 {
				st.reset(n)
				for _, m := range path[:step] {
					st.apply(m, 1)
				}
				if !st.legal(k) {
					continue
				}
				cost := st.moveCost(k, gold)
				st.apply(k, 1)
				if got := completeAndScore(&st, gold); got != n-cost {
					t.Errorf("%q: move %d at step %d costs %d but %d of %d arcs were kept", tc.words, k, step, cost, got, n)
				}
			}
		}
	}
}

// TestOracleCostsAfterErrors checks the same from configurations reached by
// random moves: a move's cost is what it takes from the best reachable score.
func TestOracleCostsAfterErrors(t *testing.T) {
	r := uint32(7)
	for _, tc := range oracleTrees {
		gold := goldHeads(tc.heads)
		projectivise(gold)
		n := len(gold)
		for trial := range 40 {
			var prefix []int
			var st state
			st.reset(n)
			for steps := trial % 9; steps > 0 && !st.terminal(); steps-- {
				r = r*1664525 + 1013904223
				k := int(r>>16) % 3
				for !st.legal(k) {
					k = (k + 1) % 3
				}
				prefix = append(prefix, k)
				st.apply(k, 1)
			}
			if st.terminal() {
				continue
			}
			replay := func() {
				st.reset(n)
				for _, m := range prefix {
					st.apply(m, 1)
				}
			}
			bestNow := completeAndScore(&st, gold)
			for k := range 3 {
				replay()
				if !st.legal(k) {
					continue
				}
				cost := st.moveCost(k, gold)
				st.apply(k, 1)
				if got := completeAndScore(&st, gold); got != bestNow-cost {
					t.Errorf("%q after %v: move %d costs %d, but the best score fell from %d to %d", tc.words, prefix, k, cost, bestNow, got)
				}
			}
		}
	}
}

func TestProjectivise(t *testing.T) {
	for _, tc := range oracleTrees {
		gold := goldHeads(tc.heads)
		lifted := projectivise(gold)
		if tc.words[0] == 'A' {
			// "issue" (6) is lifted from "hearing" (1) to "scheduled" (3).
			if lifted != 1 || gold[6] != 3 {
				t.Errorf("%q: lifted %d, issue now on %d; want 1 lift onto word 3", tc.words, lifted, gold[6])
			}
		} else if lifted != 0 {
			t.Errorf("%q: projective tree had %d arcs lifted", tc.words, lifted)
		}
		if d := shortestNonProjective(gold); d >= 0 {
			t.Errorf("%q: still non-projective at word %d", tc.words, d)
		}
	}
}

func TestSingleRoot(t *testing.T) {
	// Whatever the moves, a finished parse has exactly one word on the root.
	for seed := range 50 {
		var st state
		st.reset(7)
		r := uint32(seed*2654435761 + 1)
		for !st.terminal() {
			r = r*1664525 + 1013904223
			k := int(r>>16) % 3
			for !st.legal(k) {
				k = (k + 1) % 3
			}
			st.apply(k, 1)
		}
		roots := 0
		for i := range 7 {
			if st.heads[i] == 7 {
				roots++
			}
			if st.heads[i] == noChild {
				t.Fatalf("seed %d: word %d left without a head", seed, i)
			}
		}
		if roots != 1 {
			t.Errorf("seed %d: %d root words, want 1", seed, roots)
		}
	}
}
