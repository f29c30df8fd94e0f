// Package recovery keeps the user's work safe from crashes and from other
// windows: an Autosaver writes unsaved changes to a recovery folder every few
// seconds, Pending finds what a crashed session left there and Restore loads
// it; a Lock tells when a project is already open elsewhere; a FileStamp
// tells when a project changed on disk since it was opened, so that saving
// never silently overwrites the other version.
//
// Nothing here knows of the user interface: the GUI decides what to ask.
package recovery

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"briefing/internal/atomicfile"
	"briefing/project"
)

// recoveryFormat marks a recovery file. Its first line is a JSON header
// (see header); the rest is the project in the project file format.
const recoveryFormat = "briefing-builder-recovery"

// Ext is the file name extension of recovery files.
const Ext = ".recovery"

// DefaultDir returns the folder where recovery files are kept:
// <user config dir>/briefing-builder/recovery.
func DefaultDir() (string, error) {
	base, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("recovery folder: %w", err)
	}
	return filepath.Join(base, "briefing-builder", "recovery"), nil
}

// header is the first line of a recovery file: enough to list it without
// reading the project.
type header struct {
	Format string    `json:"format"`
	Path   string    `json:"path"` // the project's file, "" if never saved
	Title  string    `json:"title"`
	Saved  time.Time `json:"saved"`
	PID    int       `json:"pid"`
	Host   string    `json:"host"`
}

// Entry is a recovery file left by a session that ended without saving.
type Entry struct {
	File  string    // the recovery file
	Path  string    // the project file it belongs to, "" for a project never saved
	Title string    // the brief's title, for the user
	Saved time.Time // when the autosave was written
	PID   int       // the process that wrote it
}

// writeFile writes a recovery file atomically.
func writeFile(file, path string, p *project.Project, now time.Time) error {
	data, err := project.Marshal(p)
	if err != nil {
		return err
	}
	host, _ := os.Hostname()
	h, err := json.Marshal(header{Format: recoveryFormat, Path: path, Title: title(p, path), Saved: now, PID: os.Getpid(), Host: host})
	if err != nil {
		return fmt.Errorf("recovery header: %w", err)
	}
	return atomicfile.Write(file, false, func(w io.Writer) error {
		if _, err := w.Write(append(h, '\n')); err != nil {
			return err
		}
		_, err := w.Write(data)
		return err
	})
}

func title(p *project.Project, path string) string {
	switch {
	case strings.TrimSpace(p.Brief.Title) != "":
		return p.Brief.Title
	case path != "":
		return strings.TrimSuffix(filepath.Base(path), project.Extension)
	}
	return "Untitled"
}

// readHeader reads the first line of a recovery file.
func readHeader(file string) (header, error) {
	f, err := os.Open(file)
	if err != nil {
		return header{}, err
	}
	defer f.Close()
	line, err := bufio.NewReaderSize(f, 64<<10).ReadSlice('\n')
	if err != nil {
		return header{}, fmt.Errorf("%s: no recovery header: %w", filepath.Base(file), err)
	}
	var h header
	if err := json.Unmarshal(line, &h); err != nil || h.Format != recoveryFormat {
		return header{}, fmt.Errorf("%s is not a recovery file", filepath.Base(file))
	}
	return h, nil
}

// Pending lists the recovery files in dir left by sessions that ended
// without saving, newest first. Files of sessions still running (another
// window, on this computer) are not listed. A missing folder holds nothing.
func Pending(dir string) ([]Entry, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*"+Ext))
	if err != nil {
		return nil, fmt.Errorf("recovery: %w", err)
	}
	host, _ := os.Hostname()
	var out []Entry
	for _, file := range files {
		h, err := readHeader(file)
		if err != nil {
			continue // not ours, or damaged: left alone
		}
		if h.Host == host && processAlive(h.PID) {
			continue
		}
		out = append(out, Entry{File: file, Path: h.Path, Title: h.Title, Saved: h.Saved, PID: h.PID})
	}
	slices.SortStableFunc(out, func(a, b Entry) int { return b.Saved.Compare(a.Saved) })
	return out, nil
}

// Restore loads the project kept in a recovery file. The file stays until
// Discard, so that a restore that goes wrong can be tried again.
func Restore(e Entry) (*project.Project, error) {
	data, err := os.ReadFile(e.File)
	if err != nil {
		return nil, fmt.Errorf("restore %q: %w", e.Title, err)
	}
	i := bytes.IndexByte(data, '\n')
	if i < 0 {
		return nil, fmt.Errorf("restore %q: the recovery file is damaged", e.Title)
	}
	p, err := project.Unmarshal(data[i+1:])
	if err != nil {
		return nil, fmt.Errorf("restore %q: %w", e.Title, err)
	}
	return p, nil
}

// Discard deletes a recovery file the user has restored (and saved) or
// declined.
func Discard(e Entry) error {
	if err := os.Remove(e.File); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("discard recovery file: %w", err)
	}
	return nil
}
