package document

import (
	"strings"
	"testing"
	"time"
)

// TestTextByline reads the author, outlet and date from the head of plain
// text articles, and nothing from their bodies.
func TestTextByline(t *testing.T) {
	const body = "\n\nThe ministers met in Brussels on Friday to discuss the budget for next year, the presidency said in a statement.\n"
	tests := []struct {
		name, head           string
		author, outlet, date string
		title                string
	}{
		{name: "by", head: "By Jane Doe", author: "Jane Doe"},
		{name: "two names and outlet", head: "By Jane Doe and John Roe, Reuters", author: "Jane Doe and John Roe", outlet: "Reuters"},
		{name: "capitals and bar", head: "By JANE DOE | Associated Press", author: "Jane Doe", outlet: "Associated Press"},
		{name: "dash", head: "By Jane Doe - BBC News", author: "Jane Doe", outlet: "BBC News"},
		{name: "list of three", head: "By Jane Doe, John Roe and Ann Poe", author: "Jane Doe, John Roe and Ann Poe"},
		{name: "place", head: "By Jane Doe in Kyiv", author: "Jane Doe"},
		{name: "role is not the outlet", head: "By Jane Doe, Diplomatic Correspondent", author: "Jane Doe"},
		{name: "outlet and date", head: "By Jane Doe, Reuters, 2 December 2025", author: "Jane Doe", outlet: "Reuters", date: "2025-12-02"},
		{name: "day month year", head: "By Jane Doe\n2 December 2025", author: "Jane Doe", date: "2025-12-02"},
		{name: "month day year", head: "December 2, 2025", date: "2025-12-02"},
		{name: "abbreviated month", head: "Dec. 2, 2025\nBy Jane Doe", author: "Jane Doe", date: "2025-12-02"},
		{name: "ISO", head: "2025-12-02", date: "2025-12-02"},
		{name: "ISO with time", head: "2025-12-02T10:31:00Z", date: "2025-12-02"},
		{name: "Guardian style", head: "Tuesday 2 December 2025 10.31 GMT", date: "2025-12-02"},
		{name: "published label", head: "Published: 2 Dec 2025", date: "2025-12-02"},
		{name: "published and updated", head: "Updated 4 Dec 2025\nPublished: 2 Dec 2025, 09:00", date: "2025-12-02"},
		{name: "published then updated on a line", head: "Published 2 Dec 2025 Updated 4 Dec 2025", date: "2025-12-02"},
		{name: "only updated", head: "Updated: Thursday, December 4, 2025 at 9:15 a.m. EST", date: "2025-12-04"},
		{name: "after a standfirst", head: "Talks stall over territory\nBy Jane Doe", author: "Jane Doe"},
		{name: "not a date", head: "31 November 2025", date: ""},
		{name: "sentence with by", head: "By the end of the year, the ministers hope to agree.", author: ""},
		{name: "by a weekday", head: "By Tuesday, Kyiv had rejected the plan", author: ""},
		{name: "by a month", head: "By December the talks had collapsed", author: ""},
		{name: "date in a sentence", head: "2 December 2025 was the day the talks collapsed in Geneva", date: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Ministers Meet in Brussels\n\n" + tt.head + body
			d, err := Parse("a.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, d)
			if d.Author != tt.author || d.Outlet != tt.outlet || d.Date != tt.date {
				t.Errorf("author %q outlet %q date %q, want %q %q %q", d.Author, d.Outlet, d.Date, tt.author, tt.outlet, tt.date)
			}
			if d.Title != "Ministers Meet in Brussels" {
				t.Errorf("title %q", d.Title)
			}
			// The head lines stay in the text, as paragraphs.
			if d.Text != text {
				t.Errorf("text changed:\n%q", d.Text)
			}
			for _, line := range strings.Split(tt.head, "\n") {
				found := false
				for i := range d.Paragraphs {
					found = found || d.ParagraphText(i+1) == line
				}
				if !found {
					t.Errorf("line %q is not a paragraph", line)
				}
			}
		})
	}
}

// TestTextBylineOnlyInHead: a byline or date deeper than the head, or
// after the body has started, is the body's.
func TestTextBylineOnlyInHead(t *testing.T) {
	for name, text := range map[string]string{
		"after the body": "Ministers Meet in Brussels\n\nThe ministers met in Brussels on Friday to discuss the budget for next year, the presidency said in a long statement.\n\nBy Jane Doe\n\n2 December 2025\n",
		"below the head": "Ministers Meet\n\nOne\n\nTwo\n\nThree\n\nFour\n\nFive\n\nBy Jane Doe\n\n2 December 2025\n",
		"by the end of":  "Ministers Meet in Brussels\n\nBy the end of the year the ministers hope to agree on a budget, diplomats in Brussels said.\n\nBy Jane Doe\n",
	} {
		d, err := Parse("a.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if d.Author != "" || d.Date != "" {
			t.Errorf("%s: author %q date %q taken from the body", name, d.Author, d.Date)
		}
	}
}

// TestTextBylineNotTitle: a text that opens with its byline has no title
// rather than "By Jane Doe" as one.
func TestTextBylineNotTitle(t *testing.T) {
	d, err := Parse("a.txt", []byte("By Jane Doe, Reuters\n\nThe ministers met in Brussels on Friday.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "" || d.Author != "Jane Doe" || d.Outlet != "Reuters" {
		t.Errorf("title %q author %q outlet %q", d.Title, d.Author, d.Outlet)
	}
}

// TestMarkdownByline: Markdown without front matter reads its byline too;
// front matter wins over it.
func TestMarkdownByline(t *testing.T) {
	d, err := Parse("a.md", []byte("# Ministers Meet\n\nBy **Jane Doe**, Reuters\n\n2 Dec 2025\n\nThe ministers met.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Author != "Jane Doe" || d.Outlet != "Reuters" || d.Date != "2025-12-02" {
		t.Errorf("author %q outlet %q date %q", d.Author, d.Outlet, d.Date)
	}
	d, err = Parse("a.md", []byte("---\nauthor: Ann Poe\ndate: 2025-11-30\n---\n# Ministers Meet\n\nBy Jane Doe, Reuters\n\n2 Dec 2025\n\nThe ministers met.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Author != "Ann Poe" || d.Outlet != "" || d.Date != "2025-11-30" {
		t.Errorf("front matter: author %q outlet %q date %q", d.Author, d.Outlet, d.Date)
	}
}

// checkTextHead is the fuzz property of the head reading: whatever it
// takes is one short line, and a date is a real YYYY-MM-DD.
func checkTextHead(t *testing.T, d *Document) {
	if d.Format != "text" {
		return
	}
	if d.Date != "" {
		if _, err := time.Parse(time.DateOnly, d.Date); err != nil {
			t.Fatalf("date %q is not YYYY-MM-DD", d.Date)
		}
	}
	for _, s := range []string{d.Author, d.Outlet} {
		if strings.Contains(s, "\n") || len(s) > 200 {
			t.Fatalf("byline part %q", s)
		}
	}
}
