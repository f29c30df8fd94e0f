package report

import (
	"strconv"
	"strings"

	"briefing/document"
	"briefing/project"
)

// How the brief names its sources: in the list of sources and in the
// citation after each quote.

// briefTitle is the brief's title: the user's, else the title of its one
// source, else a plain "Brief".
func briefTitle(p *project.Project) string {
	if t := strings.TrimSpace(p.Brief.Title); t != "" {
		return t
	}
	if len(p.Documents) == 1 {
		return sourceTitle(p.Documents[0])
	}
	return "Brief"
}

// sourceTitle is a document's title, or a stand-in that is never a cut
// sentence (project.DisplayTitle).
func sourceTitle(doc *document.Document) string {
	return project.DisplayTitle(doc)
}

// sourceDetails is what the list of sources says after the title: outlet,
// author and date of publication, those the document has.
func sourceDetails(doc *document.Document) string {
	return joinNonEmpty(", ", doc.Outlet, doc.Author, longDate(doc.Date))
}

// sourceURL is the address a document was read from, when it is a web
// address; a path on the drafter's disk means nothing to the reader.
func sourceURL(doc *document.Document) string {
	s := strings.TrimSpace(doc.Source)
	if l := strings.ToLower(s); strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://") {
		return s
	}
	return ""
}

// citation names the source, its date and the paragraph of an anchor:
// "[1] Reuters, 2 Dec 2025, ¶3". The number refers to the list of sources.
func (d *briefData) citation(a project.Anchor, paragraph int) string {
	doc := d.docs[a.Doc]
	if doc == nil && len(d.p.Documents) == 1 && a.Doc == "" {
		doc = d.p.Documents[0]
	}
	if paragraph == 0 && doc != nil && a.End > a.Start {
		paragraph = doc.ParagraphAt(a.Start)
	}
	var head string
	var parts []string
	if doc != nil {
		head = "[" + strconv.Itoa(d.docNum[doc.ID]) + "]"
		name := strings.TrimSpace(doc.Outlet)
		if r := []rune(name); len(r) > 40 {
			name = strings.TrimSpace(string(r[:39])) + "…"
		}
		parts = append(parts, name, shortDate(doc.Date))
	}
	if paragraph > 0 {
		parts = append(parts, "¶"+strconv.Itoa(paragraph))
	}
	return joinNonEmpty(" ", head, joinNonEmpty(", ", parts...))
}
