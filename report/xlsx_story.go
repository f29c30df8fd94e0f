package report

import (
	"fmt"

	"briefing/document"
	"briefing/project"
)

// The sheets that follow a story across articles: the Timeline, each
// actor's positions on each topic by the date of their source, and, when
// the export compares with an earlier brief, the Changes since. The
// project package decides what they hold (project.Timeline,
// project.Compare); these only write it.

var timelineColumns = []xlColumn{
	{"actor_id", 18, xlText},
	{"actor", 24, xlWrap},
	{"topic_id", 18, xlText},
	{"topic", 24, xlWrap},
	{"date", 11, xlDate},
	{"stance", 11, xlCenter},
	{"change", 20, xlWrap},
	{"position_id", 18, xlText},
	{"source", 32, xlWrap},
	{"evidence", 64, xlWrap},
}

var changeColumns = []xlColumn{
	{"kind", 16, xlText},
	{"actor", 24, xlWrap},
	{"topic", 24, xlWrap},
	{"old stance", 11, xlCenter},
	{"new stance", 11, xlCenter},
	{"position_id", 18, xlText},
	{"source", 32, xlWrap},
}

// storySource names a document in the Timeline and Changes sheets: its
// title and outlet, which say where a position was read.
func storySource(d *document.Document) string {
	if d == nil {
		return ""
	}
	if d.Outlet != "" && d.Outlet != sourceTitle(d) {
		return sourceTitle(d) + ", " + d.Outlet
	}
	return sourceTitle(d)
}

func (x *xlWriter) timelineSheet(index int) error {
	line := x.ix.p.Timeline()
	if len(line)+1 > xlMaxRows {
		line = line[:xlMaxRows-1] // not reached: the positions were checked
	}
	return x.table(sheetTimeline, index, "tblTimeline", timelineColumns, len(line)+1, func(e *xlEnc) error {
		vals := make([]any, len(timelineColumns))
		for _, t := range line {
			vals[0], vals[1] = x.ix.ids.actor[t.Actor.ID], t.Actor.Name
			vals[2], vals[3] = "", ""
			if t.Topic != nil {
				vals[2], vals[3] = x.ix.ids.topic[t.Topic.ID], t.Topic.Label
			}
			vals[4], vals[5], vals[6] = t.Date, t.Position.Stance, t.Change
			vals[7], vals[8], vals[9] = x.ix.ids.pos[t.Position], storySource(t.Document), t.Position.Evidence.Quote
			e.put(timelineColumns, vals)
		}
		return nil
	})
}

func (x *xlWriter) changesSheet(index int) error {
	c := x.opt.Changes
	items := c.Items
	if len(items)+1 > xlMaxRows {
		x.warn(fmt.Sprintf("the Changes sheet is cut at Excel's limit of %d rows", xlMaxRows))
		items = items[:xlMaxRows-1]
	}
	// The IDs of dropped positions are those the earlier workbook gave
	// them, from the earlier project.
	var prevIDs *xlIDs
	if c.Prev != nil && c.Count(project.DroppedPosition) > 0 {
		prevIDs = newXLIDs(c.Prev)
	}
	return x.table(sheetChanges, index, "tblChanges", changeColumns, len(items)+1, func(e *xlEnc) error {
		vals := make([]any, len(changeColumns))
		for _, ch := range items {
			vals[0], vals[1], vals[2] = string(ch.Kind), "", ""
			if ch.Actor != nil {
				vals[1] = ch.Actor.Name
			}
			if ch.Topic != nil {
				vals[2] = ch.Topic.Label
			}
			vals[3], vals[4], vals[5] = ch.OldStance, ch.NewStance, ""
			if ch.Position != nil {
				if ch.Kind == project.DroppedPosition {
					if prevIDs != nil {
						vals[5] = prevIDs.pos[ch.Position]
					}
				} else {
					vals[5] = x.ix.ids.pos[ch.Position]
				}
			}
			vals[6] = storySource(ch.Document)
			e.put(changeColumns, vals)
		}
		return nil
	})
}
