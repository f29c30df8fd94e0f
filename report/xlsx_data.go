package report

import (
	"strings"

	"briefing/document"
	"briefing/project"
)

// This file turns a project into the rows of the tables that the workbook
// (xlsx.go) and the CSV file (csv.go) share. Rejected items are left out.

// xlKind says how a column's values are written and shown.
type xlKind uint8

const (
	xlText   xlKind = iota // short text, one line
	xlWrap                 // long text, wrapped
	xlInt                  // whole number
	xlIntOpt               // whole number; 0 (unknown) is left empty
	xlFloat                // number with two decimals
	xlDate                 // YYYY-MM-DD becomes a date; anything else stays text
	xlCenter               // short text, centred (yes/no, stance)
	xlNumKinds
)

// xlColumn is one column of a table: its header (unique within its table,
// as Excel tables need), its width in characters and its kind.
type xlColumn struct {
	name  string
	width float64
	kind  xlKind
}

// xlStances are the stances offered by the drop-down list, in the order of
// the user interface.
var xlStances = []string{"supports", "opposes", "neutral", "claims"}

// xlMixed is the matrix value for an actor whose positions on a topic are
// split between stances.
const xlMixed = "mixed"

// positionColumns are the columns of the Positions sheet and of the CSV
// file. Column I (index 8) is the stance: see xlStanceCol.
var positionColumns = []xlColumn{
	{"Source", 28, xlWrap},
	{"Date", 11, xlDate},
	{"Paragraph", 10, xlIntOpt},
	{"Actor", 24, xlWrap},
	{"Actor type", 12, xlText},
	{"Role", 20, xlWrap},
	{"Affiliation", 20, xlWrap},
	{"Topic", 24, xlWrap},
	{"Stance", 11, xlCenter},
	{"Summary", 48, xlWrap},
	{"Evidence", 64, xlWrap},
	{"Analyst note", 36, xlWrap},
	{"In brief", 9, xlCenter},
	{"Origin", 11, xlText},
	{"Reviewed", 10, xlCenter},
	{"Rule", 18, xlWrap},
	{"Confidence", 11, xlFloat},
	{"Co-actors", 20, xlWrap},
	{"position_id", 18, xlText},
	{"document_id", 18, xlText},
	{"actor_id", 18, xlText},
	{"topic_id", 18, xlText},
	{"co_actor_ids", 22, xlText},
}

// xlStanceCol is the 1-based column of the stance in positionColumns.
const xlStanceCol = 9

// xlIndex holds the project's items by ID, so that a row costs map
// look-ups rather than scans of the project's slices.
type xlIndex struct {
	p      *project.Project
	actors map[string]*project.Actor
	topics map[string]*project.Topic
	docs   map[string]*document.Document
	ids    *xlIDs
	only   string // document_id of the one document, if there is one
}

func newXLIndex(p *project.Project) *xlIndex {
	ix := &xlIndex{
		p:      p,
		actors: make(map[string]*project.Actor, len(p.Actors)),
		topics: make(map[string]*project.Topic, len(p.Topics)),
		docs:   make(map[string]*document.Document, len(p.Documents)),
	}
	for _, a := range p.Actors {
		if _, dup := ix.actors[a.ID]; !dup {
			ix.actors[a.ID] = a
		}
	}
	for _, t := range p.Topics {
		if _, dup := ix.topics[t.ID]; !dup {
			ix.topics[t.ID] = t
		}
	}
	for _, d := range p.Documents {
		if _, dup := ix.docs[d.ID]; !dup {
			ix.docs[d.ID] = d
		}
	}
	ix.ids = newXLIDs(p)
	if len(p.Documents) == 1 {
		ix.only = ix.ids.doc[p.Documents[0].ID]
	}
	return ix
}

// liveTopic returns the topic with the ID unless it is missing or rejected.
func (ix *xlIndex) liveTopic(id string) *project.Topic {
	if t := ix.topics[id]; t != nil && !t.Rejected {
		return t
	}
	return nil
}

// livePosition says whether a position goes into the exports: it is not
// rejected and neither is the actor who holds it.
func (ix *xlIndex) livePosition(x *project.Position) bool {
	if x.Rejected {
		return false
	}
	a := ix.actors[x.Actor]
	return a == nil || !a.Rejected
}

