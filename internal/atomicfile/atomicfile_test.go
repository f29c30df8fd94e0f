package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
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
	// Windows has no permission bits (every file reads as 0666 or 0444).
	if info, _ := os.Stat(path); runtime.GOOS != "windows" && info.Mode().Perm() != 0o644 {
		t.Fatalf("mode %v, want 0644", info.Mode())
	}
}

// Writing over an empty file (as a file dialog leaves it) keeps no empty
// .bak, and an older real .bak survives it; the next write keeps the first.
func TestWriteOverEmptyFileKeepsNoEmptyBackup(t *testing.T) {
	dir := t.TempDir()
	fresh, older := filepath.Join(dir, "new.brief"), filepath.Join(dir, "old.xlsx")
	os.WriteFile(fresh, nil, 0o644)
	os.WriteFile(older, nil, 0o644)
	os.WriteFile(older+".bak", []byte("older export"), 0o644)
	for _, path := range []string{fresh, older} {
		if err := WriteBytes(path, []byte("one"), true); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := os.Lstat(fresh + ".bak"); !os.IsNotExist(err) {
		t.Errorf("writing over an empty file left a .bak (%v)", err)
	}
	if b, _ := os.ReadFile(older + ".bak"); string(b) != "older export" {
		t.Errorf("the older .bak is now %q", b)
	}
	if err := WriteBytes(fresh, []byte("two"), true); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(fresh + ".bak"); string(b) != "one" {
		t.Errorf("the second write kept %q as .bak, want the first", b)
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

func TestStaleShortTemporaryFilesAreCleaned(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, ".bb-0badcafe.tmp")
	fresh := filepath.Join(dir, ".bb-0000cafe.tmp")
	mine := filepath.Join(dir, ".bb-notes.txt") // not one of ours: wrong suffix
	for _, f := range []string{stale, fresh, mine} {
		os.WriteFile(f, []byte("x"), 0o644)
	}
	old := time.Now().Add(-time.Hour)
	os.Chtimes(stale, old, old)
	os.Chtimes(mine, old, old)
	if err := WriteBytes(filepath.Join(dir, "other.pdf"), []byte("ok"), false); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Error("an hour-old temporary file was kept")
	}
	for _, f := range []string{fresh, mine} {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("%s was removed", filepath.Base(f))
		}
	}
}

// TestLongNameFits: the temporary name does not grow with the target's,
// so a 255-byte name, the most most file systems allow, can be written.
func TestLongNameFits(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, strings.Repeat("n", 251)+".pdf")
	if err := WriteBytes(path, []byte("ok"), false); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "ok" {
		t.Fatalf("file = %q", b)
	}
}

func TestResolve(t *testing.T) {
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	os.Mkdir(filepath.Join(dir, "real"), 0o755)
	file := filepath.Join(dir, "real", "file.pdf")
	os.WriteFile(file, []byte("x"), 0o644)
	ro := filepath.Join(dir, "ro.pdf")
	os.WriteFile(ro, []byte("x"), 0o444)
	os.Symlink("real", filepath.Join(dir, "folder-link"))
	os.Symlink("real/file.pdf", filepath.Join(dir, "file-link"))
	os.Symlink("real/new.pdf", filepath.Join(dir, "dangling"))
	os.Symlink("folder-link/../real/other.pdf", filepath.Join(dir, "dotdot"))
	os.Symlink("loop", filepath.Join(dir, "loop"))
	os.Symlink("ro.pdf", filepath.Join(dir, "ro-link"))
	for _, c := range []struct {
		path, want string // want: the resolved path, or a piece of the error
		exists     bool
	}{
		{file, file, true},
		{dir + "/folder-link/./file.pdf", file, true},
		{dir + "/file-link", file, true},
		{dir + "/real/../new.pdf", dir + "/new.pdf", false},
		{dir + "/folder-link/new.pdf", dir + "/real/new.pdf", false},
		{dir + "/dangling", dir + "/real/new.pdf", false},
		{dir + "/dotdot", dir + "/real/other.pdf", false},
		{dir + "/folder-link", "it is a folder", false},
		{dir, "it is a folder", false},
		{ro, "read-only", false},
		{dir + "/ro-link", "read-only", false},
		{dir + "/loop", "loop of symbolic links", false},
		{dir + "/missing/x.pdf", "does not exist", false},
		{file + "/x.pdf", "is not a folder", false},
	} {
		got, err := Resolve(c.path)
		switch {
		case strings.HasPrefix(c.want, "/") && err != nil:
			t.Errorf("Resolve(%q): %v, want %s", c.path, err, c.want)
		case strings.HasPrefix(c.want, "/") && (got.Path != c.want || (got.Info != nil) != c.exists || got.InPlace()):
			t.Errorf("Resolve(%q) = %q (exists %v), want %q (exists %v)", c.path, got.Path, got.Info != nil, c.want, c.exists)
		case !strings.HasPrefix(c.want, "/") && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("Resolve(%q): error %v, want %q", c.path, err, c.want)
		}
	}
	if _, err := Resolve(ro); !errors.Is(err, ErrReadOnly) {
		t.Errorf("a read-only file: %v, want ErrReadOnly", err)
	}
	if _, err := Resolve(dir); !errors.Is(err, ErrIsFolder) {
		t.Errorf("a folder: %v, want ErrIsFolder", err)
	}
}

