package gui

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"briefing/internal/recovery"
	"briefing/project"
)

// waitForFile waits until a file matching pattern exists.
func waitForFile(t *testing.T, pattern string) string {
	t.Helper()
	for range 400 {
		if m, _ := filepath.Glob(pattern); len(m) > 0 {
			return m[0]
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("no file %s appeared", pattern)
	return ""
}

// orphan makes a recovery file look left by a process that died.
func orphan(t *testing.T, file string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.IndexByte(data, '\n')
	var h map[string]any
	if err := json.Unmarshal(data[:i], &h); err != nil {
		t.Fatal(err)
	}
	h["pid"] = 0
	line, _ := json.Marshal(h)
	if err := os.WriteFile(file, append(append(line, '\n'), data[i+1:]...), 0o600); err != nil {
		t.Fatal(err)
	}
}

func marshalOf(t *testing.T, p *project.Project) []byte {
	t.Helper()
	b, err := project.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestAutosaveAndRestore(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(RecoveryDirEnv, dir)
	got, err := recoveryDir()
	if err != nil || got != dir {
		t.Fatalf("recoveryDir() = %q, %v", got, err)
	}
	u := newTestUI(t)
	if err := u.startAutosave(dir, 20*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	time.Sleep(60 * time.Millisecond)
	if m, _ := filepath.Glob(filepath.Join(dir, "*"+recovery.Ext)); len(m) != 0 {
		t.Fatal("a recovery file was written with no unsaved change")
	}
	startReview(t, u)
	typeKeys(t, u, "a2")
	file := waitForFile(t, filepath.Join(dir, "*"+recovery.Ext))
	want := marshalOf(t, u.project())
	// The window crashes: its autosaver stops and leaves the file behind.
	time.Sleep(60 * time.Millisecond)
	u.autosaver.Stop()
	orphan(t, file)

	// The next start offers the work back. (This window is closed by the
	// test itself, through its close button's action.)
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newAppTheme(themeLight))
	v := newUI(a, a.NewWindow(""), "test")
	v.setProject(project.OpenSample(), "", "Sample")
	v.win.Resize(fyne.NewSize(1280, 800))
	v.win.Show()
	if err := v.startAutosave(dir, time.Hour); err != nil {
		t.Fatal(err)
	}
	opened := false
	v.offerRecovery(dir, func() { opened = true })
	txt := overlayText(t, v)
	if !strings.Contains(txt, "Briefing Builder closed unexpectedly. Restore your unsaved work from") || !strings.Contains(txt, "("+u.project().Brief.Title+")") {
		t.Fatalf("offer:\n%s", txt)
	}
	if f, ok := v.win.Canvas().Focused().(*widget.Button); !ok || f.Text != "Restore" {
		t.Error("Restore is not the focused button")
	}
	tapButton(t, v, "Restore")
	if opened {
		t.Error("the file given on the command line was opened over the restored work")
	}
	if !bytes.Equal(marshalOf(t, v.project()), want) {
		t.Fatal("the restored project differs from the crashed window's")
	}
	if !v.ed.Dirty() || !strings.HasPrefix(v.win.Title(), "• ") {
		t.Errorf("the restored work is not marked unsaved: %q", v.win.Title())
	}
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Error("the old recovery file is still there after the restore")
	}
	if _, err := os.Stat(v.autosaver.File()); err != nil {
		t.Errorf("the new window did not keep the restored work: %v", err)
	}
	// Closing cleanly without saving removes it.
	v.onClose()
	tapButton(t, v, "Don't save")
	if m, _ := filepath.Glob(filepath.Join(dir, "*"+recovery.Ext)); len(m) != 0 {
		t.Errorf("recovery files left after a clean exit: %v", m)
	}
}

func TestRecoveryLaterAndDiscard(t *testing.T) {
	dir := t.TempDir()
	u := newTestUI(t)
	if err := u.startAutosave(dir, time.Hour); err != nil {
		t.Fatal(err)
	}
	test.Tap(find[*widget.Check](u.topics.list, nil)[0])
	if err := u.autosaver.SaveNow(u.latest.Snapshot); err != nil {
		t.Fatal(err)
	}
	u.autosaver.Stop()
	file := u.autosaver.File()
	orphan(t, file)

	v := newTestUI(t)
	opened := 0
	v.offerRecovery(dir, func() { opened++ })
	tapButton(t, v, "Later")
	if opened != 1 {
		t.Error("Later did not go on to open the file")
	}
	if _, err := os.Stat(file); err != nil {
		t.Error("Later removed the recovery file")
	}
	v.offerRecovery(dir, func() { opened++ })
	tapButton(t, v, "Discard")
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Error("Discard kept the recovery file")
	}
	if opened != 2 || v.win.Canvas().Overlays().Top() != nil {
		t.Error("after Discard the start did not go on")
	}
}

// TestSaveConflict saves over a file another program changed.
func TestSaveConflict(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "talks.brief")
	for _, choice := range []string{"Save as a copy", "Overwrite"} {
		t.Run(choice, func(t *testing.T) {
			os.Remove(path)
			u := newTestUI(t)
			if !u.saveTo(path) {
				t.Fatal("first save failed")
			}
			// Another program saves its own version.
			theirs := u.project().Clone()
			theirs.Brief.Summary = "Their summary."
			if err := project.Save(path, theirs); err != nil {
				t.Fatal(err)
			}
			theirBytes, _ := os.ReadFile(path)
			test.Tap(find[*widget.Check](u.topics.list, nil)[0])
			ours := marshalOf(t, u.project())
			u.save()
			if txt := overlayText(t, u); !strings.Contains(txt, "changed on disk since you opened it") {
				t.Fatalf("no conflict dialog:\n%s", txt)
			}
			tapButton(t, u, choice)
			if u.ed.Dirty() {
				t.Error("still unsaved after resolving the conflict")
			}
			conflicts, _ := filepath.Glob(filepath.Join(dir, "talks (conflict *).brief"))
			if len(conflicts) != 1 {
				t.Fatalf("conflict copies: %v", conflicts)
			}
			copyBytes, _ := os.ReadFile(conflicts[0])
			inPlace, _ := os.ReadFile(path)
			if choice == "Overwrite" {
				if !bytes.Equal(inPlace, ours) || !bytes.Equal(copyBytes, theirBytes) {
					t.Error("Overwrite lost a version")
				}
				if u.path != path {
					t.Errorf("window works on %s", u.path)
				}
			} else {
				if !bytes.Equal(inPlace, theirBytes) || !bytes.Equal(copyBytes, ours) {
					t.Error("Save as a copy lost a version")
				}
				if u.path != conflicts[0] {
					t.Errorf("window works on %s, want the copy", u.path)
				}
			}
			os.Remove(conflicts[0])
			u.setLock(nil)
		})
	}
}

