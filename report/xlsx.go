package report

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"briefing/project"
)

// The workbook: sheets Positions, Actors, Topics, Matrix, Timeline, Changes
// (with Options.Changes; xlsx_story.go), Sources and About,
// each set up to print (xlsx_print.go), with stable IDs (xlsx_ids.go). excelize
// builds the package: workbook, styles, properties, and each sheet's frame
// with its StreamWriter (column widths, frozen panes, header row, the Excel
// table, data validation, conditional formats). The data rows are encoded
// by xlZip (xlsx_enc.go) straight from the project into the compressed
// sheet as the file is written, so 100,000 positions take no buffer.
//
// Safety: every string is written as an inline string (t="inlineStr"), never
// as a formula, so a note that begins with "=", "+", "-" or "@" stays text
// in Excel and LibreOffice (tested). Excel cannot hold more than 32,767
// characters in a cell: longer text is cut visibly, ending in "…", and
// Options.Warn is told.

// xlMaxCell is Excel's limit on the length of a cell, in UTF-16 units.
const xlMaxCell = excelize.TotalCellChars

// xlMaxRows is Excel's limit on the rows of a sheet.
const xlMaxRows = excelize.TotalRows

// xlMaxListLen is Excel's limit on a data-validation list, in characters.
const xlMaxListLen = 255

// Names of the sheets and their tables.
const (
	sheetPositions = "Positions"
	sheetActors    = "Actors"
	sheetTopics    = "Topics"
	sheetMatrix    = "Matrix"
	sheetSources   = "Sources"
	sheetAbout     = "About"
	sheetTimeline  = "Timeline"
	sheetChanges   = "Changes"
)

var actorColumns = []xlColumn{
	{"Name", 28, xlWrap},
	{"Aliases", 28, xlWrap},
	{"Type", 12, xlText},
	{"Role", 24, xlWrap},
	{"Affiliation", 24, xlWrap},
	{"Mentions", 10, xlInt},
	{"Positions", 10, xlInt},
	{"Power", 9, xlCenter},
	{"Interest", 9, xlCenter},
	{"Quadrant", 16, xlText},
	{"Power/interest suggested", 12, xlCenter},
	{"Origin", 11, xlText},
	{"Reviewed", 10, xlCenter},
	{"Rule", 18, xlWrap},
	{"Analyst note", 36, xlWrap},
	{"actor_id", 18, xlText},
}

var topicColumns = []xlColumn{
	{"Order", 7, xlInt},
	{"Label", 32, xlWrap},
	{"Keywords", 32, xlWrap},
	{"Selected", 10, xlCenter},
	{"Priority", 10, xlCenter},
	{"Tags", 20, xlWrap},
	{"Note", 48, xlWrap},
	{"Positions", 10, xlInt},
	{"Origin", 11, xlText},
	{"Reviewed", 10, xlCenter},
	{"Rule", 18, xlWrap},
	{"topic_id", 18, xlText},
}

var sourceColumns = []xlColumn{
	{"Source", 28, xlWrap},
	{"Outlet", 18, xlWrap},
	{"Date", 11, xlDate},
	{"File or URL", 30, xlWrap},
	{"Paragraph", 10, xlIntOpt},
	{"Text", 100, xlWrap},
	{"document_id", 18, xlText},
}

// Colours of the matrix's stances: fill and font, as in Excel's presets.
var xlStanceColours = []struct{ stance, fill, font string }{
	{"supports", "C6EFCE", "006100"},
	{"opposes", "FFC7CE", "9C0006"},
	{"neutral", "EDEDED", "3A3A3A"},
	{"claims", "DDEBF7", "1F4E79"},
	{xlMixed, "FFEB9C", "9C5700"},
}

// xlWriter builds one workbook.
type xlWriter struct {
	f      *excelize.File
	ix     *xlIndex
	opt    Options
	styles [xlNumKinds]int
	header int
	cut    map[string]int // sheet -> number of cells cut at 32,767 characters
	rows   map[string]xlRowSource
}

// WriteXLSX writes the project as an Excel workbook: one row per live
// position on the Positions sheet (an Excel table with filters, a frozen
// header and a drop-down list on the stance), the actors, the topics in the
// user's order, a matrix of stances of actors on topics ("mixed" only when
// an actor both supports and opposes), the timeline of each actor's
// positions on each topic by the date of their source, with the changes of
// stance, what changed since an earlier brief (with opt.Changes), the
// sources with numbered paragraphs, and an About sheet that says what the
// workbook is and what its coded values mean. Positions carry document_id,
// actor_id, topic_id and position_id, which stay the same from export to
// export.
func WriteXLSX(w io.Writer, p *project.Project, opt Options) error {
	f := excelize.NewFile()
	defer f.Close()
	x := &xlWriter{f: f, ix: newXLIndex(p), opt: opt, cut: map[string]int{}, rows: map[string]xlRowSource{}}
	if err := x.build(); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return newXLZip(w, x.rows, x.encoder) })
	if err := f.Write(io.Discard); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	x.warnCuts()
	return nil
}

