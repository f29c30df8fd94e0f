package recovery

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// LockInfo is what a lock file says about the session holding a project.
type LockInfo struct {
	PID    int       `json:"pid"`
	Host   string    `json:"host"`
	User   string    `json:"user,omitempty"`
	Opened time.Time `json:"opened"`
}

// HeldError says that a project is open in another window or process.
type HeldError struct {
	Path string
	LockInfo
	SameProcess bool // another window of this very process
}

func (e *HeldError) Error() string {
	where := fmt.Sprintf("by process %d", e.PID)
	switch {
	case e.SameProcess:
		where = "in another window"
	case e.Host != "":
		host, _ := os.Hostname()
		if e.Host != host {
			where = fmt.Sprintf("on %s (process %d)", e.Host, e.PID)
		}
	}
	return fmt.Sprintf("%s is already open %s since %s", filepath.Base(e.Path), where, e.Opened.Local().Format("2006-01-02 15:04"))
}

// Lock marks a project file as open in this process.
type Lock struct {
	file string
	info LockInfo
}

// LockFile returns the lock file of a project: a hidden file beside it,
// so that other computers sharing the folder see it too.
func LockFile(path string) string {
	return filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".lock")
}

// Acquire locks a project file for this process. When a live process (this
// one included) holds it, it returns a *HeldError: the GUI may offer to open
// the project read-only or to open it anyway (Force). A lock left by a
// process that died on this computer is taken over. Any other error (a
// read-only folder) means the project could not be locked; the GUI may go on
// without a lock.
func Acquire(path string) (*Lock, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	host, _ := os.Hostname()
	l := &Lock{file: LockFile(abs), info: LockInfo{PID: os.Getpid(), Host: host, User: os.Getenv("USER"), Opened: time.Now()}}
	data, err := json.Marshal(l.info)
	if err != nil {
		return nil, err
	}
	for attempt := 0; ; attempt++ {
		err := writeExclusive(l.file, data)
		if err == nil {
			return l, nil
		}
		if !errors.Is(err, os.ErrExist) || attempt > 0 {
			return nil, fmt.Errorf("lock %s: %w", filepath.Base(abs), err)
		}
		held, err := readLock(l.file)
		if err != nil {
			// Unreadable or half-written: a process died while writing it,
			// or is writing it now. Leave it a moment, then take it.
			if info, serr := os.Stat(l.file); serr == nil && time.Since(info.ModTime()) < 2*time.Second {
				return nil, &HeldError{Path: abs, LockInfo: LockInfo{Opened: info.ModTime()}}
			}
		} else if held.Host != host || processAlive(held.PID) {
			return nil, &HeldError{Path: abs, LockInfo: held, SameProcess: held.Host == host && held.PID == os.Getpid()}
		}
		// Stale: its process is dead.
		if err := os.Remove(l.file); err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("lock %s: %w", filepath.Base(abs), err)
		}
	}
}

// Force locks a project file whatever lock it has: for when the user opens
// it anyway. The other session's lock is replaced.
func Force(path string) (*Lock, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if err := os.Remove(LockFile(abs)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("lock %s: %w", filepath.Base(abs), err)
	}
	return Acquire(abs)
}

// Release removes the lock, if it is still this process's. A nil Lock is
// released without error.
func (l *Lock) Release() error {
	if l == nil {
		return nil
	}
	held, err := readLock(l.file)
	if err != nil || held.PID != l.info.PID || held.Host != l.info.Host || !held.Opened.Equal(l.info.Opened) {
		return nil // taken over (Force) or gone: not ours to remove
	}
	if err := os.Remove(l.file); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("unlock: %w", err)
	}
	return nil
}

func readLock(file string) (LockInfo, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return LockInfo{}, err
	}
	var info LockInfo
	if err := json.Unmarshal(data, &info); err != nil || info.PID <= 0 {
		return LockInfo{}, fmt.Errorf("damaged lock file %s", filepath.Base(file))
	}
	return info, nil
}

// writeExclusive creates file with data, failing with os.ErrExist if it
// exists.
func writeExclusive(file string, data []byte) error {
	f, err := os.OpenFile(file, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(file)
	}
	return err
}
