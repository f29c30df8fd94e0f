// Package document holds an article as the rest of the application sees it:
// its plain text, its paragraphs and its bibliographic details, whatever
// format it was read from.
//
// All offsets in this package and in the packages built on it are byte
// offsets into Document.Text, which is always valid UTF-8 with "\n" line
// endings. Anchors also keep the quoted text, so they survive a change of
// offsets (see package project).
package document

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Paragraph is one block of the article's text.
type Paragraph struct {
	Start   int  `json:"start"`
	End     int  `json:"end"`
	Heading bool `json:"heading,omitempty"`
}

// Document is one article or statement.
type Document struct {
	ID         string      `json:"id"`
	Title      string      `json:"title,omitempty"`
	Outlet     string      `json:"outlet,omitempty"`
	Author     string      `json:"author,omitempty"`
	Date       string      `json:"date,omitempty"`
	Source     string      `json:"source,omitempty"` // file path or URL the text came from
	Format     string      `json:"format,omitempty"` // text, markdown, html, docx, pdf, pasted
	Text       string      `json:"text"`
	Paragraphs []Paragraph `json:"paragraphs"`

	// Warnings are what the user should know about how the file was read
	// (bytes replaced, say), in words for them; not saved.
	Warnings []string `json:"-"`
}

// ParagraphAt returns the 1-based number of the paragraph that contains the
// byte offset, counting headings too, or 0 when the offset lies outside every
// paragraph.
func (d *Document) ParagraphAt(offset int) int {
	i := sort.Search(len(d.Paragraphs), func(i int) bool { return d.Paragraphs[i].End > offset })
	if i < len(d.Paragraphs) && d.Paragraphs[i].Start <= offset {
		return i + 1
	}
	return 0
}

// ParagraphText returns the text of the 1-based paragraph n.
func (d *Document) ParagraphText(n int) string {
	if n < 1 || n > len(d.Paragraphs) {
		return ""
	}
	p := d.Paragraphs[n-1]
	return d.Text[p.Start:p.End]
}

// Slice returns Text[start:end], or "" when the range is not inside the text.
func (d *Document) Slice(start, end int) string {
	if start < 0 || end > len(d.Text) || start > end {
		return ""
	}
	return d.Text[start:end]
}

// FromText builds a document from plain text. Paragraphs may be separated by
// blank lines or by single line breaks; lines of a hard-wrapped paragraph
// (as in e-mails and old text files) are kept together. Short lines without
// final punctuation are marked as headings, as in the sample article. The
// first paragraph becomes the title when it looks like one, and a byline
// ("By Jane Doe, Reuters") and date line ("2 December 2025") in the lines
// after it give the author, outlet and date (see textHeadMeta). The text is
// cleaned first: "\n" line endings, valid UTF-8, no control characters.
func FromText(id, text string) *Document {
	text = cleanText(text)
	d := &Document{ID: id, Text: text, Format: "text"}
	d.Paragraphs = textParagraphs(text)
	if len(d.Paragraphs) > 0 {
		first := &d.Paragraphs[0]
		line := d.Text[first.Start:first.End]
		if (first.Heading || looksLikeTitle(text, *first)) && !isHeadLine(line) {
			first.Heading = true
			d.Title = line
		}
	}
	textHeadMeta(text, d.Title != "").fill(d)
	return d
}

type textLine struct {
	start, end int // trimmed line, byte offsets
	blankAfter bool
}

// textParagraphs splits text into paragraphs, one per non-blank line unless
// the text is hard-wrapped, in which case wrapped lines are joined.
func textParagraphs(text string) []Paragraph {
	var lines []textLine
	off := 0
	maxWidth := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		start := off
		off += len(line)
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			if len(lines) > 0 {
				lines[len(lines)-1].blankAfter = true
			}
			continue
		}
		start += strings.Index(line, trimmed)
		lines = append(lines, textLine{start: start, end: start + len(trimmed)})
		maxWidth = max(maxWidth, utf8.RuneCountInString(trimmed))
	}
	// A text whose longest line is short is hard-wrapped: a long line
	// there continues on the next line unless a blank line follows.
	wrapped := false
	if maxWidth >= 40 && maxWidth <= 100 {
		long := 0
		for _, l := range lines {
			if utf8.RuneCountInString(text[l.start:l.end])*4 >= maxWidth*3 {
				long++
			}
		}
		wrapped = long >= 3 && long*5 >= len(lines)*2
	}
	var paras []Paragraph
	for i := 0; i < len(lines); i++ {
		p := Paragraph{Start: lines[i].start, End: lines[i].end}
		first := text[p.Start:p.End]
		if wrapped && !looksLikeHeading(first) && !isListItem(first) {
			for i+1 < len(lines) && !lines[i].blankAfter && continues(text, lines[i], lines[i+1], maxWidth) {
				i++
				p.End = lines[i].end
			}
		}
		p.Heading = p.End == lines[i].end && p.Start == lines[i].start && looksLikeHeading(first)
		paras = append(paras, p)
	}
	return paras
}

// continues says whether line b carries on the paragraph of line a in a
// hard-wrapped text.
func continues(text string, a, b textLine, maxWidth int) bool {
	s := text[a.start:a.end]
	if utf8.RuneCountInString(s)*10 < maxWidth*6 {
		return false
	}
	return !isListItem(text[b.start:b.end])
}

func isListItem(s string) bool {
	switch {
	case strings.HasPrefix(s, "- "), strings.HasPrefix(s, "* "), strings.HasPrefix(s, "• "), strings.HasPrefix(s, "– "):
		return true
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}

// looksLikeTitle says whether the first paragraph of a text is its title: a
// single line standing alone before a blank line, without final
// punctuation.
func looksLikeTitle(text string, p Paragraph) bool {
	s := text[p.Start:p.End]
	if strings.Contains(s, "\n") || utf8.RuneCountInString(s) > 200 || len(s) < 3 {
		return false
	}
	if !strings.HasPrefix(text[p.End:], "\n\n") && !strings.HasPrefix(strings.TrimLeft(text[p.End:], " \t"), "\n\n") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".,;:!?", r)
}

func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// looksLikeHeading says whether a paragraph reads as a heading: short, no
// sentence-final punctuation, mostly capitalised words.
func looksLikeHeading(s string) bool {
	if len(s) > 120 || len(s) < 3 {
		return false
	}
	switch s[len(s)-1] {
	case '.', '?', '!', ',', ';', ':', '"', '\'':
		return false
	}
	if strings.HasSuffix(s, "”") || strings.HasSuffix(s, "’") {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 16 {
		return false
	}
	upper := 0
	for _, w := range words {
		r := []rune(w)[0]
		if r >= 'A' && r <= 'Z' || r > 127 {
			upper++
		}
	}
	return upper*2 >= len(words)
}
