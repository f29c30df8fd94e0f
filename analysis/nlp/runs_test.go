package nlp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/analysis/nlp/tokenize"
)

// Runs cover the text end to end, each but the last ending after a blank
// line once it is past the size.
func TestParagraphRuns(t *testing.T) {
	text := strings.Repeat("One sentence here.\n\nAnother, longer paragraph of words.\n", 40)
	runs := paragraphRuns(text, 100)
	if len(runs) < 10 {
		t.Fatalf("%d runs of a %d-byte text", len(runs), len(text))
	}
	at := 0
	for i, r := range runs {
		if r[0] != at || r[1] <= r[0] {
			t.Fatalf("run %d is %v after %d", i, r, at)
		}
		if i < len(runs)-1 && (!strings.HasSuffix(text[r[0]:r[1]], "\n\n") || r[1]-r[0] < 100) {
			t.Fatalf("run %d %q does not end after a blank line past 100 bytes", i, text[r[0]:r[1]])
		}
		at = r[1]
	}
	if at != len(text) {
		t.Fatalf("runs end at %d of %d", at, len(text))
	}
	if got := paragraphRuns("no blank line "+strings.Repeat("x", 300), 100); len(got) != 1 {
		t.Errorf("a text without a blank line cut into %d runs", len(got))
	}
}

// A text longer than a run is split, tagged and parsed as if whole: its
// sentences and tokens are those of the whole text's split, and each
// paragraph's tags and parse are those of the paragraph annotated alone.
func TestAnnotateInRunsAsWhole(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/*.txt")
	var sb strings.Builder
	for sb.Len() < 3*runBytes {
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			sb.Write(data)
			sb.WriteString("\n\n")
		}
	}
	text := sb.String()
	if len(paragraphRuns(text, runBytes)) < 3 {
		t.Fatal("the text is not cut into runs")
	}
	got := Annotate(text)
	want := tokenize.Split(text)
	if len(got) != len(want) {
		t.Fatalf("%d sentences, the whole text's split has %d", len(got), len(want))
	}
	for i, s := range got {
		w := want[i]
		if s.Start != w.Start || s.End != w.End || len(s.Tokens) != len(w.Tokens) {
			t.Fatalf("sentence %d at [%d,%d) with %d tokens, want [%d,%d) with %d", i, s.Start, s.End, len(s.Tokens), w.Start, w.End, len(w.Tokens))
		}
		for j, tok := range s.Tokens {
			if int(tok.Start) != w.Tokens[j].Start || int(tok.End) != w.Tokens[j].End {
				t.Fatalf("sentence %d token %d at [%d,%d), want [%d,%d)", i, j, tok.Start, tok.End, w.Tokens[j].Start, w.Tokens[j].End)
			}
		}
	}
	// Paragraphs from each run, annotated alone.
	for _, r := range paragraphRuns(text, runBytes) {
		for _, at := range []int{r[0], (r[0] + r[1]) / 2} {
			start := at
			if k := strings.LastIndex(text[:at], "\n\n"); k >= 0 {
				start = k + 2
			}
			end := len(text)
			if k := strings.Index(text[start:], "\n\n"); k >= 0 {
				end = start + k
			}
			alone := Annotate(text[start:end])
			k := 0
			for k < len(got) && got[k].Start < start {
				k++
			}
			for i, s := range alone {
				if k+i >= len(got) {
					t.Fatalf("paragraph at %d: sentence %d missing", start, i)
				}
				for j, tok := range s.Tokens {
					g := got[k+i].Tokens[j]
					tok.Start, tok.End = tok.Start+int32(start), tok.End+int32(start)
					if g != tok {
						t.Fatalf("paragraph at %d, sentence %d token %q: %+v in the whole text, %+v alone", start, i, tok.Text(text), g, tok)
					}
				}
			}
		}
	}
}
