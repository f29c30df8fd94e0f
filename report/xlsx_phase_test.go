package report

import (
	"io"
	"os"
	"testing"
	"time"

	"briefing/project"
)

func TestXLPhase(t *testing.T) {
	for _, n := range []string{"10000", "100000"} {
		t0 := time.Now()
		data, err := os.ReadFile("/tmp/xl/brief-" + n + ".json")
		if err != nil {
			t.Skip()
		}
		p, err := project.FromInterchange(data)
		if err != nil {
			t.Fatal(err)
		}
		t1 := time.Now()
		f, _ := os.Create("/tmp/xl/phase.xlsx")
		if err := WriteXLSX(f, p, Options{}); err != nil {
			t.Fatal(err)
		}
		t2 := time.Now()
		f.Sync()
		f.Close()
		t3 := time.Now()
		WriteXLSX(io.Discard, p, Options{})
		t.Logf("%s load %v write %v sync %v discard-write %v", n, t1.Sub(t0), t2.Sub(t1), t3.Sub(t2), time.Since(t3))
	}
}
