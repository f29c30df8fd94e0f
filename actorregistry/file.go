package actorregistry

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"briefing/document"
	"briefing/internal/atomicfile"
)

// FileName is the registry's file in the user's configuration folder.
const FileName = "actors.json"

// DirEnv names an environment variable that, when set, is the folder of
// the registry instead of the user's configuration folder (for tests and
// scripts).
const DirEnv = "BRIEFING_CONFIG_DIR"

// DefaultPath returns where the user's registry is kept:
// <user config dir>/briefing-builder/actors.json, or in $BRIEFING_CONFIG_DIR.
func DefaultPath() (string, error) {
	if d := os.Getenv(DirEnv); d != "" {
		return filepath.Join(d, FileName), nil
	}
	base, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("actor registry folder: %w", err)
	}
	return filepath.Join(base, "briefing-builder", FileName), nil
}

// Load reads the registry at path; a registry never saved is empty.
func Load(path string) (*Registry, error) {
	r, err := ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &Registry{}, nil
	}
	return r, err
}

// ReadFile reads a registry file, JSON or CSV (see Parse). The error names
// the file and what is wrong with it.
func ReadFile(path string) (*Registry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("actor registry %s: %w", document.QuoteName(path), err)
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil {
		return nil, fmt.Errorf("actor registry %s: %w", document.QuoteName(path), err)
	} else if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("actor registry %s: not a file", document.QuoteName(path))
	}
	// One byte more than the limit tells a file at the limit from a larger one.
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("actor registry %s: %w", document.QuoteName(path), err)
	}
	r, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("actor registry %s: %w", document.QuoteName(path), err)
	}
	return r, nil
}

// Save writes the registry to path as JSON, atomically, keeping the
// previous one as path.bak; the folder is made if need be.
func Save(path string, r *Registry) error {
	data, err := r.EncodeJSON()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("actor registry: %w", err)
	}
	if err := atomicfile.WriteBytes(path, data, true); err != nil {
		return fmt.Errorf("actor registry: %w", err)
	}
	return nil
}
