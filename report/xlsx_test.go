package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"briefing/project"
)

// The workbook is checked by other software: openpyxl (Debian's
// python3-openpyxl, through /usr/bin/python3) and LibreOffice
// (libreoffice-calc-nogui). Missing tools fail the tests with what to
// install; they are never skipped.

var xlTestCreated = time.Date(2026, 1, 1, 9, 30, 0, 0, time.UTC)

const xlPython = "/usr/bin/python3"

// xlLongNote is longer than a cell can hold: Cyrillic (one UTF-16 unit per
// letter) and an emoji (two units) at the cut.
var xlLongNote = strings.Repeat("Ж", xlMaxCell-2) + "😀 tail that must be cut"

// xlTestProject is the generated project with the awkward cases added.
func xlTestProject() *project.Project {
	p := xlGenProject(60, 1)
	p.Positions[1].Note = xlLongNote
	p.Positions[4].Summary = "  leading and trailing spaces  "
	p.Positions[6].Evidence.Quote = "\tTabbed =quote"
	p.Actors[2].Name = "=Gazprom+1"
	p.Actors[2].Aliases = []string{"@Газпром", "-Gazprom"}
	p.Positions[8].Topic = "" // its topic was deleted
	p.Positions[10].Summary = `a literal _x0041_ and <tags> & "quotes" 'x'`
	p.Positions[12].Note = "line one\r\nline two\x01"
	// A "supports" and an "opposes" besides the two "claims" of positions 4
	// and 44 on the same topic: the matrix shows "mixed", which two
	// "supports" against the claims would not.
	for i, id := range []string{"pu1", "pu2"} {
		x := *p.Positions[3]
		x.ID, x.Stance, x.Origin = id, []string{"supports", "opposes"}[i], project.Added
		p.Positions = append(p.Positions, &x)
	}
	p.Actors = append(p.Actors, &project.Actor{ID: "au1", Name: "Gmina Łódź", Type: "organization",
		Named: true, Review: project.Review{Origin: project.Added, Reviewed: true}}) // holds nothing
	return p
}

func xlRequireOpenpyxl(t testing.TB) {
	t.Helper()
	out, err := exec.Command(xlPython, "-c", "import openpyxl").CombinedOutput()
	if err != nil {
		t.Fatalf("the workbook tests need Debian's python3 with openpyxl: "+
			"apt-get install python3-openpyxl (or scripts/deps.sh test): %v\n%s", err, out)
	}
}

func xlRequireSoffice(t testing.TB) string {
	t.Helper()
	exe, err := exec.LookPath("soffice")
	if err != nil {
		t.Fatalf("the workbook tests need LibreOffice: apt-get install libreoffice-calc-nogui (or scripts/deps.sh test)")
	}
	return exe
}

func xlWriteFile(t testing.TB, p *project.Project, opt Options) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, p, opt); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "brief.xlsx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// xlDump is what testdata/xlsx_dump.py prints.
type xlDump struct {
	Sheets []string
	Props  map[string]*string
	WS     map[string]struct {
		Freeze    *string
		Dimension string
		Rows      [][][2]any
		Tables    []struct {
			Name, Ref, Style    string
			Headers             []string
			Stripes, Autofilter bool
		}
		Validations []struct{ Type, Sqref, Formula1 string }
		Conditional []struct {
			Range, Type, Operator string
			Formula               []string
			Fill                  bool
		}
		Widths map[string]float64
		Wrap   map[string]bool
	}
}

func xlOpenpyxl(t testing.TB, path string) *xlDump {
	t.Helper()
	xlRequireOpenpyxl(t)
	cmd := exec.Command(xlPython, filepath.Join("testdata", "xlsx_dump.py"), path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("openpyxl could not read the workbook: %v\n%s", err, stderr.String())
	}
	var d xlDump
	if err := json.Unmarshal(out, &d); err != nil {
		t.Fatal(err)
	}
	return &d
}

// xlShow renders a value as openpyxl reports it, for comparison.
func xlShow(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case float64:
		return fmt.Sprint(v)
	case bool:
		return fmt.Sprint(v)
	}
	return v.(string)
}

