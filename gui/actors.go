package gui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// actorColumns are the Actors table's column titles; their widths follow
// the table's (actor_columns.go). Titles are tappable labels rather than
// buttons to save their padding.
var actorColumns = []struct{ title string }{{"Name"}, {"Type"}, {"Role"}, {"Affiliation"}, {"Ment."}, {"Pos."}, {"Review"}}

// numericColumn says whether an actors column sorts as numbers.
func numericColumn(col int) bool { return col == 4 || col == 5 }

var actorTypes = []string{"person", "organization", "state", "alliance", "other"}

// actorsPanel is a sortable table of the actors and a form for the chosen
// one.
type actorsPanel struct {
	u       *ui
	table   *widget.Table
	rows    []*project.Actor
	sortCol int
	desc    bool
	fit     *fitLayout
	widths  []float32 // the columns' widths, as last fitted
	fitted  int       // the number of rows they were fitted to
	// needs holds what the columns' titles and values need
	// (actor_columns.go); nil when they are to be measured again.
	needs   [][]float32
	name    *commitEntry
	typ     *widget.Select
	role    *commitEntry
	affil   *commitEntry
	note    *commitEntry
	origin  *widget.Label
	aliases *aliasEditor
	stake   *stakeEditor
	scroll  *container.Scroll
	dupes   *widget.Button
	details *fyne.Container
	empty   *widget.Label
	content fyne.CanvasObject
	loading bool
}

func newActorsPanel(u *ui) *actorsPanel {
	a := &actorsPanel{u: u, sortCol: 4, desc: true}
	a.table = &widget.Table{
		Length:       func() (int, int) { return len(a.rows), len(actorColumns) },
		CreateCell:   newActorCell,
		UpdateCell:   a.updateCell,
		OnSelected:   a.onSelected,
		CreateHeader: func() fyne.CanvasObject { return newHeaderCell() },
		UpdateHeader: a.updateHeader,
	}
	a.table.ShowHeaderRow = true
	a.table.ExtendBaseWidget(a.table)
	a.fit = &fitLayout{onWidth: a.fitColumns}
	a.name = newCommitEntry(false, "Name", func(string) { a.save() })
	a.typ = widget.NewSelect(actorTypes, func(string) { a.save() })
	a.role = newCommitEntry(false, "e.g. spokesman", func(string) { a.save() })
	a.affil = newCommitEntry(false, "e.g. Kremlin", func(string) { a.save() })
	a.note = newCommitEntry(true, "Your comment", func(string) { a.save() })
	a.origin = &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance}
	a.dupes = &widget.Button{Text: "Duplicates", Icon: theme.SearchReplaceIcon(), Importance: widget.LowImportance, OnTapped: a.showDuplicates}
	form := widget.NewForm(
		widget.NewFormItem("Name", a.name), widget.NewFormItem("Type", a.typ),
		widget.NewFormItem("Role", a.role), widget.NewFormItem("Affiliation", a.affil),
		widget.NewFormItem("Comment", a.note),
	)
	a.aliases = newAliasEditor(a)
	a.stake = newStakeEditor(a)
	a.details = container.NewVBox(form, a.stake.content,
		widget.NewLabelWithStyle("Also called", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		a.aliases.content, a.origin, timelineButton(func() { u.showTimeline("", u.focusActor) }))
	a.empty = &widget.Label{Text: "Choose an actor to highlight its mentions in the article and edit it. Tap a column title to sort. Ment.: mentions in the article; Pos.: positions held.",
		Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance}
	bar := container.NewHBox(
		&widget.Button{Text: "Add", Icon: theme.ContentAddIcon(), Importance: widget.LowImportance, OnTapped: a.onAdd},
		&widget.Button{Text: "Merge…", Icon: theme.ContentPasteIcon(), Importance: widget.LowImportance, OnTapped: a.onMerge},
		&widget.Button{Text: "Split…", Icon: theme.ContentCutIcon(), Importance: widget.LowImportance, OnTapped: a.onSplit},
		a.dupes,
		layout.NewSpacer(),
		&widget.Button{Text: "Delete", Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: a.onDelete},
	)
	a.scroll = container.NewVScroll(container.NewStack(a.empty, a.details))
	split := container.NewVSplit(container.NewBorder(bar, nil, nil, nil, container.New(a.fit, a.table)), a.scroll)
	split.Offset = 0.55
	a.content = split
	return a
}

