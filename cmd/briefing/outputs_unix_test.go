//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"briefing/internal/atomicfile"
)

// TestExportKeepsTheModeOfWhatItReplaces: a private (0600) output stays
// private, and a new one gets the mode the umask asks for.
func TestExportKeepsTheModeOfWhatItReplaces(t *testing.T) {
	dir := t.TempDir()
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	private := filepath.Join(dir, "private.xlsx")
	writeFile(t, private, []byte("old"), 0o600)
	group := filepath.Join(dir, "group.csv")
	writeFile(t, group, []byte("old"), 0o640)
	fresh := filepath.Join(dir, "new.pdf")
	if code, _, errOut := runCLI(t, "", "export", "--xlsx", private, "--csv", group, "--pdf", fresh); code != 0 {
		t.Fatal(errOut)
	}
	for path, want := range map[string]os.FileMode{private: 0o600, group: 0o640, fresh: 0o600} {
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v", filepath.Base(path), info.Mode().Perm(), want)
		}
		if info.Size() <= 3 {
			t.Errorf("%s was not written", filepath.Base(path))
		}
	}
}

// TestExportRefusesAReadOnlyFile: a file made read-only (chmod 444) is not
// replaced behind the user's back, even by root.
func TestExportRefusesAReadOnlyFile(t *testing.T) {
	dir := t.TempDir()
	ro := filepath.Join(dir, "final.pdf")
	writeFile(t, ro, []byte("signed off"), 0o444)
	before := snapshot(t, dir)
	args := []string{"export", "--pdf", ro}
	code, out, errOut := runCLI(t, "", args...)
	wantRefusal(t, args, code, out, errOut, "read-only")
	sameSnapshot(t, "export over a read-only file", before, snapshot(t, dir))
}

// fifo makes a named pipe and reads everything written to it in the
// background; the returned function gives what was read.
func fifo(t *testing.T, path string) func() string {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
	got := make(chan string, 1)
	go func() {
		f, err := os.Open(path)
		if err != nil {
			got <- "open: " + err.Error()
			return
		}
		defer f.Close()
		var b strings.Builder
		buf := make([]byte, 64<<10)
		for {
			n, err := f.Read(buf)
			b.Write(buf[:n])
			if err != nil {
				break
			}
		}
		got <- b.String()
	}()
	return func() string {
		// If the export never opened the pipe, open it once so that the
		// reader sees the end instead of waiting for ever.
		if w, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			w.Close()
		}
		return <-got
	}
}

// TestExportIntoAPipe: a named pipe (or a link to one, like /dev/stdout)
// is written into, not replaced by a regular file.
func TestExportIntoAPipe(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "pipe")
	read := fifo(t, pipe)
	link := filepath.Join(dir, "stdout")
	os.Symlink(pipe, link)
	code, _, errOut := runCLI(t, "", "export", "--csv", link)
	got := read()
	if code != 0 {
		t.Fatalf("export into a pipe: %s", errOut)
	}
	if !strings.HasPrefix(got, "\uFEFFactor") && !strings.HasPrefix(got, "\uFEFF") {
		t.Errorf("the pipe received %.40q, want the CSV", got)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", err)
	}
	if info, err := os.Lstat(pipe); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced: %v", err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) != 0 {
		t.Fatalf("temporary files left: %q", left)
	}
}

// TestExportThroughALinkKeepsTheLink: a link to a regular file has its
// target replaced and stays a link.
func TestExportThroughALinkKeepsTheLink(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "real"), 0o755)
	target := filepath.Join(dir, "real", "brief.csv")
	writeFile(t, target, []byte("old"), 0o644)
	link := filepath.Join(dir, "brief.csv")
	os.Symlink("real/brief.csv", link)
	if code, _, errOut := runCLI(t, "", "export", "--csv", link); code != 0 {
		t.Fatal(errOut)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced by a file: %v", err)
	}
	if b, _ := os.ReadFile(target); !strings.HasPrefix(string(b), "\uFEFF") {
		t.Fatalf("the link's target holds %.20q, want the CSV", b)
	}
}

// TestExportToDevNull: --pdf /dev/null, a dry run, writes into the device
// and leaves it a device.
func TestExportToDevNull(t *testing.T) {
	if target, err := atomicfile.Resolve(os.DevNull); err != nil || !target.InPlace() {
		// Stop before exporting: a wrong answer here would replace the
		// machine's /dev/null with a regular file.
		t.Fatalf("Resolve(%s) = %+v, %v; want a target written in place", os.DevNull, target, err)
	}
	csv := filepath.Join(t.TempDir(), "brief.csv")
	if code, _, errOut := runCLI(t, "", "export", "--pdf", os.DevNull, "--csv", csv); code != 0 {
		t.Fatal(errOut)
	}
	if info, err := os.Stat(os.DevNull); err != nil || info.Mode()&os.ModeCharDevice == 0 {
		t.Fatalf("%s is no longer a device: %v", os.DevNull, err)
	}
	if _, err := os.Stat(csv); err != nil {
		t.Fatalf("the other output was not written: %v", err)
	}
}
