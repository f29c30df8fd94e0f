package report

import (
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"briefing/project"
)

// The About sheet says what the workbook is and how to read it, for an
// analyst who gets it without the brief: what it was made from, when, by
// what, under which marking, and what each coded value means.

// xlStanceMeaning and xlOriginMeaning explain the coded columns.
var (
	xlStanceMeaning = [][2]string{
		{"supports", "the actor is in favour of the matter of the topic"},
		{"opposes", "the actor is against it"},
		{"neutral", "the actor speaks on it without taking a side"},
		{"claims", "the actor states a fact or an expectation, not a preference"},
		{xlMixed, "Matrix only: the actor both supports and opposes (in different positions)"},
		{"(n)", "Matrix only: the number of positions a cell stands for, when more than one"},
	}
	xlOriginMeaning = [][2]string{
		{string(project.Suggested), "found by the analysis and not changed by the user"},
		{string(project.Edited), "found by the analysis, then changed by the user"},
		{string(project.Added), "created by the user"},
	}
	xlStoryMeaning = [][2]string{
		{"Timeline", "each actor's positions on each topic, by the date of their source (its publication date, not the brief's)"},
		{"change", "Timeline: the actor's stance on the topic differs from that of the previous date, e.g. supports → opposes (mixed: a date's positions differ)"},
		{"Changes", "with a comparison only: what changed since the earlier brief, one row per new source, new topic, quiet topic, stance change (the latest dated stance of an actor on a topic), new actor and new or dropped position"},
		{"new topic", "Changes: a topic with a live position whose label (whatever its case and spacing) had none in the earlier brief; actor, position and source are where it is first raised"},
		{"quiet topic", "Changes: a topic of the earlier brief on which none of the new sources holds a position; the source is the earlier one that last discussed it. None without new sources"},
	}
	xlStakeMeaning = [][2]string{
		{"Power", "Actors: the actor's power to shape the outcome, high or low; suggested high for states, alliances, governments, heads of state and government, ministers, courts, parliaments and armed forces, low for the rest (NGOs, persons, media)"},
		{"Interest", "Actors: how much the actor engages with the story, high or low; suggested high for an actor that holds a position and whose positions (counted twice) and mentions reach the median of the actors"},
		{"Quadrant", "Actors: the stakeholder map's advice from power and interest: " + project.ManageClosely + " (high, high), " + project.KeepSatisfied + " (high power, low interest), " + project.KeepInformed + " (low power, high interest), " + project.Monitor + " (low, low)"},
		{"Power/interest suggested", "Actors: which levels are still the app's suggestion (both, power, interest), or no once the user set both"},
	}
	xlIDMeaning = [][2]string{
		{"document_id", "the source; the same text always has the same ID"},
		{"position_id", "the position; from the source, the quoted evidence and the speaker, so it survives re-export and re-analysis"},
		{"actor_id", "the actor; from the name, so the same name has the same ID in every workbook"},
		{"topic_id", "the topic; from the label"},
		{"co_actor_ids", "Positions: the actor_id of each co-actor (who holds the position jointly), in the order of Co-actors, separated by \"; \""},
	}
)

// xlAboutHead are the headers of the About sheet's source list.
var xlAboutHead = []string{"document_id", "Title", "Outlet", "Author", "Published", "URL or file"}

func (x *xlWriter) aboutSheet() error {
	f, s := x.f, sheetAbout
	if err := x.printSetup(s, false); err != nil {
		return err
	}
	b := x.ix.p.Brief
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return err
	}
	wrap := x.styles[xlWrap]
	date := x.styles[xlDate]
	row := 1
	put := func(style int, vals ...any) error {
		cells := make([]any, len(vals))
		for i, v := range vals {
			if str, ok := v.(string); ok {
				v, _ = xlClip(str)
			}
			cells[i] = v
		}
		cell, _ := excelize.CoordinatesToCellName(1, row)
		row++
		if err := f.SetSheetRow(s, cell, &cells); err != nil {
			return err
		}
		last, _ := excelize.CoordinatesToCellName(max(len(vals), 1), row-1)
		return f.SetCellStyle(s, cell, last, style)
	}
	marking := strings.ToUpper(strings.TrimSpace(b.Marking))
	if marking == "" {
		marking = "none set"
	}
	lines := [][2]string{
		{"Workbook", "Actors and positions of the brief, as exported by " + orDefault(x.opt.Creator, "Briefing Builder")},
		{"Brief", briefTitle(x.ix.p)},
		{"Handling marking", marking},
		{"Drafted by", joinNonEmpty(", ", b.Author, b.Organisation)},
		{"Reference", b.Reference},
	}
	for _, l := range lines {
		if err := put(wrap, l[0], l[1]); err != nil {
			return err
		}
	}
	for _, d := range []struct {
		label string
		t     time.Time
		s     string
	}{{"Exported", x.opt.Created, ""}, {"Date of the brief", time.Time{}, b.Date}} {
		var v any = d.s
		if !d.t.IsZero() {
			v = time.Date(d.t.Year(), d.t.Month(), d.t.Day(), 0, 0, 0, 0, time.UTC)
		} else if t, err := time.Parse(time.DateOnly, d.s); err == nil {
			v = t
		}
		if err := put(date, d.label, v); err != nil {
			return err
		}
	}
	row++
	if err := put(bold, "Sources"); err != nil {
		return err
	}
	heads := make([]any, len(xlAboutHead))
	for i, h := range xlAboutHead {
		heads[i] = h
	}
	if err := put(bold, heads...); err != nil {
		return err
	}
	for _, d := range x.ix.p.Documents {
		var published any = d.Date
		if t, err := time.Parse(time.DateOnly, d.Date); err == nil && t.After(xlFirstDate) {
			published = t
		}
		if err := put(wrap, x.ix.ids.doc[d.ID], sourceTitle(d), d.Outlet, d.Author, published, d.Source); err != nil {
			return err
		}
		cell, _ := excelize.CoordinatesToCellName(5, row-1)
		if err := f.SetCellStyle(s, cell, cell, date); err != nil {
			return err
		}
	}
	for _, part := range []struct {
		title string
		rows  [][2]string
	}{{"Stance (Positions, Matrix)", xlStanceMeaning}, {"Origin (Positions, Actors, Topics)", xlOriginMeaning},
		{"The story over time (Timeline, Changes)", xlStoryMeaning}, {"Stakeholder map (Actors)", xlStakeMeaning}, {"IDs", xlIDMeaning}} {
		row++
		if err := put(bold, part.title); err != nil {
			return err
		}
		for _, r := range part.rows {
			if err := put(wrap, r[0], r[1]); err != nil {
				return err
			}
		}
	}
	for col, w := range []float64{22, 60, 20, 20, 12, 40} {
		name, _ := excelize.ColumnNumberToName(col + 1)
		if err := f.SetColWidth(s, name, name, w); err != nil {
			return err
		}
	}
	return nil
}

func orDefault(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}
