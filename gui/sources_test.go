package gui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"

	"briefing/project"
)

// storyDir holds two dated articles of one story, written for the command
// line's tests of several articles: "President Putin" in the first,
// "Vladimir Putin" in the second.
var storyDir = filepath.Join("..", "cmd", "briefing", "testdata", "story")

func storyFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(storyDir, "*.md"))
	if err != nil || len(files) != 2 {
		t.Fatalf("story fixtures: %v %v", files, err)
	}
	return files
}

// waitLoads makes the window signal each background load or add that ends.
func waitLoads(u *ui) chan struct{} {
	done := make(chan struct{}, 4)
	u.afterLoad = func() { done <- struct{}{} }
	return done
}

// putins counts the live actors named after Putin.
func putins(p *project.Project) int {
	n := 0
	for _, a := range p.LiveActors() {
		if strings.Contains(a.Name, "Putin") {
			n++
		}
	}
	return n
}

// Dropping several articles on an open brief adds them all, after asking,
// in one undoable step, in the order of the files; their actors join the
// brief's; a file that does not read is reported and does not stop them.
func TestDropSeveralArticlesAddsThemInOneStep(t *testing.T) {
	u := newTestUI(t)
	before := len(u.project().Documents)
	empty := filepath.Join(t.TempDir(), "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	files := append(storyFiles(t), empty)
	var uris []fyne.URI
	for _, f := range files {
		abs, _ := filepath.Abs(f)
		uris = append(uris, storage.NewFileURI(abs))
	}
	done := waitLoads(u)
	u.onDropped(fyne.NewPos(10, 10), uris)
	tapButton(t, u, "Add 3 articles to this brief")
	<-done

	p := u.project()
	if got := len(p.Documents); got != before+2 {
		t.Fatalf("%d documents after the drop, want %d", got, before+2)
	}
	for i, f := range files[:2] {
		if got := filepath.Base(p.Documents[before+i].Source); got != filepath.Base(f) {
			t.Errorf("document %d is %s, want %s (the order of the files)", before+i, got, filepath.Base(f))
		}
	}
	if n := putins(p); n != 1 {
		t.Errorf("%d Putin actors after adding the story, want 1 (unified with the sample's)", n)
	}
	if got := u.ed.UndoName(); got != "Add 2 articles" {
		t.Errorf("undo names %q, want %q", got, "Add 2 articles")
	}
	if txt := overlayText(t, u); !strings.Contains(txt, "empty.txt") || !strings.Contains(txt, "Added 2 articles; 1 could not be added") {
		t.Errorf("the end of the add does not list the empty file:\n%s", txt)
	}
	u.undo()
	if got := len(u.project().Documents); got != before {
		t.Errorf("one undo leaves %d documents, want %d", got, before)
	}
}

// Dropped on an empty window, the first file opens and the others are
// added to it.
func TestDropOnEmptyWindowOpensFirstAddsRest(t *testing.T) {
	u := newTestUI(t)
	u.setProject(project.New(), "", "")
	done := waitLoads(u)
	files := storyFiles(t)
	u.dropPaths(files)
	<-done // opened
	<-done // added
	p := u.project()
	if len(p.Documents) != 2 || !strings.Contains(p.Documents[1].Title, "openness") {
		t.Fatalf("documents %d, want both articles in order", len(p.Documents))
	}
	if n := putins(p); n != 1 {
		t.Errorf("%d Putin actors, want 1 (President Putin and Vladimir Putin unified)", n)
	}
	if got := u.ed.UndoName(); got != "Add article" {
		t.Errorf("undo names %q, want %q", got, "Add article")
	}
}

// Adding a folder adds its articles, not its sub-folders or hidden files,
// and the progress bar ends at N of N.
func TestAddFolderProgressReachesN(t *testing.T) {
	u := newTestUI(t)
	before := len(u.project().Documents)
	dir := t.TempDir()
	for _, f := range storyFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{filepath.Base(f), "." + filepath.Base(f), filepath.Join("sub", filepath.Base(f))} {
			os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
			if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	done := waitLoads(u)
	var files []string
	for _, f := range storyFiles(t) {
		files = append(files, filepath.Join(dir, filepath.Base(f)))
	}
	r := u.addArticles(files)
	<-done
	if r.prog.bar.Value != 2 || r.prog.bar.Max != 2 || r.prog.label.Text != "Analysed 2 of 2" {
		t.Errorf("progress ends at %v of %v, %q", r.prog.bar.Value, r.prog.bar.Max, r.prog.label.Text)
	}
	u.undo()
	u.addFolder(dir)
	<-done
	if got := len(u.project().Documents); got != before+2 {
		t.Errorf("adding the folder gives %d documents, want %d", got, before+2)
	}
}
