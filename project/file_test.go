package project

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func sampleProject(t testing.TB) *Project {
	t.Helper()
	p := OpenSample()
	if len(p.Documents) != 1 || p.Documents[0].Text == "" {
		t.Fatal("the sample project has no article")
	}
	return p
}

// annotate makes user decisions of every kind, so that round trips and
// re-analyses have something to lose.
func annotate(t testing.TB, p *Project) {
	t.Helper()
	d := p.Documents[0]
	p.Brief.Summary = "Talks continue; territory is the sticking point."
	p.Brief.Author = "Desk Officer Łucja Çavuşoğlu"
	p.Brief.Marking = "OFFICIAL-SENSITIVE"
	start := strings.Index(d.Text, "territorial questions remain the hardest")
	if start < 0 {
		t.Fatal("sample text changed")
	}
	quote := "territorial questions remain the hardest"
	p.Notes = append(p.Notes, &Note{ID: p.NewID("n"), Anchor: Anchor{Doc: d.ID, Start: start, End: start + len(quote), Quote: quote}, Text: "Key red line — Зеленський"})
	p.Excerpts = append(p.Excerpts, &Excerpt{ID: p.NewID("e"), Anchor: Anchor{Doc: d.ID, Start: start, End: start + len(quote), Quote: quote}})
	a := &Actor{ID: p.NewID("a"), Name: "Open-source analysts", Type: "other", Review: Review{Origin: Added}}
	p.Actors = append(p.Actors, a)
	tp := &Topic{ID: p.NewID("t"), Label: "Battlefield claims", Selected: true, Priority: High, Tags: []string{"military"}, Note: "Unverified", Review: Review{Origin: Added}}
	p.Topics = append(p.Topics, tp)
	s := strings.Index(d.Text, "open-source analysts reported")
	q := "open-source analysts reported that neither area appears fully under Russian control"
	p.Positions = append(p.Positions, &Position{ID: p.NewID("p"), Actor: a.ID, Topic: tp.ID, Stance: "claims",
		Summary: "Neither town fully held", Evidence: Anchor{Doc: d.ID, Start: s, End: s + len(q), Quote: q},
		Paragraph: d.ParagraphAt(s), Selected: true, Note: "Cross-check with ISW", Review: Review{Origin: Added, Reviewed: true}})
	if len(p.Topics) > 1 {
		p.Topics[0].Selected = false
		p.Topics[0].Note = "Not for this brief"
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	p := sampleProject(t)
	annotate(t, p)
	path := filepath.Join(t.TempDir(), "talks.brief")
	if err := Save(path, p); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(normalise(t, p), normalise(t, got)) {
		t.Fatal("the loaded project differs from the saved one")
	}
	// A second save keeps the first as a backup.
	p.Brief.Summary = "changed"
	if err := Save(path, p); err != nil {
		t.Fatal(err)
	}
	bak, err := Load(path + ".bak")
	if err != nil {
		t.Fatal(err)
	}
	if bak.Brief.Summary == "changed" || bak.Brief.Summary == "" {
		t.Fatalf("backup summary = %q, want the previous version", bak.Brief.Summary)
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o644 {
		t.Fatalf("saved file mode = %v, %v; want 0644", info.Mode(), err)
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*tmp*"))
	if len(left) != 0 {
		t.Fatalf("temporary files left behind: %v", left)
	}
}

// normalise compares projects by their JSON form, where nil and empty
// slices are the same.
func normalise(t testing.TB, p *Project) map[string]any {
	t.Helper()
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestLoadRefusesBadFilesWithReasons(t *testing.T) {
	good, err := Marshal(sampleProject(t))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, content, reason string
	}{
		{"empty.brief", "", "is empty"},
		{"truncated.brief", string(good[:len(good)/2]), "damaged or incomplete"},
		{"foreign.brief", `{"name": "something else", "items": [1,2,3]}`, "not a Briefing Builder project"},
		{"binary.brief", "\x89PNG\r\n\x1a\n\x00\x00", "not a Briefing Builder project"},
		{"future.brief", `{"format":"briefing-builder-project","version":99,"project":{}}`, "newer version"},
		{"noproject.brief", `{"format":"briefing-builder-project","version":1}`, "holds no project"},
		{"dangling.brief", `{"format":"briefing-builder-project","version":1,"project":{"actors":[],"positions":[{"id":"p1","actor":"ghost"}]}}`, "missing actor"},
		{"outside.brief", `{"format":"briefing-builder-project","version":1,"project":{"documents":[{"id":"d1","text":"abc"}],"notes":[{"id":"n1","anchor":{"doc":"d1","start":2,"end":99}}]}}`, "outside"},
		{"dupe.brief", `{"format":"briefing-builder-project","version":1,"project":{"topics":[{"id":"t1"},{"id":"t1"}]}}`, "share the id"},
	}
	dir := t.TempDir()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, c.name)
			if err := os.WriteFile(path, []byte(c.content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Load(path)
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("Load = %v, want a LoadError", err)
			}
			msg := err.Error()
			if !strings.Contains(msg, c.name) || !strings.Contains(msg, c.reason) {
				t.Fatalf("message %q should name the file and say %q", msg, c.reason)
			}
			after, _ := os.ReadFile(path)
			if string(after) != c.content {
				t.Fatal("a failed load changed the file")
			}
		})
	}
	if _, err := Load(filepath.Join(dir, "missing.brief")); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("missing file: %v", err)
	}
}

func TestLoadAcceptsAByteOrderMark(t *testing.T) {
	p := New()
	p.Brief.Title = "Saved by Notepad"
	data, err := Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	q, err := Unmarshal(append([]byte("\xef\xbb\xbf"), data...))
	if err != nil {
		t.Fatalf("a project saved with a byte-order mark is refused: %v", err)
	}
	if q.Brief.Title != p.Brief.Title {
		t.Errorf("title %q, want %q", q.Brief.Title, p.Brief.Title)
	}
}
