// Package atomicfile writes files so that a reader, a crash or a full disk
// never sees half of one: the data goes to a synced temporary file in the
// same folder, which is then renamed over the target.
//
// A replaced file keeps its permissions, a new one gets those the umask
// allows, a read-only file or a folder is refused, a symbolic link keeps
// pointing at the file it names, and devices and pipes (/dev/null,
// /dev/stdout) are written into, never replaced. Several files can be
// written as one (CommitAll), and a process that stops on a signal can
// remove what it left half-written (AbandonAll).
package atomicfile

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// A File is a write in progress to one target. Its bytes go to a temporary
// file beside the target until Commit puts them in place; Abort throws
// them away. Targets written in place (see Target.InPlace) are written
// directly and Commit has nothing left to do.
type File struct {
	target Target
	backup bool
	f      *os.File // the temporary file, or the target when in place
	w      *bufio.Writer
	tmp    string // the temporary file's name; "" when in place
	closed bool
	done   bool // committed or aborted
}

// Create starts a write to the target. With backup, Commit first keeps the
// file it replaces as its name + ".bak".
func (t Target) Create(backup bool) (*File, error) {
	file := &File{target: t, backup: backup}
	if t.InPlace() {
		// No O_CREATE: if the device went away, fail rather than make a
		// regular file in its place.
		f, err := os.OpenFile(t.Path, os.O_WRONLY, 0)
		if err != nil {
			return nil, fmt.Errorf("cannot open it for writing: %w", why(err))
		}
		file.f = f
	} else {
		// A new file is made with 0666 and gets what the umask allows;
		// one that replaces another starts private and gets the old
		// file's mode at the end, so a 0600 file is never readable by
		// others, not even while it is being written.
		perm := os.FileMode(0o666)
		if t.Info != nil {
			perm = 0o600
		}
		f, err := createTemp(filepath.Dir(t.Path), perm)
		if err != nil {
			return nil, err
		}
		file.f, file.tmp = f, f.Name()
	}
	file.w = bufio.NewWriterSize(file.f, 256<<10)
	return file, nil
}

// Create resolves path (see Resolve) and starts a write to it.
func Create(path string, backup bool) (*File, error) {
	t, err := Resolve(path)
	if err != nil {
		return nil, err
	}
	return t.Create(backup)
}

// Write writes to the temporary file (or the target written in place).
func (f *File) Write(p []byte) (int, error) {
	return f.w.Write(p)
}

// Close finishes the bytes: it flushes them and, for a temporary file,
// gives it its final mode and syncs it to the disk. The target is not
// touched until Commit.
func (f *File) Close() error {
	if f.closed {
		return nil
	}
	f.closed = true
	err := f.w.Flush()
	if f.tmp != "" {
		if err == nil && f.target.Info != nil {
			// Owner before mode: chown clears the set-group-ID bit.
			keepOwner(f.f, f.target.Info)
			err = f.f.Chmod(f.target.Info.Mode().Perm())
		}
		if err == nil {
			err = f.f.Sync()
		}
	}
	if cerr := f.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("cannot write it: %w", why(err))
	}
	return nil
}

// Commit closes the file if needed and renames it over the target. Once it
// returns, Abort does nothing.
func (f *File) Commit() error {
	return CommitAll(f)
}

// CommitAll closes each file and then renames each over its target, so
// that the targets change only when every file was written in full: when a
// file cannot be closed, all are aborted and no target changes. A rename
// can still fail once others are done (the folder became read-only in
// between); the files not yet renamed are then aborted. No AbandonAll runs
// between the renames.
func CommitAll(files ...*File) error {
	for _, f := range files {
		if err := f.Close(); err != nil {
			abortAll(files)
			return err
		}
	}
	live.Lock()
	defer live.Unlock()
	if live.abandoned {
		return errAbandoned
	}
	for i, f := range files {
		if err := f.commitLocked(); err != nil {
			for _, g := range files[i+1:] {
				g.abortLocked()
			}
			return err
		}
	}
	return nil
}

func abortAll(files []*File) {
	for _, f := range files {
		f.Abort()
	}
}

func (f *File) commitLocked() error {
	if f.done {
		return nil
	}
	f.done = true
	if f.tmp == "" {
		return nil
	}
	delete(live.temps, f.tmp)
	if f.backup {
		keepBackup(f.target.Path, f.target.Info)
	}
	if err := systemReplacer.replace(f.tmp, f.target.Path); err != nil {
		os.Remove(f.tmp)
		return fmt.Errorf("cannot put %s in place: %w", quoted(f.target.Path), why(err))
	}
	dir := filepath.Dir(f.target.Path)
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync() // make the rename itself durable
		d.Close()
	}
	removeStale(dir, filepath.Base(f.target.Path))
	return nil
}

// Abort throws the write away: the temporary file is removed and the
// target stays as it was. It does nothing after Commit.
func (f *File) Abort() {
	if !f.closed {
		f.closed = true
		f.f.Close()
	}
	live.Lock()
	defer live.Unlock()
	f.abortLocked()
}

// abortLocked removes the temporary file of a closed write; the caller
// holds live's lock.
func (f *File) abortLocked() {
	if f.done {
		return
	}
	f.done = true
	if f.tmp != "" {
		os.Remove(f.tmp)
		delete(live.temps, f.tmp)
	}
}

// Write calls fill with a writer to a temporary file beside path and, when
// fill succeeds, renames that file to path. With backup, an existing file is
// first kept as path+".bak". On any error path is left as it was.
func Write(path string, backup bool, fill func(w io.Writer) error) error {
	f, err := Create(path, backup)
	if err != nil {
		return err
	}
	if err := fill(f); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// WriteBytes writes data to path atomically; see Write.
func WriteBytes(path string, data []byte, backup bool) error {
	return Write(path, backup, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
