package report

import (
	"fmt"
	"strings"

	"briefing/project"
)

// docxChanges is the Word brief's "What changed since …" part: the PDF's
// (pdf_brief_changes.go), in Word's styles, with the same cuts.
func (d *briefData) docxChanges(doc *docxDoc) {
	c := d.changes
	if c == nil {
		return
	}
	doc.para("Heading1", docxRun{text: changesHeading(c)})
	doc.para("", docxRun{text: changesSummary(c)})
	grey := "5C5C5C"
	list := func(label string, items []project.Change, line func(project.Change) []docxRun) {
		if len(items) == 0 {
			return
		}
		doc.para("Heading2", docxRun{text: label})
		for _, x := range items[:min(len(items), maxChangeLines)] {
			doc.para("ListBullet", line(x)...)
		}
		if more := len(items) - maxChangeLines; more > 0 {
			doc.para("", docxRun{text: fmt.Sprintf("and %d more; the workbook's Changes sheet lists them all.", more), italic: true, small: true})
		}
	}
	stance := func(s string) docxRun {
		l := lookOf(s)
		return docxRun{text: l.sym + " " + l.word, bold: true, color: stanceHex(s)}
	}
	cite := func(x project.Change) []docxRun {
		if x.Position == nil {
			return nil
		}
		if s := d.citation(x.Position.Evidence, x.Position.Paragraph); s != "" {
			return []docxRun{{text: "  " + s, small: true, color: grey}}
		}
		return nil
	}
	position := func(x project.Change, s string) []docxRun {
		runs := []docxRun{{text: x.Actor.Name, bold: true}, {text: "  "}, stance(s)}
		if x.Topic != nil {
			runs = append(runs, docxRun{text: "  " + x.Topic.Label})
		}
		if sum := strings.TrimSpace(afterSpeaker(collapse(x.Position.Summary))); sum != "" {
			sep := ": "
			if x.Topic == nil {
				sep = "  "
			}
			runs = append(runs, docxRun{text: sep + sum})
		}
		return runs
	}
	list("New sources", c.Of(project.NewSource), func(x project.Change) []docxRun {
		runs := []docxRun{{text: d.sourceRef(x.Document) + sourceTitle(x.Document), bold: true}}
		if rest := sourceDetails(x.Document); rest != "" {
			runs = append(runs, docxRun{text: ". " + rest})
		}
		return runs
	})
	list("New topics", c.Of(project.NewTopic), func(x project.Change) []docxRun {
		runs := []docxRun{{text: x.Topic.Label, bold: true}, {text: ": " + newTopicLine(x)}}
		return append(runs, cite(x)...)
	})
	list("Topics gone quiet", c.Of(project.QuietTopic), func(x project.Change) []docxRun {
		return []docxRun{{text: x.Topic.Label, bold: true}, {text: ": " + quietTopicLine(x)}}
	})
	list("Changes of stance", c.Of(project.StanceChange), func(x project.Change) []docxRun {
		runs := []docxRun{{text: x.Actor.Name, bold: true}, {text: " on " + topicName(x.Topic) + ": from "},
			stance(x.OldStance), {text: " to "}, stance(x.NewStance)}
		return append(runs, cite(x)...)
	})
	if news := c.Of(project.NewActor); len(news) > 0 {
		var names []string
		for _, x := range news[:min(len(news), 3*maxChangeLines)] {
			names = append(names, x.Actor.Name)
		}
		s := strings.Join(names, ", ")
		if more := len(news) - len(names); more > 0 {
			s += fmt.Sprintf(" and %d more", more)
		}
		doc.para("Heading2", docxRun{text: "New actors"})
		doc.para("", docxRun{text: s + "."})
	}
	list("New positions", c.Of(project.NewPosition), func(x project.Change) []docxRun {
		return append(position(x, x.NewStance), cite(x)...)
	})
	list("Positions dropped", c.Of(project.DroppedPosition), func(x project.Change) []docxRun {
		runs := position(x, x.OldStance)
		if doc := x.Document; doc != nil {
			runs = append(runs, docxRun{text: "  (" + changeSource(doc) + ")", small: true, color: grey})
		}
		return runs
	})
}
