package recovery

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"briefing/project"
)

// DefaultInterval is how often an Autosaver looks for unsaved changes.
const DefaultInterval = 5 * time.Second

// SnapshotFunc tells the Autosaver what to keep: the current project, whether
// it has unsaved changes, and the file it belongs to ("" if never saved). It
// is called on the Autosaver's goroutine, so it must be safe to call there
// (Latest.Snapshot is). The project it returns must not change afterwards:
// the Editor's projects never do, since every change makes a new one.
type SnapshotFunc func() (p *project.Project, dirty bool, path string)

// Autosaver writes a window's unsaved changes to its own recovery file, in
// its own goroutine, every interval. It writes only when the project changed
// since its last write, and removes the file once the project is saved.
type Autosaver struct {
	dir, file string
	now       func() time.Time

	mu      sync.Mutex
	epoch   int // bumped by Discard, so that a write already under way is dropped
	last    *project.Project
	lastErr error
	stop    chan struct{}
	done    chan struct{}

	// OnError, when set before Start, is called (on the Autosaver's
	// goroutine) when a write fails; the next tick tries again.
	OnError func(error)
}

// NewAutosaver returns an autosaver that keeps its file in dir (see
// DefaultDir), created if missing. Each autosaver has a file of its own, so
// that several windows never share one.
func NewAutosaver(dir string) (*Autosaver, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("recovery folder: %w", err)
	}
	var r [6]byte
	_, _ = rand.Read(r[:])
	name := strconv.Itoa(os.Getpid()) + "-" + strconv.FormatInt(time.Now().UnixNano(), 36) + "-" + hex.EncodeToString(r[:]) + Ext
	return &Autosaver{dir: dir, file: filepath.Join(dir, name), now: time.Now}, nil
}

// File returns the path of this autosaver's recovery file.
func (a *Autosaver) File() string { return a.file }

// Start calls snapshot every interval in a new goroutine and writes the
// project when it is dirty and changed since the last write; when it is not
// dirty (just saved) the recovery file is removed. Start panics if called
// twice without Stop.
func (a *Autosaver) Start(interval time.Duration, snapshot SnapshotFunc) {
	if interval <= 0 {
		interval = DefaultInterval
	}
	a.mu.Lock()
	if a.stop != nil {
		a.mu.Unlock()
		panic("recovery: Autosaver started twice")
	}
	a.stop, a.done = make(chan struct{}), make(chan struct{})
	stop, done := a.stop, a.done
	a.mu.Unlock()
	go func() {
		defer close(done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				if err := a.tick(snapshot); err != nil && a.OnError != nil {
					a.OnError(err)
				}
			}
		}
	}()
}

// Stop ends the goroutine and waits for it. The recovery file stays: call
// Discard too on a clean exit. Stop may be called more than once.
func (a *Autosaver) Stop() {
	a.mu.Lock()
	stop, done := a.stop, a.done
	a.stop, a.done = nil, nil
	a.mu.Unlock()
	if stop != nil {
		close(stop)
		<-done
	}
}

// SaveNow writes the snapshot at once if it needs writing, as a tick does.
func (a *Autosaver) SaveNow(snapshot SnapshotFunc) error { return a.tick(snapshot) }

// Err returns the error of the last write, nil once a write succeeds.
func (a *Autosaver) Err() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.lastErr
}

func (a *Autosaver) tick(snapshot SnapshotFunc) error {
	a.mu.Lock()
	epoch := a.epoch
	a.mu.Unlock()
	p, dirty, path := snapshot()
	if p == nil || !dirty {
		return a.Discard()
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if p == a.last || epoch != a.epoch {
		return nil
	}
	// Writing under the lock keeps Discard from running in the middle; the
	// snapshot is taken outside it, so that a snapshot function waiting on
	// the GUI cannot deadlock with a Discard called from the GUI.
	err := writeFile(a.file, path, p, a.now())
	a.lastErr = err
	if err != nil {
		return fmt.Errorf("autosave: %w", err)
	}
	a.last = p
	return nil
}

// Discard removes the recovery file: call it after the project is saved and
// on a clean exit. A write under way when Discard is called is dropped; a
// later tick writes again if the project is dirty by then.
func (a *Autosaver) Discard() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.epoch++
	a.last = nil
	if err := os.Remove(a.file); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("remove recovery file: %w", err)
	}
	return nil
}

// Latest holds what a window last reported of its project, for an
// Autosaver's snapshot function: the GUI calls Set from the Editor's
// OnChange and after each save, and passes Snapshot to Autosaver.Start. It
// is safe for concurrent use.
type Latest struct {
	mu    sync.Mutex
	p     *project.Project
	dirty bool
	path  string
}

// Set records the current project, whether it is dirty and its file.
func (l *Latest) Set(p *project.Project, dirty bool, path string) {
	l.mu.Lock()
	l.p, l.dirty, l.path = p, dirty, path
	l.mu.Unlock()
}

// Snapshot returns what Set recorded last; it is a SnapshotFunc.
func (l *Latest) Snapshot() (*project.Project, bool, string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.p, l.dirty, l.path
}
