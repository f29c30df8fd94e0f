package report

import (
	"os"
	"testing"

	"briefing/project"
)

func TestDemoWrite(t *testing.T) {
	dir := os.Getenv("PDF_DEMO")
	if dir == "" {
		t.Skip()
	}
	s := project.OpenSample()
	s.Brief.Date = "2026-01-01"
	s.Brief.Marking = "OFFICIAL"
	s.Brief.Annex = true
	data, _ := writeTestPDF(t, s)
	os.WriteFile(dir+"/sample.pdf", data, 0o644)
	g := genProject(200, 1)
	data, _ = writeTestPDF(t, g)
	os.WriteFile(dir+"/gen.pdf", data, 0o644)
}
