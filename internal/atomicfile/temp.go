package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Temporary files are named .bb-XXXXXXXX.tmp: short, so that a target
// whose name is near the 255-byte limit still has room beside it, and
// hidden, so that file managers do not show a write in progress.
const (
	tempPrefix = ".bb-"
	tempSuffix = ".tmp"
)

// live tracks the temporary files of the writes in progress, with the open
// file of each, so that AbandonAll can close and remove them when the
// process is told to stop. (Windows deletes no file that is still open.)
var live = struct {
	sync.Mutex
	temps     map[string]*os.File
	abandoned bool
}{temps: map[string]*os.File{}}

var errAbandoned = errors.New("the program is stopping")

// createTemp makes a new temporary file in dir with perm (less the umask)
// and records it in live.
func createTemp(dir string, perm fs.FileMode) (*os.File, error) {
	live.Lock()
	defer live.Unlock()
	if live.abandoned {
		return nil, errAbandoned
	}
	for range 100 {
		name := filepath.Join(dir, fmt.Sprintf("%s%08x%s", tempPrefix, rand.Uint32(), tempSuffix))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("cannot create a temporary file in the folder %s: %w", quoted(dir), why(err))
		}
		live.temps[name] = f
		return f, nil
	}
	return nil, fmt.Errorf("cannot create a temporary file in the folder %s: every name tried is taken", quoted(dir))
}

// AbandonAll removes the temporary files of every write in progress and
// makes later writes and commits fail. It is for a process about to exit
// on a signal; it waits for a CommitAll under way to finish, so a set of
// files is never left half in place.
func AbandonAll() {
	live.Lock()
	defer live.Unlock()
	live.abandoned = true
	for name, f := range live.temps {
		f.Close() // a write still under way then fails, as it must
		os.Remove(name)
		delete(live.temps, name)
	}
}

// staleAge is how old a temporary file must be before a later write in the
// same folder removes it: old enough that no write can still be using it.
const staleAge = 10 * time.Minute

// removeStale deletes temporary files that a write killed part-way (power
// cut, SIGKILL) left in dir, so they do not pile up: ours, and those of
// earlier versions, which were named after their target (.NAME.tmp-N).
// The caller holds live's lock.
func removeStale(dir, base string) {
	old, _ := filepath.Glob(filepath.Join(dir, tempPrefix+"*"+tempSuffix))
	earlier, _ := filepath.Glob(filepath.Join(dir, "."+globEscape(base)+".tmp-*"))
	for _, f := range append(old, earlier...) {
		if live.temps[f] != nil {
			continue
		}
		if info, err := os.Lstat(f); err == nil && info.Mode().IsRegular() && time.Since(info.ModTime()) > staleAge {
			os.Remove(f)
		}
	}
}

func globEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`)
	return r.Replace(s)
}
