package atomicfile

import (
	"errors"
	"os"
	"runtime"
	"syscall"
	"time"

	"briefing/internal/escape"
)

// Windows refuses to rename over a file that another program holds open
// without FILE_SHARE_DELETE: Excel and Word keep the workbook or document
// they show open that way, and virus scanners and the search indexer open a
// freshly written file for a moment. The first case lasts until the user
// closes the file; the second passes within a second. So a refused rename is
// tried again for a short while, and if it still fails the error says that
// another program has the file open.

// Windows error numbers of a rename refused because a file is in use.
const (
	winAccessDenied     syscall.Errno = 5
	winSharingViolation syscall.Errno = 32
	winLockViolation    syscall.Errno = 33
)

// ErrInUse says that another program has the target open, so it cannot be
// replaced (Windows only).
var ErrInUse = errors.New("another program has the file open; close it there and try again")

// replacer renames a temporary file over its target. It is a type, not a
// function of the build, so that the Windows behaviour is tested on every
// system: tests give it a fake rename and the Windows name.
type replacer struct {
	goos   string
	rename func(from, to string) error
	sleep  func(time.Duration)
	// waits are the pauses between tries while the target is in use.
	waits []time.Duration
}

// systemReplacer renames with the operating system's rename.
var systemReplacer = replacer{
	goos:   runtime.GOOS,
	rename: os.Rename,
	sleep:  time.Sleep,
	waits:  []time.Duration{20 * time.Millisecond, 50 * time.Millisecond, 100 * time.Millisecond, 200 * time.Millisecond, 400 * time.Millisecond, 800 * time.Millisecond},
}

// replace renames from over to, trying again while the target is in use on
// Windows. Its error is the rename's, or ErrInUse when the target stayed in use.
func (r replacer) replace(from, to string) error {
	err := r.rename(from, to)
	if err == nil || !r.inUse(err) {
		return err
	}
	for _, d := range r.waits {
		r.sleep(d)
		if err = r.rename(from, to); err == nil || !r.inUse(err) {
			return err
		}
	}
	return &os.LinkError{Op: "rename", Old: from, New: to, Err: ErrInUse}
}

// inUse says whether err is Windows refusing a rename because the target is
// open elsewhere. On other systems these numbers mean other things (5 is
// EIO, 32 EPIPE on Linux), so the system is checked first.
func (r replacer) inUse(err error) bool {
	if r.goos != "windows" {
		return false
	}
	var no syscall.Errno
	if !errors.As(err, &no) {
		return false
	}
	return no == winAccessDenied || no == winSharingViolation || no == winLockViolation
}

// quoted puts a path in quotation marks for a message, its control
// characters escaped. Unlike %q it leaves backslashes alone: %q would
// double every one of a Windows path ("C:\\Users\\..."), which a user
// cannot paste back.
func quoted(path string) string { return `"` + escape.Controls(path) + `"` }
