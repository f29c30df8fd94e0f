package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/assets"
	"briefing/project"
)

// writeFile makes a file for a test and fails the test if it cannot.
func writeFile(t *testing.T, path string, data []byte, mode os.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, data, mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil { // WriteFile's mode passes through the umask
		t.Fatal(err)
	}
}

// snapshot records the bytes of every file in dir, so that a test can
// check that a refused or failed export left the folder exactly as it was.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		if info, err := os.Lstat(p); err == nil && info.Mode().IsRegular() {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			files[e.Name()] = string(b)
		} else {
			files[e.Name()] = "(not a regular file)"
		}
	}
	return files
}

func sameSnapshot(t *testing.T, what string, before, after map[string]string) {
	t.Helper()
	for name, b := range before {
		if a, ok := after[name]; !ok {
			t.Errorf("%s: %s is gone", what, name)
		} else if a != b {
			t.Errorf("%s: %s changed", what, name)
		}
	}
	for name := range after {
		if _, ok := before[name]; !ok {
			t.Errorf("%s: %s was left behind", what, name)
		}
	}
}

// wantRefusal checks that an export was refused with one line that says why.
func wantRefusal(t *testing.T, args []string, code int, out, errOut, why string) {
	t.Helper()
	if code == 0 {
		t.Errorf("%q: exit 0, want a refusal", args)
	}
	if out != "" || strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "briefing: ") {
		t.Errorf("%q: want one line on stderr, got stdout %q stderr %q", args, out, errOut)
	}
	if !strings.Contains(errOut, why) {
		t.Errorf("%q: stderr %q does not say %q", args, errOut, why)
	}
}

// inputs makes one input of each kind export reads: an article, a PDF, the
// JSON interchange format and a saved project.
func inputs(t *testing.T, dir string) []string {
	t.Helper()
	txt := filepath.Join(dir, "article.txt")
	writeFile(t, txt, []byte(assets.Sample), 0o644)
	pdf := filepath.Join(dir, "article.pdf")
	if code, _, errOut := runCLI(t, "", "export", "--pdf", pdf, "--date", "2026-11-25", txt); code != 0 {
		t.Fatalf("export a PDF to use as input: %s", errOut)
	}
	code, js, errOut := runCLI(t, "", "analyze", txt)
	if code != 0 {
		t.Fatalf("analyze: %s", errOut)
	}
	jsonIn := filepath.Join(dir, "brief.json")
	writeFile(t, jsonIn, []byte(js), 0o644)
	brief := filepath.Join(dir, "project.brief")
	if err := project.Save(brief, project.OpenSample()); err != nil {
		t.Fatal(err)
	}
	return []string{txt, pdf, jsonIn, brief}
}

// TestExportRefusesToWriteOverItsInput: an output that is the input under
// any name (itself, ./ and .., a symbolic link, a hard link) is refused and
// the input survives.
func TestExportRefusesToWriteOverItsInput(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	for _, in := range inputs(t, dir) {
		base := filepath.Base(in)
		link := filepath.Join(dir, "link-"+base)
		if err := os.Symlink(base, link); err != nil {
			t.Fatal(err)
		}
		hard := filepath.Join(sub, "hard-"+base)
		if err := os.Link(in, hard); err != nil {
			t.Fatal(err)
		}
		aliases := []string{in, filepath.Join(dir, ".", base), sub + "/../" + base, link, hard}
		for _, flag := range []string{"--pdf", "--xlsx", "--csv"} {
			for _, out := range aliases {
				before := snapshot(t, dir)
				args := []string{"export", flag, out, "--date", "2026-11-25", in}
				code, stdout, errOut := runCLI(t, "", args...)
				wantRefusal(t, args, code, stdout, errOut, "is the input")
				sameSnapshot(t, strings.Join(args, " "), before, snapshot(t, dir))
			}
		}
		os.Remove(link)
		os.Remove(hard)
	}
}

// TestExportRefusesTheSameOutputTwice: two outputs of one command that are
// the same file would leave only the last; nothing is written.
func TestExportRefusesTheSameOutputTwice(t *testing.T) {
	dir := t.TempDir()
	x := filepath.Join(dir, "x")
	old := filepath.Join(dir, "old.pdf")
	writeFile(t, old, []byte("old"), 0o644)
	hard := filepath.Join(dir, "hard.pdf")
	os.Link(old, hard)
	link := filepath.Join(dir, "link.pdf")
	os.Symlink("old.pdf", link)
	for _, pair := range [][2]string{
		{x, x}, {dir + "/./x", x}, {dir + "/sub/../x", x}, {old, hard}, {old, link}, {link, hard},
	} {
		os.Mkdir(filepath.Join(dir, "sub"), 0o755)
		before := snapshot(t, dir)
		args := []string{"export", "--pdf", pair[0], "--xlsx", pair[1]}
		code, out, errOut := runCLI(t, "", args...)
		wantRefusal(t, args, code, out, errOut, "same file")
		sameSnapshot(t, strings.Join(args, " "), before, snapshot(t, dir))
	}
}