func (x *xlWriter) build() error {
	if err := x.newStyles(); err != nil {
		return err
	}
	if err := x.properties(); err != nil {
		return err
	}
	live := x.ix.positions()
	if len(live)+1 > xlMaxRows {
		return fmt.Errorf("%d positions do not fit in a sheet (at most %d)", len(live), xlMaxRows-1)
	}
	byActor, byTopic := x.ix.counts(live)
	if err := x.f.SetSheetName("Sheet1", sheetPositions); err != nil {
		return err
	}
	// The sheets in their order; a sheet's place names its part
	// (sheetN.xml), which the streamed sheets register their rows under.
	type sheet struct {
		name  string
		write func(index int) error
	}
	sheets := []sheet{
		{sheetPositions, func(i int) error { return x.positionsSheet(i, live) }},
		{sheetActors, func(i int) error { return x.actorsSheet(i, byActor) }},
		{sheetTopics, func(i int) error { return x.topicsSheet(i, byTopic) }},
		{sheetMatrix, func(i int) error { return x.matrixSheet(i, live) }},
		{sheetTimeline, x.timelineSheet},
	}
	if x.opt.Changes != nil {
		sheets = append(sheets, sheet{sheetChanges, x.changesSheet})
	}
	sheets = append(sheets, sheet{sheetSources, x.sourcesSheet}, sheet{sheetAbout, func(int) error { return x.aboutSheet() }})
	for _, s := range sheets[1:] {
		if _, err := x.f.NewSheet(s.name); err != nil {
			return err
		}
	}
	for i, s := range sheets {
		if err := s.write(i + 1); err != nil {
			return err
		}
	}
	return nil
}

func (x *xlWriter) newStyles() error {
	top := &excelize.Alignment{Vertical: "top"}
	defs := map[xlKind]*excelize.Style{
		xlText:   {Alignment: top},
		xlWrap:   {Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}},
		xlInt:    {Alignment: top},
		xlIntOpt: {Alignment: top},
		xlFloat:  {Alignment: top, NumFmt: 2}, // 0.00
		xlDate:   {Alignment: top, CustomNumFmt: ptr("yyyy-mm-dd")},
		xlCenter: {Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "center"}},
	}
	for k := range xlKind(xlNumKinds) {
		id, err := x.f.NewStyle(defs[k])
		if err != nil {
			return err
		}
		x.styles[k] = id
	}
	var err error
	x.header, err = x.f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
	})
	return err
}

func ptr[T any](v T) *T { return &v }

// properties sets the workbook's title, author, subject and dates.
func (x *xlWriter) properties() error {
	b := x.ix.p.Brief
	created := ""
	if !x.opt.Created.IsZero() {
		created = x.opt.Created.UTC().Format(time.RFC3339)
	}
	err := x.f.SetDocProps(&excelize.DocProperties{
		Title:       xlMeta(b.Title),
		Creator:     xlMeta(b.Author),
		Subject:     "Actors and positions",
		Description: xlMeta(b.Summary),
		Category:    xlMeta(b.Marking),
		Created:     created,
		Modified:    created,
		Language:    "en",
	})
	if err != nil {
		return err
	}
	return x.f.SetAppProps(&excelize.AppProperties{
		Application: xlMeta(x.opt.Creator),
		Company:     xlMeta(b.Organisation),
	})
}

// xlMeta keeps a metadata field to one line of reasonable length.
func xlMeta(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > 1000 {
		s = string([]rune(s)[:999]) + "…"
	}
	return s
}

// xlClip cuts a string to Excel's cell limit, visibly: the cut text ends
// in "…". It reports whether it cut.
func xlClip(s string) (string, bool) {
	if len(s) <= xlMaxCell { // bytes >= UTF-16 units
		return s, false
	}
	units := 0
	for i, r := range s {
		n := utf16.RuneLen(r)
		if n < 0 {
			n = 1
		}
		if units+n > xlMaxCell-1 {
			// Does the rest fit after all?
			if units+xlUTF16Len(s[i:]) <= xlMaxCell {
				return s, false
			}
			return s[:i] + "…", true
		}
		units += n
	}
	return s, false
}

