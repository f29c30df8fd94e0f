package project

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzUnmarshal checks that no file, however damaged or hostile, makes the
// loader panic, and that whatever it accepts is consistent: it validates,
// saves and loads back the same, and the functions that read a project
// (review queue, pre-export check, duplicates, interchange) cope with it.
func FuzzUnmarshal(f *testing.F) {
	good, err := Marshal(fixture(f))
	if err != nil {
		f.Fatal(err)
	}
	env := func(project string) []byte {
		return []byte(`{"format":"briefing-builder-project","version":1,"project":` + project + `}`)
	}
	seeds := [][]byte{
		good,
		good[:len(good)/2],
		good[:len(good)-3],
		[]byte(`{"name": "something else", "items": [1,2,3]}`),
		[]byte(`{"format":"briefing-builder-project","version":2,"project":{}}`),
		[]byte(`{"format":"briefing-builder-project","version":1e400,"project":{}}`),
		env(`{}`),
		env(`null`),
		env(strings.Repeat(`[`, 20000) + strings.Repeat(`]`, 20000)),
		env(`{"documents":[{"id":"d1","text":"abc","paragraphs":[{"start":0,"end":3}]}],"actors":[{"id":"a1"}],` +
			`"positions":[{"id":"p1","actor":"a1","paragraph":-5,"confidence":1e308,"evidence":{"doc":"d1","start":1,"end":2}}]}`),
		env(`{"documents":[{"id":"d1","text":"a\xff\xfeb"}]}`),
		env(`{"documents":[{"id":"d1","text":"Žluť"}],"notes":[{"id":"n1","anchor":{"doc":"d1","start":1,"end":3}}]}`),
		env(`{"actors":[{"id":"a1"}],"positions":[{"id":"p1","actor":"a1","co_actors":["ghost"]}]}`),
		env(`{"documents":[{"id":"d1","text":""}],"topics":[],"notes":[{"id":"n1","topic":"ghost","anchor":{"doc":"d1"}}]}`),
		env(`{"documents":[{"id":"d1","text":"x"}],"excerpts":[{"id":"x1","topic":"ghost","anchor":{"doc":"d1"}}]}`),
		env(`{"seq":1,"documents":[{"id":"d1","text":"x"}],"notes":[{"id":"nu7","anchor":{"doc":"d1"}}]}`),
		env(`{"documents":[{"id":"d1","text":"abcdef","paragraphs":[{"start":3,"end":6},{"start":0,"end":4}]}]}`),
		env(`{"seq":-9223372036854775808,"actors":[{"id":"au1"}]}`),
		[]byte("\xef\xbb\xbf" + string(good)),
		[]byte(""),
		[]byte("\x00\x00\x00"),
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Unmarshal(data)
		if err != nil {
			var le *LoadError
			if !errors.As(err, &le) || le.Reason == "" {
				t.Fatalf("error %v is not a LoadError with a reason", err)
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("accepted a project that does not validate: %v", err)
		}
		if err := invariants(p); err != nil {
			t.Fatalf("accepted an inconsistent project: %v", err)
		}
		again, err := Marshal(p)
		if err != nil {
			t.Fatalf("accepted a project that cannot be saved: %v", err)
		}
		q, err := Unmarshal(again)
		if err != nil {
			t.Fatalf("a saved project does not load: %v", err)
		}
		if third, _ := Marshal(q); !bytes.Equal(third, again) {
			t.Fatal("saving and loading changed the project")
		}
		if c, _ := Marshal(p.Clone()); !bytes.Equal(c, again) {
			t.Fatal("a clone differs")
		}
		for _, k := range []ItemKind{ActorItem, TopicItem, PositionItem} {
			p.ReviewQueue(k)
			p.ReviewProgress(k)
		}
		p.Check()
		p.LikelyDuplicates()
		ToInterchange(p)
		for _, x := range p.Positions {
			if d := p.Document(x.Evidence.Doc); d != nil {
				d.ParagraphText(x.Paragraph)
			}
		}
	})
}