// newActorCell is a cell of the Actors table: text cut with an ellipsis
// at the column's edge.
func newActorCell() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return newMenuRow(l)
}

func (a *actorsPanel) cellText(x *project.Actor, col int) string {
	switch col {
	case 0:
		return x.Name
	case 1:
		return typeName(x.Type)
	case 2:
		return x.Role
	case 3:
		return x.Affiliation
	case 4:
		return mentionCount(len(x.Mentions))
	case 5:
		return thousands(a.u.project().PositionCount(x.ID))
	}
	badge, _ := reviewBadge(x.Review)
	return badge
}

// cellNumber is the value a numeric column sorts by.
func (a *actorsPanel) cellNumber(x *project.Actor, col int) int {
	if col == 4 {
		return len(x.Mentions)
	}
	return a.u.project().PositionCount(x.ID)
}

func typeName(t string) string {
	if t == "organization" {
		return "Organisation"
	}
	return upperFirst(t)
}

func (a *actorsPanel) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	cell := o.(*menuRow)
	l := cell.content.(*widget.Label)
	cell.menu = nil
	if id.Row >= len(a.rows) {
		l.SetText("")
		return
	}
	x := a.rows[id.Row]
	actorID := x.ID
	cell.menu = func() *fyne.Menu { return a.actorMenu(actorID) }
	l.TextStyle.Bold = id.Col == 0
	l.Importance = widget.MediumImportance
	if id.Col == 1 {
		l.Importance = widget.LowImportance
	}
	if id.Col == 6 {
		_, l.Importance = reviewBadge(x.Review)
	}
	l.SetText(a.cellText(x, id.Col))
}

func (a *actorsPanel) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	h := o.(*headerCell)
	if id.Col < 0 || id.Col >= len(actorColumns) {
		return
	}
	text := actorColumns[id.Col].title
	if id.Col == a.sortCol {
		if a.desc {
			text += "↓"
		} else {
			text += "↑"
		}
	}
	col := id.Col
	h.onTapped = func() { a.sortBy(col) }
	h.SetText(text)
}

// headerCell is a column title that sorts the table when tapped. It is a
// label, not a button, so that narrow columns keep room for their title.
type headerCell struct {
	widget.Label
	onTapped func()
}

func newHeaderCell() *headerCell {
	h := &headerCell{}
	h.TextStyle.Bold = true
	h.Truncation = fyne.TextTruncateEllipsis
	h.ExtendBaseWidget(h)
	return h
}

// Tapped sorts by the column.
func (h *headerCell) Tapped(*fyne.PointEvent) {
	if h.onTapped != nil {
		h.onTapped()
	}
}

// Cursor shows that the title can be tapped.
func (h *headerCell) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (a *actorsPanel) sortBy(col int) {
	if a.sortCol == col {
		a.desc = !a.desc
	} else {
		a.sortCol, a.desc = col, numericColumn(col)
	}
	a.needs = nil // the arrow moves to another title
	a.refresh()
}

func (a *actorsPanel) refresh() {
	a.rows = slices.Clone(a.u.project().LiveActors())
	slices.SortStableFunc(a.rows, func(x, y *project.Actor) int {
		var c int
		if numericColumn(a.sortCol) {
			c = cmp.Compare(a.cellNumber(x, a.sortCol), a.cellNumber(y, a.sortCol))
		} else {
			c = strings.Compare(strings.ToLower(a.cellText(x, a.sortCol)), strings.ToLower(a.cellText(y, a.sortCol)))
		}
		if a.desc {
			c = -c
		}
		return c
	})
	// New content may need other widths; a new width fits them itself.
	if len(a.rows) != a.fitted || a.needs == nil {
		a.fitted, a.needs = len(a.rows), nil
		a.fitColumns(a.fit.width)
	}
	a.table.Refresh()
	if n := len(a.u.duplicates()); n > 0 {
		a.dupes.SetText(fmt.Sprintf("Duplicates (%d)", n))
	} else {
		a.dupes.SetText("Duplicates")
	}
	a.loading = true
	a.table.UnselectAll()
	for i, x := range a.rows {
		if x.ID == a.u.focusActor {
			a.table.Select(widget.TableCellID{Row: i, Col: 0})
		}
	}
	a.loading = false
	a.loadDetails()
}

