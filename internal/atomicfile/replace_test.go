package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// fakeRename fails with err for the first n calls, then renames for real.
func fakeRename(n int, err error, calls *int) func(from, to string) error {
	return func(from, to string) error {
		*calls++
		if *calls <= n {
			return &os.LinkError{Op: "rename", Old: from, New: to, Err: err}
		}
		return os.Rename(from, to)
	}
}

func testReplacer(goos string, rename func(from, to string) error, slept *[]time.Duration) replacer {
	return replacer{
		goos:   goos,
		rename: rename,
		sleep:  func(d time.Duration) { *slept = append(*slept, d) },
		waits:  []time.Duration{time.Millisecond, 2 * time.Millisecond, 3 * time.Millisecond},
	}
}

func tempPair(t *testing.T) (from, to string) {
	t.Helper()
	dir := t.TempDir()
	from, to = filepath.Join(dir, "new.tmp"), filepath.Join(dir, "brief.pdf")
	if err := os.WriteFile(from, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	return from, to
}

// A virus scanner holding the new file for a moment: the export still lands.
func TestReplaceWindowsRetriesWhileInUse(t *testing.T) {
	from, to := tempPair(t)
	var calls int
	var slept []time.Duration
	r := testReplacer("windows", fakeRename(2, winSharingViolation, &calls), &slept)
	if err := r.replace(from, to); err != nil {
		t.Fatalf("replace: %v", err)
	}
	if got, _ := os.ReadFile(to); string(got) != "new" {
		t.Errorf("target holds %q, want the new content", got)
	}
	if calls != 3 || len(slept) != 2 {
		t.Errorf("%d renames and %d pauses, want 3 and 2", calls, len(slept))
	}
}

// The workbook is open in Excel: after the tries the error says so, and the
// old file is untouched.
func TestReplaceWindowsSaysWhenStillInUse(t *testing.T) {
	from, to := tempPair(t)
	var calls int
	var slept []time.Duration
	r := testReplacer("windows", fakeRename(100, winAccessDenied, &calls), &slept)
	err := r.replace(from, to)
	if !errors.Is(err, ErrInUse) {
		t.Fatalf("replace: %v, want ErrInUse", err)
	}
	if got, _ := os.ReadFile(to); string(got) != "old" {
		t.Errorf("target holds %q, want the old content", got)
	}
	if calls != 4 {
		t.Errorf("%d renames, want 1 + 3 retries", calls)
	}
}

// Elsewhere the same numbers are other errors (EIO, EPIPE): no retry, the
// rename's own error.
func TestReplaceOtherSystemsDoNotRetry(t *testing.T) {
	from, to := tempPair(t)
	var calls int
	var slept []time.Duration
	r := testReplacer("linux", fakeRename(100, syscall.Errno(5), &calls), &slept)
	err := r.replace(from, to)
	if err == nil || errors.Is(err, ErrInUse) || calls != 1 || len(slept) != 0 {
		t.Errorf("replace: %v after %d renames and %d pauses, want the rename's error at once", err, calls, len(slept))
	}
}

// A missing folder is not "in use", on Windows either.
func TestReplaceWindowsOtherErrorsAtOnce(t *testing.T) {
	from, to := tempPair(t)
	var calls int
	var slept []time.Duration
	r := testReplacer("windows", fakeRename(100, syscall.Errno(3), &calls), &slept)
	if err := r.replace(from, to); err == nil || calls != 1 {
		t.Errorf("replace: %v after %d renames, want one failing rename", err, calls)
	}
}

// Paths in messages: a Windows path as the user typed it, control
// characters and broken bytes escaped.
func TestQuoted(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`C:\Users\Ana\brief.pdf`, `"C:\Users\Ana\brief.pdf"`},
		{"/tmp/x\nbriefing: done", `"/tmp/x\nbriefing: done"`},
		{"a\u202eb", `"a\u202eb"`},
		{"caf\xe9", `"caf\xe9"`},
		{"Café “brief”", `"Café “brief”"`},
	} {
		if got := quoted(c.in); got != c.want {
			t.Errorf("quoted(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}
