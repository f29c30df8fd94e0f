package report

import (
	"fmt"
	"strconv"
	"strings"

	"briefing/document"
	"briefing/project"
)

// The brief's "What changed since …" part, first after the purpose when
// the export compares with an earlier brief (Options.Changes): what the
// reader of the earlier brief needs to catch up on. project.Compare decides
// what changed; this only lays it out.

// maxChangeLines bounds each list of the part: the part is a digest, the
// workbook's Changes sheet has every change.
const maxChangeLines = 12

// changesHeading is the part's heading.
func changesHeading(c *project.Changes) string {
	if d := longDate(c.Since); d != "" {
		return "What changed since " + d
	}
	return "What changed since the previous brief"
}

// changesSummary says in one sentence how much changed.
func changesSummary(c *project.Changes) string {
	var parts []string
	for _, k := range []struct {
		kind      project.ChangeKind
		one, many string
	}{
		{project.NewSource, "new source", "new sources"},
		{project.NewTopic, "new topic", "new topics"},
		{project.QuietTopic, "topic gone quiet", "topics gone quiet"},
		{project.StanceChange, "change of stance", "changes of stance"},
		{project.NewActor, "new actor", "new actors"},
		{project.NewPosition, "new position", "new positions"},
		{project.DroppedPosition, "position dropped", "positions dropped"},
	} {
		if n := c.Count(k.kind); n > 0 {
			parts = append(parts, strconv.Itoa(n)+" "+plural(n, k.one, k.many))
		}
	}
	if len(parts) == 0 {
		return "Nothing has changed: no new source, topic, actor or position, none dropped and no change of stance."
	}
	if len(parts) > 1 {
		parts[len(parts)-1] = "and " + parts[len(parts)-1]
	}
	sep := ", "
	if len(parts) == 2 {
		sep = " "
	}
	s := strings.Join(parts, sep) + "."
	return strings.ToUpper(s[:1]) + s[1:]
}

func (b *brief) changes() {
	c := b.d.changes
	if c == nil {
		return
	}
	b.heading(changesHeading(c), 0)
	body := st(regular, bodySize, inkColor)
	b.paragraph([]span{{body, changesSummary(c)}}, para{leading: bodyLeading})

	b.changeList("NEW SOURCES", c.Of(project.NewSource), func(x project.Change) []span {
		spans := []span{{st(bold, bodySize, inkColor), b.d.sourceRef(x.Document) + sourceTitle(x.Document)}}
		if rest := sourceDetails(x.Document); rest != "" {
			spans = append(spans, span{body, ". " + rest})
		}
		return spans
	})
	b.changeList("NEW TOPICS", c.Of(project.NewTopic), func(x project.Change) []span {
		spans := []span{{st(bold, bodySize, inkColor), x.Topic.Label}, {body, ": " + newTopicLine(x)}}
		return append(spans, b.changeCitation(x)...)
	})
	b.changeList("TOPICS GONE QUIET", c.Of(project.QuietTopic), func(x project.Change) []span {
		return []span{{st(bold, bodySize, inkColor), x.Topic.Label}, {body, ": " + quietTopicLine(x)}}
	})
	b.changeList("CHANGES OF STANCE", c.Of(project.StanceChange), func(x project.Change) []span {
		old, cur := lookOf(x.OldStance), lookOf(x.NewStance)
		// "from … to …" in words: the brief's font has no arrow.
		spans := []span{{st(bold, bodySize, inkColor), x.Actor.Name}, {body, " on " + topicName(x.Topic) + ": from "},
			{tag(8.5, old.ink, old.fill), old.sym + " " + old.word}, {body, " to "},
			{tag(8.5, cur.ink, cur.fill), cur.sym + " " + cur.word}}
		return append(spans, b.changeCitation(x)...)
	})
	if news := c.Of(project.NewActor); len(news) > 0 {
		names := make([]string, 0, min(len(news), 3*maxChangeLines))
		for _, x := range news[:min(len(news), 3*maxChangeLines)] {
			names = append(names, x.Actor.Name)
		}
		s := strings.Join(names, ", ")
		if more := len(news) - len(names); more > 0 {
			s += fmt.Sprintf(" and %d more", more)
		}
		b.changeLabel("NEW ACTORS")
		b.paragraph([]span{{body, s + "."}}, para{leading: bodyLeading})
	}
	b.changeList("NEW POSITIONS", c.Of(project.NewPosition), func(x project.Change) []span {
		return append(b.positionChange(x, x.NewStance), b.changeCitation(x)...)
	})
	b.changeList("POSITIONS DROPPED", c.Of(project.DroppedPosition), func(x project.Change) []span {
		spans := b.positionChange(x, x.OldStance)
		if d := x.Document; d != nil {
			spans = append(spans, span{st(regular, smallSize, greyColor), "  (" + changeSource(d) + ")"})
		}
		return spans
	})
}

