package project

import (
	"strings"
	"testing"
)

func TestLikelyDuplicates(t *testing.T) {
	p := fixture(t)
	got := map[[2]string]string{}
	for _, d := range p.LikelyDuplicates() {
		got[[2]string{d.Keep, d.Other}] = d.Reason
	}
	want := []struct{ keep, other, reason string }{
		{"a1", "a2", `"Zelensky" looks like the surname of "Volodymyr Zelensky"`},
		{"a5", "a3", `"Kremlin" is the seat of government of Russia`},
		{"a5", "a4", `"Moscow" is the capital of Russia`},
		{"a3", "a4", `both stand for Russia`},
		{"a6", "a7", `"U.S." and "US" are the same abbreviation`},
		{"a8", "a6", `"U.S." looks like the initials of "United States"`},
		{"a8", "a7", `"US" looks like the initials of "United States"`},
	}
	for _, w := range want {
		r, ok := got[[2]string{w.keep, w.other}]
		if !ok || !strings.Contains(r, w.reason) {
			t.Errorf("pair (%s, %s): reason %q, want %q", w.keep, w.other, r, w.reason)
		}
		delete(got, [2]string{w.keep, w.other})
	}
	if len(got) != 0 {
		t.Errorf("unexpected pairs: %v", got)
	}
}

func TestLikelyDuplicatesCases(t *testing.T) {
	cases := []struct {
		a, at, b, bt string
		same         bool
	}{
		{"President Zelensky", "person", "Zelensky", "person", true},
		{"Vladimir Putin", "person", "Putin", "", true},
		{"Vladimir Putin", "person", "Vladimir", "person", false}, // a first name is not a surname
		{"Putin", "state", "Vladimir Putin", "organization", false},
		{"the White House", "organization", "United States", "state", true},
		{"NATO", "alliance", "North Atlantic Treaty Organization", "alliance", true},
		{"European Union", "alliance", "EU", "alliance", true},
		{"Downing Street", "other", "Britain", "state", true},
		{"Kyiv", "other", "Russia", "state", false},
		{"Sergei Lavrov", "person", "Sergei Shoigu", "person", false},
		{"the Kremlin", "organization", "Kremlin's", "other", true},
	}
	for _, c := range cases {
		p := New()
		p.Actors = []*Actor{{ID: "x", Name: c.a, Type: c.at}, {ID: "y", Name: c.b, Type: c.bt}}
		d := p.LikelyDuplicates()
		if (len(d) == 1) != c.same {
			t.Errorf("%q / %q: %+v, want same=%v", c.a, c.b, d, c.same)
		}
	}
	// Rejected actors are not proposed.
	p := New()
	p.Actors = []*Actor{{ID: "x", Name: "Moscow"}, {ID: "y", Name: "Russia", Review: Review{Rejected: true}}}
	if d := p.LikelyDuplicates(); len(d) != 0 {
		t.Fatalf("a rejected actor was proposed: %+v", d)
	}
}

func TestMetonymTableParses(t *testing.T) {
	m := metonyms()
	if len(m) < 50 || m["kremlin"].canonical != "Russia" || m["white house"].kind != "seat" {
		t.Fatalf("metonyms: %d rows, kremlin=%+v", len(m), m["kremlin"])
	}
	if !strings.HasPrefix(metonymsTSV, "#") || !strings.Contains(metonymsTSV, "Source:") {
		t.Fatal("metonyms.tsv must start with its source")
	}
}
