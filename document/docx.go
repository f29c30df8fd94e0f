package document

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
)

// maxUnzipped bounds how many bytes one part of a .docx may unpack to, and
// maxUnzippedTotal all parts together, against "zip bombs". The main part
// is read as a stream, so its bytes are not all held at once, and its
// text is bounded by maxText; the other parts (styles, properties) are
// read whole and small in real documents, so maxSmallPart bounds them.
// They are variables so that tests can lower them.
var (
	maxUnzipped      int64 = 4 * MaxFileSize
	maxUnzippedTotal int64 = 6 * MaxFileSize
	maxSmallPart     int64 = 16 << 20
)

var errZipBomb = errors.New("unpacks to too much data")

// parseDOCX reads a Word document: the paragraphs of word/document.xml
// (runs of w:t text, w:tab, w:br), with paragraphs in heading or title
// styles (or with an outline level) marked as headings, and the title,
// author and creation date from docProps/core.xml. Other zip files (Excel,
// PowerPoint, OpenDocument, plain archives) are refused by name.
func parseDOCX(name string, data []byte) (*Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fileErr(name, ErrDamaged, err, "this file looks like a Word document or zip archive but is damaged or incomplete")
	}
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[strings.TrimPrefix(path.Clean(strings.ReplaceAll(f.Name, "\\", "/")), "/")] = f
	}
	budget := maxUnzippedTotal
	read := func(part string) ([]byte, error) {
		f := files[part]
		if f == nil {
			return nil, nil
		}
		return readZipFile(f, min(maxSmallPart, budget), &budget)
	}

	main := mainPart(files, read)
	if files[main] == nil {
		return nil, fileErr(name, ErrUnsupported, nil, "this file is %s, not a Word document (.docx)", zipKind(files, read))
	}
	styles := map[string]bool{}
	if s, err := read(path.Join(path.Dir(main), "styles.xml")); err == nil && s != nil {
		styles = headingStyles(s)
	} else if errors.Is(err, errZipBomb) {
		return nil, docxReadErr(name, err)
	}
	paras, err := readMainPart(files[main], styles, &budget)
	switch {
	case errors.Is(err, errTooMuchText):
		return nil, tooMuchTextErr(name, "Word document")
	case errors.Is(err, errZipBomb):
		return nil, docxReadErr(name, err)
	case err != nil:
		return nil, fileErr(name, ErrDamaged, err, "this Word document is damaged: its text cannot be read")
	}

	var b builder
	var styleTitle, firstHeading string
	for i, p := range paras {
		b.add(p.text, p.heading)
		if p.title && styleTitle == "" {
			styleTitle = collapseSpace(p.text)
		}
		if i == 0 && p.heading {
			firstHeading = collapseSpace(p.text)
		}
	}
	if b.full {
		return nil, tooMuchTextErr(name, "Word document")
	}
	if b.empty() {
		return nil, noTextErr(name, "this Word document contains no text")
	}
	d := b.document("docx")
	if core, err := read("docProps/core.xml"); err == nil && core != nil {
		var cp struct {
			Title   string `xml:"title"`
			Creator string `xml:"creator"`
			Created string `xml:"created"`
		}
		if xml.Unmarshal(core, &cp) == nil {
			d.Title = collapseSpace(cp.Title)
			d.Author = collapseSpace(cp.Creator)
			d.Date = normaliseDate(cp.Created)
		}
	}
	d.Title = firstNonEmpty(styleTitle, d.Title, firstHeading)
	return d, nil
}

func docxReadErr(name string, err error) error {
	if errors.Is(err, errZipBomb) {
		return fileErr(name, ErrTooLarge, err, "this Word document unpacks to more data than the application accepts; it may be damaged or malicious")
	}
	return fileErr(name, ErrDamaged, err, "this Word document is damaged or incomplete")
}

// readMainPart reads the paragraphs of the document's main part from the
// zip as it unpacks, within maxUnzipped and the budget left.
func readMainPart(f *zip.File, styles map[string]bool, budget *int64) ([]docxPara, error) {
	limit := min(maxUnzipped, *budget)
	if f.UncompressedSize64 > uint64(limit) {
		return nil, fmt.Errorf("%s %w", f.Name, errZipBomb)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	lr := &limitedReader{r: rc, left: limit}
	paras, err := docxParagraphs(lr, styles)
	if lr.over {
		return nil, fmt.Errorf("%s %w", f.Name, errZipBomb)
	}
	*budget -= limit - lr.left
	return paras, err
}

// limitedReader is io.LimitReader that remembers whether the limit cut the
// input short, so that a cut is reported as such rather than as damage.
type limitedReader struct {
	r    io.Reader
	left int64
	over bool
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		// One byte more says whether there was more to read.
		var one [1]byte
		if n, _ := l.r.Read(one[:]); n > 0 {
			l.over = true
			return 0, errZipBomb
		}
		return 0, io.EOF
	}
	p = p[:min(int64(len(p)), l.left)]
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}

// readZipFile reads one member of a zip, refusing to unpack more than
// limit, whatever the zip's headers claim.
func readZipFile(f *zip.File, limit int64, budget *int64) ([]byte, error) {
	if f.UncompressedSize64 > uint64(limit) {
		return nil, fmt.Errorf("%s %w", f.Name, errZipBomb)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s %w", f.Name, errZipBomb)
	}
	*budget -= int64(len(data))
	return data, nil
}

