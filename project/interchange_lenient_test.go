package project

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const briefJSON = `{"title":"T","actors":[{"name":"NATO"}],"topics":[{"label":"Defence"%s}],"positions":[{"actor":"NATO","topic":"Defence","stance":"supports"}]}`

// A brief saved by Windows Notepad starts with a byte-order mark, which
// was refused as "invalid data at byte 1".
func TestInterchangeBOM(t *testing.T) {
	p, err := FromInterchange([]byte("\uFEFF" + strings.ReplaceAll(briefJSON, "%s", "")))
	if err != nil {
		t.Fatal(err)
	}
	if p.Brief.Title != "T" || len(p.Topics) != 1 {
		t.Errorf("title %q, %d topics", p.Brief.Title, len(p.Topics))
	}
}

// Values of another type than the format's were refused, without saying
// which; those whose meaning is clear are accepted, the others refused
// naming the field.
func TestInterchangeLenientTypes(t *testing.T) {
	for _, tt := range []struct {
		topic    string // added to the topic
		priority string // the project's priority, or the error
		fail     bool
	}{
		{`,"priority":2`, Medium, false},
		{`,"priority":1`, High, false},
		{`,"priority":"LOW"`, Low, false},
		{`,"priority":"3"`, Low, false},
		{`,"priority":5`, `topics[0].priority is "5"`, true},
		{`,"priority":"urgent"`, `topics[0].priority is "urgent"`, true},
		{`,"priority":true`, "topics[0].priority must be text, not true", true},
		{`,"selected":"maybe"`, `topics[0].selected must be true or false, not "maybe"`, true},
		{`,"selected":"true","id":7,"keywords":"armed forces"`, Medium, false},
		{`,"tags":[1,{"x":1}]`, "topics[0].tags[1] must be text", true},
	} {
		p, err := FromInterchange([]byte(strings.ReplaceAll(briefJSON, "%s", tt.topic)))
		switch {
		case tt.fail && err == nil:
			t.Errorf("%s: accepted", tt.topic)
		case tt.fail && !strings.Contains(err.Error(), tt.priority):
			t.Errorf("%s: %v, want it to name %q", tt.topic, err, tt.priority)
		case !tt.fail && err != nil:
			t.Errorf("%s: %v", tt.topic, err)
		case !tt.fail && p.Topics[0].Priority != tt.priority:
			t.Errorf("%s: priority %q, want %q", tt.topic, p.Topics[0].Priority, tt.priority)
		}
	}
	p, err := FromInterchange([]byte(strings.ReplaceAll(briefJSON, "%s", `,"selected":"true","id":7,"keywords":"armed forces"`)))
	if err != nil {
		t.Fatal(err)
	}
	if tp := p.Topics[0]; tp.ID != "7" || !tp.Selected || len(tp.Keywords) != 1 || tp.Keywords[0] != "armed forces" {
		t.Errorf("topic %+v", tp)
	}
	// A position's start given as text.
	if _, err := FromInterchange([]byte(`{"positions":[{"actor":"A","start":"12","end":"x"}]}`)); err == nil ||
		!strings.Contains(err.Error(), `positions[0].end must be a whole number, not "x"`) {
		t.Errorf("err = %v", err)
	}
}

// A .json that is a link to /dev/zero was read for ever (out of memory),
// and a brief of 690 MB read whole; both are refused before reading.
func TestOpenBriefLimits(t *testing.T) {
	dir := t.TempDir()
	zero := filepath.Join(dir, "zero.json")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if _, _, err := Open(zero); err == nil || !strings.Contains(err.Error(), "device") {
		t.Errorf("/dev/zero: %v", err)
	}
	huge := filepath.Join(dir, "huge.json")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: nothing is written, and nothing must be read.
	if err := f.Truncate(690 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if _, _, err := Open(huge); err == nil || !strings.Contains(err.Error(), "larger than 256 MB, the limit") {
		t.Errorf("690 MB: %v", err)
	}
	// The same for a project.
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.brief")); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Open(filepath.Join(dir, "zero.brief")); err == nil || !strings.Contains(err.Error(), "device") {
		t.Errorf("/dev/zero as a project: %v", err)
	}
	bom := filepath.Join(dir, "bom.json")
	if err := os.WriteFile(bom, []byte("\uFEFF"+strings.ReplaceAll(briefJSON, "%s", "")), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Open(bom); err != nil {
		t.Errorf("a brief with a byte-order mark: %v", err)
	}
}

// FuzzFromInterchange checks that reading brief JSON, the lenient second
// try included, never panics and gives a project that validates or an
// error that says where.
func FuzzFromInterchange(f *testing.F) {
	f.Add([]byte(strings.ReplaceAll(briefJSON, "%s", `,"priority":2,"selected":"true","tags":"x"`)))
	f.Add([]byte("\uFEFF" + strings.ReplaceAll(briefJSON, "%s", `,"id":7`)))
	f.Add([]byte(`{"positions":[{"actor":"A","start":"12","end":"x"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := FromInterchange(data)
		if err != nil {
			if p != nil {
				t.Fatal("project and error both returned")
			}
			if !strings.HasPrefix(err.Error(), "read brief JSON: ") {
				t.Fatalf("error %q", err)
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("invalid project: %v", err)
		}
	})
}
