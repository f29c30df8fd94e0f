package gui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"briefing/internal/atomicfile"
	"briefing/internal/recovery"
	"briefing/project"
)

// RecoveryDirEnv names an environment variable that, when set, is the
// folder for recovery files instead of the default (for tests and scripts).
const RecoveryDirEnv = "BRIEFING_RECOVERY_DIR"

// recoveryDir is where autosaves are kept.
func recoveryDir() (string, error) {
	if d := os.Getenv(RecoveryDirEnv); d != "" {
		return d, nil
	}
	return recovery.DefaultDir()
}

// startAutosave writes the unsaved changes to a recovery file in dir every
// interval.
func (u *ui) startAutosave(dir string, interval time.Duration) error {
	as, err := recovery.NewAutosaver(dir)
	if err != nil {
		return err
	}
	warned := false
	as.OnError = func(err error) {
		fyne.Do(func() {
			if !warned {
				warned = true
				fyne.LogError("autosave", err)
				u.status.say("Autosave failed: " + plainError(err) + ". Save your work with Ctrl+S.")
			}
		})
	}
	u.autosaver = as
	u.noteChange()
	as.Start(interval, u.latest.Snapshot)
	return nil
}

// noteChange tells the autosaver about the current project.
func (u *ui) noteChange() {
	u.latest.Set(u.project(), u.ed.Dirty(), u.path)
}

// stopAutosave ends autosaving. With discard (a clean exit, the user having
// saved or declined to) the recovery file goes; without, unsaved changes are
// written one last time and kept for the next start.
func (u *ui) stopAutosave(discard bool) {
	as := u.autosaver
	if as == nil {
		return
	}
	u.autosaver = nil
	if !discard {
		if err := as.SaveNow(u.latest.Snapshot); err != nil {
			fyne.LogError("autosave at exit", err)
		}
	}
	as.Stop()
	if discard {
		if err := as.Discard(); err != nil {
			fyne.LogError("autosave", err)
		}
	}
}

// shutdown runs when the application stops.
func (u *ui) shutdown() {
	u.stopAutosave(false)
	u.setLock(nil)
}

// setLock replaces the window's lock on its file.
func (u *ui) setLock(l *recovery.Lock) {
	if u.lock != nil && u.lock != l {
		if err := u.lock.Release(); err != nil {
			fyne.LogError("unlock", err)
		}
	}
	u.lock = l
}

// offerRecovery asks, for the newest recovery file a crashed session left,
// whether to restore it. then runs unless the user restores.
func (u *ui) offerRecovery(dir string, then func()) {
	entries, err := recovery.Pending(dir)
	if err != nil {
		fyne.LogError("recovery", err)
	}
	if len(entries) == 0 {
		if then != nil {
			then()
		}
		return
	}
	e := entries[0]
	text := "Briefing Builder closed unexpectedly. Restore your unsaved work from " +
		e.Saved.Local().Format("Mon 2 Jan 15:04") + " (" + e.Title + ")?"
	if e.Path != "" {
		text += "\n\nIt belongs to " + e.Path + "."
	}
	if n := len(entries) - 1; n > 0 {
		text += "\n\n" + plural(n, "other unsaved session") + " will be offered after this one."
	}
	msg := &widget.Label{Text: text, Wrapping: fyne.TextWrapWord}
	var d *dialog.CustomDialog
	restore := &widget.Button{Text: "Restore", Importance: widget.HighImportance, OnTapped: func() {
		d.Hide()
		u.restore(e)
	}}
	discard := &widget.Button{Text: "Discard", Importance: widget.DangerImportance, OnTapped: func() {
		d.Hide()
		if err := recovery.Discard(e); err != nil {
			u.showError("Could not discard the unsaved work", err, "")
			return
		}
		u.offerRecovery(dir, then)
	}}
	later := &widget.Button{Text: "Later", OnTapped: func() {
		d.Hide()
		u.status.say("The unsaved work will be offered again at the next start.")
		if then != nil {
			then()
		}
	}}
	d = dialog.NewCustomWithoutButtons("Restore unsaved work?", msg, u.win)
	d.SetButtons([]fyne.CanvasObject{later, discard, restore})
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
	u.win.Canvas().Focus(restore) // Space restores
}

