package recovery

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"briefing/project"
)

func TestSaveDetectsChangeOnDiskAndKeepsBoth(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "talks.brief")
	if err := project.Save(path, testProject(t, "original")); err != nil {
		t.Fatal(err)
	}
	p, stamp, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if changed, err := ChangedOnDisk(path, stamp); err != nil || changed {
		t.Fatalf("unchanged file: %v, %v", changed, err)
	}
	// Rewriting the same bytes (a sync tool, a touch) is no change.
	data, _ := os.ReadFile(path)
	later := time.Now().Add(time.Hour)
	os.WriteFile(path, data, 0o644)
	os.Chtimes(path, later, later)
	if changed, _ := ChangedOnDisk(path, stamp); changed {
		t.Fatal("the same bytes count as a change")
	}
	p.Notes[0].Text = "ours"
	stamp, err = Save(path, p, stamp)
	if err != nil {
		t.Fatal(err)
	}
	// Another program saves its version, of the same size.
	theirs := testProject(t, "tHrs")
	if err := project.Save(path, theirs); err != nil {
		t.Fatal(err)
	}
	if changed, _ := ChangedOnDisk(path, stamp); !changed {
		t.Fatal("a change of the same size was missed")
	}
	p.Notes[0].Text = "ours, again"
	_, err = Save(path, p, stamp)
	var conflict *ConflictError
	if !errors.As(err, &conflict) {
		t.Fatalf("Save over a changed file = %v, want a ConflictError", err)
	}
	if note(t, path) != "tHrs" {
		t.Fatal("a refused save wrote the file")
	}

	now := time.Date(2026, 11, 25, 9, 5, 0, 0, time.UTC)
	copyPath, copyStamp, err := SaveCopy(path, p, now)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(copyPath) != "talks (conflict 2026-11-25 0905).brief" || note(t, copyPath) != "ours, again" || note(t, path) != "tHrs" {
		t.Fatalf("save as a copy: %s", copyPath)
	}
	if changed, _ := ChangedOnDisk(copyPath, copyStamp); changed {
		t.Fatal("the copy's stamp is wrong")
	}

	kept, stamp, err := Overwrite(path, p, now)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(kept) != "talks (conflict 2026-11-25 0905 2).brief" || note(t, kept) != "tHrs" || note(t, path) != "ours, again" {
		t.Fatalf("overwrite kept %s", kept)
	}
	if _, err := Save(path, p, stamp); err != nil {
		t.Fatalf("save after resolving: %v", err)
	}

	// A file deleted under us counts as changed; a new file as not.
	os.Remove(path)
	if changed, _ := ChangedOnDisk(path, stamp); !changed {
		t.Fatal("a deleted file is unchanged")
	}
	if _, err := Save(filepath.Join(dir, "new.brief"), p, FileStamp{}); err != nil {
		t.Fatalf("first save of a new file: %v", err)
	}
	if _, err := Save(filepath.Join(dir, "new.brief"), p, FileStamp{}); !errors.As(err, &conflict) {
		t.Fatalf("saving a new project over an existing file = %v", err)
	}
}

func TestLoadReportsErrors(t *testing.T) {
	var le *project.LoadError
	if _, _, err := Load(filepath.Join(t.TempDir(), "missing.brief")); !errors.As(err, &le) || le.Path == "" {
		t.Fatalf("missing file: %v", err)
	}
	bad := filepath.Join(t.TempDir(), "bad.brief")
	os.WriteFile(bad, []byte("{}"), 0o644)
	if _, _, err := Load(bad); !errors.As(err, &le) || le.Path != bad {
		t.Fatalf("foreign file: %v", err)
	}
}

func note(t *testing.T, path string) string {
	t.Helper()
	p, err := project.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return p.Notes[0].Text
}
