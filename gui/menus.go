package gui

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/assets"
)

// menus is the main menu. Ctrl+C, V, X and A are left to the focused
// widget: a menu shortcut would run before it.
type menus struct {
	u      *ui
	main   *fyne.MainMenu
	recent *fyne.MenuItem
	undo   *fyne.MenuItem
	redo   *fyne.MenuItem
}

func shortcut(key fyne.KeyName, shift bool) fyne.Shortcut {
	mod := fyne.KeyModifierShortcutDefault
	if shift {
		mod |= fyne.KeyModifierShift
	}
	return &desktop.CustomShortcut{KeyName: key, Modifier: mod}
}

func newMenus(u *ui) *menus {
	m := &menus{u: u}
	item := func(label string, action func(), sc fyne.Shortcut) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, action)
		it.Shortcut = sc
		return it
	}
	m.recent = fyne.NewMenuItem("Open Recent", nil)
	m.rebuildRecentItems()
	// Quit asks about unsaved work, as closing the window does.
	quit := item("Quit", u.onClose, shortcut(fyne.KeyQ, false))
	quit.IsQuit = true
	file := fyne.NewMenu("File",
		fyne.NewMenuItem("New from Pasted Text…", u.newFromPasted),
		item("Open…", u.openDialog, shortcut(fyne.KeyO, false)),
		m.recent,
		fyne.NewMenuItem("Add Article to This Brief…", u.addArticle),
		fyne.NewMenuItem("Add Articles from a Folder…", u.addFolderDialog),
		fyne.NewMenuItem("Compare with an Earlier Brief…", u.compareDialog),
		fyne.NewMenuItemSeparator(),
		item("Save", u.save, shortcut(fyne.KeyS, false)),
		item("Save As…", u.saveAs, shortcut(fyne.KeyS, true)),
		fyne.NewMenuItemSeparator(),
		item("Export PDF…", u.exportPDFDialog, shortcut(fyne.KeyE, false)),
		item("Export Spreadsheet…", u.exportXLSXDialog, shortcut(fyne.KeyE, true)),
		fyne.NewMenuItemSeparator(),
		u.registryMenu(),
		fyne.NewMenuItem("Preferences…", u.showPrefs),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	m.undo = item("Undo", u.undo, &fyne.ShortcutUndo{})
	m.redo = item("Redo", u.redo, shortcut(fyne.KeyZ, true))
	edit := fyne.NewMenu("Edit", m.undo, m.redo, fyne.NewMenuItemSeparator(),
		item("Find in Article", u.article.showFind, shortcut(fyne.KeyF, false)),
		fyne.NewMenuItem("Select Text in Article", func() { u.article.setSelecting(true) }),
		fyne.NewMenuItemSeparator(),
		item("Review Suggestions", u.showReview, shortcut(fyne.KeyR, false)),
		fyne.NewMenuItem("Likely Duplicate Actors…", u.actors.showDuplicates),
		fyne.NewMenuItem("Stakeholder Map", u.showStakeMap),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Timeline of the Topic or Actor…", u.showFocusedTimeline),
	)
	help := fyne.NewMenu("Help",
		fyne.NewMenuItem("Keyboard Shortcuts", u.showShortcuts),
		fyne.NewMenuItem("Show the getting-started hint", func() { u.hint.show() }),
		fyne.NewMenuItem("About Briefing Builder", u.showAbout),
	)
	m.main = fyne.NewMainMenu(file, edit, help)
	return m
}

// refresh names what Undo and Redo would do.
func (m *menus) refresh() {
	ed := m.u.ed
	undo, redo := "Undo", "Redo"
	if n := ed.UndoName(); n != "" {
		undo += " " + n
	}
	if n := ed.RedoName(); n != "" {
		redo += " " + n
	}
	if m.undo.Label == undo && m.redo.Label == redo && m.undo.Disabled == !ed.CanUndo() && m.redo.Disabled == !ed.CanRedo() {
		return
	}
	m.undo.Label, m.undo.Disabled = undo, !ed.CanUndo()
	m.redo.Label, m.redo.Disabled = redo, !ed.CanRedo()
	m.main.Refresh()
}

func (m *menus) rebuildRecentItems() {
	var items []*fyne.MenuItem
	for _, path := range m.u.prefs.recent() {
		items = append(items, fyne.NewMenuItem(filepath.Base(path)+"  —  "+filepath.Dir(path), func() {
			m.u.confirmDiscard("opening another file", func() { m.u.openPath(path) })
		}))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem("No recent files", nil)
		none.Disabled = true
		items = append(items, none)
	}
	m.recent.ChildMenu = fyne.NewMenu("", items...)
}

// rebuildRecent updates Open Recent after a file was opened or saved.
func (m *menus) rebuildRecent() {
	m.rebuildRecentItems()
	m.main.Refresh()
}

func (u *ui) showShortcuts() {
	rows := [][2]string{
		{"Ctrl+O", "Open an article or a brief"},
		{"Ctrl+S", "Save the brief"},
		{"Ctrl+Shift+S", "Save the brief as…"},
		{"Ctrl+E", "Export the PDF brief"},
		{"Ctrl+Shift+E", "Export the spreadsheet"},
		{"Ctrl+Q", "Quit (asks about unsaved changes)"},
		{"Esc", "Close the dialog, the find bar, or Select-text mode"},
		{"Ctrl+Z", "Undo"},
		{"Ctrl+Shift+Z", "Redo"},
		{"Ctrl+F", "Find in the article"},
		{"Enter", "In Find: next match"},
		{"Ctrl+C", "Copy the selected text"},
		{"Ctrl+R", "Review the suggestions, one at a time"},
		{"A or Enter", "In Review: accept"},
		{"R, X or Delete", "In Review: reject"},
		{"1 2 3 4", "In Review: supports, opposes, neutral, claims"},
		{"E", "In Review: edit"},
		{"J, N, ↓, →", "In Review: next"},
		{"K, P, ↑, ←", "In Review: previous"},
		{"B", "In Review: accept or reject positions in bulk"},
	}
	grid := container.NewGridWithColumns(2)
	for _, r := range rows {
		grid.Add(widget.NewLabelWithStyle(r[0], fyne.TextAlignLeading, fyne.TextStyle{Monospace: true}))
		grid.Add(widget.NewLabel(r[1]))
	}
	dialog.ShowCustom("Keyboard shortcuts", "Close", grid, u.win)
}

func (u *ui) showAbout() {
	msg := widget.NewLabel("Briefing Builder " + u.version + "\n\n" +
		"Open a news article or an official statement: the application suggests its topics, its actors and their positions.\n" +
		"Review them, choose what goes into the brief, and export a PDF brief and an XLSX workbook.")
	msg.Wrapping = fyne.TextWrapWord
	credits := widget.NewLabel(assets.Credits)
	credits.Wrapping = fyne.TextWrapWord
	credits.SizeName = theme.SizeNameCaptionText
	scroll := container.NewVScroll(credits)
	scroll.SetMinSize(fyne.NewSize(0, 220))
	d := dialog.NewCustom("About Briefing Builder", "Close", container.NewBorder(msg, nil, nil, nil, scroll), u.win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}
