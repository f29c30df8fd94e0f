package actorregistry

import (
	"bytes"
	"reflect"
	"testing"
)

// fuzzRoundTrip checks what any parser accepts: a registry that writes out
// as JSON and CSV and reads back the same, every name meaning one actor.
func fuzzRoundTrip(t *testing.T, r *Registry, err error) {
	if err != nil {
		if err.Error() == "" {
			t.Fatal("an error without words")
		}
		return
	}
	seen := map[string]string{}
	for _, e := range r.Entries {
		for _, n := range e.Forms() {
			if c, ok := seen[Fold(n)]; ok {
				t.Fatalf("%q means both %q and %q", n, c, e.Canonical)
			}
			seen[Fold(n)] = e.Canonical
		}
	}
	data, err := r.EncodeJSON()
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseJSON(data)
	if err != nil || !reflect.DeepEqual(back.Entries, r.Entries) {
		t.Fatalf("JSON does not read back: %v\n%s", err, data)
	}
	var csv bytes.Buffer
	if err := r.WriteCSV(&csv); err != nil {
		t.Fatal(err)
	}
	if len(r.Entries) == 0 {
		return
	}
	back, err = ParseCSV(csv.Bytes())
	if err != nil || !reflect.DeepEqual(back.Entries, r.Entries) {
		t.Fatalf("CSV does not read back: %v\n%q", err, csv.String())
	}
}

func FuzzParseCSV(f *testing.F) {
	var buf bytes.Buffer
	if err := sampleRegistry().WriteCSV(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("name;canonical;type\nPutin;Vladimir Putin;Person\n"))
	f.Add([]byte("canonical,name\n\"a \"\"b\"\"\",c\n"))
	f.Add([]byte("name,canonical\nPutin,Vladimir Putin\nputin,Boris\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ParseCSV(data)
		fuzzRoundTrip(t, r, err)
	})
}

func FuzzParseJSON(f *testing.F) {
	data, err := sampleRegistry().EncodeJSON()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(`{"format":"briefing-builder-actor-registry","entries":[{"canonical":"A","names":["a","B"]},{"canonical":"B"}]}`))
	f.Add([]byte(`{"format":"briefing-builder-actor-registry","version":1,"entries":[{"canonical":"X","type":"ORGANISATION","role":"  r  "}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ParseJSON(data)
		fuzzRoundTrip(t, r, err)
	})
}
