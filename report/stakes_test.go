package report

import (
	"archive/zip"
	"encoding/hex"
	"io"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"

	"briefing/project"
)

// stakesProject is a generated brief in which the drafter has placed one
// actor (Hanna Zdanowska, a mayor, low power by the suggestion) in Manage
// closely; Zelensky, a president, is left to the suggestion.
func stakesProject(t *testing.T) *project.Project {
	t.Helper()
	p := genProject(60, 4)
	for _, f := range []func() error{
		func() error { return p.SetPower("a2", project.High) },
		func() error { return p.SetInterest("a2", project.High) },
	} {
		if err := f(); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

// pdfAlts decodes the /Alt texts of the PDF's structure elements.
func pdfAlts(t *testing.T, data []byte) []string {
	t.Helper()
	var out []string
	for _, m := range regexp.MustCompile(`/Alt <FEFF([0-9A-F]*)>`).FindAllSubmatch(data, -1) {
		b, err := hex.DecodeString(string(m[1]))
		if err != nil {
			t.Fatal(err)
		}
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		}
		out = append(out, string(utf16.Decode(u)))
	}
	return out
}

// TestPDFStakeholderMap: the brief has a Stakeholder map with the four
// quadrants and the brief's actors; the drafter's placement and the
// suggestion put each actor in its quadrant, which the figure's
// alternative text says in words; the PDF stays tagged and clean.
func TestPDFStakeholderMap(t *testing.T) {
	p := stakesProject(t)
	data, _ := writeTestPDF(t, p)
	path := pdfFile(t, data)
	if info := pdfInfo(t, path); info["Tagged"] != "yes" {
		t.Errorf("pdfinfo: Tagged %q", info["Tagged"])
	}
	text := strings.Join(pdfPages(t, path), "\f")
	i := strings.Index(text, "Stakeholder map")
	if i < 0 {
		t.Fatal("no Stakeholder map in the brief")
	}
	mapText := text[i:]
	if j := strings.Index(mapText, "Sources"); j > 0 {
		mapText = mapText[:j]
	}
	mapText = strings.Join(strings.Fields(mapText), " ")
	for _, q := range []string{"Manage closely", "Keep satisfied", "Keep informed", "Monitor", "Higher power", "Lower power", "Higher interest", "Lower interest"} {
		if !strings.Contains(mapText, q) {
			t.Errorf("the map lacks %q", q)
		}
	}
	for _, a := range p.IncludedActors() {
		if !strings.Contains(mapText, a.Name) {
			t.Errorf("actor %q of the brief is not on the map", a.Name)
		}
	}
	alts := pdfAlts(t, data)
	if len(alts) != 1 {
		t.Fatalf("%d figures with alternative text, want the map's one", len(alts))
	}
	// The alternative text names each quadrant, then its actors, up to
	// the next quadrant.
	quadrantOf := func(name string) string {
		alt := alts[0]
		for _, q := range project.Quadrants {
			k := strings.Index(alt, " "+q+" (")
			if k < 0 {
				t.Fatalf("the alternative text lacks %q:\n%s", q, alt)
			}
			seg := alt[k:]
			for _, other := range project.Quadrants {
				if e := strings.Index(seg[1:], " "+other+" ("); other != q && e >= 0 {
					seg = seg[:e+1]
				}
			}
			if strings.Contains(seg, name) {
				return q
			}
		}
		return ""
	}
	if got := quadrantOf("Hanna Zdanowska"); got != project.ManageClosely {
		t.Errorf("the drafter's Manage closely actor is in %q:\n%s", got, alts[0])
	}
	if strings.Contains(alts[0], "Hanna Zdanowska*") {
		t.Error("an actor the drafter placed is marked as suggested")
	}
	if !strings.Contains(alts[0], "Володимир Зеленський*") {
		t.Errorf("the president, placed by the suggestion, is not marked *:\n%s", alts[0])
	}
	if got := quadrantOf("Володимир Зеленський"); got != project.ManageClosely && got != project.KeepSatisfied {
		t.Errorf("the president (high power) is in %q", got)
	}
}

// TestDOCXStakeholderMap: the Word brief has the map as a 2×2 table under
// its power and interest headings, each actor of the brief in a cell.
func TestDOCXStakeholderMap(t *testing.T) {
	p := stakesProject(t)
	path := writeTestDOCX(t, p)
	d := readDOCX(t, path)
	var grid [][]string
	for _, tb := range d.Tables {
		if len(tb) == 3 && len(tb[0]) == 3 && tb[0][1] == "Lower interest" && tb[0][2] == "Higher interest" {
			grid = tb
		}
	}
	if grid == nil {
		t.Fatalf("no 2×2 stakeholder table among %d tables", len(d.Tables))
	}
	if grid[1][0] != "Higher power" || grid[2][0] != "Lower power" {
		t.Errorf("row headings %q, %q", grid[1][0], grid[2][0])
	}
	want := map[[2]int]string{{1, 1}: "Keep satisfied", {1, 2}: "Manage closely", {2, 1}: "Monitor", {2, 2}: "Keep informed"}
	all := ""
	for at, q := range want {
		if c := grid[at[0]][at[1]]; !strings.HasPrefix(c, q) {
			t.Errorf("cell %v is %q, want %s", at, c, q)
		}
		all += grid[at[0]][at[1]]
	}
	if !strings.Contains(grid[1][2], "Hanna Zdanowska") {
		t.Errorf("Manage closely holds %q, not the drafter's actor", grid[1][2])
	}
	for _, a := range p.IncludedActors() {
		if !strings.Contains(all, a.Name) {
			t.Errorf("actor %q of the brief is not in the table", a.Name)
		}
	}
	// The stance grid is coloured as in the PDF: each stance cell of the
	// actors table, and each quadrant, has its tint.
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	var body []byte
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			body, _ = io.ReadAll(r)
			r.Close()
		}
	}
	cells := 0
	for _, r := range digest(p).rows {
		cells += len(r.tops)
	}
	if n := strings.Count(string(body), "<w:shd "); n != cells+4 {
		t.Errorf("%d shaded cells, want %d stance cells and 4 quadrants", n, cells)
	}
	if !strings.Contains(string(body), `w:fill="`+hexOf(mixedLook.fill)+`"`) {
		t.Error("no cell has the tint of mixed")
	}
}

