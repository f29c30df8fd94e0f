//go:build unix

package project

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"briefing/internal/atomicfile"
)

// TestSaveKeepsTheModeOfTheProject: a private project stays private after
// a save, and so does its backup; a new one gets what the umask allows.
func TestSaveKeepsTheModeOfTheProject(t *testing.T) {
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	dir := t.TempDir()
	fresh := filepath.Join(dir, "new.brief")
	p := OpenSample()
	if err := Save(fresh, p); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(fresh); info.Mode().Perm() != 0o600 {
		t.Errorf("new project under umask 077: mode %v, want 0600", info.Mode().Perm())
	}
	syscall.Umask(0o022)
	secret := filepath.Join(dir, "secret.brief")
	if err := Save(secret, p); err != nil {
		t.Fatal(err)
	}
	os.Chmod(secret, 0o600)
	if err := Save(secret, p); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{secret, secret + ".bak"} {
		if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o600 {
			t.Errorf("%s after a save: %v %v, want mode 0600", filepath.Base(path), info.Mode().Perm(), err)
		}
	}
}

// TestSaveRefusesAReadOnlyProject: the error says read-only in a way the
// window can recognise, and the file is untouched.
func TestSaveRefusesAReadOnlyProject(t *testing.T) {
	path := filepath.Join(t.TempDir(), "final.brief")
	os.WriteFile(path, []byte("signed off"), 0o444)
	err := Save(path, OpenSample())
	if !errors.Is(err, atomicfile.ErrReadOnly) {
		t.Fatalf("saving over a read-only project: %v, want ErrReadOnly", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "signed off" {
		t.Fatalf("the read-only project was changed: %.20q", b)
	}
}
