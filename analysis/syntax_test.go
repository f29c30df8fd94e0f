package analysis

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"briefing/document"
)

func TestParagraphChunksCoverTheTextAtParagraphBreaks(t *testing.T) {
	para := strings.Repeat("The minister said the talks would resume. ", 40) + "\n\n"
	text := strings.Repeat(para, 400) // about 700 KB
	chunks := paragraphChunks(text, 3)
	if len(chunks) != 3 {
		t.Fatalf("%d chunks, want 3", len(chunks))
	}
	at := 0
	for _, c := range chunks {
		if c[0] != at || c[1] <= c[0] {
			t.Fatalf("chunks %v do not cover the text in order", chunks)
		}
		if c[0] > 0 && text[c[0]-2:c[0]] != "\n\n" {
			t.Errorf("chunk starts at %d, not after a paragraph break", c[0])
		}
		at = c[1]
	}
	if at != len(text) {
		t.Errorf("chunks end at %d of %d", at, len(text))
	}
	if got := paragraphChunks("A short text.\n\nTwo paragraphs.", 4); len(got) != 1 {
		t.Errorf("a short text is cut into %d chunks", len(got))
	}
}

// The models' annotation of a large text in parallel runs must give the same positions
// as the same paragraphs annotated one by one would: offsets shifted to the whole text.
func TestParallelAnnotationKeepsOffsets(t *testing.T) {
	para := "Foreign Minister Anna Berg said the ceasefire talks would resume in Geneva next week.\n\n"
	text := strings.Repeat(para, parallelFrom/len(para)+200)
	sy, ents := annotateWithModels(text)
	if len(sy.toks) == 0 || len(ents) == 0 {
		t.Fatalf("%d tokens, %d entities", len(sy.toks), len(ents))
	}
	for i, tk := range sy.toks {
		if strings.ToLower(text[tk.s:tk.e]) != tk.low {
			t.Fatalf("token %d at %d:%d reads %q, not %q", i, tk.s, tk.e, text[tk.s:tk.e], tk.low)
		}
		if tk.head() >= len(sy.toks) || i > 0 && tk.s < sy.toks[i-1].s {
			t.Fatalf("token %d out of order or with a head out of range", i)
		}
	}
	for _, e := range ents {
		if name := text[e.s:e.e]; name != "Anna Berg" && name != "Geneva" && !strings.Contains(name, "Berg") {
			t.Fatalf("entity %q (%s) at %d", name, e.typ, e.s)
		}
	}
}

// The runs the models annotate depend on the text alone, so the analysis of a large text is
// the same whatever the number of cores.
func TestLargeTextAnalysisDoesNotDependOnCores(t *testing.T) {
	// the test articles of every genre, in turn: one run of the models sees other names
	// than the next, as in a real long text
	var sb strings.Builder
	var files []string
	for _, pat := range []string{"testdata/*.txt", "testdata/*/*.txt", "testdata/*/*/*.txt"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 10 {
		t.Fatalf("only %d test articles", len(files))
	}
	for i := 0; sb.Len() < 3*parallelFrom; i++ {
		b, err := os.ReadFile(files[i%len(files)])
		if err != nil {
			t.Fatal(err)
		}
		sb.Write(b)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	one, _ := json.Marshal(Analyze(document.FromText("t", text)))
	runtime.GOMAXPROCS(3)
	three, _ := json.Marshal(Analyze(document.FromText("t", text)))
	if !bytes.Equal(one, three) {
		t.Errorf("the analysis on 1 core differs from the analysis on 3 (%d and %d bytes of JSON)", len(one), len(three))
	}
}
