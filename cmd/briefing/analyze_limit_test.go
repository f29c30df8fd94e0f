package main

import (
	"os"
	"path/filepath"
	"testing"
)

// The soft memory limit of analyze grows with the texts, so a large one is
// not starved by it, and stays away when the user chose a limit or the size
// is unknown.
func TestAnalysisMemoryLimit(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	os.Unsetenv("GOMEMLIMIT")
	dir := t.TempDir()
	small, big := filepath.Join(dir, "small.txt"), filepath.Join(dir, "big.txt")
	if err := os.WriteFile(small, []byte("Anna Berg said the talks would resume."), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(big, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, 40<<20); err != nil { // sparse: the size is what counts
		t.Fatal(err)
	}
	if limit, ok := analysisMemoryLimit([]string{small}); !ok || limit != 256<<20 {
		t.Errorf("small text: limit %d, %v; want 256 MiB", limit, ok)
	}
	if limit, ok := analysisMemoryLimit([]string{small, big}); !ok || limit < liveBytesPerTextByte*(40<<20)*3/2 {
		t.Errorf("40 MB text: limit %d, %v; want half as much again as %d", limit, ok, liveBytesPerTextByte*(40<<20))
	}
	if _, ok := analysisMemoryLimit([]string{small, "-"}); ok {
		t.Error("a limit for standard input, whose size is unknown")
	}
	t.Setenv("GOMEMLIMIT", "1GiB")
	if _, ok := analysisMemoryLimit([]string{small}); ok {
		t.Error("a limit over the user's GOMEMLIMIT")
	}
}
