package report

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"

	"briefing/document"
	"briefing/project"
)

// The workbook's identifiers, for analysts who join workbooks: the same
// item gets the same ID in every export and after re-analysis of the same
// article, and items of different projects never share one by accident.
// They are derived from what the item is, never from its place in the
// project (the project's own IDs, d1-a1, mean something else in each
// project):
//
//   - document_id: a hash of the document's text (of its details when the
//     project does not hold its text, as from brief JSON);
//   - position_id: a hash of the document_id, the evidence (its offsets and
//     quote) and the speaker's name, so editing the stance, summary or
//     topic keeps the ID; a second position on the same evidence by the
//     same speaker gets "-2" in project order;
//   - actor_id and topic_id: a hash of the name or label, case and spacing
//     folded, so "Vladimir Putin" has one ID in every workbook.
//
// 12 hex digits (48 bits) make an accidental collision unlikely below
// millions of items (birthday bound ~1e-4 at 10^5 items per kind).

// xlIDs holds the derived IDs of one project's items, by project ID.
type xlIDs struct {
	doc, actor, topic map[string]string
	pos               map[*project.Position]string
}

func newXLIDs(p *project.Project) *xlIDs {
	ids := &xlIDs{
		doc:   make(map[string]string, len(p.Documents)),
		actor: make(map[string]string, len(p.Actors)),
		topic: make(map[string]string, len(p.Topics)),
		pos:   make(map[*project.Position]string, len(p.Positions)),
	}
	for _, d := range p.Documents {
		if _, dup := ids.doc[d.ID]; !dup {
			ids.doc[d.ID] = documentID(d)
		}
	}
	for _, a := range p.Actors {
		if _, dup := ids.actor[a.ID]; !dup {
			ids.actor[a.ID] = "act-" + hashHex(foldName(a.Name))
		}
	}
	for _, t := range p.Topics {
		if _, dup := ids.topic[t.ID]; !dup {
			ids.topic[t.ID] = "top-" + hashHex(foldName(t.Label))
		}
	}
	// One buffer for every position's key, and the hash as the map key:
	// this runs once per position of a workbook of up to a million rows.
	seen := make(map[[6]byte]int, len(p.Positions))
	only := ""
	if len(p.Documents) == 1 {
		only = ids.doc[p.Documents[0].ID]
	}
	var key []byte
	for _, x := range p.Positions {
		ev := x.Evidence
		key = append(key[:0], ids.docOf(ev.Doc, only)...)
		key = append(key, 0)
		key = strconv.AppendInt(key, int64(ev.Start), 10)
		key = append(key, ':')
		key = strconv.AppendInt(key, int64(ev.End), 10)
		key = append(key, 0)
		key = append(key, collapse(ev.Quote)...)
		key = append(key, 0)
		// the speaker by its actor_id: its folded name, hashed once per actor
		key = append(key, ids.actor[x.Actor]...)
		sum := sha256.Sum256(key)
		var h [6]byte
		copy(h[:], sum[:])
		id := "pos-" + hex.EncodeToString(h[:])
		if n := seen[h]; n > 0 {
			id += "-" + strconv.Itoa(n+1)
		}
		seen[h]++
		ids.pos[x] = id
	}
	return ids
}

// docOf is the document_id of a position's evidence; evidence that names
// no document (brief JSON of one source) is in the only one.
func (ids *xlIDs) docOf(docID, only string) string {
	if id, ok := ids.doc[docID]; ok {
		return id
	}
	if docID == "" {
		return only
	}
	return ""
}

// documentID is the ID of a document: of its text, or, without one, of
// the details that identify it.
func documentID(d *document.Document) string {
	if d.Text != "" {
		return "doc-" + hashHex(d.Text)
	}
	return "doc-" + hashHex("\x00"+strings.Join([]string{d.Title, d.Outlet, d.Author, d.Date, d.Source}, "\x00"))
}

// foldName is a name as IDs compare it: case folded, spacing collapsed.
func foldName(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), unicode.IsSpace), " ")
}

func hashHex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:6])
}