// mainPart finds the document's main part from _rels/.rels, falling back to
// word/document.xml.
func mainPart(files map[string]*zip.File, read func(string) ([]byte, error)) string {
	const fallback = "word/document.xml"
	rels, err := read("_rels/.rels")
	if err != nil || rels == nil {
		return fallback
	}
	var r struct {
		Rel []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(rels, &r) != nil {
		return fallback
	}
	for _, rel := range r.Rel {
		if strings.HasSuffix(rel.Type, "/officeDocument") {
			p := strings.TrimPrefix(path.Clean("/"+rel.Target), "/")
			if files[p] != nil && strings.HasPrefix(p, "word/") {
				return p
			}
		}
	}
	return fallback
}

// zipKind names a zip file that is not a Word document.
func zipKind(files map[string]*zip.File, read func(string) ([]byte, error)) string {
	switch {
	case files["xl/workbook.xml"] != nil:
		return "an Excel workbook"
	case files["ppt/presentation.xml"] != nil:
		return "a PowerPoint presentation"
	case files["mimetype"] != nil:
		m, _ := read("mimetype")
		switch s := string(m); {
		case strings.Contains(s, "opendocument.text"):
			return "an OpenDocument text (.odt; open it in Word or LibreOffice and save it as .docx)"
		case strings.Contains(s, "epub"):
			return "an e-book (EPUB)"
		case strings.Contains(s, "opendocument"):
			return "an OpenDocument file"
		}
	}
	return "a zip archive"
}

// headingStyles maps the style ids of word/styles.xml that are headings
// (named "heading N", "Title" or "Subtitle", or with an outline level) to
// true, and the title style to true too (recorded as "title:" + id).
func headingStyles(data []byte) map[string]bool {
	var s struct {
		Styles []struct {
			ID   string `xml:"styleId,attr"`
			Name struct {
				Val string `xml:"val,attr"`
			} `xml:"name"`
			PPr struct {
				Outline *struct {
					Val string `xml:"val,attr"`
				} `xml:"outlineLvl"`
			} `xml:"pPr"`
		} `xml:"style"`
	}
	out := map[string]bool{}
	if xml.Unmarshal(data, &s) != nil {
		return out
	}
	for _, st := range s.Styles {
		name := strings.ToLower(st.Name.Val)
		if name == "title" {
			out["title:"+st.ID] = true
		}
		lvl := -1
		if st.PPr.Outline != nil {
			lvl, _ = strconv.Atoi(st.PPr.Outline.Val)
		}
		if strings.HasPrefix(name, "heading ") || name == "title" || name == "subtitle" || lvl >= 0 && lvl < 9 {
			out[st.ID] = true
		}
	}
	return out
}

type docxPara struct {
	text           string
	heading, title bool
}

// isHeadingStyleID recognises heading styles by their id alone, for
// documents without styles.xml: Heading1..9, Title, Subtitle.
func isHeadingStyleID(id string) bool {
	l := strings.ToLower(id)
	if l == "title" || l == "subtitle" {
		return true
	}
	if rest, ok := strings.CutPrefix(l, "heading"); ok {
		_, err := strconv.Atoi(rest)
		return err == nil
	}
	return false
}

// docxParagraphs reads the paragraphs of a WordprocessingML main part. A
// line break (w:br, w:cr) inside a body paragraph starts a new paragraph;
// deleted text, field codes and fallback copies of text boxes are skipped.
func docxParagraphs(r io.Reader, styles map[string]bool) ([]docxPara, error) {
	dec := xml.NewDecoder(r)
	text := 0 // bytes of text so far, against maxText
	type open struct {
		sb             strings.Builder
		style          string
		outline        bool
		parts          []string
		heading, title bool
	}
	var stack []*open
	var out []docxPara
	inText := false
	skip := 0 // depth inside an element whose text is skipped
	finish := func(p *open) {
		heading := p.outline || styles[p.style] || isHeadingStyleID(p.style)
		title := styles["title:"+p.style] || strings.EqualFold(p.style, "title")
		parts := append(p.parts, p.sb.String())
		if heading {
			parts = []string{strings.Join(parts, " ")}
		}
		for _, s := range parts {
			out = append(out, docxPara{text: s, heading: heading, title: title})
		}
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 {
				skip++
				continue
			}
			var cur *open
			if len(stack) > 0 {
				cur = stack[len(stack)-1]
			}
			switch t.Name.Local {
			case "p":
				if len(stack) > 64 {
					skip = 1
					continue
				}
				stack = append(stack, &open{})
			case "pStyle":
				if cur != nil {
					cur.style = xmlAttr(t, "val")
				}
			case "outlineLvl":
				if cur != nil {
					if n, err := strconv.Atoi(xmlAttr(t, "val")); err == nil && n >= 0 && n < 9 {
						cur.outline = true
					}
				}
			case "t":
				inText = true
			case "tab", "ptab":
				if cur != nil {
					cur.sb.WriteByte('\t')
				}
			case "noBreakHyphen":
				if cur != nil {
					cur.sb.WriteByte('-')
				}
			case "br", "cr":
				if cur != nil && xmlAttr(t, "type") != "column" {
					cur.parts = append(cur.parts, cur.sb.String())
					cur.sb.Reset()
				}
			case "delText", "instrText", "Fallback", "del", "footnoteReference", "endnoteReference":
				skip = 1
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			switch t.Name.Local {
			case "p":
				if len(stack) > 0 {
					finish(stack[len(stack)-1])
					stack = stack[:len(stack)-1]
				}
			case "t":
				inText = false
			}
		case xml.CharData:
			if inText && skip == 0 && len(stack) > 0 {
				if text += len(t); text > maxText {
					return nil, errTooMuchText
				}
				stack[len(stack)-1].sb.Write(t)
			}
		}
	}
	return out, nil
}

func xmlAttr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
