package parser

// Label features describe one arc at the moment it is made: the head and the
// dependent (which is complete then: arc-hybrid pops a word only once it has
// all its children), their words, tags and distance, the dependent's
// outermost children and child labels (a "case" child suggests obl or nmod),
// the labels the head already has on that side (a second nsubj is rare), and
// the words around both.

// numLabelFeatures is the number of features extractLabel writes.
const numLabelFeatures = 48

// extractLabel writes the features for labelling the arc h -> d into f,
// which has length numLabelFeatures. h is a word (not the root).
func extractLabel(st *state, x *sentence, h, d int, f []uint64) {
	none := x.n + 1
	child := func(c []int32, i int) int {
		if v := c[i]; v >= 0 {
			return int(v)
		}
		return none
	}
	lab := func(i int) uint64 {
		if i >= x.n {
			return x.labelAtoms[0]
		}
		return x.labelAtoms[st.labels[i]]
	}
	near := func(i int) int {
		if i < 0 || i > x.n {
			return none
		}
		return i
	}
	dir := uint64(1)
	side := st.rset[h] // labels the head already has on the dependent's side
	if d < h {
		dir = 2
		side = st.lset[h]
	}
	w, p, u := x.word, x.tag, x.upos
	dl1, dl2 := child(st.lc1, d), child(st.lc2, d)
	dr1, dr2 := child(st.rc1, d), child(st.rc2, d)
	hl1, hr1 := child(st.lc1, h), child(st.rc1, h)
	dist := distance(h, d)

	k := 0
	put := func(parts ...uint64) {
		hash := uint64(k+1)*0xa0761d6478bd642f ^ dir
		for _, v := range parts {
			hash = mix(hash, v)
		}
		f[k] = finish(hash)
		k++
	}

	put()
	put(w[h])
	put(p[h])
	put(w[h], p[h])
	put(w[d])
	put(p[d])
	put(w[d], p[d])
	put(u[h], u[d])
	put(p[h], p[d])
	put(w[h], p[d])
	put(p[h], w[d])
	put(w[h], w[d])
	put(p[h], p[d], dist)
	put(w[h], dist)
	put(x.suffix[d])
	put(x.suffix[d], p[h])
	put(x.suffix[h], p[d])
	// The dependent's children.
	put(lab(dl1))
	put(lab(dr1))
	put(w[dl1])
	put(w[dr1])
	put(p[dl1])
	put(p[dr1])
	put(p[d], lab(dl1))
	put(p[d], lab(dr1))
	put(p[d], w[dl1])
	put(p[d], w[dr1])
	put(w[d], w[dl1])
	put(p[h], p[d], lab(dl1))
	put(p[h], p[d], lab(dr1))
	put(p[d], lab(dl1), lab(dl2))
	put(p[d], lab(dr1), lab(dr2))
	put(p[d], st.lset[d][0], st.lset[d][1])
	put(p[d], st.rset[d][0], st.rset[d][1])
	put(p[h], p[d], st.lset[d][0], st.lset[d][1])
	put(uint64(min(st.nl[d], 4)), uint64(min(st.nr[d], 4)), p[d])
	// The head's children so far.
	put(side[0], side[1])
	put(p[h], side[0], side[1])
	put(p[h], p[d], side[0], side[1])
	put(lab(hl1), p[d])
	put(lab(hr1), p[d])
	put(p[h], w[hl1], p[d])
	// Neighbours.
	put(p[near(d-1)], p[d], p[h])
	put(p[d], p[near(d+1)], p[h])
	put(p[near(h-1)], p[h], p[d])
	put(p[h], p[near(h+1)], p[d])
	put(w[near(d+1)], p[d])
	put(w[near(d-1)], p[d])
	if k != numLabelFeatures {
		panic("parser: label feature count drifted from numLabelFeatures")
	}
}
