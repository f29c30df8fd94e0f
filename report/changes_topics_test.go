package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/document"
	"briefing/project"
)

// topicChanges is a generated project to which a new article adds a
// position on its first topic and one on a topic of its own: the other
// topics of the earlier version have gone quiet.
func topicChanges(t *testing.T) (cur *project.Project, c project.Changes) {
	t.Helper()
	prev := xlGenProject(20, 5)
	cur = prev.Clone()
	doc := document.FromText("d3", "Harbour talks\n\nThe minister wants lower harbour fees.\n\nThe minister also backs the first topic.\n")
	doc.Outlet, doc.Date = "Kurier", "2026-01-10"
	cur.Documents = append(cur.Documents, doc)
	cur.Topics = append(cur.Topics, &project.Topic{ID: "t9", Label: "Harbour fees", Selected: true})
	for i, topic := range []string{"t9", "t1"} {
		para := doc.Paragraphs[i+1]
		cur.Positions = append(cur.Positions, &project.Position{ID: "p9" + topic, Actor: "a2", Topic: topic,
			Stance: "supports", Summary: "wants it", Paragraph: i + 2, Selected: true,
			Evidence: project.Anchor{Doc: doc.ID, Start: para.Start, End: para.End, Quote: doc.Text[para.Start:para.End]}})
	}
	c = project.Compare(prev, cur)
	if c.Count(project.NewTopic) != 1 || c.Count(project.QuietTopic) != 2 {
		t.Fatalf("the fixture has %d new and %d quiet topics, want 1 and 2", c.Count(project.NewTopic), c.Count(project.QuietTopic))
	}
	return cur, c
}

func TestTopicChangesReadBack(t *testing.T) {
	cur, c := topicChanges(t)
	dir := t.TempDir()
	speaker := cur.Actor("a2").Name
	quiet := c.Of(project.QuietTopic)[0].Topic.Label

	var buf bytes.Buffer
	if err := WritePDF(&buf, cur, Options{Created: xlTestCreated, Changes: &c}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "brief.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(strings.Join(pdfPages(t, path), " ")), " ")
	for _, want := range []string{
		"1 new source, 1 new topic, 2 topics gone quiet",
		"NEW TOPICS", "Harbour fees: first raised by " + speaker,
		"TOPICS GONE QUIET", quiet + ": nothing in the new sources; last discussed in Українська правда, 2 Dec 2025.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q:\n%.2500s", want, text)
		}
	}
	if strings.Index(text, "NEW TOPICS") > strings.Index(text, "TOPICS GONE QUIET") ||
		strings.Index(text, "TOPICS GONE QUIET") > strings.Index(text, "NEW POSITIONS") {
		t.Error("the topics are not listed after the sources and before the positions")
	}

	buf.Reset()
	if err := WriteDOCX(&buf, cur, Options{Created: testCreated, Changes: &c}); err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(dir, "brief.docx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var word []string
	for _, p := range readDOCX(t, path).Paragraphs {
		word = append(word, p[0]+"|"+p[1])
	}
	words := strings.Join(word, "\n")
	for _, want := range []string{"Heading 2|New topics", "List Bullet|Harbour fees: first raised by " + speaker,
		"Heading 2|Topics gone quiet", "List Bullet|" + quiet + ": nothing in the new sources"} {
		if !strings.Contains(words, want) {
			t.Errorf("the Word brief lacks %q:\n%s", want, words)
		}
	}

	d := xlOpenpyxl(t, xlWriteFile(t, cur, Options{Created: xlTestCreated, Changes: &c}))
	rows := map[string][]string{}
	for _, row := range d.WS["Changes"].Rows[1:] {
		rows[xlShow(row[0][0])] = append(rows[xlShow(row[0][0])], xlShow(row[2][0])+" ("+xlShow(row[6][0])+")")
	}
	if got := strings.Join(rows["new topic"], "; "); got != "Harbour fees (Harbour talks, Kurier)" {
		t.Errorf("the Changes sheet's new topics: %q", got)
	}
	if got := rows["quiet topic"]; len(got) != 2 || !strings.HasPrefix(got[0], quiet+" (") {
		t.Errorf("the Changes sheet's quiet topics: %q", got)
	}
	about := ""
	for _, row := range d.WS["About"].Rows {
		for _, cell := range row {
			about += xlShow(cell[0]) + "\n"
		}
	}
	if !strings.Contains(about, "quiet topic") || !strings.Contains(about, "none of the new sources holds a position") {
		t.Errorf("the About sheet does not explain quiet topics:\n%s", about)
	}
}
