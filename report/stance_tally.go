package report

import "slices"

// stanceTally counts an actor's positions on one topic by stance. It is
// the one reading of a cell of the actor × topic matrix, shared by the
// workbook's Matrix sheet and the brief's stance grid in PDF and Word, so
// that "mixed" means the same everywhere: the actor both supports and
// opposes.
type stanceTally map[string]int

// mixed says whether the actor both supports and opposes.
func (c stanceTally) mixed() bool { return c["supports"] > 0 && c["opposes"] > 0 }

// total is the number of positions counted.
func (c stanceTally) total() int {
	n := 0
	for _, k := range c {
		n += k
	}
	return n
}

// stances lists the stances counted: the app's in stanceOrder, then any
// of the user's own in alphabetical order, so that the listing never
// depends on map order.
func (c stanceTally) stances() []string {
	var ks []string
	for _, k := range stanceOrder {
		if c[k] > 0 {
			ks = append(ks, k)
		}
	}
	var other []string
	for k, n := range c {
		if _, ok := stanceLooks[k]; !ok && n > 0 {
			other = append(other, k)
		}
	}
	slices.Sort(other)
	return append(ks, other...)
}

// label is the cell's one word: "mixed" when the actor both supports and
// opposes, else the most frequent stance, a tie going to the first listed
// by stances (a judgement before a claim).
func (c stanceTally) label() string {
	if c.mixed() {
		return xlMixed
	}
	best, n := "", 0
	for _, k := range c.stances() {
		if c[k] > n {
			best, n = k, c[k]
		}
	}
	return best
}

// look is how the cell is coloured: mixed, or its label's stance.
func (c stanceTally) look() stanceLook {
	if c.mixed() {
		return mixedLook
	}
	return lookOf(c.label())
}
