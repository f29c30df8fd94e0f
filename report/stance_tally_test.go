package report

import (
	"math"
	"strconv"
	"testing"
)

// TestStanceTallyLabel: a cell is "mixed" only when the actor both
// supports and opposes; otherwise it is the most frequent stance, a tie
// going to the earlier in the app's order; the same reading for the
// workbook's Matrix and the brief's grid.
func TestStanceTallyLabel(t *testing.T) {
	for _, tt := range []struct {
		c    stanceTally
		want string
	}{
		{stanceTally{"supports": 1, "opposes": 3}, "mixed"},
		{stanceTally{"supports": 2, "claims": 2}, "supports"},
		{stanceTally{"neutral": 1, "claims": 2}, "claims"},
		{stanceTally{"opposes": 1, "neutral": 1}, "opposes"},
		{stanceTally{"warns": 2, "neutral": 1}, "warns"},
	} {
		if got := tt.c.label(); got != tt.want {
			t.Errorf("%v: %q, want %q", tt.c, got, tt.want)
		}
		var marks []xlMark
		for _, s := range tt.c.stances() {
			for range tt.c[s] {
				marks = append(marks, xlMark{stance: s})
			}
		}
		if got := matrixStance(marks); got != tt.want {
			t.Errorf("workbook Matrix for %v: %q, want %q", tt.c, got, tt.want)
		}
	}
}

// wcagRatio is the WCAG 2.2 contrast ratio of two colours.
func wcagRatio(a, b rgb) float64 {
	lum := func(c rgb) float64 {
		ch := [3]float64{float64(c.r), float64(c.g), float64(c.b)}
		for i, v := range ch {
			if v /= 255; v <= 0.04045 {
				ch[i] = v / 12.92
			} else {
				ch[i] = math.Pow((v+0.055)/1.055, 2.4)
			}
		}
		return 0.2126*ch[0] + 0.7152*ch[1] + 0.0722*ch[2]
	}
	x, y := lum(a), lum(b)
	return (max(x, y) + 0.05) / (min(x, y) + 0.05)
}

// TestBriefColourContrast: the words on the stance cells (PDF, Word and
// the workbook's Matrix) and on the stakeholder map's quadrants keep a
// contrast of at least 4.5:1, so the colour is never needed to read them.
func TestBriefColourContrast(t *testing.T) {
	check := func(what string, fg, bg rgb) {
		if r := wcagRatio(fg, bg); r < 4.5 {
			t.Errorf("%s: contrast %.2f:1, want at least 4.5:1", what, r)
		}
	}
	for k, l := range stanceLooks {
		check(k+" in the brief's grid", l.ink, l.fill)
	}
	check("mixed in the brief's grid", mixedLook.ink, mixedLook.fill)
	check("a stance of the user's own", lookOf("warns").ink, lookOf("warns").fill)
	hex := func(s string) rgb {
		v, err := strconv.ParseUint(s, 16, 32)
		if err != nil {
			t.Fatal(err)
		}
		return rgb{uint8(v >> 16), uint8(v >> 8), uint8(v)}
	}
	for _, sc := range xlStanceColours {
		check(sc.stance+" in the Matrix sheet", hex(sc.font), hex(sc.fill))
	}
	for i, f := range quadrantFill {
		for _, ink := range []rgb{inkColor, greyColor, navyColor} {
			check("quadrant "+strconv.Itoa(i)+" text", ink, f)
		}
	}
}
