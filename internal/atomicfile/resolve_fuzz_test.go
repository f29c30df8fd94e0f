//go:build unix

package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzResolve checks Resolve against the operating system: for any two
// names under a folder of files, links (to files, to folders, dangling,
// looping, out of the folder) and a hard link, an existing target is the
// file the name opens, a new target is where creating the name puts the
// file, and Same says two names are one file exactly when they are.
//
//	go test -fuzz FuzzResolve -parallel 1 ./internal/atomicfile
func FuzzResolve(f *testing.F) {
	for _, s := range [][2]string{
		{"real/file.pdf", "file-link"}, {"hard.pdf", "real/file.pdf"}, {"folder-link/./new.pdf", "real/new.pdf"},
		{"dangling", "real/new.pdf"}, {"up/x", "x"}, {"loop", "loop"}, {"real/../new.pdf", "new.pdf"},
		{"", "."}, {"x/", "x"}, {"folder-link/../file-link", "ro.pdf"}, {"dotdot", "real/other.pdf"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		dir := fuzzFolder(t)
		pa, pb := dir+"/"+a, dir+"/"+b
		ta, errA := Resolve(pa)
		tb, errB := Resolve(pb)
		if errA != nil {
			return
		}
		if !ta.InPlace() && (!filepath.IsAbs(ta.Path) || filepath.Clean(ta.Path) != ta.Path) {
			t.Fatalf("Resolve(%q) = %q: not a clean absolute name", a, ta.Path)
		}
		if ta.Info != nil {
			if info, err := os.Stat(pa); err != nil || !os.SameFile(info, ta.Info) {
				t.Fatalf("Resolve(%q) describes another file than the one the name opens", a)
			}
			if !ta.InPlace() {
				if info, err := os.Stat(ta.Path); err != nil || !os.SameFile(info, ta.Info) {
					t.Fatalf("Resolve(%q) = %q, which is another file", a, ta.Path)
				}
			}
		} else {
			if _, err := os.Lstat(ta.Path); !os.IsNotExist(err) {
				t.Fatalf("Resolve(%q) = %q, new, but something is there: %v", a, ta.Path, err)
			}
			if !strings.HasPrefix(ta.Path, dir+"/") {
				return // outside the test's folder: make nothing there
			}
			if err := os.WriteFile(ta.Path, nil, 0o644); err != nil {
				t.Fatalf("Resolve(%q) = %q, where no file can be made: %v", a, ta.Path, err)
			}
			defer os.Remove(ta.Path)
			if info, err := os.Stat(pa); err != nil || !os.SameFile(info, mustStat(t, ta.Path)) {
				t.Fatalf("Resolve(%q) = %q, but the name leads elsewhere (%v)", a, ta.Path, err)
			}
		}
		if errB != nil {
			return
		}
		ia, errA := os.Stat(pa)
		ib, errB := os.Stat(pb)
		same := errA == nil && errB == nil && os.SameFile(ia, ib)
		if ta.Same(tb) != same {
			t.Fatalf("Resolve(%q).Same(Resolve(%q)) = %v, but the names are the same file: %v", a, b, ta.Same(tb), same)
		}
	})
}

func mustStat(t *testing.T, path string) os.FileInfo {
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return info
}

// fuzzFolder makes the folder FuzzResolve resolves names in, by its real
// name so that results can be compared with it.
func fuzzFolder(t *testing.T) string {
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.Mkdir(filepath.Join(dir, "real"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "real", "file.pdf"), []byte("x"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "ro.pdf"), []byte("x"), 0o444))
	must(os.Link(filepath.Join(dir, "real", "file.pdf"), filepath.Join(dir, "hard.pdf")))
	for link, dest := range map[string]string{
		"file-link": "real/file.pdf", "folder-link": "real", "dangling": "real/new.pdf",
		"dotdot": "folder-link/../real/other.pdf", "up": "..", "loop": "loop", "abs": dir + "/real",
	} {
		must(os.Symlink(dest, filepath.Join(dir, link)))
	}
	return dir
}
