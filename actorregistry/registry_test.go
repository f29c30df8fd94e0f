package actorregistry

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

// TestMergesAndCorrectionsAreRemembered: merging names, renaming and
// correcting an actor leave one entry per actor, every name meaning one
// actor, the latest decision winning.
func TestMergesAndCorrectionsAreRemembered(t *testing.T) {
	var r Registry
	r.RecordMerge("Vladimir Putin", []string{"Putin", "the Russian President", "putin"})
	r.RecordCorrection("Vladimir Putin", "", Fields{Type: "person", Role: "President"})
	e, ok := r.Find("THE russian  president")
	if !ok || e.Canonical != "Vladimir Putin" || !reflect.DeepEqual(e.Names, []string{"Putin", "the Russian President"}) || e.Role != "President" || e.Type != "person" {
		t.Fatalf("entry after merge and correction: %+v, %v", e, ok)
	}
	// A rename of the canonical actor: the old name becomes another name.
	r.RecordCorrection("Vladimir V. Putin", "Vladimir Putin", Fields{Affiliation: "Russia"})
	e, _ = r.Find("Putin")
	if e.Canonical != "Vladimir V. Putin" || !slices.Contains(e.Names, "Vladimir Putin") || e.Role != "President" || e.Affiliation != "Russia" {
		t.Fatalf("entry after rename: %+v", e)
	}
	// An actor of its own merged in brings its names and fills empty fields.
	r.RecordMerge("Kremlin", []string{"the Kremlin press office"})
	r.RecordCorrection("Kremlin", "", Fields{Type: "organization", Role: "seat of government"})
	r.RecordMerge("Vladimir V. Putin", []string{"Kremlin"})
	if r.Len() != 1 {
		t.Fatalf("%d entries after merging an entry in: %+v", r.Len(), r.Entries)
	}
	e, _ = r.Find("the Kremlin press office")
	if e.Canonical != "Vladimir V. Putin" || e.Role != "President" || e.Type != "person" {
		t.Fatalf("entry after absorbing another: %+v", e)
	}
	// Moving one name to another actor takes it from the first.
	r.RecordMerge("Dmitry Peskov", []string{"the Kremlin press office"})
	if e, _ := r.Find("the Kremlin press office"); e.Canonical != "Dmitry Peskov" {
		t.Fatalf("moved name means %+v", e)
	}
	if e, _ := r.Find("Putin"); slices.Contains(e.Names, "the Kremlin press office") {
		t.Fatalf("moved name still under %+v", e)
	}
	// Splitting forgets a name; deleting forgets an actor.
	r.Forget([]string{"Kremlin"})
	if e, _ := r.Find("Kremlin"); e.Canonical != "" {
		t.Fatalf("forgotten name still means %+v", e)
	}
	if !r.Delete("dmitry peskov") || r.Len() != 1 {
		t.Fatalf("after delete: %+v", r.Entries)
	}
}

// TestUnrecordableNamesAreSkipped: a name a registry file could not hold
// (a formula, a control character) is not recorded, so the saved registry
// always loads again.
func TestUnrecordableNamesAreSkipped(t *testing.T) {
	var r Registry
	r.RecordMerge("=HYPERLINK(\"x\")", []string{"Putin"})
	r.RecordMerge("Vladimir Putin", []string{"Putin\x1b[2J", "Putin"})
	r.RecordCorrection("Vladimir Putin", "", Fields{Type: "wizard", Role: "-1"})
	data, err := r.EncodeJSON()
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseJSON(data)
	if err != nil {
		t.Fatalf("the registry does not load again: %v\n%s", err, data)
	}
	if !reflect.DeepEqual(back.Entries, []Entry{{Canonical: "Vladimir Putin", Names: []string{"Putin"}}}) {
		t.Fatalf("recorded: %+v", back.Entries)
	}
}

func sampleRegistry() *Registry {
	var r Registry
	r.RecordMerge("Vladimir Putin", []string{"Putin", "the Russian President"})
	r.RecordCorrection("Vladimir Putin", "", Fields{Type: "person", Role: "President, Russia"})
	r.RecordMerge("United States", []string{"US", "U.S.", "Washington"})
	r.RecordCorrection("NATO", "", Fields{Type: "alliance", Affiliation: "Élysée \"quoted\""})
	return &r
}

// TestJSONAndCSVRoundTrip: what is exported imports back the same, in
// either format, and Save and Load keep it in the user's folder.
func TestJSONAndCSVRoundTrip(t *testing.T) {
	r := sampleRegistry()
	data, err := r.EncodeJSON()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse(data)
	if err != nil || !reflect.DeepEqual(back.Entries, r.Entries) {
		t.Fatalf("JSON round trip: %v\n%+v\n%+v", err, back, r)
	}
	var csv bytes.Buffer
	if err := r.WriteCSV(&csv); err != nil {
		t.Fatal(err)
	}
	back, err = Parse(csv.Bytes())
	if err != nil || !reflect.DeepEqual(back.Entries, r.Entries) {
		t.Fatalf("CSV round trip: %v\n%s\n%+v\n%+v", err, csv.String(), back, r)
	}
	dir := t.TempDir()
	t.Setenv(DirEnv, dir)
	path, err := DefaultPath()
	if err != nil || path != filepath.Join(dir, FileName) {
		t.Fatalf("DefaultPath() = %q, %v", path, err)
	}
	if r, err := Load(path); err != nil || r.Len() != 0 {
		t.Fatalf("a registry never saved: %+v, %v", r, err)
	}
	if err := Save(path, sampleRegistry()); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil || !reflect.DeepEqual(got.Entries, r.Entries) {
		t.Fatalf("Load after Save: %v %+v", err, got)
	}
}

