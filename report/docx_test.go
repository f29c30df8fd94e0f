package report

import (
	"bytes"
	"encoding/json"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"briefing/project"
)

// The Word brief is read back with python-docx (Debian's python3-docx) and
// LibreOffice Writer (libreoffice-writer-nogui).

type docxDump struct {
	Paragraphs [][2]string
	Tables     [][][]string
	Styles     []string
	Header     string
	Footer     string
	Title      string
	Watermarks []struct{ Type, Text, Style string }
}

func writeTestDOCX(t *testing.T, p *project.Project) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteDOCX(&buf, p, Options{Created: testCreated, Creator: "Briefing Builder test"}); err != nil {
		t.Fatalf("WriteDOCX: %v", err)
	}
	path := filepath.Join(t.TempDir(), "brief.docx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func readDOCX(t *testing.T, path string) *docxDump {
	t.Helper()
	if out, err := exec.Command(xlPython, "-c", "import docx").CombinedOutput(); err != nil {
		t.Fatalf("the Word tests need Debian's python3-docx: apt-get install python3-docx\n%s", out)
	}
	cmd := exec.Command(xlPython, filepath.Join("testdata", "docx_dump.py"), path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python-docx could not read the brief: %v\n%s", err, stderr.String())
	}
	var d docxDump
	if err := json.Unmarshal(out, &d); err != nil {
		t.Fatal(err)
	}
	return &d
}

// TestDOCXStructure: the brief in Word has its parts as Heading 1, the key
// points as List Bullet, the evidence as Quote, tables, the marking and
// page numbers in header and footer, DRAFT while unreviewed, and every
// selected position's evidence, as the PDF does.
func TestDOCXStructure(t *testing.T) {
	p := project.OpenSample()
	p.Brief.Marking = "Official-Sensitive"
	p.Brief.Outlook = "Expect no agreement on territory before the talks in Moscow end."
	d := readDOCX(t, writeTestDOCX(t, p))
	for _, s := range []string{"Title", "Heading 1", "Heading 2", "List Bullet", "Quote", "Table Grid"} {
		if !slices.Contains(d.Styles, s) {
			t.Errorf("no style %q among %v", s, d.Styles)
		}
	}
	byStyle := map[string][]string{}
	var text []string
	for _, para := range d.Paragraphs {
		byStyle[para[0]] = append(byStyle[para[0]], para[1])
		text = append(text, para[1])
	}
	all := strings.Join(text, "\n")
	digested := digest(p)
	wantHeads := []string{"Purpose", "Key points"}
	for _, s := range digested.sections {
		wantHeads = append(wantHeads, strconv.Itoa(s.n)+"   "+s.label())
	}
	wantHeads = append(wantHeads, "Outlook and comment", "Actors and positions", "Stakeholder map", "Sources")
	if !slices.Equal(byStyle["Heading 1"], wantHeads) {
		t.Errorf("Heading 1 paragraphs\n got %q\nwant %q", byStyle["Heading 1"], wantHeads)
	}
	if len(byStyle["Title"]) != 1 || len(byStyle["List Bullet"]) < 3 || len(byStyle["List Bullet"]) > 5 {
		t.Errorf("title %q, %d key points", byStyle["Title"], len(byStyle["List Bullet"]))
	}
	for _, x := range p.Positions {
		if x.Selected && !x.Rejected && !strings.Contains(all, "“"+collapse(x.Evidence.Quote)+"”") {
			t.Errorf("position %s is missing from the Word brief", x.ID)
		}
	}
	if q := len(byStyle["Quote"]); q != digested.positions {
		t.Errorf("%d Quote paragraphs, %d positions", q, digested.positions)
	}
	if len(d.Tables) != 3 || d.Tables[0][2][0] != "Reference" || d.Tables[1][0][0] != "Actor" || d.Tables[2][0][1] != "Lower interest" {
		t.Errorf("tables %q", d.Tables)
	}
	if !strings.Contains(d.Header, "OFFICIAL-SENSITIVE") ||
		!strings.Contains(d.Footer, "OFFICIAL-SENSITIVE") || !strings.Contains(d.Footer, "Page") {
		t.Errorf("header %q footer %q", d.Header, d.Footer)
	}
	if d.Title != digested.title {
		t.Errorf("document title %q, want %q", d.Title, digested.title)
	}

	// Reviewed: no DRAFT.
	reviewAll(p)
	if d := readDOCX(t, writeTestDOCX(t, p)); strings.Contains(d.Header, "DRAFT") || len(d.Watermarks) > 0 {
		t.Errorf("reviewed brief: header %q, watermarks %+v", d.Header, d.Watermarks)
	}
}

// reviewAll marks everything in the project reviewed, so the brief is no
// longer a draft.
func reviewAll(p *project.Project) {
	for _, x := range p.Positions {
		x.Reviewed = true
	}
	for _, x := range p.Topics {
		x.Reviewed = true
	}
	for _, a := range p.Actors {
		a.Reviewed = true
	}
}

