package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestWriteReplacesWholeAndKeepsBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a [1].brief")
	if err := WriteBytes(path, []byte("one"), true); err != nil {
		t.Fatal(err)
	}
	if err := WriteBytes(path, []byte("two"), true); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "two" {
		t.Fatalf("file = %q", b)
	}
	if b, _ := os.ReadFile(path + ".bak"); string(b) != "one" {
		t.Fatalf("backup = %q", b)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o644 {
		t.Fatalf("mode %v, want 0644", info.Mode())
	}
}

func TestFailedWriteLeavesTargetAlone(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.pdf")
	os.WriteFile(path, []byte("good"), 0o644)
	boom := errors.New("renderer failed")
	err := Write(path, false, func(w io.Writer) error {
		w.Write([]byte("half"))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "good" {
		t.Fatalf("a failed write changed the file: %q", b)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) != 0 {
		t.Fatalf("temporary files left: %v", left)
	}
}

func TestUnwritableFolderIsReported(t *testing.T) {
	if os.Geteuid() == 0 {
		// Root writes anywhere; use a path under a file instead.
		f := filepath.Join(t.TempDir(), "file")
		os.WriteFile(f, nil, 0o644)
		if err := WriteBytes(filepath.Join(f, "x.brief"), []byte("x"), false); err == nil {
			t.Fatal("writing under a file succeeded")
		}
		return
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	if err := WriteBytes(filepath.Join(dir, "x.brief"), []byte("x"), false); err == nil {
		t.Fatal("writing into a read-only folder succeeded")
	}
}

func TestStaleTemporaryFilesAreCleaned(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "p.brief")
	stale := filepath.Join(dir, ".p.brief.tmp-123")
	fresh := filepath.Join(dir, ".p.brief.tmp-456")
	os.WriteFile(stale, []byte("x"), 0o644)
	os.WriteFile(fresh, []byte("x"), 0o644)
	old := time.Now().Add(-time.Hour)
	os.Chtimes(stale, old, old)
	if err := WriteBytes(path, []byte("ok"), false); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Fatal("an hour-old temporary file was kept")
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Fatal("a fresh temporary file (maybe another save in progress) was removed")
	}
}
