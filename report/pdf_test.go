package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"briefing/project"
)

// These tests read the PDF back with real tools: qpdf checks its structure,
// poppler's pdftotext and pdfinfo read its text and metadata. The tools are
// required: without them the tests fail rather than skip.

var testCreated = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func requireTool(t testing.TB, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s is needed to check the PDF and is not installed: apt-get install qpdf poppler-utils", name)
	}
	return path
}

func writeTestPDF(t testing.TB, p *project.Project) ([]byte, PDFReport) {
	t.Helper()
	var buf bytes.Buffer
	rep, err := WritePDFReport(&buf, p, Options{Created: testCreated, Creator: "Briefing Builder test"})
	if err != nil {
		t.Fatalf("WritePDFReport: %v", err)
	}
	return buf.Bytes(), rep
}

// pdfFile writes data to a temporary file and checks it with qpdf.
func pdfFile(t testing.TB, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "brief.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(requireTool(t, "qpdf"), "--check", path).CombinedOutput()
	if err != nil || !bytes.Contains(out, []byte("No syntax or stream encoding errors")) {
		t.Fatalf("qpdf --check: %v\n%s", err, out)
	}
	return path
}

// pdfPages returns the text of each page as pdftotext reads it.
func pdfPages(t testing.TB, path string) []string {
	t.Helper()
	out, err := exec.Command(requireTool(t, "pdftotext"), "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(string(out), "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	return pages
}

func pdfInfo(t testing.TB, path string) map[string]string {
	t.Helper()
	out, err := exec.Command(requireTool(t, "pdfinfo"), "-enc", "UTF-8", "-isodates", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	info := map[string]string{}
	for _, line := range strings.Split(string(out), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok {
			info[k] = strings.TrimSpace(v)
		}
	}
	return info
}

func TestPDFContent(t *testing.T) {
	p := genProject(120, 1)
	p.Brief.Summary = "Talks on the Black Sea corridor continue — Kyiv’s “red lines” hold.\n\nTürkiye offers to host the next round."
	p.Brief.Annex = true
	data, rep := writeTestPDF(t, p)
	path := pdfFile(t, data)
	pages := pdfPages(t, path)
	all := strings.Join(pages, "\n")

	if rep.Pages != len(pages) {
		t.Errorf("report says %d pages, pdftotext reads %d", rep.Pages, len(pages))
	}
	for i, pg := range pages {
		if n := strings.Count(pg, "OFFICIAL-SENSITIVE"); n < 2 {
			t.Errorf("page %d shows the marking %d times, want top and bottom", i+1, n)
		}
		if want := fmt.Sprintf("Page %d of %d", i+1, len(pages)); !strings.Contains(pg, want) {
			t.Errorf("page %d lacks %q", i+1, want)
		}
		if !strings.Contains(pg, "1 January 2026") {
			t.Errorf("page %d lacks the date", i+1)
		}
	}
	// Header block and the user's key points on page 1.
	for _, want := range []string{"Ukraine peace talks", "Drafted by", "Zofia Wójcik", "Ministry of Foreign Affairs",
		"Cleared by", "Purpose", "Key points", "Kyiv’s “red lines” hold", "Türkiye offers to host"} {
		if !strings.Contains(pages[0], want) {
			t.Errorf("page 1 lacks %q", want)
		}
	}
	if strings.Contains(all, "Suggested from the selected positions") {
		t.Error("the user's key points are marked as suggested")
	}
	// Sources with outlet, date and address.
	for _, want := range []string{"Kyiv Independent, 1 December 2025", "Gazeta Wyborcza, 2 December 2025", "https://example.org/news/1/"} {
		if !strings.Contains(all, want) {
			t.Errorf("the sources lack %q", want)
		}
	}
	// Selected topics by priority, then in the user's order; unselected
	// ones absent; and no priority printed.
	at := 0
	for _, topic := range sectionOrder(p) {
		i := strings.Index(all[at:], topic.Label)
		if i < 0 {
			t.Fatalf("topic %q missing or out of order", topic.Label)
		}
		at += i + len(topic.Label)
	}
	for _, topic := range p.Topics {
		if !topic.Selected && strings.Contains(all, topic.Label) {
			t.Errorf("unselected topic %q is in the brief", topic.Label)
		}
	}
	for _, badge := range []string{"PRIORITY", "priority", "UNREVIEWED", "Check it before sending"} {
		if strings.Contains(all, badge) {
			t.Errorf("the brief shows the app's workings: %q", badge)
		}
	}
	// Every included actor, names intact.
	for _, a := range p.IncludedActors() {
		if !strings.Contains(all, a.Name) {
			t.Errorf("included actor %q is missing", a.Name)
		}
	}
	for _, want := range []string{"Зеленський", "Łódź", "Çavuşoğlu", "İstanbul", "Großmann", "Actors and positions", "Annex: source text"} {
		if !strings.Contains(all, want) {
			t.Errorf("the brief lacks %q", want)
		}
	}
	// Evidence cited by source number, outlet, date and paragraph.
	if !regexp.MustCompile(`\[[12]\] (Kyiv Independent, 1 Dec 2025|Gazeta Wyborcza, 2 Dec 2025), ¶\d+`).MatchString(all) {
		t.Error("no citation like [1] Kyiv Independent, 1 Dec 2025, ¶3 in the brief")
	}
}

// sectionOrder is the order of the brief's topic sections: by priority,
// then the user's order.
func sectionOrder(p *project.Project) []*project.Topic {
	var out []*project.Topic
	for _, prio := range []string{project.High, project.Medium, project.Low} {
		for _, t := range p.SelectedTopics() {
			if t.Priority == prio {
				out = append(out, t)
			}
		}
	}
	return out
}

// TestPDFSuggestedKeyPoints: without the user's summary the key points are
// drafted as judgements per topic (who is in favour, who against), marked
// as suggested, three to five of them; the purpose likewise.
func TestPDFSuggestedKeyPoints(t *testing.T) {
	p := genProject(40, 2)
	data, _ := writeTestPDF(t, p)
	pages := pdfPages(t, pdfFile(t, data))
	first := strings.Join(strings.Fields(pages[0]), " ")
	if n := strings.Count(first, "SUGGESTED"); n != 2 {
		t.Errorf("page 1 marks %d parts as suggested, want 2 (purpose and key points)", n)
	}
	for _, want := range []string{"To inform you of the positions of the key actors on",
		"Suggested from the selected positions", "In favour: ", "; against: "} {
		if !strings.Contains(first, want) {
			t.Errorf("page 1 lacks %q:\n%s", want, first)
		}
	}
	kp := first[strings.Index(first, "Key points"):]
	kp = kp[:strings.Index(kp, "1 ")]
	if n := strings.Count(kp, "•"); n < 3 || n > 5 {
		t.Errorf("%d key points, want 3 to 5:\n%s", n, kp)
	}
}

func TestPDFNoMarking(t *testing.T) {
	p := genProject(20, 3)
	p.Brief.Marking = ""
	data, _ := writeTestPDF(t, p)
	pages := pdfPages(t, pdfFile(t, data))
	if strings.Contains(strings.Join(pages, ""), "OFFICIAL") {
		t.Error("a marking appears though none is set")
	}
	if !strings.Contains(pages[0], "Page 1 of "+strconv.Itoa(len(pages))) {
		t.Error("no page number on page 1")
	}
}

func TestPDFLongMarking(t *testing.T) {
	p := genProject(30, 3)
	p.Brief.Marking = "Internal — not for distribution"
	data, _ := writeTestPDF(t, p)
	for i, pg := range pdfPages(t, pdfFile(t, data)) {
		if n := strings.Count(pg, "INTERNAL — NOT FOR DISTRIBUTION"); n != 2 {
			t.Errorf("page %d shows the long marking %d times, want 2", i+1, n)
		}
	}
}

// TestPDFNothingLost checks that a long brief paginates without losing a
// position: every evidence quote in the brief appears once, no other.
func TestPDFNothingLost(t *testing.T) {
	p := genProject(2000, 4)
	data, rep := writeTestPDF(t, p)
	all := strings.Join(pdfPages(t, pdfFile(t, data)), "\n")
	seen := map[string]int{}
	for _, m := range regexp.MustCompile(`ev\d{5}`).FindAllString(all, -1) {
		seen[m]++
	}
	want := 0
	for _, x := range p.Positions {
		tok := x.Evidence.Quote[:7]
		switch {
		case p.InBrief(x):
			want++
			if seen[tok] != 1 {
				t.Errorf("evidence %s appears %d times, want once", tok, seen[tok])
			}
		case seen[tok] != 0:
			t.Errorf("evidence %s of a position left out appears", tok)
		}
	}
	if want < 1500 {
		t.Fatalf("only %d positions in the brief", want)
	}
	t.Logf("%d positions, %d pages, %d bytes", want, rep.Pages, len(data))
}

func TestPDFDeterministic(t *testing.T) {
	p := genProject(200, 5)
	// Built at the same time from the same font: no race, same bytes.
	var wg sync.WaitGroup
	out := make([][]byte, 3)
	for i := range out {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			if err := WritePDF(&buf, p, Options{Created: testCreated}); err != nil {
				t.Error(err)
			}
			out[i] = buf.Bytes()
		}()
	}
	wg.Wait()
	for i := 1; i < len(out); i++ {
		if !bytes.Equal(out[0], out[i]) {
			t.Fatalf("run %d differs from run 0 (%d vs %d bytes)", i, len(out[i]), len(out[0]))
		}
	}
	var other bytes.Buffer
	if err := WritePDF(&other, p, Options{Created: testCreated.AddDate(0, 0, 1)}); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(out[0], other.Bytes()) {
		t.Error("another creation date gives the same bytes")
	}
}

func TestPDFReplacesMissingGlyphs(t *testing.T) {
	p := genProject(20, 6)
	p.Brief.Summary = "Agreement reached 🙂👍🏽 — 北京 welcomes it. Ελλάδα too."
	p.Positions[0].Summary = "Support for the deal 🇺🇦"
	p.Positions[0].Selected, p.Positions[0].Rejected = true, false
	var warned []string
	var buf bytes.Buffer
	rep, err := WritePDFReport(&buf, p, Options{Created: testCreated, Warn: func(m string) { warned = append(warned, m) }})
	if err != nil {
		t.Fatalf("WritePDFReport: %v", err)
	}
	for _, r := range "🙂👍🏽北京" {
		if !slices.Contains(rep.Replaced, r) {
			t.Errorf("%c (%U) not reported as replaced: %U", r, r, rep.Replaced)
		}
	}
	if slices.Contains(rep.Replaced, 'Ε') {
		t.Error("Greek is reported as replaced, but the font has it")
	}
	if len(warned) != 1 || !strings.Contains(warned[0], "U+1F642") {
		t.Errorf("Warn got %q", warned)
	}
	pages := pdfPages(t, pdfFile(t, buf.Bytes()))
	if !strings.Contains(pages[0], "Agreement reached ��") || !strings.Contains(pages[0], "Ελλάδα") {
		t.Errorf("replacement not visible on page 1:\n%s", pages[0])
	}
}

func TestPDFMetadataAndPageSize(t *testing.T) {
	for _, size := range []string{"A4", "Letter"} {
		p := genProject(30, 7)
		p.Brief.PageSize = size
		data, _ := writeTestPDF(t, p)
		info := pdfInfo(t, pdfFile(t, data))
		want := map[string]string{
			"Title":        p.Brief.Title,
			"Author":       "Zofia Wójcik, Ministry of Foreign Affairs, Eastern Europe Desk",
			"Creator":      "Briefing Builder test",
			"CreationDate": "2026-01-01T00:00:00",
			"ModDate":      "2026-01-01T00:00:00",
		}
		for k, v := range want {
			if !strings.HasPrefix(info[k], v) {
				t.Errorf("%s: %s = %q, want %q", size, k, info[k], v)
			}
		}
		if !strings.Contains(info["Subject"], "positions in") || !strings.Contains(info["Keywords"], "Energy security") {
			t.Errorf("%s: subject %q, keywords %q", size, info["Subject"], info["Keywords"])
		}
		wantSize := map[string]string{"A4": "595.28 x 841.89 pts (A4)", "Letter": "612 x 792 pts (letter)"}[size]
		if info["Page size"] != wantSize {
			t.Errorf("page size %q, want %q", info["Page size"], wantSize)
		}
	}
}

func TestPDFOutline(t *testing.T) {
	p := genProject(60, 8)
	data, _ := writeTestPDF(t, p)
	path := pdfFile(t, data)
	out, err := exec.Command(requireTool(t, "qpdf"), "--json", "--json-key=outlines", path).Output()
	if err != nil {
		t.Fatalf("qpdf --json: %v", err)
	}
	var doc struct {
		Outlines []struct {
			Title string `json:"title"`
		} `json:"outlines"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, o := range doc.Outlines {
		titles = append(titles, o.Title)
	}
	want := []string{"Purpose", "Key points"}
	for i, topic := range sectionOrder(p) {
		want = append(want, fmt.Sprintf("%d   %s", i+1, topic.Label))
	}
	want = append(want, "Actors and positions", "Stakeholder map", "Sources")
	if !slices.Equal(titles, want) {
		t.Errorf("outline\n got %q\nwant %q", titles, want)
	}
}

// TestPDFFromInterchange reads a brief in the interchange format, as
// `briefing export` does with a JSON file.
func TestPDFFromInterchange(t *testing.T) {
	raw, err := os.ReadFile("testdata/pdf-interchange.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := project.FromInterchange(raw)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := writeTestPDF(t, p)
	all := strings.Join(pdfPages(t, pdfFile(t, data)), "\n")
	for _, want := range []string{"Зеленський", "Łódź", "Çavuşoğlu", "Grain corridor", "“We will not trade land for promises.”", "¶3", "CONFIDENTIAL"} {
		if !strings.Contains(all, want) {
			t.Errorf("the brief lacks %q", want)
		}
	}
}

func TestPDFSampleSize(t *testing.T) {
	p := project.OpenSample()
	p.Brief.Date = "2026-01-01"
	data, rep := writeTestPDF(t, p)
	pdfFile(t, data)
	if len(data) > 150<<10 {
		t.Errorf("the sample brief is %d KB, want at most 150 KB", len(data)>>10)
	}
	t.Logf("sample brief: %d pages, %d KB", rep.Pages, len(data)>>10)
}

func BenchmarkWritePDF(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		p := genProject(n, 9)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			var size int
			for b.Loop() {
				var buf bytes.Buffer
				if err := WritePDF(&buf, p, Options{Created: testCreated}); err != nil {
					b.Fatal(err)
				}
				size = buf.Len()
			}
			b.ReportMetric(float64(size), "bytes/pdf")
		})
	}
}