// TestImportWins: an imported entry adds names and overrides the fields it
// gives, leaving the others.
func TestImportWins(t *testing.T) {
	r := sampleRegistry()
	in, err := ParseCSV([]byte("Name;Canonical;Role\nPutin;V. V. Putin;Head of State\nWashington;Joe Biden;\n"))
	if err != nil {
		t.Fatal(err)
	}
	if n := r.Import(in); n != 2 {
		t.Fatalf("Import counted %d entries", n)
	}
	e, _ := r.Find("Putin")
	if e.Canonical != "V. V. Putin" || e.Role != "Head of State" {
		t.Fatalf("imported Putin: %+v", e)
	}
	if e, _ := r.Find("Vladimir Putin"); e.Canonical != "Vladimir Putin" || e.Type != "person" {
		t.Fatalf("the rest of the old entry: %+v", e)
	}
	if e, _ := r.Find("Washington"); e.Canonical != "Joe Biden" {
		t.Fatalf("Washington means %+v", e)
	}
	if e, _ := r.Find("US"); e.Canonical != "United States" {
		t.Fatalf("US means %+v", e)
	}
}

// TestBadFilesAreRefusedClearly: each kind of wrong file gives an error
// that says what is wrong, where, and leaves the registry on disk alone.
func TestBadFilesAreRefusedClearly(t *testing.T) {
	big := bytes.Repeat([]byte("a,b\n"), MaxFileSize/4+1)
	cases := []struct{ name, data, want string }{
		{"empty", "", "the file is empty"},
		{"blank", "\uFEFF \r\n", "the file is empty"},
		{"binary", "PK\x03\x04\x00\x00", "not UTF-8 text"},
		{"utf16", "\xff\xfen\x00a\x00", "not UTF-8 text"},
		{"huge", string(big), "larger than 8 MB"},
		{"other JSON", `{"actors": []}`, `its "format" is ""`},
		{"JSON list", `[1,2]`, "should be a JSON object"},
		{"broken JSON", `{"format": "briefing-builder-actor-registry", "entries": [`, "not an actor registry"},
		{"newer", `{"format": "briefing-builder-actor-registry", "version": 9}`, "newer Briefing Builder"},
		{"wrong columns", "actor,position\nPutin,x\n", `column "actor"`},
		{"missing column", "name,type\nPutin,person\n", `no "canonical" column`},
		{"short row", "name,canonical,type\nPutin,Vladimir Putin\n", "row 2 has 2 cells"},
		{"bad type", "name,canonical,type\nPutin,Vladimir Putin,wizard\n", `row 2: unknown type "wizard"`},
		{"formula", "name,canonical\n=HYPERLINK(1),Putin\n", "row 2: the name \"=HYPERLINK(1)\" must begin with a letter"},
		{"control", "name,canonical\n\"Pu\x1b[2Jtin\",Putin\n", "control character"},
		{"two meanings", "name,canonical\nPutin,Vladimir Putin\nputin,Boris Putin\n", `row 3: "putin" means "Boris Putin" here and "Vladimir Putin" in row 2`},
		{"chain", "name,canonical\nPutin,Vladimir Putin\nVladimir Putin,V. V. Putin\n", `row 3: "Vladimir Putin" means`},
		{"conflict", "name,canonical,role\nPutin,Vladimir Putin,President\nVladimir Putin,Vladimir Putin,Prime Minister\n", `has the role "Prime Minister" here and "President" in row 2`},
		{"long", "name,canonical\n" + string(bytes.Repeat([]byte("x"), 300)) + ",y\n", "longer than 200 characters"},
		{"empty canonical", `{"format": "briefing-builder-actor-registry", "entries": [{"canonical": " "}]}`, "entry 1: the canonical name is empty"},
	}
	dir := t.TempDir()
	t.Setenv(DirEnv, dir)
	home, _ := DefaultPath()
	if err := Save(home, sampleRegistry()); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(home)
	for _, c := range cases {
		path := filepath.Join(dir, c.name+".csv")
		if err := os.WriteFile(path, []byte(c.data), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := ReadFile(path)
		if err == nil || !bytes.Contains([]byte(err.Error()), []byte(c.want)) {
			t.Errorf("%s: error %v, want one saying %q", c.name, err, c.want)
		}
	}
	if _, err := ReadFile("/dev/zero"); err == nil || !bytes.Contains([]byte(err.Error()), []byte("not a file")) {
		t.Errorf("/dev/zero: %v", err)
	}
	if after, _ := os.ReadFile(home); !bytes.Equal(before, after) {
		t.Error("reading bad files changed the user's registry")
	}
}
