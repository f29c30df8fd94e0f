package parser

// Feature templates after Zhang and Nivre (2011), adapted to arc-hybrid: the
// words and tags of s0..s2 and b0..b2, pairs and triples of them, the
// distance between s0 and b0 (and between s1 and s0, which Right joins),
// valencies, the two outermost children on each side with their labels, and
// the label sets of the children of s0 and b0.

// sentence holds the atoms of one sentence: index i < n is word i, n is the
// root and n+1 stands for "no such word".
type sentence struct {
	n               int
	word, tag, upos []uint64
	suffix          []uint64
	labelAtoms      []uint64 // by label id; id 0 is "no label"
}

// reset sizes the atom slices for n words, reusing their storage.
func (x *sentence) reset(n int) {
	x.n = n
	m := n + 2
	if cap(x.word) < m {
		x.word, x.tag = make([]uint64, m), make([]uint64, m)
		x.upos, x.suffix = make([]uint64, m), make([]uint64, m)
	}
	x.word, x.tag, x.upos, x.suffix = x.word[:m], x.tag[:m], x.upos[:m], x.suffix[:m]
	for i, salt := range [2]uint64{saltRoot, saltNone} {
		a := finish(salt * 0x9e3779b97f4a7c15)
		x.word[n+i], x.tag[n+i], x.upos[n+i], x.suffix[n+i] = a, a+1, a+2, a+3
	}
}

// set stores the atoms of word i.
func (x *sentence) set(i int, form, upos, xpos string) {
	x.word[i] = atomWord(form)
	x.suffix[i] = atomSuffix(form)
	x.upos[i] = atomString(saltUPOS, upos)
	x.tag[i] = atomString(saltXPOS, xpos)
}

// numFeatures is the number of features extract writes.
const numFeatures = 105

// distance buckets a distance between two words (0 when one is missing).
func distance(a, b int) uint64 {
	if a < 0 || b < 0 {
		return 0
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 5:
		return uint64(d)
	case d <= 8:
		return 6
	case d <= 12:
		return 7
	default:
		return 8
	}
}

