package filedata

import (
	"bytes"
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

func TestReadGivesTheFile(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(1, 2))
	for _, size := range []int{0, 1, 4095, mapThreshold - 1, mapThreshold, mapThreshold + 4097, 5 << 20} {
		want := make([]byte, size)
		for i := range want {
			want[i] = byte(rng.UintN(256))
		}
		path := filepath.Join(dir, "f")
		if err := os.WriteFile(path, want, 0o600); err != nil {
			t.Fatal(err)
		}
		d, err := Read(path)
		if err != nil {
			t.Fatalf("size %d: %v", size, err)
		}
		if !bytes.Equal(d.Bytes(), want) {
			t.Errorf("size %d: read %d bytes that differ from the file", size, len(d.Bytes()))
		}
		if err := d.Close(); err != nil {
			t.Errorf("size %d: close: %v", size, err)
		}
		if d.Bytes() != nil || d.Close() != nil {
			t.Errorf("size %d: the data outlives Close, or a second Close fails", size)
		}
	}
}

func TestReadMissingAndDirectory(t *testing.T) {
	dir := t.TempDir()
	if _, err := Read(filepath.Join(dir, "missing")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v, want not-exist", err)
	}
	if _, err := Read(dir); err == nil {
		t.Error("reading a directory gave no error")
	}
}