// inBrief is project.InBrief without the linear topic look-up.
func (ix *xlIndex) inBrief(x *project.Position) bool {
	t := ix.liveTopic(x.Topic)
	return x.Selected && !x.Rejected && (t == nil || t.Selected)
}

// positions returns the live positions in project order.
func (ix *xlIndex) positions() []*project.Position {
	out := make([]*project.Position, 0, len(ix.p.Positions))
	for _, x := range ix.p.Positions {
		if ix.livePosition(x) {
			out = append(out, x)
		}
	}
	return out
}

// actorName names an actor by ID, falling back to the ID itself.
func (ix *xlIndex) actorName(id string) string {
	if a := ix.actors[id]; a != nil {
		return a.Name
	}
	return id
}

// docLabel names a document in the Source columns as the brief does: its
// title, else a stand-in that is not a cut sentence.
func docLabel(d *document.Document) string {
	if d == nil {
		return ""
	}
	return sourceTitle(d)
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// positionRow fills row (len(positionColumns)) with the position's values:
// strings, ints and a float64, in the order of positionColumns.
func (ix *xlIndex) positionRow(x *project.Position, row []any) {
	d := ix.docs[x.Evidence.Doc]
	a := ix.actors[x.Actor]
	var typ, role, aff string
	if a != nil {
		typ, role, aff = a.Type, a.Role, a.Affiliation
	}
	topic := ""
	if t := ix.liveTopic(x.Topic); t != nil {
		topic = t.Label
	}
	date := ""
	if d != nil {
		date = d.Date
	}
	// Co-actors go by name for the reader and by actor_id for joins with
	// the Actors sheet, in the same order.
	var co, coIDs string
	if len(x.CoActors) > 0 {
		names := make([]string, 0, len(x.CoActors))
		ids := make([]string, 0, len(x.CoActors))
		for _, c := range x.CoActors {
			if ca := ix.actors[c]; ca == nil || !ca.Rejected {
				names = append(names, ix.actorName(c))
				ids = append(ids, ix.ids.actor[c])
			}
		}
		co, coIDs = strings.Join(names, "; "), strings.Join(ids, "; ")
	}
	row[0] = docLabel(d)
	row[1] = date
	row[2] = x.Paragraph
	row[3] = ix.actorName(x.Actor)
	row[4] = typ
	row[5] = role
	row[6] = aff
	row[7] = topic
	row[8] = x.Stance
	row[9] = x.Summary
	row[10] = x.Evidence.Quote
	row[11] = x.Note
	row[12] = yesNo(ix.inBrief(x))
	row[13] = string(x.Origin)
	row[14] = yesNo(x.Reviewed)
	row[15] = x.Why
	if x.Confidence > 0 {
		row[16] = x.Confidence
	} else {
		row[16] = "" // unknown (the user's own positions), not 0.00
	}
	row[17] = co
	row[18] = ix.ids.pos[x]
	row[19] = ix.ids.docOf(x.Evidence.Doc, ix.only)
	row[20] = ix.ids.actor[x.Actor]
	topicID := ""
	if t := ix.liveTopic(x.Topic); t != nil {
		topicID = ix.ids.topic[t.ID]
	}
	row[21] = topicID
	row[22] = coIDs
}

// xlCounts counts the live positions per actor and per topic.
func (ix *xlIndex) counts(live []*project.Position) (byActor, byTopic map[string]int) {
	byActor, byTopic = map[string]int{}, map[string]int{}
	for _, x := range live {
		byActor[x.Actor]++
		if x.Topic != "" {
			byTopic[x.Topic]++
		}
	}
	return byActor, byTopic
}

// xlMark is one position's stance in a cell of the matrix (0-based row
// among the actors, 1-based column).
type xlMark struct {
	row, col int
	stance   string
}

// matrixStance returns the stance an actor takes on a topic given the
// marks of one cell, as stanceTally reads it.
func matrixStance(marks []xlMark) string {
	c := stanceTally{}
	for _, m := range marks {
		c[m.stance]++
	}
	return c.label()
}
