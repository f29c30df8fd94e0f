package ner

// Classes are BILOU labels: 0 is outside, then for each type t (index in
// Types) Begin, Inside, Last and Unit at 1+4t … 4+4t.
const (
	outside = 0
	begin   = 1
	inside  = 2
	last    = 3
	unit    = 4
)

var numClasses = 1 + 4*len(Types)

// labelNames names each class for feature hashing.
var labelNames = func() []string {
	names := []string{"O"}
	for _, t := range Types {
		for _, p := range []string{"B-", "I-", "L-", "U-"} {
			names = append(names, p+t)
		}
	}
	return names
}()

func part(c int) int {
	if c == outside {
		return outside
	}
	return (c-1)%4 + 1
}

func typeOf(c int) int { return (c - 1) / 4 }

func label(typ, p int) int { return 1 + 4*typ + p - 1 }

// allowed reports whether class c may follow class prev (-1 at the start).
func allowed(prev, c int) bool {
	open := prev > 0 && (part(prev) == begin || part(prev) == inside)
	if open {
		return c > 0 && typeOf(c) == typeOf(prev) && (part(c) == inside || part(c) == last)
	}
	return c == outside || part(c) == begin || part(c) == unit
}

// encode writes the BILOU class of every token of a sentence of n tokens.
func encode(spans []Span, n int) []int {
	out := make([]int, n)
	for _, s := range spans {
		t := typeIndex(s.Type)
		if t < 0 || s.Start < 0 || s.End > n || s.Start >= s.End {
			continue
		}
		if s.End-s.Start == 1 {
			out[s.Start] = label(t, unit)
			continue
		}
		out[s.Start] = label(t, begin)
		for i := s.Start + 1; i < s.End-1; i++ {
			out[i] = label(t, inside)
		}
		out[s.End-1] = label(t, last)
	}
	return out
}

// decode appends the spans of a class sequence to dst.
func decode(dst []Span, classes []int) []Span {
	start := -1
	for i, c := range classes {
		switch part(c) {
		case unit:
			dst = append(dst, Span{Start: i, End: i + 1, Type: Types[typeOf(c)]})
			start = -1
		case begin:
			start = i
		case last:
			if start >= 0 {
				dst = append(dst, Span{Start: start, End: i + 1, Type: Types[typeOf(c)]})
			}
			start = -1
		case outside:
			start = -1
		}
	}
	return dst
}

func typeIndex(t string) int {
	for i, x := range Types {
		if x == t {
			return i
		}
	}
	return -1
}
