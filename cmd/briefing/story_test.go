package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefing/project"
)

// The story fixtures: two invented articles, a fortnight apart, that name
// Putin in three ways ("President Putin" and "Putin" in the first,
// "Vladimir Putin" in the second) and in which his stance on the talks
// turns from opposes to supports. Their dates are in Markdown front matter,
// which the document reader takes.
var (
	storyDir    = filepath.Join("testdata", "story")
	storyFirst  = filepath.Join(storyDir, "1-kremlin-rejects-talks.md")
	storySecond = filepath.Join(storyDir, "2-moscow-signals-openness.md")
)

// storyPython reads a workbook's sheets back with openpyxl: each sheet as
// rows of cell values, dates as YYYY-MM-DD.
const storyPython = `
import datetime, json, sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1], read_only=True)
out = {"sheets": wb.sheetnames, "rows": {}}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows(values_only=True):
        rows.append(["" if v is None else v.date().isoformat() if isinstance(v, datetime.datetime) else str(v) for v in row])
    out["rows"][ws.title] = rows
json.dump(out, sys.stdout)
`

type storyBook struct {
	Sheets []string
	Rows   map[string][][]string
}

func readBook(t *testing.T, path string) storyBook {
	t.Helper()
	cmd := exec.Command("/usr/bin/python3", "-c", storyPython, path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("openpyxl could not read %s (apt-get install python3-openpyxl): %v\n%s", path, err, stderr.String())
	}
	var b storyBook
	if err := json.Unmarshal(out, &b); err != nil {
		t.Fatal(err)
	}
	return b
}

// sheet returns a sheet's rows as maps from header to value.
func (b storyBook) sheet(t *testing.T, name string) []map[string]string {
	t.Helper()
	rows, ok := b.Rows[name]
	if !ok || len(rows) == 0 {
		t.Fatalf("no sheet %s among %v", name, b.Sheets)
	}
	var out []map[string]string
	for _, r := range rows[1:] {
		m := map[string]string{}
		for i, h := range rows[0] {
			if i < len(r) {
				m[h] = r[i]
			}
		}
		out = append(out, m)
	}
	return out
}

func pdfText(t *testing.T, path string) string {
	t.Helper()
	exe, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Fatal("the tests need poppler's pdftotext: apt-get install poppler-utils")
	}
	out, err := exec.Command(exe, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := runCLI(t, "", args...)
	if code != 0 {
		t.Fatalf("%v: exit %d\n%s", args, code, errOut)
	}
	return out
}

