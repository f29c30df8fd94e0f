package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"briefing/project"
)

// TestExportHelpListsEveryOption: --help names each option the export
// takes, and exits 0.
func TestExportHelpListsEveryOption(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := exportTo([]string{"--help"}, strings.NewReader(""), &out, &errOut); err != nil {
		t.Fatalf("export --help: %v", err)
	}
	for _, opt := range []string{"--pdf OUT", "--docx OUT", "--xlsx OUT", "--csv OUT", "--date YYYY-MM-DD", "--page-size SIZE",
		"--marking MARKING", "--annex", "--registry FILE"} {
		if !strings.Contains(out.String(), "  "+opt+"\n") {
			t.Errorf("export --help does not list %s:\n%s", opt, out.String())
		}
	}
}

// TestExportWarnsOfDraftAndMissingMarking: the CLI says on stderr that the
// brief is a draft and that it has no marking, and stops saying so once it
// is reviewed and marked.
func TestExportWarnsOfDraftAndMissingMarking(t *testing.T) {
	dir := t.TempDir()
	code, _, errOut := runCLI(t, "", "export", "--pdf", filepath.Join(dir, "a.pdf"), "--date", "2025-12-02")
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errOut)
	}
	for _, want := range []string{"warning: the brief is a draft", "not yet reviewed", "warning: the brief has no handling marking"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	p := project.OpenSample()
	for _, x := range p.Positions {
		x.Reviewed = true
	}
	for _, x := range p.Topics {
		x.Reviewed = true
	}
	for _, x := range p.Actors {
		x.Reviewed = true
	}
	// A saved project, which keeps the review state (brief JSON does not).
	in := filepath.Join(dir, "reviewed"+project.Extension)
	if err := project.Save(in, p); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = runCLI(t, "", "export", "--pdf", filepath.Join(dir, "b.pdf"), "--marking", "OFFICIAL", in)
	if code != 0 || strings.Contains(errOut, "warning") {
		t.Errorf("reviewed and marked: exit %d, stderr %q", code, errOut)
	}
}
