package recovery

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefing/document"
	"briefing/project"
)

// testProject is a small project with a user's note, the work a crash must
// not lose.
func testProject(t testing.TB, note string) *project.Project {
	p := project.New()
	p.Brief.Title = "Ceasefire talks"
	d := document.FromText("d1", "Talks\n\nThe ministers met in Geneva and agreed to meet again.\n")
	p.Documents = append(p.Documents, d)
	i := strings.Index(d.Text, "agreed")
	if _, err := p.AddNote(project.Anchor{Doc: "d1", Start: i, End: i + len("agreed"), Quote: "agreed"}, note, ""); err != nil {
		if t != nil {
			t.Fatal(err)
		}
		panic(err)
	}
	return p
}

// deadPID returns the ID of a process that has ended.
func deadPID(t *testing.T) int {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return cmd.Process.Pid
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestAutosaverWritesOnlyDirtyChangesAndDiscards(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "recovery")
	a, err := NewAutosaver(dir)
	if err != nil {
		t.Fatal(err)
	}
	var latest Latest
	p := testProject(t, "first")
	latest.Set(p, false, "")
	a.Start(5*time.Millisecond, latest.Snapshot)
	defer a.Stop()
	time.Sleep(30 * time.Millisecond)
	if exists(a.File()) {
		t.Fatal("a clean project was autosaved")
	}
	latest.Set(p, true, "/somewhere/talks.brief")
	waitFor(t, "the recovery file", func() bool { return exists(a.File()) })
	info1, _ := os.Stat(a.File())
	// Our own session's file is not pending: we are alive.
	if got, _ := Pending(dir); len(got) != 0 {
		t.Fatalf("pending lists a live session: %+v", got)
	}
	// The same project is not written again.
	time.Sleep(30 * time.Millisecond)
	if info2, _ := os.Stat(a.File()); !info2.ModTime().Equal(info1.ModTime()) {
		t.Fatal("an unchanged project was written again")
	}
	// Saved: the file goes.
	latest.Set(p, false, "/somewhere/talks.brief")
	waitFor(t, "the recovery file to go", func() bool { return !exists(a.File()) })
	latest.Set(testProject(t, "second"), true, "")
	if err := a.SaveNow(latest.Snapshot); err != nil {
		t.Fatal(err)
	}
	a.Stop()
	a.Stop()
	if !exists(a.File()) {
		t.Fatal("Stop removed the recovery file; only Discard should")
	}
	if err := a.Discard(); err != nil || exists(a.File()) {
		t.Fatalf("Discard: %v", err)
	}
	if a.Err() != nil {
		t.Fatal(a.Err())
	}
}

func TestAutosaverReportsErrors(t *testing.T) {
	dir := t.TempDir()
	a, err := NewAutosaver(dir)
	if err != nil {
		t.Fatal(err)
	}
	// A folder where the recovery file should be makes every write fail.
	if err := os.Mkdir(a.File(), 0o755); err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 10)
	a.OnError = func(err error) {
		select {
		case errs <- err:
		default:
		}
	}
	var latest Latest
	latest.Set(testProject(t, "x"), true, "")
	a.Start(5*time.Millisecond, latest.Snapshot)
	defer a.Stop()
	select {
	case err := <-errs:
		if !strings.Contains(err.Error(), "autosave") {
			t.Fatalf("error %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no error reported")
	}
	if a.Err() == nil {
		t.Fatal("Err is nil after a failed write")
	}
}