// xlExpectedPositions computes the Positions sheet from the project with
// the project's own helpers, independently of the writer's code. Numbers
// are as fmt prints float64, empty cells "".
func xlExpectedPositions(p *project.Project) [][]string {
	rows := [][]string{nil}
	ids := newXLIDs(p) // checked on their own in xlsx_ids_test.go
	for _, x := range p.Positions {
		a := p.Actor(x.Actor)
		if x.Rejected || a.Rejected {
			continue
		}
		d := p.Document(x.Evidence.Doc)
		topic := ""
		if t := p.Topic(x.Topic); t != nil && !t.Rejected {
			topic = t.Label
		}
		note := strings.ReplaceAll(x.Note, "\x01", "\uFFFD") // XML cannot hold it
		if note == xlLongNote {
			note = strings.Repeat("Ж", xlMaxCell-2) + "…"
		}
		yes := map[bool]string{true: "yes", false: "no"}
		conf := "" // unknown: blank
		if x.Confidence != 0 {
			conf = fmt.Sprint(x.Confidence)
		}
		topicID := ""
		if topic != "" {
			topicID = ids.topic[x.Topic]
		}
		rows = append(rows, []string{d.Title, d.Date, fmt.Sprint(x.Paragraph), a.Name, a.Type, a.Role, a.Affiliation,
			topic, x.Stance, x.Summary, x.Evidence.Quote, note, yes[p.InBrief(x)], string(x.Origin), yes[x.Reviewed],
			x.Why, conf, "", ids.pos[x], ids.doc[d.ID], ids.actor[a.ID], topicID})
	}
	return rows
}

