package gui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"briefing/document"
	"briefing/internal/recovery"
	"briefing/project"
)

// articleExts are the files the open dialogs offer.
var articleExts = []string{project.Extension, ".json", ".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"}

// openDialog asks for a file to open, after the unsaved changes are dealt
// with.
func (u *ui) openDialog() {
	u.confirmDiscard("opening another file", func() {
		u.fileOpen(func(path string) { u.openPath(path) })
	})
}

// fileOpen asks for a file to open, starting in the last folder used.
func (u *ui) fileOpen(then func(path string)) {
	u.askOpenPath("Open an article or a brief", articleExts, then)
}

// openPath reads and analyses a file in the background and shows it. A
// saved project is locked while open; one open in another window is
// opened only if the user says so (see askHeld).
func (u *ui) openPath(path string) { u.openPathThen(path, nil) }

// openPathThen is openPath, then runs then once the file is shown. A
// project held by another window opens (if the user says so) without it.
func (u *ui) openPathThen(path string, then func()) {
	if !isProjectFile(path) {
		u.load(path, nil, false, then)
		return
	}
	if u.lock != nil && samePath(path, u.path) {
		u.load(path, u.lock, false, then) // this window's own file, again
		return
	}
	l, err := recovery.Acquire(path)
	var held *recovery.HeldError
	switch {
	case errors.As(err, &held):
		u.askHeld(path, held)
		return
	case err != nil:
		fyne.LogError("lock", err) // a read-only folder: open without a lock
		l = nil
	}
	u.load(path, l, false, then)
}

// loadPath opens a file in the background; lock is the lock taken on it,
// released if it does not open. A read-only copy is shown with no file, so
// that saving asks where.
func (u *ui) loadPath(path string, lock *recovery.Lock, readOnly bool) {
	u.load(path, lock, readOnly, nil)
}

// load is loadPath, then runs then (when set) once the file is shown.
func (u *ui) load(path string, lock *recovery.Lock, readOnly bool, then func()) {
	u.loadGen++
	if opensProgressively(path) {
		u.loadLarge(path, lock, then)
		return
	}
	prog := u.progress("Opening and analysing " + filepath.Base(path) + "…")
	go func() {
		var p *project.Project
		var kind project.Kind
		var stamp recovery.FileStamp
		var err error
		if isProjectFile(path) {
			kind = project.KindProject
			p, stamp, err = recovery.Load(path)
		} else {
			p, kind, err = project.Open(path)
		}
		fyne.Do(func() {
			prog.Hide()
			if u.afterLoad != nil {
				defer u.afterLoad()
			}
			if err != nil {
				u.openFailed(path, lock, err)
				return
			}
			u.prefs.addRecent(path)
			u.prefs.setLastFolder(filepath.Dir(path))
			u.menus.rebuildRecent()
			if kind == project.KindProject && readOnly {
				u.setProject(p, "", p.Brief.Title+" (read-only copy)")
				u.stamp = recovery.FileStamp{}
				u.setLock(nil)
				u.status.say("Opened a copy of " + path + ": your changes go elsewhere with Save As.")
			} else if kind == project.KindProject {
				u.setProject(p, path, p.Brief.Title)
				u.stamp = stamp
				u.setLock(lock)
			} else {
				u.stamp = recovery.FileStamp{}
				u.setLock(lock)
				u.applyDefaults(p)
				u.setProject(p, "", p.Brief.Title)
				u.status.say("Analysed " + filepath.Base(path) + ": review the suggested topics, actors and positions.")
				u.showReadWarnings(p)
				u.applyRegistry(true)
			}
			if then != nil {
				then()
			}
		})
	}()
}

// openFailed releases the lock taken for path (unless it is this window's own) and says
// why the file did not open.
func (u *ui) openFailed(path string, lock *recovery.Lock, err error) {
	if lock != u.lock {
		if lerr := lock.Release(); lerr != nil {
			fyne.LogError("unlock", lerr)
		}
	}
	u.showError("Could not open "+filepath.Base(path), err, openAdvice(err))
}

// showReadWarnings tells the user what to know about how an article was read (damaged
// bytes replaced, say), so that its suggestions are not trusted blindly.
func (u *ui) showReadWarnings(p *project.Project) {
	var lines []string
	for _, d := range p.Documents {
		for _, w := range d.Warnings {
			lines = append(lines, filepath.Base(d.Source)+": "+w)
		}
	}
	if len(lines) > 0 {
		dialog.ShowInformation("Read with a warning", strings.Join(lines, "\n"), u.win)
	}
}

// openAdvice tells the user what to do about a file that did not open.
func openAdvice(err error) string {
	var le *project.LoadError
	switch {
	case errors.Is(err, document.ErrUnsupported):
		return "Briefing Builder reads plain text, Markdown, web pages (.html), Word (.docx), PDF with text, and its own .brief projects. Save the article in one of these formats, or copy its text and use File ▸ New from Pasted Text."
	case errors.Is(err, document.ErrNoText):
		return "If it is a scanned PDF, copy the text from another source and use File ▸ New from Pasted Text."
	case errors.Is(err, document.ErrDamaged):
		return "Open the file in the program that made it and save it again, or copy its text and use File ▸ New from Pasted Text."
	case errors.As(err, &le):
		return "If you saved this project before, a previous version may be beside it as a .bak file."
	}
	return adviceFor(err)
}

