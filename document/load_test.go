package document

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// checkDoc asserts the invariants every loaded document keeps.
func checkDoc(t testing.TB, d *Document) {
	t.Helper()
	if !utf8.ValidString(d.Text) {
		t.Fatalf("text is not valid UTF-8")
	}
	if strings.ContainsAny(d.Text, "\r\x00") {
		t.Fatalf("text holds CR or NUL: %q", d.Text)
	}
	prev := 0
	for i, p := range d.Paragraphs {
		if p.Start < prev || p.Start >= p.End || p.End > len(d.Text) {
			t.Fatalf("paragraph %d [%d,%d) out of order or range (text %d bytes)", i+1, p.Start, p.End, len(d.Text))
		}
		if s := d.Text[p.Start:p.End]; strings.TrimSpace(s) != s {
			t.Fatalf("paragraph %d not trimmed: %q", i+1, s)
		}
		prev = p.End
	}
	for _, s := range []string{d.Title, d.Author, d.Date, d.Outlet} {
		if !utf8.ValidString(s) {
			t.Fatalf("metadata is not valid UTF-8: %q", s)
		}
	}
}

func paragraphs(d *Document) (paras, headings []string) {
	for _, p := range d.Paragraphs {
		s := d.Text[p.Start:p.End]
		if p.Heading {
			headings = append(headings, s)
		} else {
			paras = append(paras, s)
		}
	}
	return paras, headings
}

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// want is what a user would notice about a loaded document.
type want struct {
	format, title, author, date, outlet string
	paras                               []string // body paragraphs, in order (a prefix is enough)
	headings                            []string // all headings, in order
	absent                              []string // text that must not appear (boilerplate)
}

func (w want) check(t *testing.T, d *Document) {
	t.Helper()
	checkDoc(t, d)
	if d.Format != w.format {
		t.Errorf("format = %q, want %q", d.Format, w.format)
	}
	for _, f := range []struct{ name, got, want string }{
		{"title", d.Title, w.title}, {"author", d.Author, w.author}, {"date", d.Date, w.date}, {"outlet", d.Outlet, w.outlet},
	} {
		if f.got != f.want {
			t.Errorf("%s = %q, want %q", f.name, f.got, f.want)
		}
	}
	paras, headings := paragraphs(d)
	if len(paras) < len(w.paras) {
		t.Fatalf("got %d paragraphs, want at least %d:\n%q", len(paras), len(w.paras), paras)
	}
	for i, p := range w.paras {
		if paras[i] != p {
			t.Errorf("paragraph %d = %q\nwant %q", i+1, paras[i], p)
		}
	}
	if w.headings != nil && strings.Join(headings, "|") != strings.Join(w.headings, "|") {
		t.Errorf("headings = %q, want %q", headings, w.headings)
	}
	for _, s := range w.absent {
		if strings.Contains(strings.ToLower(d.Text), strings.ToLower(s)) {
			t.Errorf("text contains %q, which should have been dropped", s)
		}
	}
}