// restore shows the work kept in a recovery file. It is one undoable step
// on top of the project's saved file (or an empty project), so the window
// shows unsaved changes; the recovery file goes once this window's own
// autosave holds the work.
func (u *ui) restore(e recovery.Entry) {
	p, err := recovery.Restore(e)
	if err != nil {
		u.showError("Could not restore the unsaved work", err, "The recovery file stays in place: try again at the next start.")
		return
	}
	base, path, name := project.New(), e.Path, p.Brief.Title
	var stamp recovery.FileStamp
	var lock *recovery.Lock
	if path != "" {
		l, err := recovery.Acquire(path)
		var held *recovery.HeldError
		switch {
		case errors.As(err, &held):
			u.status.say(upperFirst(held.Error()) + ": the restored work is an unsaved copy. Use Save As.")
			path = ""
		case err != nil:
			fyne.LogError("lock", err)
		default:
			lock = l
		}
	}
	if path != "" {
		if q, s, err := recovery.Load(path); err == nil {
			base, stamp = q, s
		}
	}
	u.setProject(base, path, name)
	u.stamp = stamp
	u.setLock(lock)
	if !u.do("Restore unsaved work", func(w *project.Project) error {
		*w = *p.Clone()
		return nil
	}) {
		return
	}
	if u.autosaver != nil {
		if err := u.autosaver.SaveNow(u.latest.Snapshot); err != nil {
			fyne.LogError("autosave", err)
			return // keep the old recovery file: it is the only copy
		}
	}
	if err := recovery.Discard(e); err != nil {
		fyne.LogError("recovery", err)
	}
	u.status.say("Restored your unsaved work from " + e.Saved.Local().Format("15:04") + ". Save it with Ctrl+S.")
}

// isProjectFile says whether a path is a saved project, which is locked
// while open.
func isProjectFile(path string) bool {
	return strings.EqualFold(filepath.Ext(path), project.Extension)
}

// samePath says whether two paths name one file.
func samePath(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	x, err1 := filepath.Abs(a)
	y, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && x == y
}

// askHeld asks what to do about a project open in another window.
func (u *ui) askHeld(path string, held *recovery.HeldError) {
	msg := &widget.Label{Wrapping: fyne.TextWrapWord,
		Text: upperFirst(held.Error()) + " — it is already open in another window.\n\n" +
			"A read-only copy opens the project without touching the file (Save As keeps your changes). " +
			"Opening it anyway means two windows may save over each other; each save still checks the file first."}
	var d *dialog.CustomDialog
	copyBtn := &widget.Button{Text: "Open read-only copy", Importance: widget.HighImportance, OnTapped: func() {
		d.Hide()
		u.loadPath(path, nil, true)
	}}
	anyway := &widget.Button{Text: "Open anyway", OnTapped: func() {
		d.Hide()
		l, err := recovery.Force(path)
		if err != nil {
			fyne.LogError("lock", err)
		}
		u.loadPath(path, l, false)
	}}
	cancel := &widget.Button{Text: "Cancel", OnTapped: func() { d.Hide() }}
	d = dialog.NewCustomWithoutButtons("Already open", msg, u.win)
	d.SetButtons([]fyne.CanvasObject{cancel, anyway, copyBtn})
	d.Resize(fyne.NewSize(540, 0))
	d.Show()
}

// saveChecked saves to the window's file unless it changed on disk since it
// was opened or saved; then it asks (see askConflict), and then runs after
// a save made from the question. It reports whether it saved at once.
func (u *ui) saveChecked(path string, then func()) bool {
	p := u.project()
	var s recovery.FileStamp
	var err error
	if path == u.path {
		s, err = recovery.Save(path, p, u.stamp)
	} else {
		s, err = recovery.SaveAs(path, p)
	}
	var conflict *recovery.ConflictError
	if errors.As(err, &conflict) {
		u.askConflict(path, then)
		return false
	}
	if errors.Is(err, atomicfile.ErrReadOnly) {
		u.askReadOnly(path, then)
		return false
	}
	if err != nil {
		u.showError("Could not save the brief to "+filepath.Base(path), err,
			"Choose File ▸ Save As… to save it in another folder.")
		return false
	}
	u.saved(path, s)
	u.status.say("Saved " + path + ".")
	return true
}