func TestExportSeveralArticlesIsOneProject(t *testing.T) {
	dir := t.TempDir()
	xlsx := filepath.Join(dir, "story.xlsx")
	saved := filepath.Join(dir, "story.brief")
	start := time.Now()
	mustRun(t, "export", "--xlsx", xlsx, "--project", saved, "--marking", "OFFICIAL", "--date", "2026-03-17", storyFirst, storySecond)
	t.Logf("export of 2 articles: %v", time.Since(start))
	b := readBook(t, xlsx)
	if got := strings.Join(b.Sheets, ","); got != "Positions,Actors,Topics,Matrix,Timeline,Sources,About" {
		t.Errorf("sheets %s", got)
	}

	// One actor, one row: Putin under three names is one actor, with the
	// other forms as aliases and the ground of the merge in its rule.
	var putins []map[string]string
	for _, a := range b.sheet(t, "Actors") {
		if strings.Contains(a["Name"]+a["Aliases"], "Putin") {
			putins = append(putins, a)
		}
	}
	if len(putins) != 1 {
		t.Fatalf("%d Putin rows in Actors, want 1: %v", len(putins), putins)
	}
	putin := putins[0]
	if putin["Name"] != "Vladimir Putin" || !strings.Contains(putin["Aliases"], "Putin") ||
		!strings.Contains(putin["Rule"], "surname") || putin["Role"] != "President" {
		t.Errorf("the Putin row: %v", putin)
	}

	// The Timeline: Putin's positions on the talks, by date, with the turn.
	line := b.sheet(t, "Timeline")
	var got []string
	for _, r := range line {
		if r["actor"] == "Vladimir Putin" {
			got = append(got, strings.Join([]string{r["topic"], r["date"], r["stance"], r["change"], r["source"]}, "|"))
		}
		if r["actor_id"] == "" || r["position_id"] == "" || r["evidence"] == "" {
			t.Errorf("Timeline row without IDs or evidence: %v", r)
		}
	}
	want := []string{
		"Diplomacy and talks|2026-03-02|opposes||Kremlin rejects grain corridor talks, Baltic Ledger",
		"Diplomacy and talks|2026-03-16|supports|opposes → supports|Moscow signals openness to grain corridor talks, Harbour Review",
		"|2026-03-02|claims||Kremlin rejects grain corridor talks, Baltic Ledger",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Putin's timeline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if n := len(line); n != len(b.sheet(t, "Positions")) {
		t.Errorf("Timeline has %d rows, Positions %d", n, len(b.sheet(t, "Positions")))
	}
	for i := 1; i < len(line); i++ {
		p, r := line[i-1], line[i]
		if p["actor"] > r["actor"] || p["actor"] == r["actor"] && p["topic"] == r["topic"] && p["date"] > r["date"] {
			t.Errorf("Timeline rows %d and %d out of order: %v / %v", i+1, i+2, p, r)
		}
	}

	// The saved project holds both articles and opens again.
	p, err := project.Load(saved)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Documents) != 2 || p.Documents[1].Date != "2026-03-16" || p.Brief.Date != "2026-03-17" {
		t.Errorf("saved project: %d documents, brief date %q", len(p.Documents), p.Brief.Date)
	}
	// Saving again keeps the previous project, as the window's Save does.
	mustRun(t, "export", "--project", saved, "--marking", "OFFICIAL", storyFirst, storySecond)
	if _, err := os.Stat(saved + ".bak"); err != nil {
		t.Errorf("no backup of the replaced project: %v", err)
	}
}

func TestAnalyzeSeveralArticlesAndAFolder(t *testing.T) {
	both := mustRun(t, "analyze", storyFirst, storySecond)
	a := decodeAnalysis(t, both)
	putins := 0
	for _, x := range a.Actors {
		if strings.Contains(x.Name, "Putin") {
			putins++
		}
	}
	if putins != 1 {
		t.Errorf("%d Putin actors, want 1: %+v", putins, a.Actors)
	}
	if folder := mustRun(t, "analyze", storyDir); folder != both {
		t.Errorf("a folder is not its articles in name order:\n%.400s\nwant\n%.400s", folder, both)
	}
	// "-" reads one of the articles from standard input.
	second, err := os.ReadFile(storySecond)
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, string(second), "analyze", storyFirst, "-")
	if code != 0 {
		t.Fatalf("analyze FILE -: %d %s", code, errOut)
	}
	if piped := decodeAnalysis(t, out); len(piped.Actors) != len(a.Actors) || len(piped.Positions) != len(a.Positions) {
		t.Errorf("with standard input: %d actors, %d positions; want %d, %d", len(piped.Actors), len(piped.Positions), len(a.Actors), len(a.Positions))
	}
	// One FILE is what it always was: a project of that article alone.
	one := decodeAnalysis(t, mustRun(t, "analyze", storyFirst))
	if len(one.Positions) >= len(a.Positions) {
		t.Errorf("one article has %d positions, both %d", len(one.Positions), len(a.Positions))
	}
}

