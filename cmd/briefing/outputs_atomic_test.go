package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fills returns a fill that writes text, and one that writes part of its
// output and then fails, as a renderer that runs out of memory would.
func fills(text string) (good, bad func(io.Writer) error) {
	good = func(w io.Writer) error {
		_, err := io.WriteString(w, text)
		return err
	}
	bad = func(w io.Writer) error {
		io.WriteString(w, strings.Repeat("half ", 100_000))
		return errors.New("the renderer failed")
	}
	return good, bad
}

// TestWriteOutputsIsAllOrNothing: when any output fails, first, in the
// middle or last, every existing output keeps its bytes and no temporary
// file is left.
func TestWriteOutputsIsAllOrNothing(t *testing.T) {
	good, bad := fills("new")
	for failing := range 3 {
		dir := t.TempDir()
		var outs []*output
		for i, name := range []string{"brief.pdf", "brief.xlsx", "brief.csv"} {
			path := filepath.Join(dir, name)
			writeFile(t, path, []byte("old "+name), 0o644)
			o := &output{flag: "--" + name[6:], path: path, fill: good}
			if i == failing {
				o.fill = bad
			}
			outs = append(outs, o)
		}
		before := snapshot(t, dir)
		var stdout, stderr bytes.Buffer
		err := checkOutputs(outs, nil, nil, &stdout)
		if err == nil {
			err = writeOutputs(outs, &stdout, &stderr)
		}
		if err == nil || !strings.Contains(err.Error(), "the renderer failed") {
			t.Errorf("output %d failing: err = %v, want the renderer's error", failing, err)
		}
		sameSnapshot(t, "a failed export", before, snapshot(t, dir))
	}
}

// TestWriteOutputsStreamLast: a stream cannot be taken back, so it is
// written after the files; when it fails, the files stay as they were.
func TestWriteOutputsStreamLast(t *testing.T) {
	good, bad := fills("new")
	dir := t.TempDir()
	pdf := filepath.Join(dir, "brief.pdf")
	writeFile(t, pdf, []byte("old"), 0o644)
	outs := []*output{{flag: "--csv", path: "-", fill: bad}, {flag: "--pdf", path: pdf, fill: good}}
	var stdout, stderr bytes.Buffer
	if err := checkOutputs(outs, nil, nil, &stdout); err != nil {
		t.Fatal(err)
	}
	if err := writeOutputs(outs, &stdout, &stderr); err == nil {
		t.Fatal("a failed stream was not reported")
	}
	if b, _ := os.ReadFile(pdf); string(b) != "old" {
		t.Fatalf("the PDF was replaced although the export failed: %.20q", b)
	}
	outs[0].fill = good
	if err := writeOutputs(outs, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(pdf); string(b) != "new" {
		t.Fatalf("the PDF holds %.20q after a good export", b)
	}
}

// TestExportToStandardOutput: "-" is standard output, once at most.
func TestExportToStandardOutput(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if err := exportTo([]string{"--csv", "-"}, strings.NewReader(""), &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(stdout.String(), "\uFEFF") || !strings.Contains(stdout.String(), "\r\n") {
		t.Fatalf("standard output got %.40q, want the CSV", stdout.String())
	}
	stdout.Reset()
	err := exportTo([]string{"--csv", "-", "--pdf", "-"}, strings.NewReader(""), &stdout, &stderr)
	var ue usageError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "only one output can be -") || stdout.Len() != 0 {
		t.Fatalf("two outputs to standard output: err %v, %d bytes written", err, stdout.Len())
	}
}
