package project

import (
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// WithoutEmptyBackup runs save, a save to path that keeps the file it
// replaces as path+".bak", so that an empty file at path is not kept.
//
// A file dialog (Fyne's save dialog, and others' "new file") creates the
// file it is given, empty, before anything is written into it; the first
// save then replaces that empty file, and would keep it as an empty .bak,
// a "previous version" with nothing in it that also took the place of an
// older, real .bak. With no previous project there is nothing to keep, so
// the empty backup is removed and an older .bak stays as it was.
func WithoutEmptyBackup(path string, save func() error) error {
	if !isEmptyFile(path) {
		return save()
	}
	bak := path + ".bak"
	// An older backup is moved aside while the empty file is "kept" in its
	// place, and put back afterwards.
	held := ""
	if fi, err := os.Lstat(bak); err == nil && fi.Mode().IsRegular() && fi.Size() > 0 {
		held = filepath.Join(filepath.Dir(bak), ".bb-held-"+strconv.FormatInt(time.Now().UnixNano(), 36)+"-"+filepath.Base(bak))
		if os.Rename(bak, held) != nil {
			held = ""
		}
	}
	err := save()
	if isEmptyFile(bak) {
		os.Remove(bak)
	}
	if held != "" {
		if _, e := os.Lstat(bak); os.IsNotExist(e) {
			_ = os.Rename(held, bak)
		} else {
			os.Remove(held) // a real backup was made after all
		}
	}
	return err
}

// isEmptyFile says whether path is a regular file of no bytes (a link or a
// device is not: what it stands for is not known to be empty).
func isEmptyFile(path string) bool {
	fi, err := os.Lstat(path)
	return err == nil && fi.Mode().IsRegular() && fi.Size() == 0
}