// TestDOCXWatermark: while anything in the brief is unreviewed, exactly
// when the PDF has its diagonal DRAFT, the Word header holds Word's DRAFT
// watermark (a diagonal WordArt shape), and LibreOffice prints it; a
// reviewed brief has none. The header says DRAFT in words as well.
func TestDOCXWatermark(t *testing.T) {
	exe := xlRequireSoffice(t)
	p := project.OpenSample()
	p.Brief.Marking = "OFFICIAL"
	if p.PendingInBrief().Total() == 0 {
		t.Fatal("the sample has nothing unreviewed")
	}
	grey := map[bool]float64{}
	for _, reviewed := range []bool{false, true} {
		if reviewed {
			reviewAll(p)
			if n := p.PendingInBrief().Total(); n != 0 {
				t.Fatalf("%d unreviewed after review", n)
			}
		}
		path := writeTestDOCX(t, p)
		d := readDOCX(t, path)
		if !reviewed {
			if len(d.Watermarks) != 1 {
				t.Fatalf("draft: watermarks %+v", d.Watermarks)
			}
			w := d.Watermarks[0]
			if w.Type != "#_x0000_t136" || w.Text != "DRAFT" || !strings.Contains(w.Style, "rotation:315") || !strings.Contains(w.Style, "position:absolute") {
				t.Errorf("watermark %+v", w)
			}
		} else if len(d.Watermarks) != 0 {
			t.Errorf("reviewed: watermarks %+v", d.Watermarks)
		}
		if want := map[bool]string{false: "DRAFT   OFFICIAL", true: "OFFICIAL"}[reviewed]; d.Header != want {
			t.Errorf("header text %q, want %q", d.Header, want)
		}
		// The PDF brief agrees.
		var pdfBuf bytes.Buffer
		if _, err := WritePDFReport(&pdfBuf, p, Options{Created: testCreated}); err != nil {
			t.Fatal(err)
		}
		// (its diagonal mark is drawn with the Subject saying DRAFT; see
		// TestPDFDraftMark)
		if got := strings.Contains(pdfInfo(t, pdfFile(t, pdfBuf.Bytes()))["Subject"], "DRAFT"); got == reviewed {
			t.Errorf("reviewed %v: the PDF's DRAFT is %v", reviewed, got)
		}
		dir := t.TempDir()
		cmd := exec.Command(exe, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless",
			"--convert-to", "pdf", "--outdir", dir, path)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("LibreOffice: %v\n%s", err, out)
		}
		lo := pdfFile(t, mustRead(t, filepath.Join(dir, "brief.pdf")))
		pages := pdfPages(t, lo)
		for i, pg := range pages {
			if got := strings.Contains(pg, "DRAFT"); got == reviewed {
				t.Errorf("reviewed %v: LibreOffice's page %d shows DRAFT: %v", reviewed, i+1, got)
			}
		}
		// LibreOffice draws the watermark as outlines, not text: it is
		// seen as the light grey it puts across the page.
		grey[reviewed] = lightGrey(t, lo)
	}
	t.Logf("LibreOffice's first page: %.1f%% light grey as a draft, %.1f%% reviewed", grey[false]*100, grey[true]*100)
	if grey[false] < grey[true]+0.015 {
		t.Errorf("LibreOffice's first page is %.1f%% light grey as a draft, %.1f%% reviewed: no watermark drawn",
			grey[false]*100, grey[true]*100)
	}
}

// lightGrey is the share of the first page of a PDF that pdftoppm renders
// in light grey (the silver of a watermark at half opacity).
func lightGrey(t *testing.T, pdf string) float64 {
	t.Helper()
	out := filepath.Join(t.TempDir(), "page")
	if b, err := exec.Command(requireTool(t, "pdftoppm"), "-r", "30", "-f", "1", "-l", "1", "-gray", "-png", "-singlefile", pdf, out).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, b)
	}
	f, err := os.Open(out + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if g := color.GrayModel.Convert(img.At(x, y)).(color.Gray).Y; g >= 200 && g <= 240 {
				n++
			}
		}
	}
	return float64(n) / float64(b.Dx()*b.Dy())
}

// TestDOCXLibreOffice: LibreOffice Writer opens the brief and prints it to
// PDF with the marking, the headings and the page numbers filled in.
func TestDOCXLibreOffice(t *testing.T) {
	exe := xlRequireSoffice(t)
	p := genProject(60, 5)
	path := writeTestDOCX(t, p)
	dir := t.TempDir()
	cmd := exec.Command(exe, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless",
		"--convert-to", "pdf", "--outdir", dir, path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("LibreOffice: %v\n%s", err, out)
	}
	pdf := filepath.Join(dir, "brief.pdf")
	if _, err := os.Stat(pdf); err != nil {
		t.Fatalf("LibreOffice Writer did not convert the brief (is libreoffice-writer-nogui installed?): %v", err)
	}
	pages := pdfPages(t, pdfFile(t, mustRead(t, pdf)))
	all := strings.Join(pages, "\n")
	for _, want := range []string{p.Brief.Title[:20], "Key points", "Actors and positions", "Sources", "Kyiv Independent, 1 Dec 2025"} {
		if !strings.Contains(all, want) {
			t.Errorf("LibreOffice's PDF lacks %q", want)
		}
	}
	for i, pg := range pages {
		if !strings.Contains(pg, "OFFICIAL-SENSITIVE") || !strings.Contains(pg, "Page "+strconv.Itoa(i+1)+" of "+strconv.Itoa(len(pages))) {
			t.Errorf("page %d lacks the marking or its number", i+1)
		}
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestDOCXDeterministic: the same brief gives the same bytes.
func TestDOCXDeterministic(t *testing.T) {
	p := genProject(100, 6)
	var a, b bytes.Buffer
	opt := Options{Created: testCreated, Creator: "test"}
	if err := WriteDOCX(&a, p, opt); err != nil {
		t.Fatal(err)
	}
	if err := WriteDOCX(&b, p, opt); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two Word files of the same brief differ")
	}
}