func TestParseText(t *testing.T) {
	ministers := want{
		format: "text", title: "Ministers Meet in Brussels",
		headings: []string{"Ministers Meet in Brussels"},
		paras: []string{
			"The ministers’ meeting in Brüssel ended with a “joint statement” — signed by all.",
			"Café owners said: naïve optimism.",
		},
	}
	tests := []struct {
		name string
		file string // fixture in testdata, or
		data string // inline content
		want want
	}{
		{name: "UTF-16 LE with BOM", file: "utf16le.txt", want: ministers},
		{name: "UTF-16 BE with BOM", file: "utf16be.txt", want: ministers},
		{name: "Windows-1252", file: "cp1252.txt", want: ministers},
		{name: "UTF-8 with BOM", file: "utf8bom.txt", want: ministers},
		{
			name: "single newlines with short heading lines",
			data: "Putin will meet the US envoy in Moscow on Tuesday, the Kremlin said.\nKyiv Holds Firm on Core Demands\nZelensky stressed that Ukraine prioritises sovereignty.\n",
			want: want{format: "text", headings: []string{"Kyiv Holds Firm on Core Demands"}, paras: []string{
				"Putin will meet the US envoy in Moscow on Tuesday, the Kremlin said.",
				"Zelensky stressed that Ukraine prioritises sovereignty.",
			}},
		},
		{
			name: "blank lines, first paragraph is the page title",
			data: "Statement from the President on the conclusion of the summit\n\nIn 2015, the world came together to finalize the Paris Agreement.\n\nToday we are further ahead.\n",
			want: want{format: "text", title: "Statement from the President on the conclusion of the summit", paras: []string{
				"In 2015, the world came together to finalize the Paris Agreement.",
				"Today we are further ahead.",
			}},
		},
		{
			name: "CRLF, NULs and control characters",
			data: "First line of text.\r\nSecond\x00 line\x07 of text.\rThird line.\x1b\r\n",
			want: want{format: "text", paras: []string{"First line of text.", "Second line of text.", "Third line."}},
		},
		{
			name: "hard-wrapped paragraphs are joined",
			data: "The finance ministers met in Luxembourg on Friday to discuss the\nbudget for next year. Several delegations asked for more time to\nstudy the proposal, which the Commission published last week.\n\nThe presidency hopes to reach a deal in December. Diplomats said\nthe gap between net payers and net receivers remains wide.\n",
			want: want{format: "text", paras: []string{
				"The finance ministers met in Luxembourg on Friday to discuss the\nbudget for next year. Several delegations asked for more time to\nstudy the proposal, which the Commission published last week.",
				"The presidency hopes to reach a deal in December. Diplomats said\nthe gap between net payers and net receivers remains wide.",
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, name := []byte(tt.data), "article.txt"
			if tt.file != "" {
				data, name = readFixture(t, tt.file), tt.file
			}
			d, err := Parse(name, data)
			if err != nil {
				t.Fatal(err)
			}
			tt.want.check(t, d)
		})
	}
}

func TestSampleArticle(t *testing.T) {
	d, err := Load(filepath.Join("..", "assets", "sample.txt"))
	if err != nil {
		t.Fatal(err)
	}
	checkDoc(t, d)
	_, headings := paragraphs(d)
	if len(headings) == 0 || headings[0] != "Kyiv Holds Firm on Core Demands" {
		t.Errorf("headings = %q", headings)
	}
}

func TestParseMarkdown(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             want
	}{
		{
			name: "front matter", file: "frontmatter.md",
			want: want{
				format: "markdown", title: "Council agrees on migration pact", author: "Jane Doe", date: "2024-05-14", outlet: "Policy Wire",
				headings: []string{"Migration pact adopted", "What changes"},
				paras: []string{
					"The Council of the EU adopted the migration and asylum pact on Tuesday, after years of talks between member states.",
					"Faster border procedures for applicants with low recognition rates.",
					"A solidarity mechanism: states either relocate people or pay.",
					"Common screening rules at external borders.",
					`"This is a historic day," said the Belgian minister & Council president.`,
					"Ministers from Hungary and Poland voted against* the regulation.",
					"Country | Vote",
					"Hungary | against",
				},
				absent: []string{"**", "](", "title:", "https://", "&amp;", "|---"},
			},
		},
		{
			name: "title from first H1, setext heading, numbered list, HTML comment",
			data: "Summit ends without deal\n========================\n\n<!-- draft note -->\n\nLeaders left _Brussels_ without agreement.\n\n1. Budget\n2. Enlargement\n\n### Outlook\n\nTalks resume in `June`.\n",
			want: want{
				format: "markdown", title: "Summit ends without deal",
				headings: []string{"Summit ends without deal", "Outlook"},
				paras:    []string{"Leaders left Brussels without agreement.", "Budget", "Enlargement", "Talks resume in June."},
				absent:   []string{"draft note", "===", "_"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(tt.data)
			name := "notes.md"
			if tt.file != "" {
				data, name = readFixture(t, tt.file), tt.file
			}
			d, err := Parse(name, data)
			if err != nil {
				t.Fatal(err)
			}
			tt.want.check(t, d)
		})
	}
}

var boilerplate = []string{
	"cookies", "Share on", "TRACKING", "Related stories", "All rights reserved", "newsletter",
	"Politics", "Privacy policy", "font-family", "A cargo ship", "By Maria Jensen",
}

func TestParseHTML(t *testing.T) {
	soup := `<html><head><title>Parliament backs AI act - Euro Monitor</title>
<meta name="date" content="2024-03-13"><meta name="author" content="Tom Weber"></head><body>
<div id="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us</a></div>
<div class="layout"><div class="col-left"><ul><li><a href="/1">Most read: Weather</a></li><li><a href="/2">Most read: Sport</a></li></ul></div>
<div class="col-main"><h1>Parliament backs AI act</h1>
<div class="text"><p>The European Parliament approved the artificial intelligence act on Wednesday with a large majority, ending years of negotiations between member states, lawmakers and the Commission.</p>
<p>The law bans some uses of AI, such as social scoring, and sets obligations for high-risk systems used in hiring, education and policing. Companies will have two years to comply with most rules.</p>
<p>Consumer groups welcomed the vote but said enforcement would decide whether the law makes a difference in practice.</p></div></div></div>
<div class="cookie-notice">This site uses cookies.</div></body></html>`
	cp1252 := "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 culture</title></head><body><article><p>The caf\xe9 owners\x92 association said the \x93new rules\x94 were na\xefve and would hurt small businesses across the region this year.</p><p>The ministry disagreed and said it would publish guidance for owners before the summer season begins in June.</p></article></body></html>"
	tests := []struct {
		name, file, data string
		want             want
	}{
		{
			name: "saved page with boilerplate", file: "article.html",
			want: want{
				format: "html", title: "Ministers agree new Black Sea grain corridor", author: "Maria Jensen", date: "2024-03-05", outlet: "The Daily Ledger",
				headings: []string{"Ministers agree new Black Sea grain corridor", "Security guarantees", "Reactions"},
				paras: []string{
					"Foreign ministers from Turkey, Ukraine and Romania agreed on Tuesday to open a protected shipping corridor for grain exports through the Black Sea, officials said & confirmed.",
					"The agreement, reached after two days of talks in Ankara, allows cargo ships to sail under naval escort. “This is a lifeline for farmers,” said one minister.",
					"Under the deal, Turkey will inspect vessels and Romania will provide mine-clearing support.",
					"We will not allow the sea to be closed again.",
					"Inspections will take place in Istanbul.",
					"Insurance costs will be shared.",
					"The European Commission welcomed the agreement and promised funding for port repairs.",
				},
				absent: boilerplate,
			},
		},
		{
			name: "page without article markup", data: soup,
			want: want{
				format: "html", title: "Parliament backs AI act", author: "Tom Weber", date: "2024-03-13",
				paras: []string{
					"The European Parliament approved the artificial intelligence act on Wednesday with a large majority, ending years of negotiations between member states, lawmakers and the Commission.",
				},
				absent: []string{"Most read", "About us", "cookies"},
			},
		},
		{
			name: "Windows-1252 page", data: cp1252,
			want: want{
				format: "html", title: "Café culture",
				paras: []string{"The café owners’ association said the “new rules” were naïve and would hurt small businesses across the region this year."},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(tt.data)
			name := "page.html"
			if tt.file != "" {
				data, name = readFixture(t, tt.file), tt.file
			}
			d, err := Parse(name, data)
			if err != nil {
				t.Fatal(err)
			}
			tt.want.check(t, d)
		})
	}
}

func TestParseDOCX(t *testing.T) {
	for _, data := range [][]byte{readFixture(t, "sample.docx"), sampleDOCX(t)} {
		d, err := Parse("brief.docx", data)
		if err != nil {
			t.Fatal(err)
		}
		want{
			format: "docx", title: "Trade talks resume in Geneva", author: "Alex Morgan", date: "2024-02-01",
			headings: []string{"Trade talks resume in Geneva", "Tariffs on steel", "Next steps"},
			paras: []string{
				"Negotiators from the European Union and India met on Monday.",
				"The EU wants lower tariffs.",
				"India wants market access.",
				"Item Value",
				"“We are closer than ever,” said the commissioner.",
			},
			absent: []string{"deleted words", "MERGEFORMAT"},
		}.check(t, d)
	}

	t.Run("core title used without a Title paragraph", func(t *testing.T) {
		data := makeDOCX(t, "Annual report", "Kim Lee", []testPara{{runs: []string{wt("Only body text here.")}}}, nil)
		d, err := Parse("r.docx", data)
		if err != nil {
			t.Fatal(err)
		}
		if d.Title != "Annual report" {
			t.Errorf("title = %q", d.Title)
		}
	})
}

func TestParseDOCXErrors(t *testing.T) {
	var junkZip bytes.Buffer
	zw := zip.NewWriter(&junkZip)
	w, _ := zw.Create("notes/readme.txt")
	w.Write([]byte("hello"))
	zw.Close()

	good := sampleDOCX(t)
	tests := []struct {
		name string
		data []byte
		kind error
		msg  string
	}{
		{"Excel workbook", makeDOCX(t, "", "", nil, map[string]string{"word/document.xml": "", "xl/workbook.xml": "<workbook/>"}), ErrUnsupported, "Excel workbook"},
		{"OpenDocument", makeDOCX(t, "", "", nil, map[string]string{"word/document.xml": "", "mimetype": "application/vnd.oasis.opendocument.text"}), ErrUnsupported, "OpenDocument"},
		{"plain zip", junkZip.Bytes(), ErrUnsupported, "zip archive"},
		{"truncated", good[:len(good)/2], ErrDamaged, "damaged"},
		{"bad XML", makeDOCX(t, "", "", nil, map[string]string{"word/document.xml": "<w:document><w:body><w:p><w:t>unclosed"}), ErrDamaged, "damaged"},
		{"no text", makeDOCX(t, "", "", []testPara{{runs: []string{wt("   ")}}}, nil), ErrNoText, "no text"},
		{"not a zip", readFixture(t, "not-a-zip.docx"), ErrUnsupported, "not a Word document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("report.docx", tt.data)
			if !errors.Is(err, tt.kind) || !strings.Contains(err.Error(), tt.msg) || !strings.Contains(err.Error(), "report.docx") {
				t.Fatalf("err = %v, want %v mentioning %q and the file", err, tt.kind, tt.msg)
			}
		})
	}

	t.Run("zip bomb", func(t *testing.T) {
		old := maxUnzipped
		maxUnzipped = 1 << 20
		defer func() { maxUnzipped = old }()
		huge := "<w:document><w:body><w:p><w:r><w:t>" + strings.Repeat("a", 2<<20) + "</w:t></w:r></w:p></w:body></w:document>"
		data := makeDOCX(t, "", "", nil, map[string]string{"word/document.xml": huge})
		if len(data) > 100<<10 {
			t.Fatalf("fixture not compressed: %d bytes", len(data))
		}
		_, err := Parse("bomb.docx", data)
		if !errors.Is(err, ErrTooLarge) {
			t.Fatalf("err = %v, want ErrTooLarge", err)
		}
	})
}

