package parser

// The transition system is arc-hybrid (Kuhlmann, Gómez-Rodríguez and Satta
// 2011) with the root token at the end of the buffer (Ballesteros and Nivre
// 2013): words are 0..n-1 and index n is the artificial root.
//
//	Shift  moves b0 onto the stack
//	Left   makes b0 the head of s0 and pops s0
//	Right  makes s1 the head of s0 and pops s0
//
// Shift is refused when b0 is the root, and Left onto the root only when s0 is
// the last word on the stack, so every parse has exactly one root word.
// Arc-hybrid is chosen because its dynamic oracle is exact and cheap
// (Goldberg and Nivre 2013) and its three moves keep the class count low.

// Move kinds; a class of the model is a move kind together with a label.
const (
	moveShift = iota
	moveLeft
	moveRight
)

// noChild marks an absent child, head or stack slot.
const noChild = -1

// state is the configuration of one parse, with per-word child bookkeeping
// for the features. All slices are reused between sentences.
type state struct {
	n     int     // words in the sentence; index n is the root
	b0    int     // front of the buffer; the buffer is b0..n
	stack []int32 // word indices, top last

	heads  []int32 // head of each word, noChild while unattached; n means root
	labels []int16 // label id of each attached word

	// Leftmost and second leftmost, rightmost and second rightmost children,
	// the number of children on each side, and the sets of their labels.
	// Arc-hybrid adds left children right to left and right children left to
	// right, so the newest child is always the outermost one.
	lc1, lc2, rc1, rc2 []int32
	nl, nr             []int16
	lset, rset         [][2]uint64
}

// reset prepares s for a sentence of n words, growing buffers only when a
// longer sentence than any before comes along.
func (s *state) reset(n int) {
	s.n = n
	s.b0 = 0
	s.stack = s.stack[:0]
	m := n + 1
	if cap(s.heads) < m {
		s.heads = make([]int32, m)
		s.labels = make([]int16, m)
		s.lc1, s.lc2 = make([]int32, m), make([]int32, m)
		s.rc1, s.rc2 = make([]int32, m), make([]int32, m)
		s.nl, s.nr = make([]int16, m), make([]int16, m)
		s.lset, s.rset = make([][2]uint64, m), make([][2]uint64, m)
	}
	s.heads, s.labels = s.heads[:m], s.labels[:m]
	s.lc1, s.lc2, s.rc1, s.rc2 = s.lc1[:m], s.lc2[:m], s.rc1[:m], s.rc2[:m]
	s.nl, s.nr, s.lset, s.rset = s.nl[:m], s.nr[:m], s.lset[:m], s.rset[:m]
	for i := range m {
		s.heads[i] = noChild
		s.labels[i] = 0
		s.lc1[i], s.lc2[i], s.rc1[i], s.rc2[i] = noChild, noChild, noChild, noChild
		s.nl[i], s.nr[i] = 0, 0
		s.lset[i], s.rset[i] = [2]uint64{}, [2]uint64{}
	}
}

// terminal reports whether the parse is complete.
func (s *state) terminal() bool { return s.b0 == s.n && len(s.stack) == 0 }

// s returns the i-th stack element from the top, or noChild.
func (s *state) s(i int) int {
	if i >= len(s.stack) {
		return noChild
	}
	return int(s.stack[len(s.stack)-1-i])
}

// b returns the i-th buffer element (the root counts), or noChild.
func (s *state) b(i int) int {
	if s.b0+i > s.n {
		return noChild
	}
	return s.b0 + i
}

// canShift, canLeft and canRight say which moves are legal.
func (s *state) canShift() bool { return s.b0 < s.n }
func (s *state) canLeft() bool {
	return len(s.stack) > 0 && (s.b0 < s.n || len(s.stack) == 1)
}
func (s *state) canRight() bool { return len(s.stack) > 1 }

// forced returns the move when only one is legal: Shift onto an empty stack,
// and the moves that empty the stack once the buffer holds only the root.
func (s *state) forced() (k int, only bool) {
	switch {
	case len(s.stack) == 0:
		return moveShift, true
	case s.b0 < s.n:
		return 0, false
	case len(s.stack) == 1:
		return moveLeft, true
	default:
		return moveRight, true
	}
}

// legal reports whether move kind k may be applied.
func (s *state) legal(k int) bool {
	switch k {
	case moveShift:
		return s.canShift()
	case moveLeft:
		return s.canLeft()
	default:
		return s.canRight()
	}
}

// apply performs move kind k with label id l; the move must be legal.
func (s *state) apply(k int, l int16) {
	switch k {
	case moveShift:
		s.stack = append(s.stack, int32(s.b0))
		s.b0++
	case moveLeft:
		s.attach(s.b0, s.pop(), l)
	default:
		d := s.pop()
		s.attach(int(s.stack[len(s.stack)-1]), d, l)
	}
}

func (s *state) pop() int {
	d := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	return int(d)
}

// attach records the arc h -> d with label l.
func (s *state) attach(h, d int, l int16) {
	s.heads[d] = int32(h)
	s.labels[d] = l
	bit := &s.rset[h]
	if d < h {
		s.lc2[h], s.lc1[h] = s.lc1[h], int32(d)
		s.nl[h]++
		bit = &s.lset[h]
	} else {
		s.rc2[h], s.rc1[h] = s.rc1[h], int32(d)
		s.nr[h]++
	}
	bit[(l>>6)&1] |= 1 << (uint(l) & 63)
}