// TestWriteIntoADevice: /dev/null stays a device.
func TestWriteIntoADevice(t *testing.T) {
	target, err := Resolve(os.DevNull)
	if err != nil || !target.InPlace() {
		// Stop before writing: a wrong answer here would replace the
		// machine's /dev/null with a regular file.
		t.Fatalf("Resolve(%s) = %+v, %v; want a target written in place", os.DevNull, target, err)
	}
	if err := WriteBytes(os.DevNull, []byte("gone"), true); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(os.DevNull); err != nil || info.Mode().IsRegular() {
		t.Fatalf("%s is no longer a device: %v", os.DevNull, err)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(os.DevNull), ".bb-*")); len(left) != 0 {
		t.Fatalf("temporary files left beside the device: %q", left)
	}
}

// TestCommitAllChangesNothingUntilTheEnd: two writes in progress leave both
// targets alone; committed together, both change.
func TestCommitAllChangesNothingUntilTheEnd(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	os.WriteFile(a, []byte("old a"), 0o644)
	fa, err := Create(a, false)
	if err != nil {
		t.Fatal(err)
	}
	fb, err := Create(b, false)
	if err != nil {
		t.Fatal(err)
	}
	fa.Write([]byte("new a"))
	fb.Write([]byte("new b"))
	if err := fa.Close(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(a); string(got) != "old a" {
		t.Fatalf("a changed before the commit: %q", got)
	}
	if _, err := os.Stat(b); !os.IsNotExist(err) {
		t.Fatal("b exists before the commit")
	}
	if err := CommitAll(fa, fb); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{a: "new a", b: "new b"} {
		if got, _ := os.ReadFile(path); string(got) != want {
			t.Errorf("%s = %q, want %q", filepath.Base(path), got, want)
		}
	}
	fa.Abort() // after a commit: nothing to do
	if got, _ := os.ReadFile(a); string(got) != "new a" {
		t.Fatalf("Abort after Commit undid it: %q", got)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) != 0 {
		t.Fatalf("temporary files left: %v", left)
	}
}

// TestAbandonAll: what a signal handler calls removes the writes in
// progress, and they can no longer be committed.
func TestAbandonAll(t *testing.T) {
	defer func() {
		live.Lock()
		live.abandoned = false
		live.Unlock()
	}()
	dir := t.TempDir()
	path := filepath.Join(dir, "brief.pdf")
	os.WriteFile(path, []byte("old"), 0o644)
	f, err := Create(path, false)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(make([]byte, 1<<20))
	AbandonAll()
	if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
	if err := f.Commit(); err == nil {
		t.Error("an abandoned write was committed")
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("the target changed: %.20q", got)
	}
	if _, err := Create(filepath.Join(dir, "later.pdf"), false); err == nil {
		t.Error("a write started after AbandonAll")
	}
}