func TestXLSXOpenpyxl(t *testing.T) {
	p := xlTestProject()
	var warned []string
	path := xlWriteFile(t, p, Options{Created: xlTestCreated, Creator: "Briefing Builder test",
		Warn: func(m string) { warned = append(warned, m) }})
	d := xlOpenpyxl(t, path)

	if got := strings.Join(d.Sheets, ","); got != "Positions,Actors,Topics,Matrix,Timeline,Sources,About" {
		t.Fatalf("sheets %s", got)
	}
	props := func(k string) string {
		if d.Props[k] == nil {
			return ""
		}
		return *d.Props[k]
	}
	if props("title") != p.Brief.Title || props("creator") != "Zofia Wójcik" || props("subject") == "" ||
		props("created") != "2026-01-01T09:30:00" || props("category") != "OFFICIAL" {
		t.Errorf("properties %v %v %v %v %v", props("title"), props("creator"), props("subject"), props("created"), props("category"))
	}
	if len(warned) != 1 || !strings.Contains(warned[0], "Positions: 1 cell") {
		t.Errorf("warnings %q", warned)
	}

	// Positions: every value, typed.
	ws := d.WS["Positions"]
	want := xlExpectedPositions(p)
	if len(ws.Rows) != len(want) {
		t.Fatalf("Positions has %d rows, want %d", len(ws.Rows), len(want))
	}
	for i, c := range ws.Rows[0] {
		if xlShow(c[0]) != positionColumns[i].name {
			t.Errorf("header %d = %v", i, c[0])
		}
	}
	for r := 1; r < len(want); r++ {
		for c, w := range want[r] {
			got := ws.Rows[r][c]
			// openpyxl does not decode the OOXML escape _xHHHH_ in inline
			// strings (Excel and LibreOffice do; see the LibreOffice test).
			if s, ok := got[0].(string); ok {
				got[0] = strings.ReplaceAll(s, "_x005F_", "_")
			}
			if xlShow(got[0]) != w {
				t.Errorf("Positions row %d col %s: %.80q, want %.80q", r+1, positionColumns[c].name, xlShow(got[0]), w)
			}
			if s, ok := got[0].(string); ok && got[1] != "s" && !(positionColumns[c].kind == xlDate) {
				t.Errorf("Positions row %d col %d %.20q has type %v, want text", r+1, c, s, got[1])
			}
		}
	}
	// Formula-like text stays text.
	formulaLike := 0
	for _, row := range ws.Rows[1:] {
		for _, c := range row {
			if s, ok := c[0].(string); ok && s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
				formulaLike++
				if c[1] != "s" {
					t.Errorf("%q is of type %v", s, c[1])
				}
			}
		}
	}
	if formulaLike < 10 {
		t.Errorf("only %d formula-like cells: the test project lost them", formulaLike)
	}
	// The emoji does not fit before the "…": one unit short of the limit.
	if cut := xlShow(ws.Rows[2][11][0]); len(utf16.Encode([]rune(cut))) != xlMaxCell-1 || !strings.HasSuffix(cut, "…") {
		t.Errorf("long note: %d units, ends %q", len(utf16.Encode([]rune(cut))), cut[len(cut)-10:])
	}
	if ws.Freeze == nil || *ws.Freeze != "A2" {
		t.Errorf("Positions freeze %v", ws.Freeze)
	}
	n := len(want)
	if len(ws.Tables) != 1 {
		t.Fatalf("Positions tables %+v", ws.Tables)
	}
	tb := ws.Tables[0]
	if tb.Name != "tblPositions" || tb.Ref != fmt.Sprintf("A1:W%d", n) || !tb.Stripes || !tb.Autofilter ||
		strings.Join(tb.Headers, "|") != strings.Join(xlHeaderNames(positionColumns), "|") {
		t.Errorf("table %+v", tb)
	}
	if len(ws.Validations) != 1 || ws.Validations[0].Type != "list" ||
		ws.Validations[0].Sqref != fmt.Sprintf("I2:I%d", n) || ws.Validations[0].Formula1 != `"supports,opposes,neutral,claims"` {
		t.Errorf("validation %+v", ws.Validations)
	}
	if ws.Widths["K"] < 40 || !ws.Wrap["K"] || ws.Wrap["I"] {
		t.Errorf("evidence column width %v wrap %v, stance wrap %v", ws.Widths["K"], ws.Wrap["K"], ws.Wrap["I"])
	}

	// Actors: the rejected one is left out, counts are right.
	ids := newXLIDs(p)
	ws = d.WS["Actors"]
	live := 0
	for _, a := range p.Actors {
		if a.Rejected {
			continue
		}
		live++
		row := ws.Rows[live]
		if xlShow(row[0][0]) != a.Name || xlShow(row[1][0]) != strings.Join(a.Aliases, "; ") ||
			xlShow(row[6][0]) != fmt.Sprint(p.PositionCount(a.ID)) || xlShow(row[15][0]) != ids.actor[a.ID] {
			t.Errorf("Actors row %d: %v", live+1, row)
		}
		if row[0][1] != "s" {
			t.Errorf("actor name %q has type %v", a.Name, row[0][1])
		}
	}
	if len(ws.Rows) != live+1 || len(ws.Tables) != 1 || ws.Tables[0].Name != "tblActors" || ws.Freeze == nil {
		t.Errorf("Actors: %d rows, want %d; tables %+v", len(ws.Rows), live+1, ws.Tables)
	}

	// Topics: the user's order, rejected left out.
	ws = d.WS["Topics"]
	var topics []*project.Topic
	for _, tp := range p.Topics {
		if !tp.Rejected {
			topics = append(topics, tp)
		}
	}
	if len(ws.Rows) != len(topics)+1 || len(ws.Tables) != 1 || ws.Tables[0].Name != "tblTopics" {
		t.Fatalf("Topics: %d rows, tables %+v", len(ws.Rows), ws.Tables)
	}
	for i, tp := range topics {
		row := ws.Rows[i+1]
		sel := map[bool]string{true: "yes", false: "no"}[tp.Selected]
		if xlShow(row[0][0]) != fmt.Sprint(i+1) || xlShow(row[1][0]) != tp.Label || xlShow(row[3][0]) != sel ||
			xlShow(row[4][0]) != tp.Priority || xlShow(row[6][0]) != tp.Note ||
			xlShow(row[7][0]) != fmt.Sprint(len(p.PositionsOn(tp.ID))) {
			t.Errorf("Topics row %d: %v", i+2, row)
		}
	}

	// Matrix: actors down, topics across, one conditional rule per stance.
	ws = d.WS["Matrix"]
	mat := xlExpectedMatrix(p)
	for r, wantRow := range mat {
		for c, w := range wantRow {
			got := ""
			if r < len(ws.Rows) && c < len(ws.Rows[r]) {
				got = xlShow(ws.Rows[r][c][0])
			}
			if got != w {
				t.Errorf("Matrix %d,%d = %q, want %q", r+1, c+1, got, w)
			}
		}
	}
	if ws.Freeze == nil || *ws.Freeze != "B2" {
		t.Errorf("Matrix freeze %v", ws.Freeze)
	}
	if !slices.ContainsFunc(ws.Rows, func(row [][2]any) bool {
		return slices.ContainsFunc(row, func(c [2]any) bool { s, _ := c[0].(string); return strings.HasPrefix(s, xlMixed+" (") })
	}) {
		t.Error("no mixed cell in the matrix")
	}
	rules := map[string]bool{}
	for _, cf := range ws.Conditional {
		if cf.Type == "beginsWith" && cf.Fill && len(cf.Formula) == 1 {
			rules[cf.Formula[0]] = true
		}
	}
	for _, s := range append(xlStances[:4:4], xlMixed) {
		if !rules[`LEFT(B2,LEN("`+s+`"))="`+s+`"`] {
			t.Errorf("no conditional format for %s: %+v", s, ws.Conditional)
		}
	}

	// Sources: one row per paragraph, numbered.
	ws = d.WS["Sources"]
	r := 1
	for _, doc := range p.Documents {
		for i := range doc.Paragraphs {
			row := ws.Rows[r]
			if xlShow(row[0][0]) != doc.Title || xlShow(row[1][0]) != doc.Outlet || xlShow(row[2][0]) != doc.Date ||
				xlShow(row[3][0]) != doc.Source || xlShow(row[4][0]) != fmt.Sprint(i+1) ||
				xlShow(row[5][0]) != doc.ParagraphText(i+1) {
				t.Errorf("Sources row %d: %v", r+1, row)
			}
			r++
		}
	}
	if len(ws.Rows) != r || len(ws.Tables) != 1 || ws.Tables[0].Name != "tblSources" {
		t.Errorf("Sources: %d rows, want %d; tables %+v", len(ws.Rows), r, ws.Tables)
	}
}