// TestXLSXStakeColumns: the Actors sheet has Power, Interest, Quadrant and
// which are suggested, and the About sheet explains them.
func TestXLSXStakeColumns(t *testing.T) {
	p := stakesProject(t)
	d := xlOpenpyxl(t, xlWriteFile(t, p, Options{Created: testCreated}))
	rows := d.WS["Actors"].Rows
	col := map[string]int{}
	for i, c := range rows[0] {
		col[xlShow(c[0])] = i
	}
	for _, h := range []string{"Power", "Interest", "Quadrant", "Power/interest suggested"} {
		if _, ok := col[h]; !ok {
			t.Fatalf("Actors has no column %q: %v", h, rows[0])
		}
	}
	got := map[string][]string{}
	for _, r := range rows[1:] {
		got[xlShow(r[0][0])] = []string{xlShow(r[col["Power"]][0]), xlShow(r[col["Interest"]][0]),
			xlShow(r[col["Quadrant"]][0]), xlShow(r[col["Power/interest suggested"]][0])}
	}
	if g := got["Hanna Zdanowska"]; strings.Join(g, "|") != "high|high|Manage closely|no" {
		t.Errorf("the drafter's actor: %v", g)
	}
	if g := got["Володимир Зеленський"]; len(g) < 4 || g[0] != "high" || g[3] != "both" {
		t.Errorf("the president: %v, want suggested high power", g)
	}
	about := ""
	for _, r := range d.WS["About"].Rows {
		for _, c := range r {
			about += xlShow(c[0]) + " "
		}
	}
	for _, w := range []string{"Stakeholder map (Actors)", "Power/interest suggested", "Manage closely"} {
		if !strings.Contains(about, w) {
			t.Errorf("the About sheet does not explain %q", w)
		}
	}
}