// extract writes the features of configuration st into f, which has length
// numFeatures.
func extract(st *state, x *sentence, f []uint64) {
	none := x.n + 1
	at := func(i int) int {
		if i < 0 {
			return none
		}
		return i
	}
	child := func(c []int32, h int) int {
		if h < 0 || h >= len(c) {
			return none
		}
		if v := c[h]; v >= 0 {
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
	val := func(c []int16, h int) uint64 {
		if h < 0 {
			return 15
		}
		return uint64(min(c[h], 6))
	}
	set := func(c [][2]uint64, h int) (uint64, uint64) {
		if h < 0 {
			return 1, 1
		}
		return c[h][0], c[h][1]
	}

	s0r, s1r, s2r, b0r := st.s(0), st.s(1), st.s(2), st.b(0)
	s0, s1, s2 := at(s0r), at(s1r), at(s2r)
	b0, b1, b2 := at(b0r), at(st.b(1)), at(st.b(2))
	s0l1, s0l2 := child(st.lc1, s0r), child(st.lc2, s0r)
	s0r1, s0r2 := child(st.rc1, s0r), child(st.rc2, s0r)
	b0l1, b0l2 := child(st.lc1, b0r), child(st.lc2, b0r)
	s1r1 := child(st.rc1, s1r)
	s1l1 := child(st.lc1, s1r)

	w, p, u := x.word, x.tag, x.upos
	wp := func(i int) uint64 { return mix(w[i], p[i]) }

	k := 0
	put := func(parts ...uint64) {
		h := uint64(k+1) * 0xd6e8feb86659fd93
		for _, v := range parts {
			h = mix(h, v)
		}
		f[k] = finish(h)
		k++
	}

	put() // bias
	// Single words.
	put(w[s0])
	put(p[s0])
	put(wp(s0))
	put(w[s1])
	put(p[s1])
	put(wp(s1))
	put(w[s2])
	put(p[s2])
	put(w[b0])
	put(p[b0])
	put(wp(b0))
	put(w[b1])
	put(p[b1])
	put(wp(b1))
	put(w[b2])
	put(p[b2])
	put(x.suffix[b0])
	put(x.suffix[b0], p[b0])
	put(x.suffix[s0])
	put(u[s0], u[b0])
	put(u[s1], u[s0], u[b0])
	put(u[s0], u[b0], u[b1])
	// s0 and b0.
	put(wp(s0), wp(b0))
	put(wp(s0), w[b0])
	put(w[s0], wp(b0))
	put(wp(s0), p[b0])
	put(p[s0], wp(b0))
	put(w[s0], w[b0])
	put(p[s0], p[b0])
	put(p[b0], p[b1])
	put(w[b0], w[b1])
	put(w[b0], p[b1])
	put(p[b0], w[b1])
	// s1 and s0.
	put(wp(s1), wp(s0))
	put(w[s1], w[s0])
	put(p[s1], p[s0])
	put(wp(s1), p[s0])
	put(p[s1], wp(s0))
	put(w[s1], w[b0])
	put(p[s1], p[b0])
	// Triples of tags.
	put(p[b0], p[b1], p[b2])
	put(p[s0], p[b0], p[b1])
	put(p[s1], p[s0], p[b0])
	put(p[s0], p[s0l1], p[b0])
	put(p[s0], p[s0r1], p[b0])
	put(p[s0], p[b0], p[b0l1])
	put(p[s1], p[s1r1], p[s0])
	put(p[s1], p[s0], p[s0l1])
	put(p[s1], p[s0], p[s0r1])
	put(p[s2], p[s1], p[s0])
	put(p[s1], p[s1l1], p[s0])
	put(w[s0], p[s1], p[b0])
	put(p[s0], w[s1], p[b0])
	put(p[s0], p[s1], w[b0])
	// Distance.
	d := distance(s0r, b0r)
	if b0r == x.n {
		d = 9
	}
	put(w[s0], d)
	put(p[s0], d)
	put(w[b0], d)
	put(p[b0], d)
	put(w[s0], w[b0], d)
	put(p[s0], p[b0], d)
	d1 := distance(s1r, s0r)
	put(p[s1], p[s0], d1)
	put(w[s1], w[s0], d1)
	put(wp(s1), d1)
	put(wp(s0), d1)
	// Valency.
	put(w[s0], val(st.nl, s0r))
	put(p[s0], val(st.nl, s0r))
	put(w[s0], val(st.nr, s0r))
	put(p[s0], val(st.nr, s0r))
	put(w[b0], val(st.nl, b0r))
	put(p[b0], val(st.nl, b0r))
	put(w[s1], val(st.nr, s1r))
	put(p[s1], val(st.nr, s1r))
	// Children.
	put(w[s0l1])
	put(p[s0l1])
	put(lab(s0l1))
	put(w[s0r1])
	put(p[s0r1])
	put(lab(s0r1))
	put(w[b0l1])
	put(p[b0l1])
	put(lab(b0l1))
	put(w[s1r1])
	put(p[s1r1])
	put(lab(s1r1))
	put(w[s0l2])
	put(p[s0l2])
	put(lab(s0l2))
	put(w[s0r2])
	put(p[s0r2])
	put(lab(s0r2))
	put(w[b0l2])
	put(p[b0l2])
	put(lab(b0l2))
	put(p[s0], p[s0l1], p[s0l2])
	put(p[s0], p[s0r1], p[s0r2])
	put(p[b0], p[b0l1], p[b0l2])
	put(p[s0], lab(s0l1), lab(s0l2))
	put(p[s0], lab(s0r1), lab(s0r2))
	// Label sets.
	sl0, sl1 := set(st.lset, s0r)
	sr0, sr1 := set(st.rset, s0r)
	bl0, bl1 := set(st.lset, b0r)
	put(w[s0], sl0, sl1)
	put(p[s0], sl0, sl1)
	put(w[s0], sr0, sr1)
	put(p[s0], sr0, sr1)
	put(w[b0], bl0, bl1)
	put(p[b0], bl0, bl1)
	if k != numFeatures {
		panic("parser: feature count drifted from numFeatures")
	}
}