func xlUTF16Len(s string) int {
	n := 0
	for _, r := range s {
		if k := utf16.RuneLen(r); k > 0 {
			n += k
		} else {
			n++
		}
	}
	return n
}

// stream starts a sheet: column widths, frozen panes, the header row.
// Data validations and conditional formats must be added before (excelize
// loses those added to a streamed sheet later).
//
// rows is the number of rows the sheet will have, header included: readers
// such as openpyxl's read-only mode trust the sheet's dimension, which a
// stream writer cannot correct afterwards.
func (x *xlWriter) stream(sheet string, cols []xlColumn, rows int) (*excelize.StreamWriter, error) {
	if err := xlDimension(x.f, sheet, len(cols), rows); err != nil {
		return nil, err
	}
	if err := x.printSetup(sheet, true); err != nil {
		return nil, err
	}
	sw, err := x.f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	for i, c := range cols {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}); err != nil {
		return nil, err
	}
	head := make([]any, len(cols))
	for i, c := range cols {
		head[i] = excelize.Cell{StyleID: x.header, Value: c.name}
	}
	return sw, sw.SetRow("A1", head, excelize.RowOpts{Height: 30})
}

// xlDimension sets the used range of a sheet before it is streamed.
func xlDimension(f *excelize.File, sheet string, cols, rows int) error {
	ref, err := excelize.CoordinatesToCellName(max(cols, 1), max(rows, 1))
	if err != nil {
		return err
	}
	return f.SetSheetDimension(sheet, "A1:"+ref)
}

// table writes a table sheet's frame with excelize (widths, frozen header,
// header row, the table over rows rows, header included) and registers
// fill to write its data rows when the workbook is written (xlZip). index
// is the sheet's place in the workbook, which names its part (sheetN.xml):
// build creates the sheets in that order.
func (x *xlWriter) table(sheet string, index int, name string, cols []xlColumn, rows int, fill func(e *xlEnc) error) error {
	sw, err := x.stream(sheet, cols, rows)
	if err != nil {
		return err
	}
	ref, err := excelize.CoordinatesToCellName(len(cols), max(rows, 2))
	if err != nil {
		return err
	}
	if err := sw.AddTable(&excelize.Table{
		Range: "A1:" + ref, Name: name, StyleName: "TableStyleMedium2", ShowRowStripes: ptr(true),
	}); err != nil {
		return err
	}
	x.rows[xlSheetPath(index)] = func(e *xlEnc) error {
		e.sheet = sheet
		return fill(e)
	}
	return sw.Flush()
}

func (x *xlWriter) encoder(w *bufio.Writer) *xlEnc {
	return &xlEnc{w: w, x: x, row: 1, styles: x.styles}
}

// xlFirstDate: Excel counts days right from March 1900 on; earlier dates
// stay text.
var xlFirstDate = time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)

func (x *xlWriter) positionsSheet(index int, live []*project.Position) error {
	last := max(len(live)+1, 2)
	col, _ := excelize.ColumnNumberToName(xlStanceCol)
	dv := excelize.NewDataValidation(true)
	dv.Sqref = fmt.Sprintf("%s2:%s%d", col, col, last)
	if err := dv.SetDropList(xlStanceList()); err != nil {
		return err
	}
	dv.SetError(excelize.DataValidationErrorStyleWarning, "Stance", "A stance is one of: "+strings.Join(xlStances, ", ")+".")
	if err := x.f.AddDataValidation(sheetPositions, dv); err != nil {
		return err
	}
	return x.table(sheetPositions, index, "tblPositions", positionColumns, len(live)+1, func(e *xlEnc) error {
		vals := make([]any, len(positionColumns))
		for _, p := range live {
			x.ix.positionRow(p, vals)
			e.put(positionColumns, vals)
		}
		return nil
	})
}

// xlStanceList returns the drop-down's stances, checked against Excel's
// 255-character limit on a list.
func xlStanceList() []string {
	if n := len(strings.Join(xlStances, ",")); n > xlMaxListLen {
		panic(fmt.Sprintf("report: the stance list is %d characters, Excel takes %d", n, xlMaxListLen))
	}
	return xlStances
}

