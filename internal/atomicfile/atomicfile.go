// Package atomicfile writes files so that a reader, a crash or a full disk
// never sees half of one: the data goes to a synced temporary file in the
// same folder, which is then renamed over the target.
package atomicfile

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Write calls fill with a writer to a temporary file beside path and, when
// fill succeeds, renames that file to path. With backup, an existing file is
// first kept as path+".bak". On any error path is left as it was.
func Write(path string, backup bool, fill func(w io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("cannot create a file in %s: %w", dir, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 256<<10)
	if err = fill(bw); err != nil {
		return err
	}
	if err = bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if backup {
		keepBackup(path)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if d, dirErr := os.Open(dir); dirErr == nil {
		_ = d.Sync() // make the rename itself durable
		d.Close()
	}
	removeStale(path)
	return nil
}

// staleAge is how old a temporary file must be before a later write of the
// same target removes it: old enough that no write can still be using it.
const staleAge = 10 * time.Minute

// removeStale deletes temporary files that a write killed part-way (power
// cut, SIGKILL) left beside path, so they do not pile up.
func removeStale(path string) {
	old, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "."+globEscape(filepath.Base(path))+".tmp-*"))
	for _, f := range old {
		if info, err := os.Stat(f); err == nil && time.Since(info.ModTime()) > staleAge {
			os.Remove(f)
		}
	}
}

func globEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`)
	return r.Replace(s)
}

// WriteBytes writes data to path atomically; see Write.
func WriteBytes(path string, data []byte, backup bool) error {
	return Write(path, backup, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// keepBackup keeps the current file as path+".bak", by a hard link where
// possible so that path itself never goes missing.
func keepBackup(path string) {
	if _, err := os.Stat(path); err != nil {
		return
	}
	bak := path + ".bak"
	os.Remove(bak)
	if os.Link(path, bak) == nil {
		return
	}
	// Some file systems have no hard links: copy instead.
	if old, err := os.ReadFile(path); err == nil {
		_ = os.WriteFile(bak, old, 0o644)
	}
}
