package document

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

var fuzzNames = []string{"a.txt", "a.md", "a.html", "a.docx", "a.pdf", "noext"}

// FuzzParse feeds every format's parser, through Parse, with arbitrary
// bytes under each kind of file name: it must never panic, and must return
// either a well-formed document or an error wrapping one of the sentinels.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.*"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		for i := range fuzzNames {
			f.Add(data, uint8(i))
		}
	}
	f.Add([]byte("<html><body><article><h1>T</h1><p>Text &amp; more</p></article></body></html>"), uint8(2))
	f.Add([]byte("---\ntitle: x\n---\n# H\n\n- a\n- b\n"), uint8(1))
	f.Add([]byte("Title\n\nBody text.\n"), uint8(0))

	catchPanics = false
	defer func() { catchPanics = true }()
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		checkParse(t, fuzzNames[int(kind)%len(fuzzNames)], data)
	})
}

// checkParse is the property every fuzz target checks.
func checkParse(t *testing.T, name string, data []byte) {
	d, err := Parse(name, data)
	if err != nil {
		if d != nil {
			t.Fatalf("document and error both returned: %v", err)
		}
		var fe *FileError
		if !errors.As(err, &fe) {
			t.Fatalf("error is not a FileError: %v", err)
		}
		for _, kind := range []error{ErrEmpty, ErrTooLarge, ErrUnsupported, ErrDamaged, ErrNoText} {
			if errors.Is(err, kind) {
				return
			}
		}
		t.Fatalf("error wraps no sentinel: %v", err)
	}
	if len(d.Paragraphs) == 0 {
		t.Fatalf("document without paragraphs")
	}
	checkDoc(t, d)
	checkTextHead(t, d)
}

// fuzzFormat fuzzes one format's parser: name fixes the format, the seeds
// are valid and hostile files of it. The fuzz tests run one format at a
// time, so that each gets its share of the time:
//
//	GOMEMLIMIT=1GiB go test ./document/ -run XXX -fuzz FuzzPDF -fuzztime 60s
func fuzzFormat(f *testing.F, name string, seeds ...[]byte) {
	for _, s := range seeds {
		f.Add(s)
	}
	catchPanics = false
	defer func() { catchPanics = true }()
	f.Fuzz(func(t *testing.T, data []byte) { checkParse(t, name, data) })
}

func FuzzText(f *testing.F) {
	fuzzFormat(f, "a.txt", readFixture(f, "cp1252.txt"), readFixture(f, "utf16le.txt"), readFixture(f, "utf8bom.txt"),
		[]byte("Zoë met \xff Łukasz.\n"), []byte("Title\n\nBody text.\n"),
		[]byte("Title\n\nBy JANE DOE and John Roe | Associated Press, 2 Dec. 2025\nPublished: Tuesday 2 December 2025 10.31 GMT\n\nBody text.\n"))
}

func FuzzMarkdown(f *testing.F) {
	fuzzFormat(f, "a.md", readFixture(f, "frontmatter.md"), []byte("---\ntitle: x\n---\n# H\n\n- a\n- b\n"),
		[]byte("> > quote\n\n[a](b) *c* `d`\n"))
}

func FuzzHTML(f *testing.F) {
	fuzzFormat(f, "a.html", readFixture(f, "article.html"), []byte(unclosedTags(20, 20)),
		[]byte("<html><body><article><h1>T</h1><p>Text &amp; more</p></article></body></html>"))
}

func FuzzDOCX(f *testing.F) {
	fuzzFormat(f, "a.docx", readFixture(f, "sample.docx"))
}

func FuzzPDF(f *testing.F) {
	fuzzFormat(f, "a.pdf", readFixture(f, "sample.pdf"), readFixture(f, "scan.pdf"),
		rawPDF([]string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 1 /Parent 2 0 R >>",
			"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
			pdfFont,
			pdfStream("", pageText("Looping tree.")),
		}, ""),
		xrefStreamPDF([]string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 5 0 R /Resources 4 0 R >>",
			"null",
			pdfStream("", pageText("Object streams.")),
			pdfStream("/Type /ObjStm /N 1 /First 4 /Extends 7 0 R", []byte("9 0 1")),
			pdfStream("/Type /ObjStm /N 1 /First 4 /Extends 6 0 R", []byte("9 0 1")),
		}, map[int]int{4: 6}))
}
