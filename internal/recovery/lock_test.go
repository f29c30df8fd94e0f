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
)

func TestLockDetectsSecondOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "talks.brief")
	l, err := Acquire(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Acquire(path)
	var held *HeldError
	if !errors.As(err, &held) || !held.SameProcess || held.PID != os.Getpid() || !strings.Contains(err.Error(), "already open in another window") {
		t.Fatalf("second Acquire = %v", err)
	}
	if err := l.Release(); err != nil || exists(LockFile(path)) {
		t.Fatalf("release: %v", err)
	}
	l2, err := Acquire(path)
	if err != nil {
		t.Fatalf("Acquire after Release: %v", err)
	}
	// Force takes the lock over; the old holder's Release leaves it alone.
	l3, err := Force(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := l2.Release(); err != nil || !exists(LockFile(path)) {
		t.Fatal("a superseded lock removed the new holder's lock")
	}
	if err := l3.Release(); err != nil || exists(LockFile(path)) {
		t.Fatal("the holder could not release")
	}
	var none *Lock
	if err := none.Release(); err != nil {
		t.Fatal(err)
	}
}

func TestLockHeldByAnotherProcess(t *testing.T) {
	if os.Getenv("LOCK_CHILD") != "" {
		if _, err := Acquire(os.Getenv("LOCK_CHILD")); err != nil {
			os.Exit(2)
		}
		os.Stdout.WriteString("locked\n")
		time.Sleep(time.Minute)
		os.Exit(3)
	}
	path := filepath.Join(t.TempDir(), "talks.brief")
	exe, _ := os.Executable()
	cmd := exec.Command(exe, "-test.run=^TestLockHeldByAnotherProcess$")
	cmd.Env = append(os.Environ(), "LOCK_CHILD="+path)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 7)
	if _, err := out.Read(buf); err != nil || string(buf) != "locked\n" {
		cmd.Process.Kill()
		t.Fatalf("child: %q, %v", buf, err)
	}
	_, err := Acquire(path)
	var held *HeldError
	if !errors.As(err, &held) || held.SameProcess || held.PID != cmd.Process.Pid {
		cmd.Process.Kill()
		t.Fatalf("Acquire while another process holds it = %v", err)
	}
	cmd.Process.Kill()
	cmd.Wait()
	// The holder died without releasing: the lock is stale and taken over.
	l, err := Acquire(path)
	if err != nil {
		t.Fatalf("stale lock not taken over: %v", err)
	}
	l.Release()
}

func TestLockStaleAndDamaged(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "talks.brief")
	host, _ := os.Hostname()
	info, _ := json.Marshal(LockInfo{PID: deadPID(t), Host: host, Opened: time.Now()})
	os.WriteFile(LockFile(path), info, 0o644)
	l, err := Acquire(path)
	if err != nil {
		t.Fatalf("lock of a dead process: %v", err)
	}
	l.Release()

	// Another computer's lock cannot be checked: it holds.
	info, _ = json.Marshal(LockInfo{PID: 1, Host: host + "-elsewhere", Opened: time.Now()})
	os.WriteFile(LockFile(path), info, 0o644)
	var held *HeldError
	if _, err := Acquire(path); !errors.As(err, &held) || !strings.Contains(err.Error(), "-elsewhere") {
		t.Fatalf("lock of another computer: %v", err)
	}

	// A damaged lock holds while it may still be being written, not after.
	os.WriteFile(LockFile(path), []byte("{"), 0o644)
	if _, err := Acquire(path); !errors.As(err, &held) {
		t.Fatalf("fresh damaged lock: %v", err)
	}
	old := time.Now().Add(-time.Minute)
	os.Chtimes(LockFile(path), old, old)
	if l, err = Acquire(path); err != nil {
		t.Fatalf("old damaged lock: %v", err)
	}
	l.Release()

	// A folder that cannot be written is not "held".
	if _, err := Acquire(filepath.Join(dir, "missing", "x.brief")); err == nil || errors.As(err, &held) {
		t.Fatalf("lock in a missing folder: %v", err)
	}
}