func (a *actorsPanel) loadDetails() {
	x := a.u.project().Actor(a.u.focusActor)
	if x == nil {
		a.details.Hide()
		a.empty.Show()
		return
	}
	a.empty.Hide()
	a.details.Show()
	a.loading = true
	defer func() { a.loading = false }()
	a.name.Set(x.Name)
	a.typ.SetSelected(x.Type)
	a.role.Set(x.Role)
	a.affil.Set(x.Affiliation)
	a.note.Set(x.Note)
	a.aliases.load(x)
	a.stake.load(x)
	a.origin.SetText(originText(x.Review))
	a.details.Refresh()
	a.scroll.Refresh()
}

func (a *actorsPanel) onSelected(id widget.TableCellID) {
	if a.loading || id.Row < 0 || id.Row >= len(a.rows) {
		return
	}
	a.choose(a.rows[id.Row].ID)
}

// choose focuses an actor: its mentions are shaded in the article, which
// scrolls to the first.
func (a *actorsPanel) choose(id string) {
	u := a.u
	u.commitEdits()
	u.focusTopic, u.focusActor, u.focusPosition, u.focusNote = "", id, "", ""
	u.updateFrom("actors")
	if x := u.project().Actor(id); x != nil {
		for _, m := range x.Mentions {
			if m.Doc == u.doc {
				u.article.showRange(m)
				return
			}
		}
		if len(x.Mentions) > 0 {
			u.article.showRange(x.Mentions[0])
		}
	}
}

func (a *actorsPanel) save() {
	if a.loading || a.u.focusActor == "" {
		return
	}
	id := a.u.focusActor
	f := project.ActorFields{Name: a.name.Text, Type: a.typ.Selected, Role: a.role.Text, Affiliation: a.affil.Text, Note: a.note.Text}
	if x := a.u.project().Actor(id); x != nil && x.Name == f.Name && x.Type == f.Type && x.Role == f.Role && x.Affiliation == f.Affiliation && x.Note == f.Note {
		return
	}
	before := a.u.project().Actor(id)
	if a.u.do("Edit actor", func(p *project.Project) error { return p.UpdateActor(id, f) }) {
		a.u.rememberActorEdit(before, id)
	}
}

func (a *actorsPanel) onAdd() {
	name := widget.NewEntry()
	typ := widget.NewSelect(actorTypes, nil)
	typ.SetSelected("person")
	role := widget.NewEntry()
	affil := widget.NewEntry()
	dialog.ShowForm("Add an actor", "Add", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Name", name), widget.NewFormItem("Type", typ),
		widget.NewFormItem("Role", role), widget.NewFormItem("Affiliation", affil),
	}, func(ok bool) {
		if !ok {
			return
		}
		var id string
		if a.u.do("Add actor", func(p *project.Project) (err error) {
			id, err = p.AddActor(project.ActorFields{Name: name.Text, Type: typ.Selected, Role: role.Text, Affiliation: affil.Text}, nil)
			return err
		}) {
			a.choose(id)
		}
	}, a.u.win)
	a.u.win.Canvas().Focus(name)
}

func (a *actorsPanel) onDelete() {
	x := a.u.project().Actor(a.u.focusActor)
	if x == nil {
		a.u.status.say("Choose an actor to delete first.")
		return
	}
	id, n := x.ID, a.u.project().PositionCount(x.ID)
	del := func() { a.u.do("Delete actor", func(p *project.Project) error { return p.DeleteActor(id) }) }
	if n == 0 {
		del()
		return
	}
	dialog.ShowConfirm("Delete "+x.Name+"?",
		"Their "+plural(n, "position")+" will be deleted too. You can undo this with Edit ▸ Undo.",
		func(ok bool) {
			if ok {
				del()
			}
		}, a.u.win)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return thousands(n) + " " + word + "s"
}
