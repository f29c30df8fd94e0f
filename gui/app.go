package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// ui is one main window and the project it shows. Every field is used from
// the Fyne goroutine only; background jobs come back through fyne.Do.
type ui struct {
	app     fyne.App
	win     fyne.Window
	version string
	ed      *project.Editor
	path    string // where Save writes; "" until the project has been saved
	name    string // shown in the title bar

	doc           string // ID of the document in the reader
	focusTopic    string
	focusActor    string
	focusPosition string

	article   *articlePane
	topics    *topicsPanel
	actors    *actorsPanel
	positions *positionsPanel
	brief     *briefPanel
	tabs      *container.AppTabs
	status    *statusBar
	menus     *menus
	prefs     *prefs
}

func newUI(a fyne.App, w fyne.Window, version string) *ui {
	u := &ui{app: a, win: w, version: version, prefs: newPrefs(a)}
	u.ed = project.NewEditor(project.New())
	u.article = newArticlePane(u)
	u.topics = newTopicsPanel(u)
	u.actors = newActorsPanel(u)
	u.positions = newPositionsPanel(u)
	u.brief = newBriefPanel(u)
	u.status = newStatusBar()
	u.tabs = container.NewAppTabs(
		container.NewTabItem("Topics", u.topics.content),
		container.NewTabItem("Actors", u.actors.content),
		container.NewTabItem("Positions", u.positions.content),
		container.NewTabItem("Brief", u.brief.content),
	)
	split := container.NewHSplit(u.article.content, u.tabs)
	split.Offset = 0.53
	w.SetContent(container.NewBorder(newToolbar(u), u.status.content, nil, nil, split))
	u.menus = newMenus(u)
	w.SetMainMenu(u.menus.main)
	w.SetCloseIntercept(u.onClose)
	w.SetOnDropped(u.onDropped)
	return u
}

// project is the current state of the brief. It must not be changed
// directly: use do.
func (u *ui) project() *project.Project { return u.ed.Project() }

// do applies a named, undoable change and reports a failure to the user.
func (u *ui) do(name string, fn func(p *project.Project) error) bool {
	if err := u.ed.Do(name, fn); err != nil {
		u.showError("Could not "+lowerFirst(name), err, "")
		return false
	}
	u.status.say(name + ".")
	return true
}

// setProject shows another project, with a fresh history.
func (u *ui) setProject(p *project.Project, path, name string) {
	u.ed = project.NewEditor(p)
	u.ed.OnChange = u.refresh
	u.path, u.name = path, name
	u.doc, u.focusTopic, u.focusActor, u.focusPosition = "", "", "", ""
	if len(p.Documents) > 0 {
		u.doc = p.Documents[0].ID
	}
	u.article.showDocument()
	u.refresh()
	u.topics.list.UnselectAll()
	u.actors.table.UnselectAll()
	u.positions.list.UnselectAll()
}

// refresh brings every view up to date with the project.
func (u *ui) refresh() {
	p := u.project()
	if u.focusTopic != "" && p.Topic(u.focusTopic) == nil {
		u.focusTopic = ""
	}
	if u.focusActor != "" && p.Actor(u.focusActor) == nil {
		u.focusActor = ""
	}
	if u.focusPosition != "" && p.Position(u.focusPosition) == nil {
		u.focusPosition = ""
	}
	if p.Document(u.doc) == nil && len(p.Documents) > 0 {
		u.doc = p.Documents[0].ID
		u.article.showDocument()
	}
	u.win.SetTitle(WindowTitle(u.name, u.ed.Dirty()))
	u.article.refresh()
	u.topics.refresh()
	u.actors.refresh()
	u.positions.refresh()
	u.brief.refresh()
	u.status.refresh(p, u.ed.Dirty())
	u.menus.refresh()
}

// commitEdits ends the edit of the focused field, so that what the user
// typed is in the project before it is saved or exported.
func (u *ui) commitEdits() {
	if u.win.Canvas().Focused() != nil {
		u.win.Canvas().Unfocus()
	}
}

func newToolbar(u *ui) fyne.CanvasObject {
	tool := func(label string, icon fyne.Resource, tapped func()) *widget.Button {
		b := widget.NewButtonWithIcon(label, icon, tapped)
		b.Importance = widget.LowImportance
		return b
	}
	pdf := widget.NewButtonWithIcon("Export PDF", theme.DocumentIcon(), u.exportPDFDialog)
	pdf.Importance = widget.HighImportance
	return container.NewVBox(container.NewHBox(
		tool("Open", theme.FolderOpenIcon(), u.openDialog),
		tool("Save", theme.DocumentSaveIcon(), u.save),
		widget.NewSeparator(),
		tool("", theme.ContentUndoIcon(), u.undo),
		tool("", theme.ContentRedoIcon(), u.redo),
		widget.NewSeparator(),
		tool("Find", theme.SearchIcon(), u.article.showFind),
		layout.NewSpacer(),
		tool("Export spreadsheet", theme.GridIcon(), u.exportXLSXDialog),
		pdf,
	), widget.NewSeparator())
}

func (u *ui) undo() {
	u.commitEdits()
	name := u.ed.UndoName()
	if u.ed.Undo() == nil {
		u.status.say("Undone: " + name + ".")
	}
}

func (u *ui) redo() {
	u.commitEdits()
	name := u.ed.RedoName()
	if u.ed.Redo() == nil {
		u.status.say("Redone: " + name + ".")
	}
}
