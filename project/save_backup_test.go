package project

import (
	"os"
	"path/filepath"
	"testing"
)

// The first save of a new project keeps no .bak, also when a file dialog
// made the file empty beforehand; the next save keeps the first as .bak, and
// an older real backup survives a save over an empty file.
func TestFirstSaveKeepsNoEmptyBackup(t *testing.T) {
	p := sampleProject(t)
	for _, c := range []struct {
		name  string
		setup func(path string)
	}{
		{"no file", func(string) {}},
		{"an empty file", func(path string) { os.WriteFile(path, nil, 0o644) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "new"+Extension)
			c.setup(path)
			if err := Save(path, p); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Lstat(path + ".bak"); !os.IsNotExist(err) {
				t.Fatalf("the first save left %s.bak (%v)", filepath.Base(path), err)
			}
			first, _ := os.ReadFile(path)
			if err := Save(path, p); err != nil {
				t.Fatal(err)
			}
			if bak, err := os.ReadFile(path + ".bak"); err != nil || len(bak) == 0 || string(bak) != string(first) {
				t.Fatalf("the second save kept %d bytes as .bak (%v), want the first save's %d", len(bak), err, len(first))
			}
		})
	}
	t.Run("an older backup", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "old"+Extension)
		os.WriteFile(path, nil, 0o644)
		os.WriteFile(path+".bak", []byte("older project"), 0o644)
		if err := Save(path, p); err != nil {
			t.Fatal(err)
		}
		if bak, _ := os.ReadFile(path + ".bak"); string(bak) != "older project" {
			t.Fatalf(".bak is %q, want the older project kept", bak)
		}
		ents, _ := os.ReadDir(filepath.Dir(path))
		if len(ents) != 2 {
			t.Errorf("the folder holds %d files, want the project and its .bak", len(ents))
		}
	})
}