// invariants checks, independently of Validate, what the rest of the
// application takes for granted about a loaded project.
func invariants(p *Project) error {
	topic := func(id string) bool { return id == "" || p.Topic(id) != nil }
	text := func(a Anchor) error {
		if d := p.Document(a.Doc); d != nil && !utf8.ValidString(d.Slice(a.Start, a.End)) {
			return fmt.Errorf("anchor %+v cuts a character", a)
		}
		return nil
	}
	for _, d := range p.Documents {
		for i, para := range d.Paragraphs {
			if i > 0 && para.Start < d.Paragraphs[i-1].End {
				return fmt.Errorf("document %s: paragraphs overlap or are out of order", d.ID)
			}
			if !utf8.ValidString(d.Text[para.Start:para.End]) {
				return fmt.Errorf("document %s: a paragraph cuts a character", d.ID)
			}
		}
	}
	for _, a := range p.Actors {
		for _, m := range a.Mentions {
			if err := text(m); err != nil {
				return err
			}
		}
	}
	for _, x := range p.Positions {
		for _, c := range x.CoActors {
			if p.Actor(c) == nil {
				return fmt.Errorf("position %s: missing co-holder %q", x.ID, c)
			}
		}
		if x.Paragraph < 0 {
			return fmt.Errorf("position %s: paragraph %d", x.ID, x.Paragraph)
		}
		if math.IsNaN(x.Confidence) || math.IsInf(x.Confidence, 0) {
			return fmt.Errorf("position %s: confidence %v", x.ID, x.Confidence)
		}
		if err := text(x.Evidence); err != nil {
			return err
		}
	}
	for _, n := range p.Notes {
		if !topic(n.Topic) {
			return fmt.Errorf("note %s: missing topic %q", n.ID, n.Topic)
		}
		if err := text(n.Anchor); err != nil {
			return err
		}
	}
	for _, x := range p.Excerpts {
		if !topic(x.Topic) {
			return fmt.Errorf("excerpt %s: missing topic %q", x.ID, x.Topic)
		}
		if err := text(x.Anchor); err != nil {
			return err
		}
	}
	for _, t := range p.Topics {
		for _, s := range t.Sentences {
			if err := text(s); err != nil {
				return err
			}
		}
	}
	if p.Seq < 0 {
		return fmt.Errorf("seq %d", p.Seq)
	}
	return nil
}

// TestUnmarshalRefusesHoles pins what the fuzzer's seeds found: each of
// these was accepted before Validate checked it.
func TestUnmarshalRefusesHoles(t *testing.T) {
	env := func(project string) []byte {
		return []byte(`{"format":"briefing-builder-project","version":1,"project":` + project + `}`)
	}
	for _, c := range []struct{ data, want string }{
		{`{"documents":[{"id":"d1","text":"abc","paragraphs":[{"start":0,"end":3}]}],"actors":[{"id":"a1"}],"positions":[{"id":"p1","actor":"a1","paragraph":-5}]}`, "negative paragraph"},
		{`{"documents":[{"id":"d1","text":"Žluť"}],"notes":[{"id":"n1","anchor":{"doc":"d1","start":1,"end":3}}]}`, "cuts a character"},
		{`{"actors":[{"id":"a1"}],"positions":[{"id":"p1","actor":"a1","co_actors":["ghost"]}]}`, "missing co-holder"},
		{`{"documents":[{"id":"d1","text":""}],"notes":[{"id":"n1","topic":"ghost","anchor":{"doc":"d1"}}]}`, "missing topic"},
		{`{"documents":[{"id":"d1","text":"x"}],"excerpts":[{"id":"x1","topic":"ghost","anchor":{"doc":"d1"}}]}`, "missing topic"},
		{`{"documents":[{"id":"d1","text":"abcdef","paragraphs":[{"start":3,"end":6},{"start":0,"end":4}]}]}`, "out of order"},
		{`{"seq":-1}`, "counter is negative"},
	} {
		_, err := Unmarshal(env(c.data))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.data, err, c.want)
		}
	}
	p, err := Unmarshal(env(`{"seq":1,"documents":[{"id":"d1","text":"x"}],"notes":[{"id":"nu7","anchor":{"doc":"d1"}}]}`))
	must(t, err)
	if id := p.NewID("n"); id == "nu7" || p.Seq != 8 {
		t.Fatalf("NewID = %s after loading a note nu7 with seq 1", id)
	}
}
