package parser

// projectivise lifts non-projective arcs until the tree is projective, as in
// pseudo-projective parsing (Nivre and Nilsson 2005) without the label
// encoding: the dependent of the shortest crossing arc is re-attached to its
// grandparent, keeping its label. heads uses n for the root and is changed in
// place; it reports how many arcs were lifted.
func projectivise(heads []int32) int {
	lifted := 0
	for {
		d := shortestNonProjective(heads)
		if d < 0 {
			return lifted
		}
		heads[d] = heads[heads[d]]
		lifted++
	}
}

// shortestNonProjective returns the dependent of the shortest non-projective
// arc, or -1. An arc h-d is projective when h dominates every word between
// them.
func shortestNonProjective(heads []int32) int {
	n := len(heads)
	best, bestLen := -1, n+1
	for d := range n {
		h := int(heads[d])
		lo, hi := min(h, d), max(h, d)
		if hi-lo >= bestLen {
			continue
		}
		for w := lo + 1; w < hi; w++ {
			if !dominates(heads, h, w) {
				best, bestLen = d, hi-lo
				break
			}
		}
	}
	return best
}

// dominates reports whether h is an ancestor of w (n, the root, dominates
// everything).
func dominates(heads []int32, h, w int) bool {
	n := len(heads)
	if h == n {
		return true
	}
	for steps := 0; w != n && steps <= n; steps++ {
		w = int(heads[w])
		if w == h {
			return true
		}
	}
	return false
}
