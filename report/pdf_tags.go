package report

import (
	"strconv"
	"strings"
)

// The PDF's logical structure (a tagged PDF, ISO 32000-1 §14.7–14.8), so
// that screen readers read the brief as headings, paragraphs, lists,
// quotes and tables, and readers can reflow it. The layout opens and closes
// structure elements around what it draws (beginTag, endTag); the writer
// wraps the content drawn inside an element in marked content with an
// MCID, one run per page the element spans, and writes the tree and the
// parent tree at the end. Page furniture (headers, footers, the DRAFT mark,
// repeated table headers) is marked as artifact, outside the structure.

// structElem is one element of the structure tree.
type structElem struct {
	role   string
	parent int // index in tagState.elems; -1: the document element
	kids   []structKid
	alt    string // the element in words, for a Figure
}

// structKid is a child of an element: another element (elem ≥ 0) or a run
// of marked content (elem < 0) on a page.
type structKid struct {
	elem       int
	page, mcid int
}

// tagState is the writer's record of the structure as it is drawn.
type tagState struct {
	elems    []structElem
	roots    []int // children of the document element
	open     []int // elements open, innermost last
	mcOpen   bool  // a run of marked content is open on the page
	artifact bool
	pageMCID [][]int // per page, the element of each MCID
}

// beginTag opens a structure element with a standard role (P, H1, L, LI,
// BlockQuote, Table, TR, TH, TD) inside the innermost open one, and returns
// its number for resumeTag.
func (pw *pdfWriter) beginTag(role string) int {
	t := &pw.tags
	pw.closeMarked()
	id := len(t.elems)
	parent := -1
	if n := len(t.open); n > 0 {
		parent = t.open[n-1]
		t.elems[parent].kids = append(t.elems[parent].kids, structKid{elem: id})
	} else {
		t.roots = append(t.roots, id)
	}
	t.elems = append(t.elems, structElem{role: role, parent: parent})
	t.open = append(t.open, id)
	return id
}

// resumeTag reopens an element begun earlier, to add content to it: a
// table cell continued on the next page.
func (pw *pdfWriter) resumeTag(id int) {
	pw.closeMarked()
	pw.tags.open = append(pw.tags.open, id)
}

// endTag closes the innermost open element.
func (pw *pdfWriter) endTag() {
	pw.closeMarked()
	if n := len(pw.tags.open); n > 0 {
		pw.tags.open = pw.tags.open[:n-1]
	}
}

// altText gives the innermost open element its replacement in words: a
// Figure, which a screen reader reads by its /Alt rather than by the
// labels drawn in it.
func (pw *pdfWriter) altText(s string) {
	if n := len(pw.tags.open); n > 0 {
		pw.tags.elems[pw.tags.open[n-1]].alt = s
	}
}

// artifact starts or ends content that is not part of the text: page
// furniture.
func (pw *pdfWriter) artifact(on bool) {
	if on == pw.tags.artifact {
		return
	}
	pw.closeMarked()
	pw.tags.artifact = on
	if on {
		pw.page = append(pw.page, "/Artifact BMC\n"...)
	} else {
		pw.page = append(pw.page, "EMC\n"...)
	}
}

// markText opens a run of marked content for the innermost open element
// before text is drawn into it, unless one is open or the text is furniture.
func (pw *pdfWriter) markText() {
	t := &pw.tags
	if t.mcOpen || t.artifact || len(t.open) == 0 {
		return
	}
	page := len(pw.pages) - 1
	for len(t.pageMCID) <= page {
		t.pageMCID = append(t.pageMCID, nil)
	}
	el := t.open[len(t.open)-1]
	mcid := len(t.pageMCID[page])
	t.pageMCID[page] = append(t.pageMCID[page], el)
	t.elems[el].kids = append(t.elems[el].kids, structKid{elem: -1, page: page, mcid: mcid})
	pw.page = append(pw.page, '/')
	pw.page = append(pw.page, t.elems[el].role...)
	pw.page = append(pw.page, " <</MCID "...)
	pw.page = strconv.AppendInt(pw.page, int64(mcid), 10)
	pw.page = append(pw.page, ">> BDC\n"...)
	t.mcOpen = true
}

// closeMarked ends the open run of marked content, if any.
func (pw *pdfWriter) closeMarked() {
	if pw.tags.mcOpen {
		pw.page = append(pw.page, "EMC\n"...)
		pw.tags.mcOpen = false
	}
}

// endPageTags closes what is open of marked content and artifacts at the
// end of a page: marked content cannot span pages.
func (pw *pdfWriter) endPageTags() {
	pw.closeMarked()
	if pw.tags.artifact {
		pw.page = append(pw.page, "EMC\n"...)
		pw.tags.artifact = false
	}
}

// putStructure writes the structure tree: the root, the document element,
// every element, and the parent tree that maps each page's MCIDs back to
// their elements. It returns the root's object number.
func (pw *pdfWriter) putStructure(pageObj []int) int {
	t := &pw.tags
	root := pw.newObj()
	doc := pw.newObj()
	parentTree := pw.newObj()
	objs := make([]int, len(t.elems))
	for i := range t.elems {
		objs[i] = pw.newObj()
	}
	var sb strings.Builder
	ref := func(n int) {
		sb.WriteString(strconv.Itoa(n))
		sb.WriteString(" 0 R")
	}
	for i, e := range t.elems {
		sb.Reset()
		sb.WriteString("<</Type /StructElem /S /")
		sb.WriteString(e.role)
		sb.WriteString(" /P ")
		if e.parent < 0 {
			ref(doc)
		} else {
			ref(objs[e.parent])
		}
		if e.alt != "" {
			sb.WriteString(" /Alt ")
			sb.WriteString(pdfTextString(e.alt))
		}
		sb.WriteString(" /K [")
		for j, k := range e.kids {
			if j > 0 {
				sb.WriteByte(' ')
			}
			if k.elem >= 0 {
				ref(objs[k.elem])
				continue
			}
			sb.WriteString("<</Type /MCR /Pg ")
			ref(pageObj[k.page])
			sb.WriteString(" /MCID ")
			sb.WriteString(strconv.Itoa(k.mcid))
			sb.WriteString(">>")
		}
		sb.WriteString("]>>")
		pw.putObj(objs[i], sb.String())
	}
	sb.Reset()
	sb.WriteString("<</Type /StructElem /S /Document /P ")
	ref(root)
	sb.WriteString(" /K [")
	for j, r := range t.roots {
		if j > 0 {
			sb.WriteByte(' ')
		}
		ref(objs[r])
	}
	sb.WriteString("]>>")
	pw.putObj(doc, sb.String())
	sb.Reset()
	sb.WriteString("<</Nums [")
	for page, els := range t.pageMCID {
		sb.WriteString(strconv.Itoa(page))
		sb.WriteString(" [")
		for j, el := range els {
			if j > 0 {
				sb.WriteByte(' ')
			}
			ref(objs[el])
		}
		sb.WriteString("] ")
	}
	sb.WriteString("]>>")
	pw.putObj(parentTree, sb.String())
	sb.Reset()
	sb.WriteString("<</Type /StructTreeRoot /K ")
	ref(doc)
	sb.WriteString(" /ParentTree ")
	ref(parentTree)
	sb.WriteString(" /ParentTreeNextKey ")
	sb.WriteString(strconv.Itoa(len(pageObj)))
	sb.WriteString(">>")
	pw.putObj(root, sb.String())
	return root
}
