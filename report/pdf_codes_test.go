package report

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// A brief drawing hundreds of different non-ASCII characters gives some of
// them two-byte codes whose second byte is a parenthesis, a backslash, a
// carriage return or a line feed; all must come back out of the PDF as
// written, in every face.
func TestPDFManyCharactersRoundTrip(t *testing.T) {
	m, err := loadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	var letters []rune
	for _, tab := range []*unicode.RangeTable{unicode.Cyrillic, unicode.Greek, unicode.Latin} {
		for r := rune(0x80); r < 0x2000; r++ {
			if unicode.Is(tab, r) && unicode.IsLetter(r) && m[regular].adv[r] != 0 && m[bold].adv[r] != 0 && m[italic].adv[r] != 0 &&
				norm.NFC.String(string(r)) == string(r) {
				letters = append(letters, r)
			}
		}
	}
	// Past 256 two-byte codes, so that the second byte takes every
	// value and the first more than one; few enough for one page.
	if len(letters) < 320 {
		t.Fatalf("only %d letters to test with", len(letters))
	}
	letters = letters[:320]
	// (Letters that NFC turns into others, such as U+1F71, are left out:
	// the brief shows their composed form, which is tested elsewhere.)
	// Words of eight letters, so that lines break between them.
	var words []string
	for i := 0; i+8 <= len(letters); i += 8 {
		words = append(words, string(letters[i:i+8]))
	}
	text := strings.Join(words, " ")

	p := genProject(12, 3)
	for _, x := range p.Positions {
		x.Selected, x.Rejected = true, false
	}
	p.Topics[0].Selected = true
	p.Positions[0].Topic = p.Topics[0].ID
	p.Positions[0].Summary = text        // regular
	p.Positions[0].Evidence.Quote = text // italic
	p.Topics[0].Label = words[0] + " " + words[len(words)-1]

	data, _ := writeTestPDF(t, p)
	pages := pdfPages(t, pdfFile(t, data))
	got := strings.Join(strings.Fields(strings.Join(pages, " ")), " ")
	if n := strings.Count(got, text); n < 2 {
		t.Errorf("the %d letters come back whole %d times, want 2 (summary and evidence)", len(letters), n)
		for _, w := range words {
			if !strings.Contains(got, w) {
				t.Errorf("lost or garbled: %q", w)
			}
		}
	}
	if !strings.Contains(got, p.Topics[0].Label) {
		t.Errorf("the bold heading %q is not in the text", p.Topics[0].Label)
	}
}

// ASCII keeps one byte; other characters get two, the first 0x80 or more,
// in the order first drawn, and keep them.
func TestCodes(t *testing.T) {
	var cs codes
	if c := cs.code('é'); c != 0x8000 {
		t.Errorf("first code %#x, want 0x8000", c)
	}
	if c := cs.code('Ж'); c != 0x8001 {
		t.Errorf("second code %#x, want 0x8001", c)
	}
	if c := cs.code('é'); c != 0x8000 {
		t.Errorf("é changed code: %#x", c)
	}
	if cs.cid('A') != 'A' || cs.cid('é') != 0x80 || cs.cid('Ж') != 0x81 || cs.numCIDs() != 0x82 {
		t.Errorf("CIDs: A %d, é %d, Ж %d, %d in all", cs.cid('A'), cs.cid('é'), cs.cid('Ж'), cs.numCIDs())
	}
	// Full: a new character shows as the replacement, which has a code.
	for r := rune(0x100); len(cs.runes) < maxWide-1; r++ {
		cs.code(r)
	}
	c := cs.code(0xFF00)
	if cs.runes[c-0x8000] != replacement || cs.code(0xFF01) != c || len(cs.runes) != maxWide {
		t.Errorf("past the last code: %#x for %q, %d codes", c, cs.runes[c-0x8000], len(cs.runes))
	}
}
