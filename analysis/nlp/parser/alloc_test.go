//go:build !race

// The race detector makes sync.Pool drop items at random, so allocation
// counts are only meaningful without it.

package parser

import "testing"

func TestParseDoesNotAllocate(t *testing.T) {
	m := committedModel(t)
	s := readSample(t)[5]
	var forms, upos, xpos []string
	for _, w := range s.Words {
		forms, upos, xpos = append(forms, w.Form), append(upos, w.UPOS), append(xpos, w.XPOS)
	}
	heads, deps := make([]int, len(forms)), make([]string, len(forms))
	m.Parse(forms, upos, xpos, heads, deps) // warm the pool
	if a := testing.AllocsPerRun(50, func() { m.Parse(forms, upos, xpos, heads, deps) }); a > 0 {
		t.Errorf("Parse made %.1f allocations per sentence in steady state, want 0", a)
	}
}