func xlHeaderNames(cols []xlColumn) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.name
	}
	return out
}

// xlExpectedMatrix computes the matrix from the project: "mixed" when an
// actor both supports and opposes a topic among the positions not left out
// of the brief, else the most frequent stance, the first of xlStances on a
// tie.
func xlExpectedMatrix(p *project.Project) [][]string {
	var topics []*project.Topic
	for _, t := range p.Topics {
		if !t.Rejected {
			topics = append(topics, t)
		}
	}
	head := []string{"Actor \\ Topic"}
	for _, t := range topics {
		head = append(head, t.Label)
	}
	rows := [][]string{head}
	for _, a := range p.Actors {
		if a.Rejected {
			continue
		}
		row := []string{a.Name}
		for _, t := range topics {
			count := map[string]int{}
			for _, x := range p.PositionsOn(t.ID) {
				if x.Actor == a.ID && x.Selected {
					count[x.Stance]++
				}
			}
			best, n := "", 0
			for _, s := range xlStances {
				if count[s] > n {
					best, n = s, count[s]
				}
			}
			if count["supports"] > 0 && count["opposes"] > 0 {
				best = xlMixed
			}
			total := 0
			for _, c := range count {
				total += c
			}
			if total > 1 {
				best += fmt.Sprintf(" (%d)", total)
			}
			row = append(row, best)
		}
		rows = append(rows, row)
	}
	return rows
}

