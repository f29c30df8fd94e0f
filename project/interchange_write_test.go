package project

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
)

// encodeInterchange is what `briefing analyze` printed before the JSON was
// streamed: the whole brief converted, then encoded at once.
func encodeInterchange(t *testing.T, p *Project) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(ToInterchange(p)); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// WriteInterchange, which writes the positions one at a time, prints the
// very bytes the whole brief encoded at once does: with no positions, with
// every one rejected, and with positions holding co-actors, markup, quotes
// and line breaks in their text.
func TestWriteInterchangeMatchesEncoder(t *testing.T) {
	brief := `{"title":"Talks <in> Geneva & after","actors":[{"name":"Anna Berg","aliases":["Berg"]},{"name":"Kyiv"}],
		"topics":[{"label":"Ceasefire","keywords":["truce"]}],
		"positions":[
		 {"actor":"Anna Berg","co_actors":["Kyiv"],"topic":"Ceasefire","stance":"supports","summary":"Berg backs \"the truce\" <now>",
		  "evidence":"Berg said\n\nthe  truce\tholds","start":3,"end":40,"paragraph":2,"confidence":0.75,"why":"cue 'said'"},
		 {"actor":"Kyiv","topic":"Ceasefire","stance":"opposes","summary":"é ü — ‘quoted’","evidence":"x"},
		 {"actor":"Someone new","topic":"Elsewhere","summary":"unknown actor and topic"}]}`
	p, err := FromInterchange([]byte(brief))
	if err != nil {
		t.Fatal(err)
	}
	empty, err := FromInterchange([]byte(`{"title":"Nothing said","actors":[{"name":"A"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	rejected, err := FromInterchange([]byte(brief))
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range rejected.Positions {
		x.Rejected = true
	}
	someRejected, err := FromInterchange([]byte(brief))
	if err != nil {
		t.Fatal(err)
	}
	someRejected.Positions[0].Rejected = true
	for name, p := range map[string]*Project{"positions": p, "none": empty, "all rejected": rejected, "first rejected": someRejected} {
		var got bytes.Buffer
		if err := WriteInterchange(&got, p); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if want := encodeInterchange(t, p); !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s: streamed JSON differs from the encoder's:\n%s\nwant\n%s", name, got.Bytes(), want)
		}
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errFull }

var errFull = errors.New("disk full")

// A failed write is reported, not lost in the buffer.
func TestWriteInterchangeReportsWriteError(t *testing.T) {
	p, err := FromInterchange([]byte(`{"actors":[{"name":"A"}],"positions":[{"actor":"A","summary":"s"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteInterchange(failingWriter{}, p); !errors.Is(err, errFull) {
		t.Errorf("error %v, want %v", err, errFull)
	}
}
