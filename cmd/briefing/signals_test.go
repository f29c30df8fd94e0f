//go:build unix

package main

import (
	"bufio"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// childDir names, in the environment of a re-executed test binary, the
// folder that TestHelperInterruptedExport exports into.
const childDir = "BRIEFING_TEST_EXPORT_DIR"

// TestHelperInterruptedExport is not a test: run by
// TestExportInterruptedBySignal in a child process, it starts an export of
// two files whose second writes 8 MB and then hangs, as a huge brief would.
func TestHelperInterruptedExport(t *testing.T) {
	dir := os.Getenv(childDir)
	if dir == "" {
		return
	}
	good, _ := fills("new")
	hang := func(w io.Writer) error {
		w.Write(make([]byte, 8<<20))
		os.Stdout.WriteString("ready\n")
		for {
			time.Sleep(time.Hour)
		}
	}
	outs := []*output{
		{flag: "--csv", path: filepath.Join(dir, "brief.csv"), fill: good},
		{flag: "--pdf", path: filepath.Join(dir, "brief.pdf"), fill: hang},
	}
	if err := checkOutputs(outs, nil, nil, os.Stdout); err != nil {
		t.Fatal(err)
	}
	t.Fatal(writeOutputs(outs, os.Stdout, os.Stderr))
}

// TestExportInterruptedBySignal: Ctrl-C, SIGTERM or SIGPIPE in the middle
// of an export removes its temporary files, leaves the old outputs alone and
// exits with the shell's status for the signal.
func TestExportInterruptedBySignal(t *testing.T) {
	for sig, want := range map[syscall.Signal]int{syscall.SIGINT: 130, syscall.SIGTERM: 143, syscall.SIGPIPE: 141} {
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, "brief.csv"), []byte("old csv"), 0o644)
		writeFile(t, filepath.Join(dir, "brief.pdf"), []byte("old pdf"), 0o644)
		before := snapshot(t, dir)
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperInterruptedExport$")
		cmd.Env = append(os.Environ(), childDir+"="+dir)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		line, _ := bufio.NewReader(out).ReadString('\n')
		if line != "ready\n" {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("the child did not start its export: %q %s", line, stderr.String())
		}
		if temps, _ := filepath.Glob(filepath.Join(dir, ".bb-*.tmp")); len(temps) != 2 {
			t.Errorf("%v: %d temporary files during the export, want 2 (the test would prove nothing)", sig, len(temps))
		}
		cmd.Process.Signal(sig)
		err = cmd.Wait()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != want {
			t.Errorf("%v: child ended with %v, want exit status %d; stderr %s", sig, err, want, stderr.String())
		}
		if !strings.Contains(stderr.String(), "export stopped") {
			t.Errorf("%v: stderr %q does not say the export stopped", sig, stderr.String())
		}
		sameSnapshot(t, sig.String(), before, snapshot(t, dir))
	}
}