// TestOpenHeldProject opens a project another window holds.
func TestOpenHeldProject(t *testing.T) {
	path := filepath.Join(t.TempDir(), "held.brief")
	u := newTestUI(t)
	if !u.saveTo(path) || u.lock == nil {
		t.Fatal("saving did not lock the file")
	}
	t.Cleanup(func() { u.setLock(nil) })
	for _, choice := range []string{"Cancel", "Open read-only copy", "Open anyway"} {
		v := newTestUI(t)
		done := make(chan struct{})
		v.afterLoad = func() { close(done) }
		v.openPath(path)
		if txt := overlayText(t, v); !strings.Contains(txt, "already open in another window") {
			t.Fatalf("no warning:\n%s", txt)
		}
		tapButton(t, v, choice)
		if choice == "Cancel" {
			if v.path != "" || v.win.Canvas().Overlays().Top() != nil {
				t.Error("Cancel opened the project")
			}
			continue
		}
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("the project did not open")
		}
		switch choice {
		case "Open read-only copy":
			if v.path != "" || v.lock != nil || !strings.Contains(v.win.Title(), "read-only copy") {
				t.Errorf("read-only copy: path %q, title %q", v.path, v.win.Title())
			}
		case "Open anyway":
			if v.path != path || v.lock == nil {
				t.Errorf("open anyway: path %q, lock %v", v.path, v.lock)
			}
			v.setLock(nil)
		}
	}
}

// TestSaveAsksBeforeReplacingAReadOnlyFile: a project its owner made read-only is
// replaced only after the user says so, and stays read-only.
func TestSaveAsksBeforeReplacingAReadOnlyFile(t *testing.T) {
	for _, answer := range []string{"No", "Yes"} {
		t.Run(answer, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "protected.brief")
			u := newTestUI(t)
			if !u.saveTo(path) {
				t.Fatal("first save failed")
			}
			before, _ := os.ReadFile(path)
			if err := os.Chmod(path, 0o444); err != nil {
				t.Fatal(err)
			}
			test.Tap(find[*widget.Check](u.topics.list, nil)[0])
			u.save()
			if txt := overlayText(t, u); !strings.Contains(txt, "is read-only") {
				t.Fatalf("no question about the read-only file:\n%s", txt)
			}
			tapButton(t, u, answer)
			after, _ := os.ReadFile(path)
			fi, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if fi.Mode().Perm() != 0o444 {
				t.Errorf("mode %v after saving, want it read-only (0444)", fi.Mode().Perm())
			}
			if answer == "No" && !bytes.Equal(after, before) {
				t.Error("the read-only file was replaced although the user said no")
			}
			if answer == "Yes" && (bytes.Equal(after, before) || u.ed.Dirty()) {
				t.Error("the brief was not saved after the user said yes")
			}
		})
	}
}
