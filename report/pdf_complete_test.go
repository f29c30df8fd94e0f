package report

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"briefing/document"
	"briefing/project"
)

// These tests hold the brief to its promise: nothing selected is dropped,
// every count printed is true, and DRAFT appears exactly while something
// in the brief is unreviewed.

// analysedProject builds a project the way the app does, from a text of
// the analysis's test set.
func analysedProject(t *testing.T, path string) *project.Project {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := document.FromText("d1", string(data))
	doc.Source = path
	return project.FromDocument(doc)
}

var positionNumber = regexp.MustCompile(`(?m)^(\d+)\.(\d+) `)

// TestPDFEverySelectedPosition: every selected position of the sample and of
// a project built from a dev text appears in the brief read back with
// pdftotext, its evidence quoted; positions without a topic under "Other
// points"; and the numbers printed count what is shown.
func TestPDFEverySelectedPosition(t *testing.T) {
	for name, p := range map[string]*project.Project{
		"sample":  project.OpenSample(),
		"armenia": analysedProject(t, "../analysis/testdata/01-us-armenia-strategic-dialogue.txt"),
	} {
		t.Run(name, func(t *testing.T) {
			var selected []*project.Position
			untopical := 0
			for _, x := range p.Positions {
				if x.Selected && !x.Rejected {
					selected = append(selected, x)
					if p.Topic(x.Topic) == nil {
						untopical++
					}
				}
			}
			if untopical == 0 {
				t.Fatalf("the %s project has no position without a topic; the test needs one", name)
			}
			data, rep := writeTestPDF(t, p)
			path := pdfFile(t, data)
			pages := pdfPages(t, path)
			if len(pages) != rep.Pages {
				t.Errorf("report says %d pages, pdftotext reads %d", rep.Pages, len(pages))
			}
			all := strings.Join(pages, "\n")
			flat := strings.Join(strings.Fields(all), " ")
			for _, x := range selected {
				if !p.InBrief(x) {
					t.Errorf("selected position %s (topic %q) is not in the brief", x.ID, x.Topic)
				}
				if q := collapse(x.Evidence.Quote); !strings.Contains(flat, "“"+q+"”") {
					t.Errorf("the evidence of position %s is missing: %q", x.ID, q)
				}
			}
			if !strings.Contains(all, otherLabel) {
				t.Errorf("no %q section for the %d positions without a topic", otherLabel, untopical)
			}
			// One numbered entry per position, numbered 1, 2, … in each
			// section.
			entries := positionNumber.FindAllStringSubmatch(all, -1)
			if len(entries) != len(selected) {
				t.Errorf("%d numbered positions in the brief, %d selected", len(entries), len(selected))
			}
			last := map[string]int{}
			for _, e := range entries {
				n, _ := strconv.Atoi(e[2])
				if n != last[e[1]]+1 {
					t.Errorf("position %s.%s follows %s.%d", e[1], e[2], e[1], last[e[1]])
				}
				last[e[1]] = n
			}
			// The count in the metadata is the count shown.
			subject := pdfInfo(t, path)["Subject"]
			if want := strconv.Itoa(len(selected)) + " positions in"; !strings.Contains(subject, want) {
				t.Errorf("subject %q, want it to say %q", subject, want)
			}
			if name == "sample" && !strings.Contains(flat, "Russia wants Ukraine to surrender eastern land") {
				t.Error("the sample brief lacks the territory question")
			}
		})
	}
}

// TestPDFDraftMark: the DRAFT mark is on every page while anything in the
// brief is unreviewed (a position, a topic, an actor) and on none once all
// is reviewed; items left out of the brief do not count.
func TestPDFDraftMark(t *testing.T) {
	reviewAll := func(p *project.Project) {
		for _, x := range p.Positions {
			x.Reviewed = true
		}
		for _, x := range p.Topics {
			x.Reviewed = true
		}
		for _, x := range p.Actors {
			x.Reviewed = true
		}
	}
	cases := []struct {
		name  string
		edit  func(p *project.Project)
		draft bool
	}{
		{"all reviewed", func(p *project.Project) {}, false},
		{"a position", func(p *project.Project) { firstInBrief(p).Reviewed = false }, true},
		{"a topic", func(p *project.Project) { p.SelectedTopics()[0].Reviewed = false }, true},
		{"an actor", func(p *project.Project) { p.IncludedActors()[0].Reviewed = false }, true},
		{"a position left out", func(p *project.Project) {
			x := firstInBrief(p)
			x.Reviewed, x.Selected = false, false
		}, false},
	}
	ts := newTestTypesetter(t)
	for _, c := range cases {
		p := genProject(200, 4)
		reviewAll(p)
		c.edit(p)
		rec := &recorder{ts: ts}
		layoutBrief(rec, ts, pageFor("A4"), digest(p))
		for i, pg := range rec.pages {
			if got := strings.Join(pg.rotated, " ") == "DRAFT"; got != c.draft {
				t.Errorf("%s: page %d of %d: DRAFT mark %v, want %v", c.name, i+1, len(rec.pages), got, c.draft)
			}
		}
		data, rep := writeTestPDF(t, p)
		path := pdfFile(t, data)
		subject := pdfInfo(t, path)["Subject"]
		if got := strings.Contains(subject, "DRAFT"); got != c.draft {
			t.Errorf("%s: subject %q", c.name, subject)
		}
		// In the file itself: the pages' content, uncompressed by qpdf,
		// draws DRAFT once a page, or never.
		plain := filepath.Join(t.TempDir(), "plain.pdf")
		if out, err := exec.Command(requireTool(t, "qpdf"), "--qdf", "--object-streams=disable", path, plain).CombinedOutput(); err != nil {
			t.Fatalf("qpdf --qdf: %v\n%s", err, out)
		}
		raw, err := os.ReadFile(plain)
		if err != nil {
			t.Fatal(err)
		}
		want := 0
		if c.draft {
			want = rep.Pages
		}
		if got := bytes.Count(raw, []byte("(DRAFT) Tj")); got != want {
			t.Errorf("%s: DRAFT drawn %d times on %d pages, want %d", c.name, got, rep.Pages, want)
		}
	}
}

func firstInBrief(p *project.Project) *project.Position {
	for _, x := range p.Positions {
		if p.InBrief(x) {
			return x
		}
	}
	panic("no position in the brief")
}
