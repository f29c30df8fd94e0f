package document

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// rawPDF assembles a PDF from numbered object bodies (object i+1 is
// objs[i]) with a cross-reference table, so that tests can build the
// structures a PDF writer never would. trailer is added to the trailer
// dictionary, which always has /Size and /Root 1 0 R.
func rawPDF(objs []string, trailer string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, trailer, xref)
	return b.Bytes()
}

// pdfStream is a stream object's text, with its /Length.
func pdfStream(dict string, data []byte) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

// flate compresses data as a PDF FlateDecode filter expects.
func flate(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w, _ := zlib.NewWriterLevel(&b, zlib.BestCompression)
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const pdfFont = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"

// pageText is a content stream that writes the line at the top of a page.
func pageText(line string) []byte {
	return []byte("BT /F1 12 Tf 72 720 Td (" + line + ") Tj ET")
}

// lowerPDFLimits sets the content limits for one test.
func lowerPDFLimits(t *testing.T, page, total int64) {
	t.Helper()
	oldPage, oldTotal := maxPDFPageContent, maxPDFContent
	maxPDFPageContent, maxPDFContent = page, total
	t.Cleanup(func() { maxPDFPageContent, maxPDFContent = oldPage, oldTotal })
}

// TestRawPDF checks the hand-built PDFs of these tests are read at all, so
// that a refusal below is the check working, not a malformed fixture.
func TestRawPDF(t *testing.T) {
	data := rawPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		pdfFont,
		pdfStream("", pageText("The council met on Monday.")),
	}, "")
	d, err := Parse("raw.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "The council met on Monday.") {
		t.Fatalf("text %q", d.Text)
	}
}

// A page whose chain of parents loops made the reader climb it for ever
// looking for the page's fonts.
func TestPDFPageTreeCycle(t *testing.T) {
	data := rawPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 1 /Parent 6 0 R >>",
		"<< /Type /Page /Parent 2 0 R /Contents 5 0 R >>",
		pdfFont,
		pdfStream("", pageText("Looping tree.")),
		"<< /Type /Pages /Kids [2 0 R] /Parent 2 0 R >>",
	}, "")
	_, err := Parse("loop.pdf", data)
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "page tree loops") {
		t.Fatalf("err = %v, want a damaged PDF whose page tree loops", err)
	}
}

// Cross-reference sections whose /Prev points back made the reader read
// the same sections for ever.
func TestPDFXrefPrevCycle(t *testing.T) {
	data := rawPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
		pdfStream("", pageText("Prev loop.")),
	}, "")
	// The trailer's /Prev points at its own section.
	xref := bytes.LastIndex(data, []byte("xref\n0 "))
	data = bytes.Replace(data, []byte("/Root 1 0 R "), fmt.Appendf(nil, "/Root 1 0 R /Prev %d ", xref), 1)
	_, err := Parse("prev.pdf", data)
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "loop") {
		t.Fatalf("err = %v, want a damaged PDF whose sections loop", err)
	}
}

// xrefStreamPDF builds a PDF whose objects are listed by a cross-reference
// stream: entries maps an object number to its row, (1, offset) for an
// object in the file or (2, stream) for one inside an object stream.
func xrefStreamPDF(objs []string, inStream map[int]int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	offsets := make([]int, len(objs)+1)
	for i, o := range objs {
		offsets[i+1] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	size := len(objs) + 2 // the xref stream is the last object
	for n := range inStream {
		size = max(size, n+2)
	}
	xrefObj := size - 1
	offsets = append(offsets, make([]int, size-len(offsets))...)
	offsets[xrefObj] = b.Len()
	var rows []byte
	for n := range size {
		switch {
		case n == 0:
			rows = append(rows, 0, 0, 0, 0)
		case inStream[n] != 0:
			rows = append(rows, 2, byte(inStream[n]>>8), byte(inStream[n]), 0)
		default:
			rows = append(rows, 1, byte(offsets[n]>>8), byte(offsets[n]), 0)
		}
	}
	fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", xrefObj,
		pdfStream(fmt.Sprintf("/Type /XRef /Size %d /W [1 2 1] /Root 1 0 R", size), rows))
	fmt.Fprintf(&b, "startxref\n%d\n%%%%EOF\n", offsets[xrefObj])
	return b.Bytes()
}

