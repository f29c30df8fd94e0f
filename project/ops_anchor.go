package project

import (
	"errors"
	"fmt"
	"unicode"
	"unicode/utf8"
)

// AnchorAt returns the anchor of a passage of a document, given as byte
// offsets. Surrounding white space is trimmed; the range must hold some text
// and fall on character boundaries.
func (p *Project) AnchorAt(docID string, start, end int) (Anchor, error) {
	d := p.Document(docID)
	if d == nil {
		return Anchor{}, fmt.Errorf("document %q: %w", docID, ErrNotFound)
	}
	if start < 0 || end > len(d.Text) || start > end {
		return Anchor{}, errors.New("the passage lies outside the article")
	}
	if !utf8.RuneStart(d.Text[start]) && start < len(d.Text) || end < len(d.Text) && !utf8.RuneStart(d.Text[end]) {
		return Anchor{}, errors.New("the passage does not start or end on a character")
	}
	for start < end {
		r, n := utf8.DecodeRuneInString(d.Text[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(d.Text[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	if start == end {
		return Anchor{}, errors.New("select some text first")
	}
	return Anchor{Doc: docID, Start: start, End: end, Quote: d.Text[start:end]}, nil
}

// checkAnchor says whether an anchor lies inside its document.
func (p *Project) checkAnchor(a Anchor) error {
	d := p.Document(a.Doc)
	if d == nil {
		return fmt.Errorf("document %q: %w", a.Doc, ErrNotFound)
	}
	if a.Start < 0 || a.End > len(d.Text) || a.Start > a.End {
		return errors.New("the passage lies outside the article")
	}
	return nil
}
