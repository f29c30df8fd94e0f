package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/assets"
)

func runCLI(t *testing.T, stdin string, args ...string) (code int, out, errOut string) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(args, strings.NewReader(stdin), &o, &e)
	return code, o.String(), e.String()
}

func TestVersionAndHelp(t *testing.T) {
	code, out, _ := runCLI(t, "", "--version")
	if code != 0 || !strings.HasPrefix(out, "briefing ") {
		t.Fatalf("--version: %d %q", code, out)
	}
	code, out, _ = runCLI(t, "", "--help")
	if code != 0 || !strings.Contains(out, "briefing analyze") || !strings.Contains(out, "briefing export") {
		t.Fatalf("--help: %d %q", code, out)
	}
}

func TestMisuseExitsNonZeroWithOneLine(t *testing.T) {
	for _, args := range [][]string{
		{"--frobnicate"},
		{"a.txt", "b.txt"},
		{"analyze", "a.txt", "b.txt"},
		{"export"},
		{"export", "--pdf"},
		{"export", "--pdf", "x.pdf", "--date", "yesterday"},
		{"export", "--pdf", "x.pdf", "--page-size", "A3"},
	} {
		code, out, errOut := runCLI(t, "", args...)
		if code == 0 {
			t.Errorf("%v: exit 0, want non-zero", args)
		}
		if out != "" || strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "briefing: ") {
			t.Errorf("%v: want one line on stderr, got stdout %q stderr %q", args, out, errOut)
		}
	}
}

type analysisJSON struct {
	Actors []struct {
		Name string `json:"name"`
		Type string `json:"type"`
	} `json:"actors"`
	Topics []struct {
		Label string `json:"label"`
	} `json:"topics"`
	Positions []struct {
		Actor    string `json:"actor"`
		Evidence string `json:"evidence"`
	} `json:"positions"`
}

func decodeAnalysis(t *testing.T, out string) analysisJSON {
	t.Helper()
	var a analysisJSON
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("analyze printed no JSON object: %v\n%s", err, out)
	}
	return a
}

func TestAnalyzeSampleFileAndStdin(t *testing.T) {
	code, sample, errOut := runCLI(t, "", "analyze")
	if code != 0 {
		t.Fatalf("analyze: %d %s", code, errOut)
	}
	a := decodeAnalysis(t, sample)
	if len(a.Topics) == 0 {
		t.Fatal("no topics suggested for the sample")
	}
	path := filepath.Join(t.TempDir(), "article.txt")
	if err := os.WriteFile(path, []byte(assets.Sample), 0o644); err != nil {
		t.Fatal(err)
	}
	code, fromFile, errOut := runCLI(t, "", "analyze", path)
	if code != 0 {
		t.Fatalf("analyze FILE: %d %s", code, errOut)
	}
	code, fromStdin, errOut := runCLI(t, assets.Sample, "analyze", "-")
	if code != 0 {
		t.Fatalf("analyze -: %d %s", code, errOut)
	}
	b, c := decodeAnalysis(t, fromFile), decodeAnalysis(t, fromStdin)
	if len(b.Actors) != len(a.Actors) || len(c.Actors) != len(a.Actors) || len(b.Positions) != len(a.Positions) {
		t.Fatal("the same text gave different analyses from the sample, a file and standard input")
	}
}

func TestAnalyzeBadFiles(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	for _, path := range []string{empty, filepath.Join(dir, "missing.txt")} {
		code, out, errOut := runCLI(t, "", "analyze", path)
		if code == 0 || out != "" || !strings.Contains(errOut, filepath.Base(path)) {
			t.Errorf("analyze %s: code %d, stdout %q, stderr %q; want an error naming the file", path, code, out, errOut)
		}
	}
}

func TestExportToStandardOutputFromTheCommandLine(t *testing.T) {
	code, out, errOut := runCLI(t, "", "export", "--csv", "-", "--marking", "OFFICIAL")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "evidence") && !strings.Contains(out, "Evidence") {
		t.Errorf("the CSV did not reach standard output: %.200q", out)
	}
}

func TestExportPrintsTheLoadersWarnings(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "damaged.txt")
	text := "Foreign Minister Anna Berg said the ceasefire talks would resume in Genève next week, said Łukasz Nowak’s office in Kraków. " +
		"Berg added that the delegations had agreed on a draft of the truce.\xff\n"
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, "", "export", "--csv", filepath.Join(dir, "out.csv"), "--marking", "OFFICIAL", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "warning") {
		t.Errorf("no warning about the replaced byte on stderr: %q", errOut)
	}
}
