package analysis

import "testing"

// An ellipsis marks words left out of a quotation: it ends a sentence only before a
// capitalised word.
func TestEllipsisEndsSentenceOnlyBeforeCapital(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"We value freedom of expression ... and we guard it. The rest follows.",
			[]string{"We value freedom of expression ... and we guard it.", "The rest follows."}},
		{"Work on the bill goes on [...] in the meantime our deals are holding.",
			[]string{"Work on the bill goes on [...] in the meantime our deals are holding."}},
		{"The talks stalled... Nobody knows why.",
			[]string{"The talks stalled...", "Nobody knows why."}},
		{"The talks stalled. nobody knows why.",
			[]string{"The talks stalled.", "nobody knows why."}},
		// a quotation mark closes the sentence it touches, and opens the one it is attached to
		{"She defended the plan. \"Patients come first,\" she said.",
			[]string{"She defended the plan.", "\"Patients come first,\" she said."}},
		{"\"The plan works.\" Critics disagree.",
			[]string{"\"The plan works.\"", "Critics disagree."}},
	} {
		toks := tokenize(tc.text, 0)
		var got []string
		for _, s := range splitSentences(tc.text, toks, nil) {
			got = append(got, tc.text[s.s:s.e])
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: sentences %q, want %q", tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: sentence %d %q, want %q", tc.text, i, got[i], tc.want[i])
			}
		}
	}
}
