package parser

// The dynamic oracle of Goldberg and Nivre (2013) for arc-hybrid: the cost of
// a move is the number of gold arcs that become unreachable by making it.
// Arc-hybrid is arc-decomposable, so these counts are exact for projective
// gold trees, whatever errors the parser made before. The single-root rule
// adds one twist: the gold root word can only reach the root from the bottom
// of the stack, so its arc is lost as soon as any word lies beneath it.
//
// gold holds the gold head of every word (n for the root), projective.

// shiftCost counts the gold arcs lost by pushing b0: its children on the
// stack (b0 can take no more left children), a head on the stack other than
// s0 (only s0 can still become its head through Right), and its root arc if
// it is the root word and the stack is not empty.
func (s *state) shiftCost(gold []int32) int {
	b := int32(s.b0)
	c := 0
	top := len(s.stack) - 1
	for i, w := range s.stack {
		if gold[w] == b {
			c++
		}
		if gold[b] == w && i != top {
			c++
		}
	}
	if int(gold[b]) == s.n && len(s.stack) > 0 {
		c++
	}
	return c
}

// leftCost counts the gold arcs lost by attaching s0 to b0: the children of
// s0 still in the buffer, and its gold head if that is s1 or a later buffer
// word, or the root while s0 can still reach it.
func (s *state) leftCost(gold []int32) int {
	d := s.stack[len(s.stack)-1]
	c := s.childrenInBuffer(d, gold)
	switch h := gold[d]; {
	case int(h) == s.n:
		if len(s.stack) == 1 && s.b0 < s.n {
			c++
		}
	case int(h) > s.b0 || (len(s.stack) > 1 && h == s.stack[len(s.stack)-2]):
		c++
	}
	return c
}

// rightCost counts the gold arcs lost by attaching s0 to s1: the children of
// s0 still in the buffer, and its gold head if that is in the buffer (the
// root arc of s0, with s1 beneath it, is lost already).
func (s *state) rightCost(gold []int32) int {
	d := s.stack[len(s.stack)-1]
	c := s.childrenInBuffer(d, gold)
	if h := int(gold[d]); h >= s.b0 && h != s.n {
		c++
	}
	return c
}

func (s *state) childrenInBuffer(d int32, gold []int32) int {
	c := 0
	for w := s.b0; w < s.n; w++ {
		if gold[w] == d {
			c++
		}
	}
	return c
}

// moveCost returns the cost of move kind k, which must be legal.
func (s *state) moveCost(k int, gold []int32) int {
	switch k {
	case moveShift:
		return s.shiftCost(gold)
	case moveLeft:
		return s.leftCost(gold)
	default:
		return s.rightCost(gold)
	}
}