// askReadOnly asks before replacing a project file its owner made read-only; the new file
// is read-only again afterwards.
func (u *ui) askReadOnly(path string, then func()) {
	msg := filepath.Base(path) + " is read-only: someone protected it from changes.\nReplace it with this brief anyway? It stays read-only afterwards."
	dialog.ShowConfirm("Replace a read-only file?", msg, func(ok bool) {
		if !ok {
			u.status.say("Not saved: " + filepath.Base(path) + " is read-only. Choose File ▸ Save As… to save a copy.")
			return
		}
		fi, err := os.Stat(path)
		if err != nil {
			u.showError("Could not save the brief to "+filepath.Base(path), err, "Choose File ▸ Save As… to save it in another folder.")
			return
		}
		mode := fi.Mode().Perm()
		if err := os.Chmod(path, mode|0o200); err != nil {
			u.showError("Could not save the brief to "+filepath.Base(path), err, "Choose File ▸ Save As… to save it in another folder.")
			return
		}
		saved := u.saveChecked(path, then)
		_ = os.Chmod(path, mode) // read-only again, as its owner wanted
		if saved && then != nil {
			then()
		}
	}, u.win)
}

// saved records that the project is in the file at path.
func (u *ui) saved(path string, s recovery.FileStamp) {
	if path != u.path {
		l, err := recovery.Acquire(path)
		if err != nil {
			l = nil // working without a lock beats not saving
		}
		u.setLock(l)
	} else if u.lock == nil {
		if l, err := recovery.Acquire(path); err == nil {
			u.setLock(l)
		}
	}
	u.path, u.stamp = path, s
	u.ed.MarkSaved()
	u.prefs.addRecent(path)
	u.prefs.setLastFolder(filepath.Dir(path))
	u.menus.rebuildRecent()
	u.refresh()
	u.noteChange()
	if u.autosaver != nil {
		if err := u.autosaver.Discard(); err != nil {
			fyne.LogError("autosave", err)
		}
	}
}

// askConflict asks how to save over a file another program changed: as a
// copy beside it, or in its place with the other version kept beside it.
func (u *ui) askConflict(path string, then func()) {
	base := filepath.Base(path)
	kept := filepath.Base(recovery.ConflictName(path, time.Now()))
	msg := &widget.Label{Wrapping: fyne.TextWrapWord,
		Text: base + " has changed on disk since you opened it: another program or window saved it.\n\n" +
			"Save as a copy keeps that version in place and saves yours beside it. " +
			"Overwrite saves yours in its place; the other version is kept as “" + kept + "”."}
	var d *dialog.CustomDialog
	finish := func(err error) {
		if err != nil {
			u.showError("Could not save the brief", err, "Choose File ▸ Save As… to save it elsewhere.")
			return
		}
		if then != nil {
			then()
		}
	}
	copyBtn := &widget.Button{Text: "Save as a copy", Importance: widget.HighImportance, OnTapped: func() {
		d.Hide()
		dst, s, err := recovery.SaveCopy(path, u.project(), time.Now())
		if err == nil {
			u.saved(dst, s)
			u.status.say("Saved your version as " + dst + "; the other version stays in " + base + ".")
		}
		finish(err)
	}}
	overwrite := &widget.Button{Text: "Overwrite", Importance: widget.DangerImportance, OnTapped: func() {
		d.Hide()
		other, s, err := recovery.Overwrite(path, u.project(), time.Now())
		if err == nil {
			u.saved(path, s)
			if other != "" {
				u.status.say("Saved " + path + "; the other version is kept as " + other + ".")
			}
		}
		finish(err)
	}}
	cancel := &widget.Button{Text: "Cancel", OnTapped: func() { d.Hide() }}
	d = dialog.NewCustomWithoutButtons("Changed on disk", msg, u.win)
	d.SetButtons([]fyne.CanvasObject{cancel, overwrite, copyBtn})
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}