func TestExportSinceAnEarlierBrief(t *testing.T) {
	dir := t.TempDir()
	prev := filepath.Join(dir, "monday.brief")
	mustRun(t, "export", "--project", prev, "--marking", "OFFICIAL", "--date", "2026-03-05", storyFirst)
	pdf, xlsx := filepath.Join(dir, "brief.pdf"), filepath.Join(dir, "brief.xlsx")
	mustRun(t, "export", "--since", prev, "--pdf", pdf, "--xlsx", xlsx, "--marking", "OFFICIAL", "--date", "2026-03-17",
		storyFirst, storySecond)

	// The second article's positions, as the project has them.
	second := decodeAnalysis(t, mustRun(t, "analyze", storySecond))
	text := pdfText(t, pdf)
	head := strings.Index(text, "What changed since 5 March 2026")
	keys := strings.Index(text, "Key points")
	if head < 0 || keys < head {
		t.Fatalf("no \"What changed since 5 March 2026\" before Key points:\n%.1500s", text)
	}
	part := text[head:keys]
	for _, want := range []string{"NEW SOURCES", "[2] Moscow signals openness to grain corridor talks", "Harbour Review",
		"CHANGES OF STANCE", "Vladimir Putin on Diplomacy and talks: from – opposes to + supports",
		"NEW ACTORS", "Selim Kaya", "NEW POSITIONS", "4 new positions"} {
		if !strings.Contains(part, want) {
			t.Errorf("the PDF's changes lack %q:\n%s", want, part)
		}
	}
	for _, x := range second.Positions {
		if !strings.Contains(part, x.Actor+" ") {
			t.Errorf("the new position of %s is not in the PDF's changes", x.Actor)
		}
	}
	if strings.Contains(part, "DROPPED") {
		t.Errorf("positions dropped, but the first article is in both: %s", part)
	}

	changes := readBook(t, xlsx).sheet(t, "Changes")
	kinds := map[string]int{}
	for _, r := range changes {
		kinds[r["kind"]]++
		switch r["kind"] {
		case "new source", "new position":
			if !strings.Contains(r["source"], "Harbour Review") {
				t.Errorf("a %s from another source than the second article: %v", r["kind"], r)
			}
		}
		if r["kind"] == "new position" && (r["position_id"] == "" || r["new stance"] == "") {
			t.Errorf("new position without ID or stance: %v", r)
		}
		if r["kind"] == "stance change" && r["actor"] == "Vladimir Putin" &&
			(r["old stance"] != "opposes" || r["new stance"] != "supports" || r["topic"] != "Diplomacy and talks") {
			t.Errorf("Putin's change: %v", r)
		}
	}
	if kinds["new source"] != 1 || kinds["new position"] != len(second.Positions) || kinds["dropped position"] != 0 ||
		kinds["stance change"] < 1 || kinds["new actor"] != 2 {
		t.Errorf("changes by kind %v (the second article has %d positions)", kinds, len(second.Positions))
	}
}

func TestExportSeveralArticlesRefusals(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	writeFile(t, filepath.Join(empty, "notes.odt"), []byte("x"), 0o644)
	prev := filepath.Join(dir, "prev.brief")
	mustRun(t, "export", "--project", prev, "--marking", "OFFICIAL", storyFirst)
	before := snapshot(t, dir)
	for _, c := range []struct {
		args []string
		why  string
	}{
		{[]string{"export", "--csv", filepath.Join(dir, "x.csv"), empty}, "no article files in folder"},
		{[]string{"analyze", empty}, "no article files in folder"},
		{[]string{"export", "--project", filepath.Join(dir, "x.txt"), storyFirst}, "NAME.brief"},
		{[]string{"export", "--csv", filepath.Join(dir, "x.csv"), "--since", storyFirst, storySecond}, "give a project saved earlier"},
		{[]string{"export", "--project", prev, "--since", prev, storySecond}, "is the input file"},
		{[]string{"export", "--project", filepath.Join(dir, ".", "prev.brief"), prev, storySecond}, "is the input file"},
		{[]string{"export", "--project", filepath.Join(dir, "x.brief"), "--csv", filepath.Join(dir, "x.brief"), storyFirst}, "same file"},
		{[]string{"export", "--csv", filepath.Join(dir, "x.csv"), storyFirst, prev}, "only the first FILE can be one"},
		{[]string{"export", "--csv", filepath.Join(dir, "x.csv"), storyFirst, filepath.Join(dir, "missing.md")}, "missing.md"},
		{[]string{"export", "--csv", filepath.Join(dir, "x.csv"), "--since", filepath.Join(dir, "missing.brief"), storyFirst}, "missing.brief"},
	} {
		code, out, errOut := runCLI(t, "", c.args...)
		wantRefusal(t, c.args, code, out, errOut, c.why)
	}
	sameSnapshot(t, "the refused commands", before, snapshot(t, dir))
}
