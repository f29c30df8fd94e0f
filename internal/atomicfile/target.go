package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrReadOnly is returned for a target that its owner has made read-only
// (chmod a-w). Replacing a file by rename needs only the right to write its
// folder, so without this check a write would silently replace it.
var ErrReadOnly = errors.New("the file is read-only")

// ErrIsFolder is returned for a target that is an existing folder.
var ErrIsFolder = errors.New("it is a folder")

// maxLinks bounds how many symbolic links Resolve follows, as the kernel
// does (ELOOP), so that a loop of links cannot hang it.
const maxLinks = 40

// A Target is where a write to a path lands.
type Target struct {
	// Path is the file that is written: for a regular file, its real
	// absolute name with every symbolic link resolved, so that a link
	// stays a link and the file it points to is replaced; for a device
	// or pipe, the path as given, opened as it is.
	Path string
	// Info describes the file at Path now; nil when there is none yet.
	Info fs.FileInfo
}

// InPlace reports whether the target is written directly instead of
// replaced: devices (/dev/null), pipes and sockets, which a rename would
// turn into a regular file.
func (t Target) InPlace() bool {
	return t.Info != nil && !t.Info.Mode().IsRegular()
}

// Same reports whether two targets are the same file: the same device and
// inode when both exist (which also catches hard links), the same resolved
// name when neither does.
func (t Target) Same(u Target) bool {
	if t.Info != nil && u.Info != nil {
		return os.SameFile(t.Info, u.Info)
	}
	return t.Info == nil && u.Info == nil && t.Path == u.Path
}

// Resolve finds where a write to path lands, and refuses before anything
// is written what no write should do: replace a folder (ErrIsFolder) or a
// read-only file (ErrReadOnly), or write into a folder that is missing.
// Errors do not repeat path; the caller names it.
func Resolve(path string) (Target, error) {
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return Target{}, ErrIsFolder
	case err == nil && !info.Mode().IsRegular():
		return Target{Path: path, Info: info}, nil
	case err == nil:
		return resolveRegular(path, info)
	}
	return resolveNew(path, err)
}

// resolveRegular names an existing regular file by its real path.
func resolveRegular(path string, info fs.FileInfo) (Target, error) {
	if info.Mode().Perm()&0o200 == 0 {
		return Target{}, ErrReadOnly
	}
	real, err := filepath.EvalSymlinks(path)
	if err == nil {
		real, err = filepath.Abs(real)
	}
	if err != nil {
		return Target{}, fmt.Errorf("cannot follow its links: %w", why(err))
	}
	// A link can name a file that has no name any more, such as
	// /proc/self/fd/1 when standard output is a deleted file: replacing
	// "the file it names" would write somewhere else.
	if ri, err := os.Stat(real); err != nil || !os.SameFile(ri, info) {
		return Target{}, errors.New("it leads to a file that has no name to replace")
	}
	return Target{Path: real, Info: info}, nil
}

// resolveNew finds where a file that does not exist yet will be made,
// following dangling links as open(2) does, or says why it cannot be.
// Names are split, never cleaned: "a/../b" needs a folder a, and ".." after
// a link leaves the folder the link points to, not the link's own.
func resolveNew(path string, statErr error) (Target, error) {
	p := path
	for hops := 0; ; hops++ {
		parent, base := split(p)
		if base == "" || base == "." || base == ".." {
			return Target{}, fmt.Errorf("the folder %s cannot be used: %w", quoted(p), why(statErr))
		}
		dir, err := realFolder(parent)
		if err != nil {
			return Target{}, err
		}
		p = filepath.Join(dir, base)
		li, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			return Target{Path: p}, nil
		}
		if err != nil {
			return Target{}, why(err)
		}
		if li.Mode()&fs.ModeSymlink == 0 {
			// It exists after all, but Stat failed: say why.
			return Target{}, why(statErr)
		}
		if hops == maxLinks {
			return Target{}, errors.New("it is a loop of symbolic links")
		}
		dest, err := os.Readlink(p)
		if err != nil {
			return Target{}, why(err)
		}
		if !filepath.IsAbs(dest) {
			dest = dir + string(filepath.Separator) + dest
		}
		p = dest
	}
}

// split cuts path at its last separator without cleaning it, unlike
// filepath.Dir: the folder part is "." when there is none.
func split(path string) (dir, base string) {
	vol := filepath.VolumeName(path)
	i := len(path) - 1
	for i >= len(vol) && !os.IsPathSeparator(path[i]) {
		i--
	}
	switch {
	case i < len(vol):
		return vol + ".", path[len(vol):]
	case i == len(vol):
		return path[:i+1], path[i+1:] // the root
	}
	return path[:i], path[i+1:]
}

// realFolder returns the absolute real name of the folder a new file goes
// into, or an error that says what is wrong with it.
func realFolder(dir string) (string, error) {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "", fmt.Errorf("the folder %s does not exist", quoted(dir))
	case err != nil:
		return "", fmt.Errorf("the folder %s cannot be used: %w", quoted(dir), why(err))
	case !info.IsDir():
		return "", fmt.Errorf("%s is not a folder", quoted(dir))
	}
	real, err := filepath.EvalSymlinks(dir)
	if err == nil {
		real, err = filepath.Abs(real)
	}
	if err != nil {
		return "", fmt.Errorf("the folder %s cannot be used: %w", quoted(dir), why(err))
	}
	return real, nil
}

// why strips the file name from an operating-system error: the caller
// names the file, quoted, and a raw name could hold line breaks. The
// result still matches fs.ErrPermission and the like with errors.Is.
func why(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