// applyDefaults fills the brief's details from the preferences when a new
// project starts.
func (u *ui) applyDefaults(p *project.Project) {
	b := &p.Brief
	if b.Author == "" {
		b.Author = u.prefs.author()
	}
	if b.Organisation == "" {
		b.Organisation = u.prefs.organisation()
	}
	if b.Marking == "" {
		b.Marking = u.prefs.marking()
	}
	if ps := u.prefs.pageSize(); ps != "" {
		b.PageSize = ps
	}
}

// newFromPasted starts a brief on text the user pastes.
func (u *ui) newFromPasted() {
	u.confirmDiscard("starting a new brief", func() {
		text := widget.NewMultiLineEntry()
		text.Wrapping = fyne.TextWrapWord
		text.PlaceHolder = "Paste the article here (Ctrl+V): title on the first line, then the paragraphs."
		d := dialog.NewCustomConfirm("New brief from pasted text", "Analyse", "Cancel", container.NewStack(text), func(ok bool) {
			if !ok {
				return
			}
			if strings.TrimSpace(text.Text) == "" {
				u.showError("There is no text to analyse", nil, "Paste the article's text into the box, then choose Analyse.")
				return
			}
			u.analysePasted(text.Text)
		}, u.win)
		d.Resize(fyne.NewSize(720, 520))
		d.Show()
		u.win.Canvas().Focus(text)
	})
}

func (u *ui) analysePasted(text string) {
	prog := u.progress("Analysing the article…")
	go func() {
		doc := document.FromPasted(text)
		doc.Source = "pasted text"
		p := project.FromDocument(doc)
		fyne.Do(func() {
			prog.Hide()
			u.applyDefaults(p)
			u.setProject(p, "", p.Brief.Title)
			u.stamp = recovery.FileStamp{}
			u.setLock(nil)
			u.applyRegistry(true)
		})
	}()
}

// addArticle adds a second (third...) article to the brief.
func (u *ui) addArticle() {
	u.fileOpen(func(path string) { u.addArticles([]string{path}) })
}

// save writes the project to its file, or asks for one.
func (u *ui) save() {
	u.commitEdits()
	if u.path == "" {
		u.saveAs()
		return
	}
	u.saveTo(u.path)
}

// saveTo saves the project to path (see saveChecked) and reports whether
// it did.
func (u *ui) saveTo(path string) bool { return u.saveChecked(path, nil) }

// saveAs asks where to save the project.
func (u *ui) saveAs() {
	u.saveAsThen(nil)
}

func (u *ui) saveAsThen(then func()) {
	u.commitEdits()
	name := safeFileName(u.project().Brief.Title) + project.Extension
	u.askSavePath("Save the brief as", name, project.Extension, func(path string) {
		if u.saveTo(path) && then != nil {
			then()
		}
	})
}

// confirmDiscard runs then at once when there are no unsaved changes, and
// otherwise asks whether to save them first.
func (u *ui) confirmDiscard(action string, then func()) {
	u.commitEdits()
	if !u.ed.Dirty() {
		then()
		return
	}
	var d *dialog.CustomDialog
	msg := widget.NewLabel("The brief has changes you have not saved. Save them before " + action + "?")
	msg.Wrapping = fyne.TextWrapWord
	saveBtn := &widget.Button{Text: "Save", Importance: widget.HighImportance, OnTapped: func() {
		d.Hide()
		if u.path == "" {
			u.saveAsThen(then)
		} else if u.saveChecked(u.path, then) {
			then()
		}
	}}
	discard := &widget.Button{Text: "Don't save", Importance: widget.DangerImportance, OnTapped: func() { d.Hide(); then() }}
	cancel := &widget.Button{Text: "Cancel", OnTapped: func() { d.Hide() }}
	d = dialog.NewCustomWithoutButtons("Unsaved changes", msg, u.win)
	d.SetButtons([]fyne.CanvasObject{cancel, discard, saveBtn})
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
}

// onClose is the window's close intercept.
func (u *ui) onClose() {
	u.confirmDiscard("closing", func() {
		u.prefs.saveWindow(u.win.Canvas().Size())
		u.stopAutosave(true)
		u.setLock(nil)
		u.timeline.close()
		u.win.Close()
	})
}

// onDropped opens or adds the files (and the articles of the folders)
// dropped on the window: see dropPaths.
func (u *ui) onDropped(_ fyne.Position, items []fyne.URI) {
	var paths []string
	for _, it := range items {
		if it.Scheme() != "file" {
			continue
		}
		path := it.Path()
		if fi, err := os.Stat(path); err == nil && fi.IsDir() {
			files, err := document.FolderArticles(path)
			if err != nil {
				u.showError("Could not add the folder "+filepath.Base(path), err, "")
				return
			}
			paths = append(paths, files...)
			continue
		}
		paths = append(paths, path)
	}
	u.dropPaths(paths)
}
