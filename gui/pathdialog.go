package gui

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Fyne 2.7's file dialogs have no field for a path in the Open dialog, and
// a full path typed as the name in the Save dialog is joined to the folder
// shown, which fails with an error about a file that nobody named. So the
// window asks for a path in a field of its own, typed or pasted, with
// "Browse…" for Fyne's dialog; it starts in the last folder used.

// pathDialog asks for the path of a file to open or save.
type pathDialog struct {
	u       *ui
	save    bool
	ext     string   // added to a saved name without it
	exts    []string // the files Browse offers when opening
	entry   *escEntry
	dlg     *dialog.CustomDialog
	then    func(path string)
	confirm *widget.Button
}

// askOpenPath asks for an existing file with one of exts.
func (u *ui) askOpenPath(title string, exts []string, then func(path string)) {
	d := &pathDialog{u: u, exts: exts, then: then}
	d.show(title, "Open", u.startFolder()+string(filepath.Separator))
}

// askSavePath asks where to save a file named name by default; ext is
// added to a name typed without it.
func (u *ui) askSavePath(title, name, ext string, then func(path string)) {
	d := &pathDialog{u: u, save: true, ext: ext, exts: []string{ext}, then: then}
	d.show(title, "Save", filepath.Join(u.startFolder(), name))
}

// startFolder is the last folder used if it still exists, else the home
// folder, else the working folder.
func (u *ui) startFolder() string {
	if dir := u.prefs.lastFolder(); dir != "" {
		if fi, err := os.Stat(dir); err == nil && fi.IsDir() {
			return dir
		}
	}
	if home, err := os.UserHomeDir(); err == nil {
		return home
	}
	if wd, err := os.Getwd(); err == nil {
		return wd
	}
	return "."
}

func (d *pathDialog) show(title, confirm, path string) {
	d.entry = newEscEntry(d.u, false)
	d.entry.SetText(path)
	d.entry.OnSubmitted = func(string) { d.onConfirm() }
	browse := &widget.Button{Text: "Browse…", Icon: theme.FolderOpenIcon(), OnTapped: d.onBrowse}
	hint := &widget.Label{Text: "Type or paste the full path, or choose Browse…", Importance: widget.LowImportance}
	content := container.NewVBox(container.NewBorder(nil, nil, nil, browse, d.entry), hint)
	cancel := &widget.Button{Text: "Cancel", Icon: theme.CancelIcon(), OnTapped: d.onCancel}
	d.confirm = &widget.Button{Text: confirm, Importance: widget.HighImportance, OnTapped: d.onConfirm}
	d.dlg = dialog.NewCustomWithoutButtons(title, content, d.u.win)
	d.dlg.SetButtons([]fyne.CanvasObject{cancel, d.confirm})
	d.dlg.Resize(fyne.NewSize(640, 0))
	d.dlg.Show()
	d.u.win.Canvas().Focus(d.entry)
	d.entry.CursorColumn = len([]rune(path)) // at the end, ready to type a name
	d.entry.Refresh()
}

func (d *pathDialog) onCancel() { d.dlg.Hide() }

// onConfirm checks the path and, when it will do, closes the dialog and
// goes on; otherwise it says what is wrong and keeps the dialog open.
func (d *pathDialog) onConfirm() {
	path, err := d.resolve(d.entry.Text)
	if err != nil {
		d.u.showError("Cannot use this path", err, "")
		return
	}
	if d.save {
		if _, err := os.Stat(path); err == nil {
			msg := fmt.Sprintf("%s already exists in %s. Replace it?", filepath.Base(path), filepath.Dir(path))
			dialog.ShowConfirm("Replace the file?", msg, func(ok bool) {
				if ok {
					d.done(path)
				}
			}, d.u.win)
			return
		}
	}
	d.done(path)
}

func (d *pathDialog) done(path string) {
	d.dlg.Hide()
	d.u.prefs.setLastFolder(filepath.Dir(path))
	d.then(path)
}

// resolve makes a typed path absolute (relative paths are taken from the
// folder the dialog started in, "~" is the home folder), adds the
// extension to a name to save, and checks that a file to open exists and
// that the folder to save in does.
func (d *pathDialog) resolve(typed string) (string, error) {
	path := strings.TrimSpace(typed)
	if path == "" {
		return "", errors.New("no file is named")
	}
	if path == "~" || strings.HasPrefix(path, "~"+string(filepath.Separator)) {
		if home, err := os.UserHomeDir(); err == nil {
			path = filepath.Join(home, path[1:])
		}
	}
	if !filepath.IsAbs(path) {
		path = filepath.Join(d.u.startFolder(), path)
	}
	path = filepath.Clean(path)
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return "", fmt.Errorf("%s is a folder: add the file's name", path)
	}
	if d.save {
		if !strings.EqualFold(filepath.Ext(path), d.ext) {
			path += d.ext
		}
		dir := filepath.Dir(path)
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			return "", fmt.Errorf("there is no folder %s", dir)
		}
		return path, nil
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("there is no file %s", path)
	} else if err != nil {
		return "", fmt.Errorf("cannot read %s: %w", path, err)
	}
	return path, nil
}

// onBrowse opens Fyne's dialog in the folder typed so far. To save, it
// asks for a folder only: Fyne's save dialog empties the file it is given
// before the brief is ready, and here the user may still cancel.
func (d *pathDialog) onBrowse() {
	dir := filepath.Dir(strings.TrimSpace(d.entry.Text))
	if fi, err := os.Stat(strings.TrimSpace(d.entry.Text)); err == nil && fi.IsDir() {
		dir = strings.TrimSpace(d.entry.Text)
	}
	var fd *dialog.FileDialog
	if d.save {
		name := filepath.Base(strings.TrimSpace(d.entry.Text))
		fd = dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
			if err != nil {
				d.u.showError("Could not choose a folder", err, "")
				return
			}
			if l != nil {
				d.entry.SetText(filepath.Join(l.Path(), name))
			}
		}, d.u.win)
	} else {
		fd = dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil {
				d.u.showError("Could not choose a file", err, "")
				return
			}
			if r != nil {
				path := r.URI().Path()
				r.Close()
				d.entry.SetText(path)
				d.onConfirm()
			}
		}, d.u.win)
		fd.SetFilter(storage.NewExtensionFileFilter(d.exts))
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		fd.SetLocation(l)
	}
	fd.Resize(fyne.NewSize(820, 560))
	fd.Show()
}
