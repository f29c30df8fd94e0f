package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/project"
)

// storyChanges compares a generated project with a later version of it in
// which some positions are gone and others changed stance, so that every
// kind of change but new sources is there, and more of some kinds than the
// brief lists.
func storyChanges() (prev, cur *project.Project, c project.Changes) {
	prev = xlGenProject(60, 3)
	cur = prev.Clone()
	for i, x := range cur.Positions {
		switch {
		case i%7 == 0:
			x.Rejected = true // dropped
		case i%5 == 0:
			x.Evidence.Quote += " (updated)" // another position: one new, one dropped
		}
	}
	cur.Documents[1].Date = "2025-12-20"
	return prev, cur, project.Compare(prev, cur)
}

func TestTimelineAndChangesSheets(t *testing.T) {
	prev, cur, c := storyChanges()
	if c.Count(project.DroppedPosition) == 0 || c.Count(project.NewPosition) == 0 {
		t.Fatalf("the fixture has no dropped or new positions: %d, %d", c.Count(project.DroppedPosition), c.Count(project.NewPosition))
	}
	path := xlWriteFile(t, cur, Options{Created: xlTestCreated, Changes: &c})
	d := xlOpenpyxl(t, path)
	if got := strings.Join(d.Sheets, ","); got != "Positions,Actors,Topics,Matrix,Timeline,Changes,Sources,About" {
		t.Fatalf("sheets %s", got)
	}
	line := cur.Timeline()
	ws := d.WS["Timeline"]
	if len(ws.Rows) != len(line)+1 || len(ws.Tables) != 1 || ws.Tables[0].Name != "tblTimeline" {
		t.Fatalf("Timeline: %d rows for %d entries, tables %+v", len(ws.Rows), len(line), ws.Tables)
	}
	ids := newXLIDs(cur)
	for i, e := range line {
		row := ws.Rows[i+1]
		if xlShow(row[0][0]) != ids.actor[e.Actor.ID] || xlShow(row[1][0]) != e.Actor.Name ||
			xlShow(row[4][0]) != e.Date || xlShow(row[5][0]) != e.Position.Stance ||
			xlShow(row[6][0]) != e.Change || xlShow(row[7][0]) != ids.pos[e.Position] {
			t.Errorf("Timeline row %d: %v, want %s %s %s %s", i+2, row, e.Actor.Name, e.Date, e.Position.Stance, e.Change)
		}
		if row[4][1] != "d" {
			t.Errorf("Timeline row %d: the date %v is not a date", i+2, row[4])
		}
	}
	ch := d.WS["Changes"]
	if len(ch.Rows) != len(c.Items)+1 {
		t.Fatalf("Changes: %d rows for %d changes", len(ch.Rows), len(c.Items))
	}
	prevIDs := newXLIDs(prev)
	for i, x := range c.Items {
		row := ch.Rows[i+1]
		want := ids.pos[x.Position]
		if x.Kind == project.DroppedPosition {
			want = prevIDs.pos[x.Position] // the ID of the earlier workbook
		}
		if xlShow(row[0][0]) != string(x.Kind) || xlShow(row[5][0]) != want || want == "" && x.Position != nil {
			t.Errorf("Changes row %d: %v, want %s %s", i+2, row, x.Kind, want)
		}
	}
	// Without a comparison there is no Changes sheet.
	d = xlOpenpyxl(t, xlWriteFile(t, cur, Options{Created: xlTestCreated}))
	if got := strings.Join(d.Sheets, ","); got != "Positions,Actors,Topics,Matrix,Timeline,Sources,About" {
		t.Errorf("sheets without --since: %s", got)
	}
}

func TestPDFWhatChanged(t *testing.T) {
	_, cur, c := storyChanges()
	write := func(c *project.Changes) string {
		var buf bytes.Buffer
		if err := WritePDF(&buf, cur, Options{Created: xlTestCreated, Changes: c}); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "brief.pdf")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return strings.Join(strings.Fields(strings.Join(pdfPages(t, path), " ")), " ")
	}
	text := write(&c)
	head := strings.Index(text, "What changed since 1 January 2026")
	if head < 0 || head > strings.Index(text, "Key points") || head < strings.Index(text, "Purpose") {
		t.Fatalf("no \"What changed since 1 January 2026\" between Purpose and Key points:\n%.2000s", text)
	}
	if n := c.Count(project.NewPosition); n > maxChangeLines && !strings.Contains(text, "the workbook's Changes sheet lists them all") {
		t.Errorf("%d new positions, and the brief does not say where the rest are", n)
	}
	for _, want := range []string{"NEW POSITIONS", "POSITIONS DROPPED", changesSummary(&c)} {
		if !strings.Contains(text, want) {
			t.Errorf("the brief lacks %q", want)
		}
	}
	same := project.Compare(cur, cur.Clone())
	if text := write(&same); !strings.Contains(text, "Nothing has changed") {
		t.Errorf("an unchanged brief does not say so:\n%.1500s", text)
	}
	if text := write(nil); strings.Contains(text, "What changed") {
		t.Error("a brief without --since has a What changed part")
	}
}

func TestDOCXWhatChanged(t *testing.T) {
	_, cur, c := storyChanges()
	var buf bytes.Buffer
	if err := WriteDOCX(&buf, cur, Options{Created: testCreated, Changes: &c}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "brief.docx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	d := readDOCX(t, path)
	at := func(style, text string) int {
		for i, p := range d.Paragraphs {
			if (style == "" || p[0] == style) && strings.Contains(p[1], text) {
				return i
			}
		}
		return -1
	}
	head, keys := at("Heading 1", "What changed since 1 January 2026"), at("Heading 1", "Key points")
	if head < 0 || keys < head || at("Heading 1", "Purpose") > head {
		t.Fatalf("no What changed between Purpose and Key points: %v", d.Paragraphs[:min(len(d.Paragraphs), 20)])
	}
	bullets := 0
	for _, p := range d.Paragraphs[head:keys] {
		if p[0] == "List Bullet" {
			bullets++
		}
	}
	if at("Heading 2", "New positions") < 0 || at("Heading 2", "Positions dropped") < 0 || bullets == 0 {
		t.Errorf("the changes' lists: %v", d.Paragraphs[head:keys])
	}
}
