package analysis

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/document"
)

func summaryOf(t *testing.T, r *Result, evidencePrefix string) string {
	t.Helper()
	for _, p := range r.Positions {
		if strings.HasPrefix(p.Evidence.Text, evidencePrefix) {
			return p.Summary
		}
	}
	t.Fatalf("no position with evidence %q; positions: %+v", evidencePrefix, r.Positions)
	return ""
}

func TestSummaryIsTheReportedClause(t *testing.T) {
	cases := []struct{ text, evidence, want string }{
		{"Foreign Minister Anna Berg said that no final peace plan exists.\n",
			"Foreign Minister Anna Berg said", "Berg: no final peace plan exists"},
		{"\"We will not sign this agreement,\" said Foreign Minister Anna Berg on Monday.\n",
			"\"We will not sign", "Berg: We will not sign this agreement"},
		{"Foreign Minister Anna Berg said the government would review every contract signed by the previous cabinet, including the gas deals, the port lease and the arms purchases agreed last spring.\n",
			"Foreign Minister Anna Berg said the", "Berg: the government would review every contract signed by the previous cabinet, including the gas deals, the port lease …"},
	}
	for _, c := range cases {
		_, r := analyzeText(t, c.text)
		if got := summaryOf(t, r, c.evidence); got != c.want {
			t.Errorf("summary %q, want %q", got, c.want)
		}
	}
}

// TestSummariesAreWholePhrases checks every summary of the sample and the development
// texts: none ends in a function word or leaves a quotation or parenthesis open.
func TestSummariesAreWholePhrases(t *testing.T) {
	files, _ := filepath.Glob("testdata/devtexts/*/*.txt")
	files = append(files, "../assets/sample.txt")
	n := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r := Analyze(document.FromText("d1", string(raw)))
		for _, p := range r.Positions {
			n++
			s := strings.TrimSuffix(p.Summary, " …")
			words := strings.Fields(s)
			last := strings.ToLower(strings.Trim(words[len(words)-1], ",;:"))
			if functionWords[last] && len(words) > 2 {
				t.Errorf("%s: summary ends in %q: %q", filepath.Base(f), last, p.Summary)
			}
			if strings.Count(s, "“") != strings.Count(s, "”") || strings.Count(s, "\"")%2 != 0 {
				t.Errorf("%s: summary leaves a quotation open: %q", filepath.Base(f), p.Summary)
			}
			if strings.Count(s, "(") != strings.Count(s, ")") {
				t.Errorf("%s: summary leaves a parenthesis open: %q", filepath.Base(f), p.Summary)
			}
		}
	}
	if n < 300 {
		t.Fatalf("only %d positions checked", n)
	}
}