func (x *xlWriter) actorsSheet(index int, byActor map[string]int) error {
	var actors []*project.Actor
	for _, a := range x.ix.p.Actors {
		if !a.Rejected {
			actors = append(actors, a)
		}
	}
	if len(actors) >= xlMaxRows {
		return fmt.Errorf("%d actors do not fit in a sheet", len(actors))
	}
	stakes := x.ix.p.Stakes()
	return x.table(sheetActors, index, "tblActors", actorColumns, len(actors)+1, func(e *xlEnc) error {
		vals := make([]any, len(actorColumns))
		for _, a := range actors {
			s := stakes[a.ID]
			vals[0], vals[1], vals[2] = a.Name, strings.Join(a.Aliases, "; "), a.Type
			vals[3], vals[4], vals[5] = a.Role, a.Affiliation, len(a.Mentions)
			vals[6], vals[7], vals[8], vals[9] = byActor[a.ID], s.Power, s.Interest, s.Quadrant()
			vals[10], vals[11], vals[12] = stakeSuggested(s), string(a.Origin), yesNo(a.Reviewed)
			vals[13], vals[14], vals[15] = a.Why, a.Note, x.ix.ids.actor[a.ID]
			e.put(actorColumns, vals)
		}
		return nil
	})
}

// stakeSuggested says which of an actor's levels are the app's
// suggestion: "both", "power", "interest", or "no" once the user set both.
func stakeSuggested(s project.Stake) string {
	switch {
	case s.PowerSuggested && s.InterestSuggested:
		return "both"
	case s.PowerSuggested:
		return "power"
	case s.InterestSuggested:
		return "interest"
	}
	return "no"
}

func (x *xlWriter) topicsSheet(index int, byTopic map[string]int) error {
	var topics []*project.Topic
	for _, t := range x.ix.p.Topics {
		if !t.Rejected {
			topics = append(topics, t)
		}
	}
	if len(topics) >= xlMaxRows {
		return fmt.Errorf("%d topics do not fit in a sheet", len(topics))
	}
	return x.table(sheetTopics, index, "tblTopics", topicColumns, len(topics)+1, func(e *xlEnc) error {
		vals := make([]any, len(topicColumns))
		for i, t := range topics {
			vals[0], vals[1], vals[2] = i+1, t.Label, strings.Join(t.Keywords, "; ")
			vals[3], vals[4], vals[5] = yesNo(t.Selected), t.Priority, strings.Join(t.Tags, "; ")
			vals[6], vals[7], vals[8] = t.Note, byTopic[t.ID], string(t.Origin)
			vals[9], vals[10], vals[11] = yesNo(t.Reviewed), t.Why, x.ix.ids.topic[t.ID]
			e.put(topicColumns, vals)
		}
		return nil
	})
}