// TestExportIsAllOrNothingOnTheCommandLine: when one output cannot be
// written, the others are not written either.
func TestExportIsAllOrNothingOnTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	pdf := filepath.Join(dir, "brief.pdf")
	writeFile(t, pdf, []byte("the brief of last week"), 0o644)
	args := []string{"export", "--pdf", pdf, "--xlsx", filepath.Join(dir, "missing", "brief.xlsx")}
	before := snapshot(t, dir)
	code, out, errOut := runCLI(t, "", args...)
	wantRefusal(t, args, code, out, errOut, "does not exist")
	sameSnapshot(t, "export with a missing folder", before, snapshot(t, dir))
}

// TestExportLongFileName: names up to 255 bytes are legal on the common
// file systems, so the temporary name must not be longer than the target's
// (it was ".NAME.tmp-" and up to 10 digits: 240 bytes failed most of the
// time, 250 always).
func TestExportLongFileName(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, strings.Repeat("b", 246)+".csv")
	if code, _, errOut := runCLI(t, "", "export", "--csv", out); code != 0 {
		t.Fatalf("export to a 250-byte name: %s", errOut)
	}
	if b, err := os.ReadFile(out); err != nil || !bytes.HasPrefix(b, []byte("\uFEFF")) {
		t.Fatalf("no CSV written: %v", err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) != 0 {
		t.Fatalf("temporary files left: %q", left)
	}
}

// TestExportToAFolderSaysSo.
func TestExportToAFolderSaysSo(t *testing.T) {
	dir := t.TempDir()
	args := []string{"export", "--pdf", dir}
	code, out, errOut := runCLI(t, "", args...)
	wantRefusal(t, args, code, out, errOut, "is a folder")
}

// TestExportNamesAreQuoted: a file name with a line break cannot forge a
// second line of output.
func TestExportNamesAreQuoted(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "x\nbriefing: all exports written", "brief.pdf")
	args := []string{"export", "--pdf", bad}
	code, out, errOut := runCLI(t, "", args...)
	wantRefusal(t, args, code, out, errOut, `x\nbriefing: all exports written`)
}

// TestExportOptionsAreQuoted: neither can an unknown option or an input.
func TestExportOptionsAreQuoted(t *testing.T) {
	out := filepath.Join(t.TempDir(), "brief.pdf")
	for _, args := range [][]string{
		{"export", "--pdf", out, "-x\nbriefing: forged"},
		{"export", "--pdf", out, "--", "-y\nbriefing: forged"},
		{"export", "--pdf", out, "missing\nbriefing: forged.txt"},
		{"analyze", "missing\nbriefing: forged.brief"},
	} {
		code, stdout, errOut := runCLI(t, "", args...)
		wantRefusal(t, args, code, stdout, errOut, `\nbriefing: forged`)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("a refused export wrote its output")
	}
}

func TestEscapeControls(t *testing.T) {
	for in, want := range map[string]string{
		"plain": "plain", "Łódź \"quoted\"": "Łódź \"quoted\"", "a\nb": `a\nb`, "\x1b[2J": `\x1b[2J`,
		"evil\u202etxt.pdf": `evil\u202etxt.pdf`, "line\u2028sep": `line\u2028sep`, "bad\xffbyte": `bad\xffbyte`,
	} {
		if got := escapeControls(in); got != want {
			t.Errorf("escapeControls(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestExportRefusesStreamsThatAreTheInput: standard input or output
// redirected from or to a file counts as that file.
func TestExportRefusesStreamsThatAreTheInput(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "article.txt")
	writeFile(t, article, []byte(assets.Sample), 0o644)
	in, err := os.Open(article)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(article, os.O_WRONLY|os.O_APPEND, 0) // as `>> article.txt` would
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	var stdout, stderr bytes.Buffer
	for _, c := range []struct {
		args   []string
		stdin  io.Reader
		stdout io.Writer
	}{
		{[]string{"--pdf", article, "-"}, in, &stdout},                // < article.txt
		{[]string{"--csv", "-", article}, strings.NewReader(""), out}, // >> article.txt
	} {
		err := exportTo(c.args, c.stdin, c.stdout, &stderr)
		if err == nil || !strings.Contains(err.Error(), "is the input") {
			t.Errorf("%q: %v, want a refusal", c.args, err)
		}
	}
	if b, _ := os.ReadFile(article); string(b) != assets.Sample {
		t.Fatal("the article changed")
	}
}
