package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/internal/recovery"
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
	focusNote     string // a note or key excerpt shown from the Brief tab

	article   *articlePane
	topics    *topicsPanel
	actors    *actorsPanel
	positions *positionsPanel
	brief     *briefPanel
	triage    *triagePanel
	tabs      *container.AppTabs
	status    *statusBar
	menus     *menus
	prefs     *prefs
	hint      *startHint
	stakes    *stakeMap     // the stakeholder map's window, nil when closed
	compare   *comparison   // the earlier brief the exports compare with
	timeline  *timelineView // nil while its window is closed

	// dismissed holds the likely-duplicate pairs the user dismissed, for
	// the session (see pairKey).
	dismissed map[[2]string]bool
	dupes     duplicateCache

	// The file behind the project (see recovery.go): the stamp of the
	// version opened or saved last, and this window's lock on it.
	stamp recovery.FileStamp
	lock  *recovery.Lock
	// latest is what the autosaver writes; autosaver is nil when off.
	latest    recovery.Latest
	autosaver *recovery.Autosaver
	// registry is the user's actor registry; nil records nothing (see
	// registry.go).
	registry *actorRegistry
	// afterRegistry, when set (by tests), runs once an import is done.
	afterRegistry func()
	// afterLoad, when set (by tests), runs on the Fyne goroutine once a
	// file opened in the background is shown or has failed.
	afterLoad func()
	// afterRead, when set (by tests), runs on the Fyne goroutine once a
	// large article is shown and its analysis has begun (open_large.go).
	afterRead func()
	// afterDropped, when set (by tests), runs when such an analysis ends
	// after another file was opened, and is dropped.
	afterDropped func()
	// loadGen counts the files opened, so that the analysis of a large
	// article the user has since replaced is dropped.
	loadGen int
	// shown is the project and the focus the views showed when last
	// drawn, for a change to redraw only the views whose data it changed.
	shown struct {
		p     *project.Project
		focus focus
	}
	// stale names the views in hidden tabs that a change touched, to
	// redraw when their tab is shown (views.go).
	stale map[string]bool
	// onRedraw, when set (by tests), is told the name of each view a
	// change or refresh redraws.
	onRedraw func(view string)
}

func newUI(a fyne.App, w fyne.Window, version string) *ui {
	u := &ui{app: a, win: w, version: version, prefs: newPrefs(a), dismissed: map[[2]string]bool{}, stale: map[string]bool{}}
	u.ed = project.NewEditor(project.New())
	u.article = newArticlePane(u)
	u.topics = newTopicsPanel(u)
	u.actors = newActorsPanel(u)
	u.positions = newPositionsPanel(u)
	u.brief = newBriefPanel(u)
	u.triage = newTriagePanel(u)
	u.status = newStatusBar()
	u.tabs = container.NewAppTabs(
		container.NewTabItem("Topics", u.topics.content),
		container.NewTabItem("Actors", u.actors.content),
		container.NewTabItem("Positions", u.positions.content),
		container.NewTabItem("Brief", u.brief.content),
		container.NewTabItem("Review", u.triage.content),
	)
	u.tabs.OnSelected = u.onTab
	u.hint = newStartHint(u)
	u.compare = newComparison(u)
	u.compare.above = container.NewVBox(u.hint.content, u.compare.content)
	split := container.NewHSplit(u.article.content, container.NewBorder(u.compare.above, nil, nil, nil, u.tabs))
	split.Offset = 0.53
	w.SetContent(container.NewBorder(newToolbar(u), u.status.content, nil, nil, split))
	u.menus = newMenus(u)
	w.SetMainMenu(u.menus.main)
	w.SetCloseIntercept(u.onClose)
	w.SetOnDropped(u.onDropped)
	w.Canvas().SetOnTypedKey(u.onTypedKey)
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
	u.ed.OnChange = u.onChange
	u.path, u.name = path, name
	u.compare.clear() // it was about the brief shown before
	u.triage.reset()
	u.doc, u.focusTopic, u.focusActor, u.focusPosition, u.focusNote = "", "", "", "", ""
	if len(p.Documents) > 0 {
		u.doc = p.Documents[0].ID
	}
	u.article.showDocument()
	u.actors.needs = nil // other actors: fit the columns to them
	u.refresh()
	u.topics.list.UnselectAll()
	u.actors.table.UnselectAll()
	u.positions.list.UnselectAll()
	// Another project starts at the top of its lists. A table keeps its
	// offset when its rows get fewer, and scrolled past the last row of
	// the new project it would show nothing.
	u.topics.list.ScrollToTop()
	u.actors.table.ScrollToTop()
	u.positions.list.ScrollToTop()
	u.noteChange()
}

// onChange follows every change, undo and redo of the project: it
// redraws the views whose data the change touched.
func (u *ui) onChange() {
	u.update()
	u.noteChange()
}

// onTab redraws the chosen tab's view if a change came while it was
// hidden, and gives the review card the keyboard when the Review tab is
// chosen.
func (u *ui) onTab(tab *container.TabItem) {
	u.redrawStale(tab)
	if tab.Content == u.triage.content {
		u.triage.activate()
	}
}

// showReview opens the Review tab (Ctrl+R).
func (u *ui) showReview() {
	if u.triage.active() {
		u.triage.focusCard()
		return
	}
	u.tabs.SelectIndex(tabReview)
}

// refresh brings every view up to date with the project.
func (u *ui) refresh() { u.redraw(true, "") }

// update redraws the views whose data or focus changed since they were
// drawn, after a change.
func (u *ui) update() { u.redraw(false, "") }

// updateFrom is update after the user chose an item in a view: that view
// is redrawn even when its tab is hidden (tests, and jumps from dialogs,
// choose before showing the tab).
func (u *ui) updateFrom(view string) { u.redraw(false, view) }

// redraw brings the views up to date with the project and the focus: all
// of them, or only those that show what changed since they were last drawn
// (see views.go); the view named chosen is redrawn even in a hidden tab.
// The review panel, the status bar, the title and the
// menus are always redrawn: they are cheap, and what they count changes
// with nearly every change.
func (u *ui) redraw(all bool, chosen string) {
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
	if u.focusNote != "" && p.Note(u.focusNote) == nil && p.Excerpt(u.focusNote) == nil {
		u.focusNote = ""
	}
	if p.Document(u.doc) == nil && len(p.Documents) > 0 {
		u.doc = p.Documents[0].ID
		u.article.showDocument()
	}
	u.triage.update()
	u.win.SetTitle(WindowTitle(u.name, u.ed.Dirty()))
	d := u.dirtyViews(all)
	u.shown.p, u.shown.focus = p, u.focus()
	u.redrawIf(d.article, "article", u.article.refresh)
	for _, v := range u.tabViews() {
		u.redrawTab(all, d.tab[v.name], v.name == chosen, v)
	}
	u.redrawIf(true, "review", u.triage.refresh)
	u.redrawIf(d.stakes, "stakes", u.stakes.refresh)
	if u.timeline != nil {
		u.redrawIf(d.timeline, "timeline", u.timeline.refresh)
	}
	u.status.refresh(p, u.ed.Dirty())
	u.menus.refresh()
}

func (u *ui) redrawIf(dirty bool, view string, refresh func()) {
	if !dirty {
		return
	}
	refresh()
	if u.onRedraw != nil {
		u.onRedraw(view)
	}
}

// commitEdits ends the edit of the focused field, so that what the user
// typed is in the project before it is saved or exported.
func (u *ui) commitEdits() {
	if f := u.win.Canvas().Focused(); f != nil && f != fyne.Focusable(u.triage.card) {
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