// TestXLSXLibreOffice opens the workbook in LibreOffice (one run), which
// exports every sheet to CSV. Filter options, in order: separator 44 (,),
// text delimiter 34 ("), charset 76 (UTF-8), first line 1, no column
// formats, language 0, quoted fields not forced to text, special numbers
// detected, contents not "as shown" (raw values), formulas not exported
// as formulas (a text that LibreOffice took for a formula would export as
// its result), no space removal, -1: every sheet to NAME-Sheet.csv.
func TestXLSXLibreOffice(t *testing.T) {
	exe := xlRequireSoffice(t)
	p := xlTestProject()
	path := xlWriteFile(t, p, Options{Created: xlTestCreated})
	dir := t.TempDir()
	cmd := exec.Command(exe, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless",
		"--convert-to", `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1`,
		"--outdir", dir, path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("LibreOffice: %v\n%s", err, out)
	}
	read := func(sheet string) [][]string {
		data, err := os.ReadFile(filepath.Join(dir, "brief-"+sheet+".csv"))
		if err != nil {
			t.Fatalf("LibreOffice did not export sheet %s: %v", sheet, err)
		}
		r := csv.NewReader(bytes.NewReader(data))
		r.FieldsPerRecord = -1
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return recs
	}

	got := read("Positions")
	want := xlExpectedPositions(p)
	if len(got) != len(want) {
		t.Fatalf("LibreOffice sees %d rows on Positions, want %d", len(got), len(want))
	}
	if strings.Join(got[0], "|") != strings.Join(xlHeaderNames(positionColumns), "|") {
		t.Errorf("header %q", got[0])
	}
	// Dates and numbers are compared by openpyxl; here the text columns,
	// formula-like strings and accents above all.
	for r := 1; r < len(want); r++ {
		for _, c := range []int{0, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18} {
			// LibreOffice keeps a line break in a cell as LF only.
			if w := strings.ReplaceAll(want[r][c], "\r\n", "\n"); got[r][c] != w {
				t.Errorf("LibreOffice Positions row %d %s: %.80q, want %.80q", r+1, positionColumns[c].name, got[r][c], want[r][c])
			}
		}
		if got[r][2] != want[r][2] {
			t.Errorf("LibreOffice row %d paragraph %q want %q", r+1, got[r][2], want[r][2])
		}
	}

	mat := read("Matrix")
	wantMat := xlExpectedMatrix(p)
	if len(mat) != len(wantMat) {
		t.Fatalf("LibreOffice Matrix rows %d, want %d", len(mat), len(wantMat))
	}
	for r := range wantMat {
		for c := range wantMat[r] {
			if c >= len(mat[r]) || mat[r][c] != wantMat[r][c] {
				t.Errorf("LibreOffice Matrix %d,%d: %q", r+1, c+1, mat[r])
				break
			}
		}
	}
	actors := read("Actors")
	if actors[3][0] != "=Gazprom+1" || actors[3][1] != "@Газпром; -Gazprom" {
		t.Errorf("LibreOffice Actors row 4: %q", actors[3])
	}
	topics := read("Topics")
	for i, row := range topics[1:] {
		if row[6] != xlFormulaLike[i%len(xlFormulaLike)] {
			t.Errorf("LibreOffice Topics row %d note %q", i+2, row[6])
		}
	}
	sources := read("Sources")
	last := sources[len(sources)-1]
	if last[5] != "=SUM(1,2) is what the spreadsheet said." || last[0] != "Rozmowy w Łodzi, dzień 2" {
		t.Errorf("LibreOffice Sources last row %q", last)
	}
}

// TestXLSXEmptyAndDeterministic: a project without positions still gives
// a valid workbook (tables need a data row), and the same project gives
// the same bytes.
func TestXLSXEmptyAndDeterministic(t *testing.T) {
	empty := project.New()
	path := xlWriteFile(t, empty, Options{Created: xlTestCreated})
	d := xlOpenpyxl(t, path)
	for _, s := range []string{"Positions", "Actors", "Topics", "Sources"} {
		ws := d.WS[s]
		if len(ws.Tables) != 1 || len(ws.Rows) < 1 || ws.Freeze == nil {
			t.Errorf("empty %s: %+v", s, ws)
		}
	}
	if d.WS["Positions"].Tables[0].Ref != "A1:W2" { // 23 columns
		t.Errorf("empty table ref %s", d.WS["Positions"].Tables[0].Ref)
	}

	p := xlGenProject(300, 3)
	var a, b bytes.Buffer
	opt := Options{Created: xlTestCreated, Creator: "test"}
	if err := WriteXLSX(&a, p, opt); err != nil {
		t.Fatal(err)
	}
	for range 3 { // excelize's map order differs from run to run
		b.Reset()
		if err := WriteXLSX(&b, p, opt); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatal("two exports of the same project differ")
		}
	}
}

func TestXLClip(t *testing.T) {
	cases := []struct {
		in    string
		units int
		cut   bool
	}{
		{"short", 5, false},
		{strings.Repeat("a", xlMaxCell), xlMaxCell, false},
		{strings.Repeat("ą", xlMaxCell), xlMaxCell, false}, // 2 bytes, 1 unit each
		{strings.Repeat("a", xlMaxCell+1), xlMaxCell, true},
		{strings.Repeat("a", xlMaxCell-2) + "😀", xlMaxCell, false},
		{strings.Repeat("a", xlMaxCell-2) + "😀b", xlMaxCell - 1, true}, // the emoji does not fit before "…"
	}
	for i, c := range cases {
		got, cut := xlClip(c.in)
		if n := len(utf16.Encode([]rune(got))); n != c.units || cut != c.cut {
			t.Errorf("case %d: %d units, cut %v; want %d, %v", i, n, cut, c.units, c.cut)
		}
		if cut && !strings.HasSuffix(got, "…") {
			t.Errorf("case %d: cut without …", i)
		}
	}
	if n := len(strings.Join(xlStanceList(), ",")); n > xlMaxListLen {
		t.Errorf("stance list %d characters", n)
	}
}
