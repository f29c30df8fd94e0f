package project

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

// decodeInterchange must give what json.Unmarshal gives, result and error,
// whether it splits the input or falls back.
func TestDecodeInterchangeMatchesUnmarshal(t *testing.T) {
	var big strings.Builder
	big.WriteString(`{"title":"T","actors":[{"name":"A"}],"positions":[`)
	for i := range 1001 {
		if i > 0 {
			big.WriteString(" ,\n")
		}
		fmt.Fprintf(&big, `{"id":"p%d","actor":"A","topic":"x","summary":"s\"]}{[%d","start":%d,"confidence":0.5}`, i, i, i)
	}
	big.WriteString("],\n\"topics\":[{\"label\":\"x\"}]}\n")
	inputs := []string{
		big.String(),
		`{"positions":[]}`,
		`{"positions":[ ]}`,
		`{ "positions" : [ {"actor":"a"} ] , "actors":null }`,
		`{"positions":null}`,
		`{"positions":[null,{"actor":"a"}]}`,
		`{"positions":[{"actor":"a"}],"positions":[{"actor":"b"}]}`,
		`{"Positions":[{"actor":"a"}]}`,
		`{"positions":[{"actor":"a"}],"POSITIONS":[{"actor":"b"}]}`,
		`{"po\u0073itions":[{"actor":"a"}]}`,
		`{"poſitions":[{"actor":"a"}]}`,
		`{"positions":[{"actor":"a"},]}`,
		`{"positions":[{"actor":"a"} {"actor":"b"}]}`,
		`{"positions":[{"actor":"a"}`,
		`{"positions":[{"actor":"a"]}]}`,
		`{"positions":[{"actor":1}]}`,
		`{"positions":[{"actor":"a","start":"x"}],"actors":[{"name":2}]}`,
		`{"positions":[1,2]}`,
		`{"positions":[{"actor":"a"}]} x`,
		`{"positions":[{"actor":"a"}],}`,
		`{"title":tru,"positions":[]}`,
		`{"title":"a\"],\"positions\":[1]","positions":[{"actor":"a"}]}`,
		`{"title":"a\\\\","positions":[{"summary":"b\\\\\\\"]c\\\\"},{"note":"\\\\\\\\"}]}`,
		`[]`,
		``,
		`{}`,
		// Elements the fast decoder must hand back to Unmarshal.
		`{"positions":[{"Actor":"a","TOPIC":"t","co_Actors":["b"]}]}`,
		`{"positions":[{"actor":"a","actor":"b"}]}`,
		`{"positions":[{"actor":"a","extra":{"x":[1,2]},"why":"w"}]}`,
		"{\"positions\":[{\"actor\":\"a\xffb\",\"summary\":\"\xc3\"}]}",
		`{"positions":[{"actor":"a","start":1e2,"end":3}]}`,
		`{"positions":[{"actor":"a","start":1.5}]}`,
		`{"positions":[{"actor":"a","start":99999999999999999999}]}`,
		`{"positions":[{"actor":null,"co_actors":null,"start":null,"selected":null,"confidence":null}]}`,
		`{"positions":[{"actor":"\ud800x","summary":"\u00e9\n\t\/"}]}`,
		`{"positions":[{"confidence":"0.5"}]}`,
		`{"positions":[{"selected":1}]}`,
		`{"positions":[{"actor":"a"},{"actor":"b","Stance":"supports"},{"actor":"c"}]}`,
	}
	for _, s := range inputs {
		checkDecodeInterchange(t, []byte(s))
	}
	if _, _, _, ok := splitPositions([]byte(big.String())); !ok {
		t.Error("the large brief was not split")
	}
}

// A large brief opened from a file (and so decoded in parallel, from a
// buffer released when Open returns) gives the same project as decoding it
// in memory; marshalling it reads every string after the buffer is gone.
func TestOpenLargeInterchange(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"title":"Large","actors":[{"name":"A"}],"topics":[{"label":"x"}],"positions":[`)
	for i := 0; b.Len() < 5<<20; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"actor":"A","topic":"x","summary":"summary %d %s"}`, i, strings.Repeat("words ", 20))
	}
	b.WriteString("]}")
	path := t.TempDir() + "/large.json"
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	p, kind, err := Open(path)
	if err != nil || kind != KindInterchange {
		t.Fatal(kind, err)
	}
	want, err := FromInterchange([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(ToInterchange(p))
	exp, _ := json.Marshal(ToInterchange(want))
	if string(got) != string(exp) {
		t.Error("Open and FromInterchange differ on a large brief")
	}
}

// checkDecodeInterchange fails unless decodeInterchange gives what
// json.Unmarshal gives for data, result and error.
func checkDecodeInterchange(t *testing.T, data []byte) {
	t.Helper()
	var got, want Interchange
	gotErr := decodeInterchange(data, &got)
	wantErr := json.Unmarshal(data, &want)
	if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) || !reflect.DeepEqual(got, want) {
		t.Errorf("%.80q: got %+v, %v; want %+v, %v", data, got, gotErr, want, wantErr)
	}
}

// FuzzDecodeInterchange checks the split, two-decoder path against
// json.Unmarshal on arbitrary input.
func FuzzDecodeInterchange(f *testing.F) {
	f.Add([]byte(`{"title":"T","positions":[{"actor":"a","topic":"t","start":1,"end":2,"confidence":0.5},{"Actor":"b"}],"actors":[{"name":"a"}]}`))
	f.Add([]byte(`{"positions":[{"actor":"a","actor":"b","selected":true,"co_actors":["c"],"note":"\u00e9"}]}`))
	f.Add([]byte(`{"positions":[{"summary":"x\"]}","start":1e2},null]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkDecodeInterchange(t, data)
	})
}
