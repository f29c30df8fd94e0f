package document

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// lowerTextLimit sets maxText for one test.
func lowerTextLimit(t *testing.T, n int) {
	t.Helper()
	old := maxText
	maxText = n
	t.Cleanup(func() { maxText = old })
}

// varied is text that compresses as prose does (about 3:1), not as one
// repeated letter, so that a .docx of it has a normal zip ratio.
func varied(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "The minister %d said on day %d that talks on item %x would go on. ", i*7919%10007, i%31, i*104729)
	}
	return b.String()[:n]
}

// A .docx whose text is ten times the limit, at a normal compression
// ratio, was unpacked and held whole (180 MB of text: out of memory).
func TestDOCXTextLimit(t *testing.T) {
	lowerTextLimit(t, 256<<10)
	var paras []testPara
	for range 10 {
		paras = append(paras, testPara{runs: []string{wt(varied(256 << 10))}})
	}
	data := makeDOCX(t, "", "", paras, nil)
	_, err := Parse("long.docx", data)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "the limit is 256.0 KB of text") {
		t.Fatalf("err = %v, want too large, naming the limit", err)
	}
	if strings.Contains(err.Error(), "\n") {
		t.Errorf("the message is more than one line: %q", err)
	}
	// Within the limit it is read.
	lowerTextLimit(t, 4<<20)
	if _, err := Parse("long.docx", data); err != nil {
		t.Fatalf("a document within the limit: %v", err)
	}
}

// A .docx part that unpacks to ten times the limit is refused, whatever
// its header says, and the main part is refused while it unpacks.
func TestDOCXExpansionBomb(t *testing.T) {
	old := maxUnzipped
	maxUnzipped = 1 << 20
	t.Cleanup(func() { maxUnzipped = old })
	body := "<w:document><w:body>" + strings.Repeat("<w:p><w:r><w:t>a</w:t></w:r></w:p>", (10<<20)/34) + "</w:body></w:document>"
	data := makeDOCX(t, "", "", nil, map[string]string{"word/document.xml": body})
	if len(data)*10 > len(body) {
		t.Fatalf("fixture expands only %d×", len(body)/len(data))
	}
	_, err := Parse("bomb.docx", data)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "unpacks to more data") {
		t.Fatalf("err = %v, want too large", err)
	}
}

// unclosedTags is a page that opens n formatting tags and never closes
// them, with different attributes so that the parser's limit of three
// identical ones does not apply, then has m paragraphs. (Fewer than 512
// tags: more, nested, make the parser give up at once.)
func unclosedTags(n, m int) string {
	var b strings.Builder
	b.WriteString("<html><body><p>")
	for i := range n {
		fmt.Fprintf(&b, "<b id=b%d>", i)
	}
	for i := range m {
		fmt.Fprintf(&b, "<p>Paragraph %d of the article.", i)
	}
	return b.String()
}

// A page of unclosed formatting tags made the parser build n×n elements:
// 9 MB ran out of memory. The count is refused before parsing.
func TestHTMLUnclosedFormatting(t *testing.T) {
	old := maxHTMLNodes
	maxHTMLNodes = 100_000
	t.Cleanup(func() { maxHTMLNodes = old })
	_, err := Parse("page.html", []byte(unclosedTags(400, 300)))
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "more than 100,000 elements") {
		t.Fatalf("err = %v, want too large, naming the limit", err)
	}
	// The same page with its tags closed is read.
	closed := strings.ReplaceAll(unclosedTags(400, 300), "<p>", strings.Repeat("</b>", 400)+"<p>")
	if _, err := Parse("page.html", []byte(closed)); err != nil {
		t.Fatalf("closed tags: %v", err)
	}
}

// The estimate is not far below what the parser builds for a hostile page,
// or the limit would not hold, nor far above it for an ordinary one.
func TestHTMLNodesEstimate(t *testing.T) {
	for _, tt := range []struct {
		name string
		page string
	}{
		{"unclosed", unclosedTags(300, 300)},
		{"closed", strings.ReplaceAll(unclosedTags(300, 300), "<p>", strings.Repeat("</b>", 300)+"<p>")},
		{"fixture", string(readFixture(t, "article.html"))},
	} {
		est := htmlNodes(strings.NewReader(tt.page), 1<<30)
		root, err := html.Parse(strings.NewReader(tt.page))
		if err != nil {
			t.Fatal(err)
		}
		real := 0
		walkNodes(root, func(*html.Node) bool { real++; return true })
		if est < real*9/10 || est > real*3 {
			t.Errorf("%s: estimate %d for %d nodes", tt.name, est, real)
		}
	}
}

// The count is made on the page as the parser reads it: a page in UTF-16
// is not let through because its bytes do not look like tags.
func TestHTMLUnclosedFormattingUTF16(t *testing.T) {
	old := maxHTMLNodes
	maxHTMLNodes = 100_000
	t.Cleanup(func() { maxHTMLNodes = old })
	page := unclosedTags(400, 300)
	utf16 := []byte{0xFF, 0xFE}
	for _, c := range []byte(page) {
		utf16 = append(utf16, c, 0)
	}
	if _, err := Parse("page.html", utf16); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want too large", err)
	}
}