func TestParsePDF(t *testing.T) {
	for _, data := range [][]byte{readFixture(t, "sample.pdf"), makePDF(t)} {
		d, err := Parse("report.pdf", data)
		if err != nil {
			t.Fatal(err)
		}
		want{
			format: "pdf", title: "Arctic Council resumes work", author: "Nordic Policy Institute", date: "2024-06-01",
			headings: []string{"Arctic Council resumes work", "Climate research"},
			paras: []string{
				"The Arctic Council will resume its full work programme next month, the chair announced on Thursday. The eight member states agreed to restart working groups on shipping, climate and indigenous rights after a pause of more than two years.",
				"Norway, which holds the chair, said the decision reflected a shared interest in scientific cooperation. Russia did not attend the meeting in Tromso.",
				"Scientists welcomed the move, warning that gaps in Arctic monitoring data had widened since 2022.",
				"The next ministerial meeting is planned for May in Copenhagen.",
			},
		}.check(t, d)
	}
}

func TestParsePDFErrors(t *testing.T) {
	good := readFixture(t, "sample.pdf")
	tests := []struct {
		name string
		data []byte
		kind error
		msg  string
	}{
		{"scan without text layer", readFixture(t, "scan.pdf"), ErrNoText, "this PDF has no text layer (it is probably a scan)"},
		{"truncated", good[:len(good)/2], ErrDamaged, "damaged"},
		{"header only", []byte("%PDF-1.4\n"), ErrDamaged, "damaged"},
		{"text named .pdf", []byte("Just some words.\n"), ErrUnsupported, "not a PDF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("paper.pdf", tt.data)
			if !errors.Is(err, tt.kind) || !strings.Contains(err.Error(), tt.msg) || !strings.Contains(err.Error(), "paper.pdf") {
				t.Fatalf("err = %v, want %v mentioning %q and the file", err, tt.kind, tt.msg)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, file string
		data       []byte
		kind       error
		msg        string
	}{
		{"empty text", "a.txt", nil, ErrEmpty, "a.txt: this file is empty"},
		{"empty docx", "a.docx", []byte{}, ErrEmpty, "is empty"},
		{"only blank lines", "a.txt", []byte("\n\n  \r\n\t\n"), ErrNoText, "contains no text"},
		{"PNG named .txt", "photo.txt", readFixture(t, "image-named.txt"), ErrUnsupported, "PNG image, not a text file"},
		{"JPEG named .md", "x.md", []byte("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00"), ErrUnsupported, "JPEG image"},
		{"old Word .doc", "old.doc", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00"), ErrUnsupported, "save it as .docx"},
		{"binary data", "data.txt", bytes.Repeat([]byte{0, 1, 2, 3, 0xFF, 0x10}, 100), ErrUnsupported, "binary data"},
		{"HTML without text", "x.html", []byte("<html><body><script>x()</script></body></html>"), ErrNoText, "no article text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(tt.file, tt.data)
			if err == nil {
				t.Fatalf("no error; got %+v", d)
			}
			if !errors.Is(err, tt.kind) || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("err = %v, want %v mentioning %q", err, tt.kind, tt.msg)
			}
			var fe *FileError
			if !errors.As(err, &fe) || fe.Name != tt.file {
				t.Fatalf("err %v does not name the file %q", err, tt.file)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	t.Run("formats by content and extension", func(t *testing.T) {
		for _, tt := range []struct {
			name   string
			data   []byte
			format string
		}{
			{"a.txt", []byte("Hello world.\n"), "text"},
			{"a.md", readFixture(t, "frontmatter.md"), "markdown"},
			{"a.htm", readFixture(t, "article.html"), "html"},
			{"a.docx", readFixture(t, "sample.docx"), "docx"},
			{"a.pdf", readFixture(t, "sample.pdf"), "pdf"},
			{"no-extension", readFixture(t, "article.html"), "html"},
			{"no-extension-md", readFixture(t, "frontmatter.md"), "markdown"},
			{"misnamed-pdf.txt", readFixture(t, "sample.pdf"), "pdf"},
		} {
			p := write(tt.name, tt.data)
			d, err := Load(p)
			if err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			checkDoc(t, d)
			if d.Format != tt.format || d.Source != p {
				t.Errorf("%s: format %q source %q, want %q %q", tt.name, d.Format, d.Source, tt.format, p)
			}
		}
	})
	t.Run("too large", func(t *testing.T) {
		p := filepath.Join(dir, "big.txt")
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(MaxFileSize + 1); err != nil {
			t.Fatal(err)
		}
		f.Close()
		_, err = Load(p)
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "big.txt: this file is too large") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("missing file", func(t *testing.T) {
		_, err := Load(filepath.Join(dir, "nope.txt"))
		if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "nope.txt: the file does not exist") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("folder", func(t *testing.T) {
		_, err := Load(dir)
		if !errors.Is(err, ErrUnsupported) || !strings.Contains(err.Error(), "folder") {
			t.Fatalf("err = %v", err)
		}
	})
}

func TestParseTooLarge(t *testing.T) {
	_, err := Parse("huge.txt", make([]byte, MaxFileSize+1))
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "limit is 50.0 MB") {
		t.Fatalf("err = %v", err)
	}
}

func TestFromPasted(t *testing.T) {
	d := FromPasted("Leaders Meet in Rome\r\n\r\nThe leaders met on Monday.\x00\r\n")
	checkDoc(t, d)
	if d.Format != "pasted" || d.Title != "Leaders Meet in Rome" {
		t.Errorf("format %q title %q", d.Format, d.Title)
	}
	if paras, _ := paragraphs(d); len(paras) != 1 || paras[0] != "The leaders met on Monday." {
		t.Errorf("paragraphs %q", paras)
	}
}

// TestPathologicalInput checks that hostile nesting is refused or read
// quickly rather than hanging the application.
func TestPathologicalInput(t *testing.T) {
	for _, tt := range []struct{ name, data string }{
		{"quotes.md", strings.Repeat(">", 100000) + " x"},
		{"lists.md", strings.Repeat("- ", 50000) + "x"},
		{"links.md", strings.Repeat("[a](", 10000)},
		{"divs.html", strings.Repeat("<div>", 100000) + "text"},
		{"line.txt", strings.Repeat("word ", 200000)},
	} {
		start := time.Now()
		d, err := Parse(tt.name, []byte(tt.data))
		if err == nil {
			checkDoc(t, d)
		}
		if el := time.Since(start); el > 5*time.Second {
			t.Errorf("%s took %v", tt.name, el)
		}
	}
}
