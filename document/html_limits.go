package document

import (
	"bytes"
	"io"
	"strconv"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxHTMLNodes bounds the elements and text nodes the HTML parser may
// build for a page, about 150 bytes each. Ordinary pages, even long ones,
// have some tens of thousands. A variable so that tests can lower it.
var maxHTMLNodes = 2_000_000

// formattingTags are the elements the HTML parser reopens, as copies with
// their attributes, in every block that follows one left unclosed: n such
// tags before n paragraphs make n×n elements, so that a page of 9 MB fills
// gigabytes.
var formattingTags = map[atom.Atom]bool{
	atom.A: true, atom.B: true, atom.Big: true, atom.Code: true, atom.Em: true, atom.Font: true,
	atom.I: true, atom.Nobr: true, atom.S: true, atom.Small: true, atom.Strike: true,
	atom.Strong: true, atom.Tt: true, atom.U: true,
}

// blockTags are the elements whose start or end can close the elements
// open inside a block, after which the parser reopens the formatting ones.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Section: true, atom.Article: true, atom.Pre: true,
}

// htmlNodes estimates, from a pass of the tokenizer that keeps nothing,
// how many nodes html.Parse will build: one per tag and text, plus, each
// time text follows a block boundary, a copy of every formatting element
// still unclosed. Like the parser, it keeps at most three unclosed
// elements with the same tag and attributes. It stops counting past
// limit. The estimate errs on the high side, which matters only for pages
// near the limit, and those are hostile.
func htmlNodes(r io.Reader, limit int) int {
	z := html.NewTokenizer(r)
	type open struct {
		tag atom.Atom
		key string
	}
	var active []open
	same := map[string]int{}
	nodes, reopen := 0, false
	for nodes <= limit {
		switch z.Next() {
		case html.ErrorToken:
			return nodes
		case html.TextToken:
			nodes++
			if reopen {
				nodes += len(active)
				reopen = false
			}
		case html.StartTagToken:
			nodes++
			name, more := z.TagName()
			tag := atom.Lookup(name)
			switch {
			case blockTags[tag]:
				reopen = true
			case formattingTags[tag]:
				key := string(name)
				for more {
					var k, v []byte
					k, v, more = z.TagAttr()
					key += "\x00" + string(k) + "=" + string(v)
				}
				if same[key] < 3 {
					same[key]++
					active = append(active, open{tag, key})
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := atom.Lookup(name)
			if blockTags[tag] {
				reopen = true
			}
			if formattingTags[tag] {
				for i := len(active) - 1; i >= 0; i-- {
					if active[i].tag == tag {
						same[active[i].key]--
						active = append(active[:i], active[i+1:]...)
						break
					}
				}
			}
		default:
			nodes++
		}
	}
	return nodes
}

// checkHTMLSize refuses a page that would build more than maxHTMLNodes.
func checkHTMLSize(name string, data []byte) error {
	if htmlNodes(bytes.NewReader(data), maxHTMLNodes) <= maxHTMLNodes {
		return nil
	}
	return fileErr(name, ErrTooLarge, nil,
		"this web page is too complex to read: it makes more than %s elements, the limit (tags such as <b> or <font> left unclosed multiply them); it may be damaged or malicious",
		thousands(maxHTMLNodes))
}

// thousands writes n with commas between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
