package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"briefing/project"
)

// xlPrintDump is what testdata/xlsx_print.py prints.
type xlPrintDump struct {
	Sheets map[string]struct {
		Orientation             string
		FitToWidth, FitToHeight int
		FitToPage               bool
		TitleRows               *string
		Header, Footer          string
		FooterRight             string
	}
	About     [][][2]any
	Positions []map[string][2]any
}

func xlReadPrint(t *testing.T, path string) *xlPrintDump {
	t.Helper()
	xlRequireOpenpyxl(t)
	cmd := exec.Command(xlPython, filepath.Join("testdata", "xlsx_print.py"), path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("openpyxl could not read the workbook: %v\n%s", err, stderr.String())
	}
	var d xlPrintDump
	if err := json.Unmarshal(out, &d); err != nil {
		t.Fatal(err)
	}
	return &d
}

var xlIDColumns = []string{"position_id", "document_id", "actor_id", "topic_id"}

// xlIDRows are the four ID columns of each row of the Positions sheet.
func xlIDRows(d *xlPrintDump) [][4]string {
	var out [][4]string
	for _, row := range d.Positions {
		var r [4]string
		for i, c := range xlIDColumns {
			r[i], _ = row[c][0].(string)
		}
		out = append(out, r)
	}
	return out
}

// TestXLSXStableIDs: the ID columns, read back with openpyxl, are the same
// after re-analysing the same article and re-exporting, are filled and
// unique where they must be, and share nothing with another project's but
// what is the same thing (an actor of the same name).
func TestXLSXStableIDs(t *testing.T) {
	opt := Options{Created: xlTestCreated, Creator: "Briefing Builder test"}
	first := xlIDRows(xlReadPrint(t, xlWriteFile(t, project.OpenSample(), opt)))
	again := project.OpenSample() // a second analysis of the same text
	again.Actors[0].Note = "edited after the first export"
	second := xlIDRows(xlReadPrint(t, xlWriteFile(t, again, opt)))
	if len(first) == 0 || !slices.Equal(first, second) {
		t.Fatalf("IDs differ after re-analysis:\n%v\n%v", first, second)
	}
	positions := map[string]bool{}
	for i, r := range first {
		for j, id := range r[:3] {
			if id == "" {
				t.Errorf("row %d: no %s", i+2, xlIDColumns[j])
			}
		}
		if positions[r[0]] {
			t.Errorf("row %d: position_id %s repeated", i+2, r[0])
		}
		positions[r[0]] = true
		for j, prefix := range []string{"pos-", "doc-", "act-", "top-"} {
			if r[j] != "" && !strings.HasPrefix(r[j], prefix) {
				t.Errorf("row %d: %s %q", i+2, xlIDColumns[j], r[j])
			}
		}
	}
	other := xlIDRows(xlReadPrint(t, xlWriteFile(t, analysedProject(t, "../analysis/testdata/01-us-armenia-strategic-dialogue.txt"), opt)))
	for _, r := range other {
		if positions[r[0]] || r[1] == first[0][1] {
			t.Errorf("another project's IDs collide with the sample's: %v", r)
		}
	}
}

// TestXLSXAboutPrintAndBlanks: the About sheet names the marking, the
// sources (publication date as a date cell) and the meaning of every
// stance and origin; every sheet prints landscape, one page wide, with the
// header row repeated and the marking at top and bottom; unknown confidence
// is blank and dates are date cells.
func TestXLSXAboutPrintAndBlanks(t *testing.T) {
	p := xlTestProject()
	p.Positions[0].Confidence = 0 // unknown
	d := xlReadPrint(t, xlWriteFile(t, p, Options{Created: xlTestCreated, Creator: "Briefing Builder 1.2.3"}))
	for _, name := range []string{"Positions", "Actors", "Topics", "Matrix", "Timeline", "Sources", "About"} {
		s, ok := d.Sheets[name]
		if !ok {
			t.Errorf("no %s sheet", name)
			continue
		}
		if s.Orientation != "landscape" || !s.FitToPage || s.FitToWidth != 1 || s.FitToHeight != 0 {
			t.Errorf("%s: print setup %+v", name, s)
		}
		if !strings.Contains(s.Header, "OFFICIAL") || !strings.Contains(s.Footer, "OFFICIAL") || !strings.Contains(s.FooterRight, "&P") {
			t.Errorf("%s: header %q, footer %q %q", name, s.Header, s.Footer, s.FooterRight)
		}
		if want := name != "About"; want != (deref(s.TitleRows) == "$1:$1") {
			t.Errorf("%s: print title rows %q", name, deref(s.TitleRows))
		}
	}
	var about []string
	dates := 0
	for _, row := range d.About {
		var cells []string
		for _, c := range row {
			if c[0] != nil {
				cells = append(cells, strings.TrimSpace(xlShow(c[0])))
			}
			if c[1] == true {
				dates++
			}
		}
		about = append(about, strings.Join(cells, " | "))
	}
	all := strings.Join(about, "\n")
	for _, want := range []string{"Handling marking | OFFICIAL", "Briefing Builder 1.2.3", "Exported | 2026-01-01",
		"supports | ", "opposes | ", "neutral | ", "claims | ", "mixed | ", "suggested | ", "edited | ", "added | ",
		"position_id | ", "change | Timeline: ", p.Documents[0].Outlet} {
		if !strings.Contains(all, want) {
			t.Errorf("About lacks %q:\n%s", want, all)
		}
	}
	if dates < 2+len(p.Documents) { // exported, the brief's date, each source
		t.Errorf("About has %d date cells:\n%s", dates, all)
	}
	if c := d.Positions[0]["Confidence"]; c[0] != nil {
		t.Errorf("unknown confidence written as %v", c[0])
	}
	if c := d.Positions[1]["Confidence"]; c[0] == nil {
		t.Error("known confidence left blank")
	}
	for i, row := range d.Positions {
		if c := row["Date"]; c[0] != nil && c[1] != true {
			t.Errorf("row %d: publication date %v is not a date cell", i+2, c[0])
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return "<none>"
	}
	return *s
}

// TestXLSXCoActorIDs: a position held jointly lists its co-actors by name
// and, in the same order, by the actor_id the Actors sheet uses, so that an
// analyst can join the co-actors too; a rejected co-actor is left out of
// both.
func TestXLSXCoActorIDs(t *testing.T) {
	p := xlTestProject()
	x := p.Positions[5]
	x.CoActors = []string{p.Actors[1].ID, p.Actors[4].ID, p.Actors[3].ID}
	p.Actors[3].Rejected = true
	ids := newXLIDs(p)
	want := ids.actor[p.Actors[1].ID] + "; " + ids.actor[p.Actors[4].ID]
	d := xlReadPrint(t, xlWriteFile(t, p, Options{Created: xlTestCreated, Creator: "Briefing Builder test"}))
	found := false
	for _, row := range d.Positions {
		got, _ := row["co_actor_ids"][0].(string)
		if got == "" {
			continue
		}
		found = true
		if got != want {
			t.Errorf("co_actor_ids = %q, want %q", got, want)
		}
		if names, _ := row["Co-actors"][0].(string); names != p.Actors[1].Name+"; "+p.Actors[4].Name {
			t.Errorf("Co-actors = %q", names)
		}
	}
	if !found {
		t.Error("no row has co_actor_ids")
	}
	about := fmt.Sprint(d.About)
	if !strings.Contains(about, "co_actor_ids") {
		t.Error("the About sheet does not explain co_actor_ids")
	}
}
