package gui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pathEntry returns the path field of the open path dialog.
func pathEntry(t *testing.T, u *ui) *escEntry {
	t.Helper()
	es := find(overlay(t, u), func(*escEntry) bool { return true })
	if len(es) == 0 {
		t.Fatal("the dialog has no path field")
	}
	return es[0]
}

// A full path typed in Save As saves there; the next dialog starts in that
// folder; a folder that does not exist is named in the error.
func TestSaveAsTypedPath(t *testing.T) {
	u := newTestUI(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "typed brief") // no extension: it is added

	u.saveAs()
	pathEntry(t, u).SetText(path)
	tapButton(t, u, "Save")
	if _, err := os.Stat(path + ".brief"); err != nil {
		t.Fatalf("Save As with a typed path did not save: %v", err)
	}
	if u.path != path+".brief" || u.ed.Dirty() {
		t.Errorf("after saving, the window's file is %q (dirty %v)", u.path, u.ed.Dirty())
	}

	u.exportDialog(exportXLSX)
	if got := pathEntry(t, u).Text; !strings.HasPrefix(got, dir+string(filepath.Separator)) {
		t.Errorf("the next dialog starts at %q, not in the last folder %s", got, dir)
	}
	tapButton(t, u, "Cancel")

	u.saveAs()
	missing := filepath.Join(dir, "no such folder", "x.brief")
	pathEntry(t, u).SetText(missing)
	tapButton(t, u, "Save")
	if got := overlayText(t, u); !strings.Contains(got, filepath.Join(dir, "no such folder")) {
		t.Errorf("saving into a missing folder says %q; it should name the folder", got)
	}
}

// A path typed in Open opens the file.
func TestOpenTypedPath(t *testing.T) {
	u := newTestUI(t)
	path := filepath.Join(t.TempDir(), "article.txt")
	text := "Ministers meet in Oslo\n\nThe Norwegian foreign minister said on Monday that talks would resume.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	loaded := make(chan struct{}, 1)
	u.afterLoad = func() { loaded <- struct{}{} }
	u.fileOpen(u.openPath)
	pathEntry(t, u).SetText(path)
	tapButton(t, u, "Open")
	<-loaded
	d := u.project().Documents
	if len(d) != 1 || !strings.Contains(d[0].Text, "Norwegian foreign minister") {
		t.Fatalf("opening a typed path shows %d documents", len(d))
	}
	if got := u.prefs.lastFolder(); got != filepath.Dir(path) {
		t.Errorf("last folder %q, want %q", got, filepath.Dir(path))
	}
}

// An article read with a warning (damaged bytes replaced) says so when it opens.
func TestOpenShowsHowTheArticleWasRead(t *testing.T) {
	u := newTestUI(t)
	path := filepath.Join(t.TempDir(), "damaged.txt")
	text := "Ministers meet in Kraków\n\nŁukasz Nowak’s office said on Monday that talks in Genève would resume.\xff\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	loaded := make(chan struct{}, 1)
	u.afterLoad = func() { loaded <- struct{}{} }
	u.openPath(path)
	<-loaded
	if txt := overlayText(t, u); !strings.Contains(txt, "damaged.txt") {
		t.Fatalf("no warning about the replaced byte:\n%s", txt)
	}
}
