package nlp

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
)

const article = "Anna Berg, who leads Grain Exporters Group, met the minister in Kyiv on Monday.\n\n" +
	"“The offer isn't fair,” she said. Mr. Smith of the U.S. Department of Agriculture disagreed."

func TestAnnotate(t *testing.T) {
	if err := Ready(); err != nil {
		t.Fatal(err)
	}
	sents := Annotate(article)
	if len(sents) != 3 {
		t.Fatalf("%d sentences, want 3", len(sents))
	}
	var texts []string
	for _, s := range sents {
		texts = append(texts, article[s.Start:s.End])
		for _, tok := range s.Tokens {
			if tok.Start < int32(s.Start) || tok.End > int32(s.End) || tok.Start >= tok.End {
				t.Errorf("token %q at [%d,%d) outside its sentence", tok.Text(article), tok.Start, tok.End)
			}
			if tok.UPOS.String() == "" || tok.XPOS.String() == "" {
				t.Errorf("token %q untagged", tok.Text(article))
			}
		}
	}
	want := []string{
		"Anna Berg, who leads Grain Exporters Group, met the minister in Kyiv on Monday.",
		"“The offer isn't fair,” she said.",
		"Mr. Smith of the U.S. Department of Agriculture disagreed.",
	}
	if !reflect.DeepEqual(texts, want) {
		t.Errorf("sentences %q\nwant %q", texts, want)
	}
	var ents []string
	for _, s := range sents {
		for _, e := range s.Entities {
			var ws []string
			for _, tok := range s.Tokens[e.Start:e.End] {
				ws = append(ws, tok.Text(article))
			}
			ents = append(ents, e.Type+":"+strings.Join(ws, " "))
		}
	}
	for _, e := range []string{"person:Anna Berg", "organization:Grain Exporters Group", "place:Kyiv"} {
		if !slicesContains(ents, e) {
			t.Errorf("entity %s not found in %q", e, ents)
		}
	}
	neg := sents[1].Tokens
	var forms, tags []string
	for _, tok := range neg {
		forms = append(forms, tok.Text(article))
		tags = append(tags, tok.UPOS.String())
	}
	if got := strings.Join(forms, " "); got != "“ The offer is n't fair , ” she said ." {
		t.Errorf("tokens %q", got)
	}
	if tags[3] != "AUX" || tags[4] != "PART" || tags[8] != "PRON" || tags[9] != "VERB" {
		t.Errorf("tags %v", tags)
	}
}

func slicesContains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

func TestAnnotateEmptyAndConcurrent(t *testing.T) {
	if got := Annotate(""); len(got) != 0 {
		t.Errorf("Annotate(\"\") = %v", got)
	}
	want := Annotate(article)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := Annotate(article); !reflect.DeepEqual(got, want) {
				t.Error("concurrent Annotate differs")
			}
		}()
	}
	wg.Wait()
}

// megabyte builds about 1 MB of text from the analysis test articles.
func megabyte(b *testing.B) string {
	paths, _ := filepath.Glob("../testdata/*.txt")
	var parts []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(data))
	}
	if len(parts) == 0 {
		b.Fatal("no test articles in ../testdata")
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, p := range parts {
			sb.WriteString(p)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

func BenchmarkAnnotate(b *testing.B) {
	text := megabyte(b)
	if err := Ready(); err != nil {
		b.Fatal(err)
	}
	words := 0
	for _, s := range Annotate(text) {
		words += len(s.Tokens)
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Annotate(text)
	}
	b.ReportMetric(float64(b.N*words)/b.Elapsed().Seconds(), "words/s")
}

// The embedded models are read in place, unchecked when loaded: every slot
// and weight of each must be in range, or an article could hit a bad one.
func TestEmbeddedModelsAreWhole(t *testing.T) {
	p, err := load()
	if err != nil {
		t.Fatal(err)
	}
	for name, check := range map[string]func() error{"tagger": p.tagger.Check, "parser": p.parser.Check, "entities": p.ner.Check} {
		if err := check(); err != nil {
			t.Errorf("%s model: %v", name, err)
		}
	}
}

func TestAnnotateParses(t *testing.T) {
	const text = "The minister said Kyiv's offer was fair."
	s := Annotate(text)[0]
	roots := 0
	for i, tok := range s.Tokens {
		if tok.Head == -1 {
			roots++
			if tok.Text(text) != "said" || tok.Dep.String() != "root" {
				t.Errorf("root is %q (%s), want said", tok.Text(text), tok.Dep)
			}
		} else if tok.Head < 0 || int(tok.Head) >= len(s.Tokens) || int(tok.Head) == i || tok.Dep.String() == "" {
			t.Errorf("token %q: head %d dep %q", tok.Text(text), tok.Head, tok.Dep)
		}
	}
	if roots != 1 {
		t.Errorf("%d roots", roots)
	}
	if got := s.Tokens[1]; got.Text(text) != "minister" || got.Head != 2 || got.Dep.String() != "nsubj" {
		t.Errorf("minister: head %d dep %q, want 2 nsubj", got.Head, got.Dep)
	}
}