// matrixSheet writes actors down, topics across (in the user's order), and
// in each cell the actor's stance on the topic, from the positions not left
// out of the brief, with their number when more than one: "supports (3)". Conditional formats, one
// rule per stance, colour the cells. It is not a table: its headers are
// topic labels, which need not be unique.
func (x *xlWriter) matrixSheet(index int, live []*project.Position) error {
	var topics []*project.Topic
	for _, t := range x.ix.p.Topics {
		if !t.Rejected {
			topics = append(topics, t)
		}
	}
	if len(topics) > excelize.MaxColumns-1 {
		x.warn(fmt.Sprintf("the Matrix sheet shows the first %d of %d topics", excelize.MaxColumns-1, len(topics)))
		topics = topics[:excelize.MaxColumns-1]
	}
	var actors []*project.Actor
	for _, a := range x.ix.p.Actors {
		if !a.Rejected {
			actors = append(actors, a)
		}
	}
	if len(actors) > xlMaxRows-1 {
		actors = actors[:xlMaxRows-1]
	}
	col := make(map[string]int, len(topics))
	for i, t := range topics {
		col[t.ID] = i + 1
	}
	// The stances, sorted by actor, column, stance: each actor's row is
	// then a run, and each cell a run within it.
	rowOf := make(map[string]int, len(actors))
	for i, a := range actors {
		rowOf[a.ID] = i
	}
	// Positions the user left out of the brief do not count: a stance
	// discarded must not turn a cell "mixed".
	var marks []xlMark
	for _, p := range live {
		c, ok := col[p.Topic]
		r, ok2 := rowOf[p.Actor]
		if ok && ok2 && p.Stance != "" && p.Selected {
			marks = append(marks, xlMark{r, c + 1, p.Stance})
		}
	}
	slices.SortFunc(marks, func(a, b xlMark) int {
		if a.row != b.row {
			return a.row - b.row
		}
		if a.col != b.col {
			return a.col - b.col
		}
		return strings.Compare(a.stance, b.stance)
	})
	lastCol, _ := excelize.ColumnNumberToName(len(topics) + 1)
	if len(topics) > 0 && len(actors) > 0 {
		ref := fmt.Sprintf("B2:%s%d", lastCol, len(actors)+1)
		var rules []excelize.ConditionalFormatOptions
		for _, sc := range xlStanceColours {
			id, err := x.f.NewConditionalStyle(&excelize.Style{
				Font: &excelize.Font{Color: sc.font},
				Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{sc.fill}},
			})
			if err != nil {
				return err
			}
			// "begins with": a cell reads "supports (3)" when it counts
			// more than one position.
			rules = append(rules, excelize.ConditionalFormatOptions{
				Type: "text", Criteria: "begins with", Format: ptr(id), Value: sc.stance,
			})
		}
		if err := x.f.SetConditionalFormat(sheetMatrix, ref, rules); err != nil {
			return err
		}
	}
	if err := xlDimension(x.f, sheetMatrix, len(topics)+1, len(actors)+1); err != nil {
		return err
	}
	if err := x.printSetup(sheetMatrix, true); err != nil {
		return err
	}
	sw, err := x.f.NewStreamWriter(sheetMatrix)
	if err != nil {
		return err
	}
	if err := sw.SetColWidth(1, 1, 28); err != nil {
		return err
	}
	if len(topics) > 0 {
		if err := sw.SetColWidth(2, len(topics)+1, 14); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, XSplit: 1, YSplit: 1, TopLeftCell: "B2", ActivePane: "bottomRight",
		Selection: []excelize.Selection{{SQRef: "B2", ActiveCell: "B2", Pane: "bottomRight"}},
	}); err != nil {
		return err
	}
	row := make([]any, len(topics)+1)
	row[0] = excelize.Cell{StyleID: x.header, Value: "Actor \\ Topic"}
	for i, t := range topics {
		s, _ := xlClip(t.Label)
		row[i+1] = excelize.Cell{StyleID: x.header, Value: s}
	}
	if err := sw.SetRow("A1", row, excelize.RowOpts{Height: 45}); err != nil {
		return err
	}
	x.rows[xlSheetPath(index)] = func(e *xlEnc) error {
		e.sheet = sheetMatrix
		var sparse []xlSparseCell
		for i, a := range actors {
			sparse = append(sparse[:0], xlSparseCell{col: 1, kind: xlWrap, value: a.Name})
			for len(marks) > 0 && marks[0].row == i {
				n := 1
				for n < len(marks) && marks[n].row == i && marks[n].col == marks[0].col {
					n++
				}
				v := matrixStance(marks[:n])
				if n > 1 {
					v += " (" + strconv.Itoa(n) + ")"
				}
				sparse = append(sparse, xlSparseCell{col: marks[0].col, kind: xlCenter, value: v})
				marks = marks[n:]
			}
			e.putSparse(sparse)
		}
		return nil
	}
	return sw.Flush()
}

// sourcesSheet lists each document's details and its paragraphs, one row
// per paragraph numbered as in the positions' Paragraph column. A document
// without text (as read from interchange JSON) gets one row.
func (x *xlWriter) sourcesSheet(index int) error {
	rows := 1
	for _, d := range x.ix.p.Documents {
		rows += max(len(d.Paragraphs), 1)
	}
	if rows > xlMaxRows {
		x.warn(fmt.Sprintf("the Sources sheet is cut at Excel's limit of %d rows", xlMaxRows))
		rows = xlMaxRows
	}
	return x.table(sheetSources, index, "tblSources", sourceColumns, rows, func(e *xlEnc) error {
		vals := make([]any, len(sourceColumns))
		for _, d := range x.ix.p.Documents {
			vals[0], vals[1], vals[2], vals[3], vals[6] = docLabel(d), d.Outlet, d.Date, d.Source, x.ix.ids.doc[d.ID]
			vals[4], vals[5] = 0, ""
			if len(d.Paragraphs) == 0 && e.row < rows {
				e.put(sourceColumns, vals)
			}
			for i := range d.Paragraphs {
				if e.row >= rows {
					return nil
				}
				vals[4], vals[5] = i+1, d.ParagraphText(i+1)
				e.put(sourceColumns, vals)
			}
		}
		return nil
	})
}

func (x *xlWriter) warn(msg string) {
	if x.opt.Warn != nil {
		x.opt.Warn(msg)
	}
}

func (x *xlWriter) warnCuts() {
	var sheets []string
	for s := range x.cut {
		sheets = append(sheets, s)
	}
	sort.Strings(sheets)
	for _, s := range sheets {
		x.warn(fmt.Sprintf("%s: %d cell(s) cut to Excel's limit of %d characters (marked with …)", s, x.cut[s], xlMaxCell))
	}
}
