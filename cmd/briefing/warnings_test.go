package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// UTF-8 with a damaged byte is read as UTF-8, and analyze says which file
// had bytes replaced, on standard error, keeping standard output JSON.
func TestAnalyzeWarnsOfReplacedBytes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "note\x1b.txt")
	text := "Zoë Šimić met Łukasz Gödel in Zürich on Monday.\n\nThe minister said the \xff talks would go on.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, arg := range []string{path, "-"} {
		code, out, errOut := runCLI(t, text, "analyze", arg)
		if code != 0 || !json.Valid([]byte(out)) {
			t.Fatalf("%s: exit %d, %s", arg, code, errOut)
		}
		want := `briefing: warning: "note\x1b.txt": one byte is not valid UTF-8`
		if arg == "-" {
			want = "briefing: warning: standard input: one byte is not valid UTF-8"
		}
		if !strings.HasPrefix(errOut, want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%s: stderr %q, want %q", arg, errOut, want)
		}
	}
}
