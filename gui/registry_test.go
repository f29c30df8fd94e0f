package gui

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"briefing/actorregistry"
	"briefing/project"
)

// Two articles of one story that spell Zelensky's name two ways: the
// analysis takes "Volodymyr Zelensky" and "Zelenskyy" for two actors.
const (
	zelenskyMonday  = "Ceasefire plan\n\nVolodymyr Zelensky said on Monday that Ukraine supports the ceasefire plan. Later, Zelenskyy told reporters the plan needs guarantees.\n\nThe European Commission said it supports the plan.\n"
	zelenskyTuesday = "Talks resume\n\nZelenskyy said on Tuesday that Kyiv opposes the new demands. Volodymyr Zelensky told reporters he wants a deal.\n\nThe European Commission said the plan is good.\n"
)

// newRegistryUI is a window whose actor registry is a file of its own.
func newRegistryUI(t *testing.T) (*ui, string) {
	t.Helper()
	u := newTestUI(t)
	path := filepath.Join(t.TempDir(), "config", actorregistry.FileName)
	u.useRegistry(path)
	return u, path
}

// openArticle writes text to a file and opens it in the window, waiting
// for the analysis.
func openArticle(t *testing.T, u *ui, name, text string) {
	t.Helper()
	loadArticle(t, u, name, text, u.openPath)
}

// loadArticle writes text to a file and gives its path to open (Open or
// Add article), waiting for the analysis.
func loadArticle(t *testing.T, u *ui, name, text string, open func(path string)) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	loaded := make(chan struct{}, 1)
	u.afterLoad = func() { loaded <- struct{}{} }
	open(path)
	<-loaded
	u.afterLoad = nil
}

func actorCalled(u *ui, name string) *project.Actor {
	for _, a := range u.project().LiveActors() {
		if a.Name == name {
			return a
		}
	}
	return nil
}

func actorNames(u *ui) []string {
	var out []string
	for _, a := range u.project().LiveActors() {
		out = append(out, a.Name)
	}
	return out
}

// importRegistryFile imports path through File ▸ Actor Registry ▸ Import….
func importRegistryFile(t *testing.T, u *ui, path string) {
	t.Helper()
	done := make(chan struct{}, 1)
	u.afterRegistry = func() { done <- struct{}{} }
	u.importRegistryDialog()
	pathEntry(t, u).SetText(path)
	tapButton(t, u, "Open")
	<-done
}

// TestRegistryCarriesAMergeToTheNextArticle: a merge and a correction made
// in one brief are applied when the next article is opened: its two
// spellings become one actor with the corrected role, the registry named as
// the reason, the status line says so, and Undo takes it back in one step.
func TestRegistryCarriesAMergeToTheNextArticle(t *testing.T) {
	u, path := newRegistryUI(t)
	openArticle(t, u, "monday.txt", zelenskyMonday)
	keep, other := actorCalled(u, "Volodymyr Zelensky"), actorCalled(u, "Zelenskyy")
	if keep == nil || other == nil {
		t.Fatalf("Monday's article should have two Zelenskys: %q", actorNames(u))
	}
	mergeViaDialog(t, u, keep.ID, other.ID)
	u.actors.choose(keep.ID)
	u.win.Canvas().Focus(u.actors.role)
	u.actors.role.SetText("President of Ukraine")
	u.win.Canvas().Unfocus()
	data, err := os.ReadFile(path)
	if err != nil || !bytes.Contains(data, []byte(`"Zelenskyy"`)) || !bytes.Contains(data, []byte(`"President of Ukraine"`)) {
		t.Fatalf("the registry file does not hold the merge and the role: %v\n%s", err, data)
	}

	openArticle(t, u, "tuesday.txt", zelenskyTuesday)
	z := actorCalled(u, "Volodymyr Zelensky")
	if z == nil || actorCalled(u, "Zelenskyy") != nil {
		t.Fatalf("Tuesday's Zelenskys are not one actor: %q", actorNames(u))
	}
	if !slices.Contains(z.Aliases, "Zelenskyy") || z.Role != "President of Ukraine" || !strings.Contains(z.Why, project.RegistryReason) {
		t.Errorf("Tuesday's Zelensky: aliases %q, role %q, rule %q", z.Aliases, z.Role, z.Why)
	}
	if msg := u.status.message.Text; !strings.Contains(msg, "Analysed tuesday.txt") || !strings.Contains(msg, "Applied 2 names from your actor registry") {
		t.Errorf("status line: %q", msg)
	}
	if u.ed.Dirty() {
		t.Error("a freshly opened article shows unsaved changes")
	}
	if got := u.ed.UndoName(); got != "Apply actor registry" {
		t.Fatalf("the step to undo is %q", got)
	}
	u.undo()
	if actorCalled(u, "Zelenskyy") == nil || actorCalled(u, "Volodymyr Zelensky") == nil || u.ed.CanUndo() {
		t.Errorf("one Undo did not take the registry back: %q, can undo %v", actorNames(u), u.ed.CanUndo())
	}
}

