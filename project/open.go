package project

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"briefing/analysis"
	"briefing/assets"
	"briefing/document"
)

// Kind says what a file opened with Open was.
type Kind int

// Kinds of files Open accepts.
const (
	KindArticle     Kind = iota // an article, analysed afresh
	KindProject                 // a saved .brief project
	KindInterchange             // the JSON interchange format
)

// Open reads any file the application accepts: a saved project, interchange
// JSON, or an article in one of the document formats, which is analysed.
func Open(path string) (*Project, Kind, error) {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == Extension {
		if _, err := checkBriefFile(path); err != nil {
			return nil, KindProject, err
		}
		p, err := Load(path)
		return p, KindProject, err
	}
	if ext == ".json" {
		// Decoding copies every string, so the file's bytes can go as
		// soon as the project is built.
		data, done, err := readBriefFile(path)
		if err != nil {
			return nil, KindInterchange, err
		}
		defer done()
		data = bytes.TrimPrefix(data, utf8BOM)
		if bytes.Contains(data[:min(len(data), 4096)], []byte(`"`+FormatName+`"`)) {
			p, err := Unmarshal(data)
			if err != nil {
				return nil, KindProject, fmt.Errorf("open %s: %w", document.QuoteName(path), err)
			}
			return p, KindProject, nil
		}
		p, err := FromInterchange(data)
		if err != nil {
			return nil, KindInterchange, fmt.Errorf("open %s: %w", document.QuoteName(path), err)
		}
		return p, KindInterchange, nil
	}
	doc, err := document.Load(path)
	if err != nil {
		return nil, KindArticle, err
	}
	return FromDocument(doc), KindArticle, nil
}

// FromDocument starts a project from one document and its analysis.
func FromDocument(doc *document.Document) *Project {
	return FromAnalysis(doc, analysis.Analyze(doc))
}

// FromAnalysis starts a project from one document and the result of its analysis, or
// with no suggestions when res is nil (the window shows a large article so before its
// analysis ends, and adds them with Reanalyse). It names the document "d1" when it has no
// ID, before anything else reads it.
func FromAnalysis(doc *document.Document, res *analysis.Result) *Project {
	p := New()
	if doc.ID == "" {
		doc.ID = "d1"
	}
	p.AddDocument(doc, res)
	if p.Brief.Title == "" {
		p.Brief.Title = DisplayTitle(doc)
	}
	return p
}

// DisplayTitle is the document's title or, when it has none, its first
// heading, its first sentence when that is short enough to be a title, or
// the name of its file. It never cuts a sentence: a title that stops in
// mid-sentence reads as a mistake in a brief.
func DisplayTitle(doc *document.Document) string {
	if t := strings.TrimSpace(doc.Title); t != "" {
		return t
	}
	for n, para := range doc.Paragraphs {
		if para.Heading {
			if h := strings.Join(strings.Fields(doc.ParagraphText(n+1)), " "); h != "" {
				return h
			}
		}
	}
	s := doc.Text
	if i := strings.IndexAny(s, ".!?\n"); i >= 0 {
		s = s[:i]
	}
	if words := strings.Fields(s); len(words) > 0 && len(words) <= 12 {
		return strings.Join(words, " ")
	}
	if name := fileTitle(doc.Source); name != "" {
		return name
	}
	return "Untitled text"
}

// fileTitle is the name of the file or the last part of the URL a document
// came from, without its extension: "sample.txt" gives "sample".
func fileTitle(source string) string {
	s := strings.TrimRight(strings.TrimSpace(source), "/\\")
	if i := strings.LastIndexAny(s, "/\\"); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.LastIndexByte(s, '.'); i > 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// OpenSample starts a project on the sample article embedded in the binary.
func OpenSample() *Project {
	doc := document.FromText("d1", assets.Sample)
	doc.Source = assets.SampleName
	doc.Format = "text"
	return FromDocument(doc)
}
