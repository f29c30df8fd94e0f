//go:build unix

package atomicfile

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestModes: a replaced file keeps its mode, a new one gets 0666 less the
// umask (os.CreateTemp alone would give 0600 whatever the umask).
func TestModes(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		umask int
		old   os.FileMode // 0: no file yet
		want  os.FileMode
	}{
		{0o022, 0, 0o644}, {0o077, 0, 0o600}, {0o002, 0, 0o664},
		{0o022, 0o600, 0o600}, {0o077, 0o640, 0o640}, {0o022, 0o755, 0o755},
	} {
		path := filepath.Join(dir, "f")
		os.Remove(path)
		if c.old != 0 {
			os.WriteFile(path, []byte("old"), 0o600)
			os.Chmod(path, c.old)
		}
		prev := syscall.Umask(c.umask)
		err := WriteBytes(path, []byte("new"), false)
		syscall.Umask(prev)
		if err != nil {
			t.Fatal(err)
		}
		if info, _ := os.Stat(path); info.Mode().Perm() != c.want {
			t.Errorf("umask %03o, old mode %v: mode %v, want %v", c.umask, c.old, info.Mode().Perm(), c.want)
		}
	}
}

// TestOwnerIsKept: a file replaced by root keeps its owner and group, so
// that its user can still write it.
func TestOwnerIsKept(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("giving a file another owner needs root")
	}
	path := filepath.Join(t.TempDir(), "theirs.brief")
	os.WriteFile(path, []byte("old"), 0o640)
	if err := os.Chown(path, 4321, 4322); err != nil {
		t.Fatal(err)
	}
	if err := WriteBytes(path, []byte("new"), true); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(path)
	st := info.Sys().(*syscall.Stat_t)
	if st.Uid != 4321 || st.Gid != 4322 || info.Mode().Perm() != 0o640 {
		t.Fatalf("after the write: owner %d:%d mode %v, want 4321:4322 -rw-r-----", st.Uid, st.Gid, info.Mode().Perm())
	}
}