// Object streams that hold or extend each other made the reader recurse
// until the stack overflowed (a crash) or loop for ever.
func TestPDFObjectStreamCycle(t *testing.T) {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Contents 5 0 R >>",
		"", // object 4 is inside an object stream
		pdfStream("", pageText("Object streams.")),
		pdfStream("/Type /ObjStm /N 1 /First 4 /Extends 7 0 R", []byte("9 0 1")),
		pdfStream("/Type /ObjStm /N 1 /First 4 /Extends 6 0 R", []byte("9 0 1")),
	}
	for _, tt := range []struct {
		name     string
		inStream map[int]int
		objs     []string
	}{
		// Object 4 is in stream 6, which is said to be in stream 6.
		{"stream inside itself", map[int]int{4: 6, 6: 6}, objs},
		// Object 4 is in neither stream, which extend each other.
		{"extends cycle", map[int]int{4: 6}, objs},
	} {
		t.Run(tt.name, func(t *testing.T) {
			objs := append([]string(nil), tt.objs...)
			objs[3] = "null"
			objs[2] = "<< /Type /Page /Parent 2 0 R /Contents 5 0 R /Resources 4 0 R >>"
			_, err := Parse("objstm.pdf", xrefStreamPDF(objs, tt.inStream))
			if !errors.Is(err, ErrDamaged) {
				t.Fatalf("err = %v, want a damaged PDF", err)
			}
		})
	}
}

// A flate stream that unpacks to ten times the page limit is refused
// before the reader holds what it draws.
func TestPDFFlateBomb(t *testing.T) {
	lowerPDFLimits(t, 1<<20, 8<<20)
	content := bytes.Repeat([]byte("BT /F1 12 Tf 72 720 Td (a bomb of text) Tj ET\n"), (10<<20)/46)
	data := rawPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		pdfFont,
		pdfStream("/Filter /FlateDecode", flate(t, content)),
	}, "")
	_, err := Parse("bomb.pdf", data)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "limit is 1.0 MB a page") {
		t.Fatalf("err = %v, want too large, naming the limit", err)
	}
	if strings.Contains(err.Error(), "\n") {
		t.Errorf("the message is more than one line: %q", err)
	}
}

// Five thousand pages drawing one content stream made the reader
// interpret it five thousand times; the total limit counts every drawing.
func TestPDFSharedContentStream(t *testing.T) {
	lowerPDFLimits(t, 64<<10, 256<<10)
	const pages = 5000
	kids := make([]string, pages)
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"", // the page tree, below
		pdfFont,
		pdfStream("", bytes.Repeat(pageText("Same page again."), 20)),
	}
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", len(objs)+1)
		objs = append(objs, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>")
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Count %d /Kids [%s] >>", pages, strings.Join(kids, " "))
	_, err := Parse("pages.pdf", rawPDF(objs, ""))
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "256.0 KB in all") {
		t.Fatalf("err = %v, want too large, naming the limit", err)
	}
}

// A PDF's text is bounded like any document's, and the reading stops at
// the limit instead of reading the rest of the pages to refuse them.
func TestPDFTextLimit(t *testing.T) {
	lowerTextLimit(t, 4<<10)
	const pages = 20
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "", pdfFont}
	var kids []string
	for i := range pages {
		objs = append(objs, pdfStream("", pageText(fmt.Sprintf("Page %d says that the talks on the grain corridor went on for hours.", i))))
		objs = append(objs, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", len(objs)))
		kids = append(kids, fmt.Sprintf("%d 0 R", len(objs)))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Count %d /Kids [%s] >>", pages, strings.Join(kids, " "))
	data := rawPDF(objs, "")
	if _, err := Parse("long.pdf", data); err != nil {
		t.Fatalf("within the limit: %v", err)
	}
	lowerTextLimit(t, 500)
	if _, err := Parse("long.pdf", data); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "the limit is 500 bytes of text") {
		t.Fatalf("err = %v, want too large, naming the limit", err)
	}
}
