package recovery

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"briefing/internal/atomicfile"
	"briefing/project"
)

// FileStamp identifies one version of a project file: its modification
// time, size and SHA-256. Keep the stamp of the version opened or saved last;
// before saving, ChangedOnDisk says whether someone else wrote the file since.
type FileStamp struct {
	ModTime time.Time
	Size    int64
	Hash    [sha256.Size]byte
}

// IsZero says whether the stamp is unset (a project never opened from or
// saved to a file).
func (s FileStamp) IsZero() bool {
	return s.ModTime.IsZero() && s.Size == 0 && s.Hash == [sha256.Size]byte{}
}

// Stamp returns the stamp of the file at path as it is now.
func Stamp(path string) (FileStamp, error) {
	f, err := os.Open(path)
	if err != nil {
		return FileStamp{}, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return FileStamp{}, err
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return FileStamp{}, err
	}
	s := FileStamp{ModTime: info.ModTime(), Size: info.Size()}
	h.Sum(s.Hash[:0])
	return s, nil
}

// stampOf stamps data just read from or written to path.
func stampOf(path string, data []byte) (FileStamp, error) {
	info, err := os.Stat(path)
	if err != nil {
		return FileStamp{}, err
	}
	return FileStamp{ModTime: info.ModTime(), Size: int64(len(data)), Hash: sha256.Sum256(data)}, nil
}

// Load opens a project file and stamps the very bytes it read.
func Load(path string) (*project.Project, FileStamp, error) {
	data, err := readLimited(path)
	if err != nil {
		reason := "the file cannot be read"
		switch {
		case errors.Is(err, os.ErrNotExist):
			reason += " (it does not exist)"
		case errors.Is(err, os.ErrPermission):
			reason += " (permission denied)"
		}
		return nil, FileStamp{}, &project.LoadError{Path: path, Reason: reason, Err: err}
	}
	p, err := project.Unmarshal(data)
	if err != nil {
		var le *project.LoadError
		if errors.As(err, &le) {
			le.Path = path
		}
		return nil, FileStamp{}, err
	}
	s, err := stampOf(path, data)
	return p, s, err
}

// ChangedOnDisk says whether the file at path is no longer the version
// stamped: changed, replaced or deleted. A zero stamp (never opened from
// the file) counts as changed when the file exists. Only the contents
// count: a file rewritten with the same bytes has not changed.
func ChangedOnDisk(path string, s FileStamp) (bool, error) {
	info, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return !s.IsZero(), nil
	}
	if err != nil {
		return false, err
	}
	if s.IsZero() || info.Size() != s.Size {
		return true, nil
	}
	now, err := Stamp(path)
	if err != nil {
		return false, err
	}
	return now.Hash != s.Hash, nil
}

// ConflictError says that a project file changed on disk since it was
// opened or saved: saving would overwrite someone else's work. The GUI
// offers SaveCopy (keep both, ours beside theirs) or Overwrite (ours in
// place, theirs kept beside it).
type ConflictError struct {
	Path string
}

func (e *ConflictError) Error() string {
	return filepath.Base(e.Path) + " was changed by another program since it was opened"
}

// Save saves the project to path unless the file changed on disk since the
// stamp, in which case it writes nothing and returns a *ConflictError. It
// returns the stamp of the saved version.
func Save(path string, p *project.Project, since FileStamp) (FileStamp, error) {
	changed, err := ChangedOnDisk(path, since)
	if err != nil {
		return FileStamp{}, fmt.Errorf("save %s: %w", filepath.Base(path), err)
	}
	if changed {
		return FileStamp{}, &ConflictError{Path: path}
	}
	return SaveAs(path, p)
}

// SaveAs saves the project to path whatever is there (the user chose the
// file in a save dialog and confirmed) and returns the saved version's stamp.
func SaveAs(path string, p *project.Project) (FileStamp, error) {
	data, err := project.Marshal(p)
	if err != nil {
		return FileStamp{}, err
	}
	if err := atomicfile.WriteBytes(path, data, true); err != nil {
		return FileStamp{}, fmt.Errorf("save %s: %w", path, err)
	}
	return stampOf(path, data)
}

// SaveCopy resolves a conflict by keeping the other version in place and
// saving ours beside it as "NAME (conflict YYYY-MM-DD HHMM).brief". It
// returns the copy's path and stamp: the window then works on the copy.
func SaveCopy(path string, p *project.Project, now time.Time) (string, FileStamp, error) {
	dst, err := freeConflictName(path, now)
	if err != nil {
		return "", FileStamp{}, err
	}
	s, err := SaveAs(dst, p)
	return dst, s, err
}

// Overwrite resolves a conflict by saving ours in place after keeping the
// version on disk as "NAME (conflict YYYY-MM-DD HHMM).brief". It returns the
// path of the kept version ("" if there was no file left to keep) and the
// stamp of ours.
func Overwrite(path string, p *project.Project, now time.Time) (string, FileStamp, error) {
	theirs, err := os.ReadFile(path)
	kept := ""
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return "", FileStamp{}, fmt.Errorf("keep the other version of %s: %w", filepath.Base(path), err)
	default:
		if kept, err = freeConflictName(path, now); err != nil {
			return "", FileStamp{}, err
		}
		if err := atomicfile.WriteBytes(kept, theirs, false); err != nil {
			return "", FileStamp{}, fmt.Errorf("keep the other version of %s: %w", filepath.Base(path), err)
		}
	}
	s, err := SaveAs(path, p)
	return kept, s, err
}

// ConflictName returns "NAME (conflict YYYY-MM-DD HHMM).brief" beside path.
func ConflictName(path string, now time.Time) string {
	ext := filepath.Ext(path)
	base := strings.TrimSuffix(path, ext)
	if ext == "" {
		ext = project.Extension
	}
	return base + " (conflict " + now.Format("2006-01-02 1504") + ")" + ext
}

// freeConflictName returns ConflictName, or with " 2", " 3"… when taken.
func freeConflictName(path string, now time.Time) (string, error) {
	name := ConflictName(path, now)
	ext := filepath.Ext(name)
	for i := 2; exists(name); i++ {
		if i > 1000 {
			return "", fmt.Errorf("no free name for a copy of %s", filepath.Base(path))
		}
		name = strings.TrimSuffix(ConflictName(path, now), ")"+ext) + " " + strconv.Itoa(i) + ")" + ext
	}
	return name, nil
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// readLimited reads a file, but no more than a project file may hold, so
// that Unmarshal refuses a huge file with its own message.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, project.MaxFileSize+1))
}