// TestRegistryImportAppliesAndBadFilesChangeNothing: a CSV registry
// imported from the menu is applied to the brief at once; a file that is
// not a registry is refused with a message that says why, and the user's
// registry and brief stay as they were.
func TestRegistryImportAppliesAndBadFilesChangeNothing(t *testing.T) {
	u, path := newRegistryUI(t)
	openArticle(t, u, "tuesday.txt", zelenskyTuesday)
	if actorCalled(u, "Zelenskyy") == nil || actorCalled(u, "Volodymyr Zelensky") == nil {
		t.Fatalf("with an empty registry Tuesday's article should have two Zelenskys: %q", actorNames(u))
	}
	dir := t.TempDir()
	good := filepath.Join(dir, "colleague.csv")
	csv := "name,canonical,type,role,affiliation\nZelenskyy,Volodymyr Zelensky,person,President,Ukraine\nEuropean Commission,European Commission,organization,,EU\n"
	if err := os.WriteFile(good, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	importRegistryFile(t, u, good)
	z := actorCalled(u, "Volodymyr Zelensky")
	if z == nil || actorCalled(u, "Zelenskyy") != nil || z.Affiliation != "Ukraine" {
		t.Fatalf("the imported registry was not applied: %q %+v", actorNames(u), z)
	}
	if msg := u.status.message.Text; !strings.Contains(msg, "Imported 2 actors into your actor registry") || !strings.Contains(msg, "Applied") {
		t.Errorf("status line: %q", msg)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the import was not saved: %v", err)
	}
	steps := u.ed.UndoName()

	for name, data := range map[string]string{
		"actors.csv":  "actor,position\nZelensky,President\n",
		"binary.json": "PK\x03\x04\x00\x00\x00",
	} {
		bad := filepath.Join(dir, name)
		if err := os.WriteFile(bad, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		importRegistryFile(t, u, bad)
		txt := overlayText(t, u)
		for _, want := range []string{"Could not import the actor registry from " + name, "Your actor registry is unchanged"} {
			if !strings.Contains(txt, want) {
				t.Errorf("%s: the message lacks %q:\n%s", name, want, txt)
			}
		}
		if name == "actors.csv" && !strings.Contains(txt, `column "actor"`) {
			t.Errorf("the message does not name the wrong column:\n%s", txt)
		}
		u.win.Canvas().Overlays().Top().Hide()
		if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
			t.Errorf("importing %s changed the registry file", name)
		}
		if u.ed.UndoName() != steps {
			t.Errorf("importing %s changed the brief: %q", name, u.ed.UndoName())
		}
	}
}

// TestRegistryManageDeletes: the Manage dialog lists what the registry
// holds, and Delete forgets an actor for good.
func TestRegistryManageDeletes(t *testing.T) {
	u, path := newRegistryUI(t)
	u.changeRegistry(func(r *actorregistry.Registry) {
		r.RecordMerge("Volodymyr Zelensky", []string{"Zelenskyy"})
		r.RecordCorrection("NATO", "", actorregistry.Fields{Type: "alliance"})
	})
	u.manageRegistry()
	txt := overlayText(t, u)
	if !strings.Contains(txt, "Volodymyr Zelensky — also Zelenskyy") || !strings.Contains(txt, "NATO — alliance") {
		t.Fatalf("the dialog does not list the registry:\n%s", txt)
	}
	dels := find(overlay(t, u), func(b *widget.Button) bool { return b.Text == "Delete" })
	if len(dels) != 2 {
		t.Fatalf("%d Delete buttons", len(dels))
	}
	tapFirst := dels[0] // entries are in name order: NATO first
	tapFirst.OnTapped()
	r, err := actorregistry.Load(path)
	if err != nil || r.Len() != 1 {
		t.Fatalf("after Delete the file holds %+v, %v", r, err)
	}
	if _, ok := r.Find("NATO"); ok {
		t.Error("NATO is still in the registry")
	}
	if txt := overlayText(t, u); strings.Contains(txt, "NATO") {
		t.Errorf("the dialog still lists NATO:\n%s", txt)
	}
}

// TestRegistryAppliesToAnAddedArticle: an article added to a brief gets
// the registry too, as a step of its own after "Add article".
func TestRegistryAppliesToAnAddedArticle(t *testing.T) {
	u, _ := newRegistryUI(t)
	u.changeRegistry(func(r *actorregistry.Registry) { r.RecordMerge("Volodymyr Zelensky", []string{"Zelenskyy"}) })
	loadArticle(t, u, "tuesday.txt", zelenskyTuesday, func(path string) { u.addArticles([]string{path}) })
	if actorCalled(u, "Zelenskyy") != nil || actorCalled(u, "Volodymyr Zelensky") == nil {
		t.Fatalf("the added article's Zelenskys are not one actor: %q", actorNames(u))
	}
	if got := u.ed.UndoName(); got != "Apply actor registry" {
		t.Fatalf("the step to undo is %q", got)
	}
	u.undo()
	if u.ed.UndoName() != "Add article" || actorCalled(u, "Zelenskyy") == nil {
		t.Errorf("after one Undo: step %q, actors %q", u.ed.UndoName(), actorNames(u))
	}
}
