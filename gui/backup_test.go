package gui

import (
	"os"
	"path/filepath"
	"testing"
)

// Saving a new brief for the first time, through the Save As dialog, keeps
// no NAME.brief.bak, also over the empty file a file dialog leaves; the
// second save keeps the first as the backup.
func TestFirstSaveLeavesNoEmptyBackup(t *testing.T) {
	for _, empty := range []bool{false, true} {
		u := newTestUI(t)
		dir := t.TempDir()
		u.prefs.setLastFolder(dir)
		path := filepath.Join(dir, safeFileName(u.project().Brief.Title)+".brief")
		if empty {
			if err := os.WriteFile(path, nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		u.saveAs()
		tapButton(t, u, "Save")
		if empty {
			tapButton(t, u, "Yes") // replace the file
		}
		if u.path != path {
			t.Fatalf("saved to %q, want %q", u.path, path)
		}
		if _, err := os.Lstat(path + ".bak"); !os.IsNotExist(err) {
			t.Fatalf("empty file before: %v; the first save left a .bak (%v)", empty, err)
		}
		first, _ := os.ReadFile(path)
		u.save()
		if bak, _ := os.ReadFile(path + ".bak"); len(bak) == 0 || string(bak) != string(first) {
			t.Fatalf("the second save kept %d bytes as .bak, want the first save's %d", len(bak), len(first))
		}
	}
}