// newTopicLine says who raised a new topic first.
func newTopicLine(x project.Change) string {
	if x.Actor == nil {
		return "raised in the new sources"
	}
	return "first raised by " + x.Actor.Name
}

// quietTopicLine says that the new sources are silent on a topic, and
// where it was last discussed.
func quietTopicLine(x project.Change) string {
	s := "nothing in the new sources"
	if x.Document != nil {
		s += "; last discussed in " + changeSource(x.Document)
	}
	return s + "."
}

// changeSource names a source of the earlier brief, which the current one
// may no longer number: its outlet (or title) and date.
func changeSource(d *document.Document) string {
	return joinNonEmpty(", ", cmpOr(d.Outlet, sourceTitle(d)), shortDate(d.Date))
}

// changeLabel heads one list of the part.
func (b *brief) changeLabel(label string) {
	b.space(6)
	b.need(smallLead + 2*bodyLeading)
	b.paragraph([]span{{st(bold, smallSize, greyColor), label}}, para{leading: 14})
}

// changeList lays out one kind of change as a list, cut at maxChangeLines
// with a pointer to the workbook.
func (b *brief) changeList(label string, items []project.Change, line func(project.Change) []span) {
	if len(items) == 0 {
		return
	}
	b.changeLabel(label)
	b.c.beginTag("L")
	for _, x := range items[:min(len(items), maxChangeLines)] {
		b.paragraph(line(x), para{indent: 16, leading: bodyLeading,
			gutter: []span{{st(bold, bodySize, navyColor), "•"}}, role: "LI"})
		b.y += 3
	}
	b.c.endTag()
	if more := len(items) - maxChangeLines; more > 0 {
		b.paragraph([]span{{st(italic, smallSize, greyColor), fmt.Sprintf("and %d more; the workbook's Changes sheet lists them all.", more)}},
			para{indent: 16, leading: smallLead})
	}
}

// positionChange is a new or dropped position: actor, stance, topic and
// what was said.
func (b *brief) positionChange(x project.Change, stance string) []span {
	l := lookOf(stance)
	body := st(regular, bodySize, inkColor)
	spans := []span{{st(bold, bodySize, inkColor), x.Actor.Name}, {body, "  "}, {tag(8.5, l.ink, l.fill), l.sym + " " + l.word}}
	if x.Topic != nil {
		spans = append(spans, span{body, "  " + x.Topic.Label})
	}
	if sum := strings.TrimSpace(afterSpeaker(collapse(x.Position.Summary))); sum != "" {
		sep := ": "
		if x.Topic == nil {
			sep = "  " // no topic to say it of: the summary follows the stance
		}
		spans = append(spans, span{body, sep + sum})
	}
	return spans
}

// changeCitation cites a change's position in the brief's list of sources.
func (b *brief) changeCitation(x project.Change) []span {
	if x.Position == nil {
		return nil
	}
	if c := b.d.citation(x.Position.Evidence, x.Position.Paragraph); c != "" {
		return []span{{st(regular, smallSize, greyColor), "  " + c}}
	}
	return nil
}

// sourceRef is "[n] ", the number of a document in the brief's Sources.
func (d *briefData) sourceRef(doc *document.Document) string {
	if n, ok := d.docNum[doc.ID]; ok && d.docs[doc.ID] == doc {
		return "[" + strconv.Itoa(n) + "] "
	}
	return ""
}

func topicName(t *project.Topic) string {
	if t == nil {
		return "no topic"
	}
	return t.Label
}

func cmpOr(s, def string) string {
	if strings.TrimSpace(s) != "" {
		return s
	}
	return def
}
