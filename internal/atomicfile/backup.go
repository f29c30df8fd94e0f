package atomicfile

import (
	"io/fs"
	"os"
)

// keepBackup keeps the current file as path+".bak", by a hard link where
// possible so that path itself never goes missing. info describes the
// current file; nil when there is none.
//
// An empty file is not kept: a file dialog (Fyne's save dialog, and others'
// "new file") creates the file it is given, empty, before anything is
// written into it, and that "previous version" with nothing in it would take
// the place of an older, real .bak.
func keepBackup(path string, info fs.FileInfo) {
	if info == nil || (info.Mode().IsRegular() && info.Size() == 0) {
		return
	}
	bak := path + ".bak"
	os.Remove(bak)
	if os.Link(path, bak) == nil {
		return
	}
	// Some file systems have no hard links: copy instead, as private as
	// the file itself.
	if old, err := os.ReadFile(path); err == nil {
		if os.WriteFile(bak, old, 0o600) == nil {
			_ = os.Chmod(bak, info.Mode().Perm())
		}
	}
}