func TestPendingListsDeadSessionsNewestFirst(t *testing.T) {
	dir := t.TempDir()
	dead := deadPID(t)
	host, _ := os.Hostname()
	write := func(name, path, note string, saved time.Time, pid int, host string) {
		data, err := project.Marshal(testProject(t, note))
		if err != nil {
			t.Fatal(err)
		}
		h, _ := json.Marshal(header{Format: recoveryFormat, Path: path, Title: "T " + note, Saved: saved, PID: pid, Host: host})
		if err := os.WriteFile(filepath.Join(dir, name), append(append(h, '\n'), data...), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Now()
	write("old"+Ext, "/a.brief", "old", now.Add(-time.Hour), dead, host)
	write("new"+Ext, "", "new", now, dead, host)
	write("live"+Ext, "/b.brief", "live", now, os.Getpid(), host)
	write("elsewhere"+Ext, "/c.brief", "elsewhere", now.Add(-time.Minute), os.Getpid(), host+"-other")
	os.WriteFile(filepath.Join(dir, "junk"+Ext), []byte("not a recovery file\n{}"), 0o600)
	os.WriteFile(filepath.Join(dir, "other.txt"), []byte("x"), 0o600)

	got, err := Pending(dir)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, e := range got {
		titles = append(titles, e.Title)
	}
	if strings.Join(titles, ",") != "T new,T elsewhere,T old" {
		t.Fatalf("pending = %v", titles)
	}
	p, err := Restore(got[2])
	if err != nil {
		t.Fatal(err)
	}
	if got[2].Path != "/a.brief" || len(p.Notes) != 1 || p.Notes[0].Text != "old" {
		t.Fatalf("restored %+v: %+v", got[2], p.Notes)
	}
	if err := Discard(got[2]); err != nil || exists(got[2].File) {
		t.Fatalf("discard: %v", err)
	}
	if _, err := Restore(got[2]); err == nil {
		t.Fatal("restored a discarded file")
	}
	if got, err := Pending(filepath.Join(dir, "missing")); err != nil || len(got) != 0 {
		t.Fatalf("missing folder: %v, %v", got, err)
	}
}

// TestRecoveryAfterKill is the promise: a process with unsaved work that is
// killed outright (no clean-up runs) leaves a recovery file that the next
// session finds and restores, note included.
func TestRecoveryAfterKill(t *testing.T) {
	if os.Getenv("RECOVERY_CHILD") == "1" {
		recoveryChild()
		return
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	const note = "Call the embassy before the brief goes out — Зеленський"
	cmd := exec.Command(exe, "-test.run=^TestRecoveryAfterKill$")
	cmd.Env = append(os.Environ(), "RECOVERY_CHILD=1", "RECOVERY_DIR="+dir, "RECOVERY_NOTE="+note)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	appeared := false
	deadline := time.Now().Add(30 * time.Second)
	for !appeared && time.Now().Before(deadline) {
		files, _ := filepath.Glob(filepath.Join(dir, "*"+Ext))
		appeared = len(files) == 1
		select {
		case err := <-exited:
			t.Fatalf("the child exited before it was killed: %v", err)
		case <-time.After(5 * time.Millisecond):
		}
	}
	if !appeared {
		cmd.Process.Kill()
		t.Fatal("no recovery file appeared")
	}
	if got, _ := Pending(dir); len(got) != 0 {
		t.Fatal("the file of a running session is pending")
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL on Unix
		t.Fatal(err)
	}
	<-exited

	got, err := Pending(dir)
	if err != nil || len(got) != 1 {
		t.Fatalf("pending after the kill: %v, %v", got, err)
	}
	e := got[0]
	if e.Path != "/projects/talks.brief" || e.Title != "Ceasefire talks" || e.PID != cmd.Process.Pid || time.Since(e.Saved) > time.Minute {
		t.Fatalf("entry %+v", e)
	}
	p, err := Restore(e)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Notes) != 1 || p.Notes[0].Text != note {
		t.Fatalf("the note did not survive: %+v", p.Notes)
	}
}

// recoveryChild autosaves a dirty project every 10 ms until it is killed.
func recoveryChild() {
	a, err := NewAutosaver(os.Getenv("RECOVERY_DIR"))
	if err != nil {
		panic(err)
	}
	p := testProject(nil, os.Getenv("RECOVERY_NOTE"))
	a.Start(10*time.Millisecond, func() (*project.Project, bool, string) { return p, true, "/projects/talks.brief" })
	time.Sleep(time.Minute) // killed long before
	os.Exit(3)
}

func TestRestoreRefusesDamage(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "x"+Ext)
	os.WriteFile(f, []byte(`{"format":"briefing-builder-recovery"}`+"\n"+`{"format":"briefing-builder-project","version":1,"project":{"actors":[{"id":""}]}}`), 0o600)
	_, err := Restore(Entry{File: f, Title: "x"})
	var le *project.LoadError
	if !errors.As(err, &le) {
		t.Fatalf("Restore = %v, want a LoadError", err)
	}
}
