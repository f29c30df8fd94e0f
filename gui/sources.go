package gui

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"briefing/analysis"
	"briefing/document"
	"briefing/project"
)

// Adding many articles at once: from a folder, from files dropped on the
// window, or one from File ▸ Add Article. They are read and analysed on
// every core, off the Fyne goroutine, and added to the brief in one
// undoable step in the order of the files, as the command line's export
// of several FILEs does (project.AddDocument unifies their actors).

// addRun is one job of adding articles. Its fields are used on the Fyne
// goroutine only.
type addRun struct {
	paths     []string
	prog      *stepProgress
	ended     []bool // by file: its analysis has ended
	done      int
	cancelled bool
	// What the job ended with: the number of articles added and, for each
	// file that was not, why.
	added  int
	failed []string
}

// analysed is what reading and analysing one file gave.
type analysed struct {
	doc *document.Document
	res *analysis.Result
	err error
}

// errNotArticle is the error for a brief given where an article is
// wanted.
var errNotArticle = errors.New("it is a saved brief or brief JSON, not an article: open it with File ▸ Open")

// addArticles reads and analyses the files in the background, with a
// progress bar and Cancel, and adds those that read to the brief in one
// step ("Add 12 articles"). A file that fails is reported at the end and
// does not stop the others. Cancel adds nothing; the analyses under way
// end in the background and are dropped.
func (u *ui) addArticles(paths []string) *addRun {
	r := &addRun{paths: paths, ended: make([]bool, len(paths))}
	if len(paths) == 0 {
		return r
	}
	ctx, cancel := context.WithCancel(context.Background())
	results := make([]analysed, len(paths))
	r.prog = u.stepsProgress(addName(len(paths)), len(paths), func() {
		cancel()
		r.cancelled = true
		u.status.say("Stopped adding the articles: none was added.")
	})
	r.show()
	jobs := make(chan int)
	go func() {
		defer close(jobs)
		for i := range paths {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	ended := make(chan int, len(paths))
	var wg sync.WaitGroup
	for range min(runtime.NumCPU(), len(paths)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = readArticle(paths[i])
				ended <- i
			}
		}()
	}
	go func() {
		wg.Wait()
		close(ended)
	}()
	// One goroutine reports to the window, so that its updates come one at
	// a time whatever runs fyne.Do. Once cancelled it says nothing more:
	// ctx orders its reads after the Cancel button's writes.
	go func() {
		for i := range ended {
			if ctx.Err() == nil {
				fyne.Do(func() { r.ended[i] = true; r.done++; r.show() })
			}
		}
		cancelled := ctx.Err() != nil
		cancel()
		fyne.Do(func() {
			if !cancelled {
				r.prog.hide()
				u.addAnalysed(r, results)
			}
			if u.afterLoad != nil {
				u.afterLoad()
			}
		})
	}()
	return r
}

// show says how far the job is: "Analysing 3 of 12: name.txt", naming
// the first file whose analysis has not ended.
func (r *addRun) show() {
	n := len(r.paths)
	msg := fmt.Sprintf("Analysed %d of %d", r.done, n)
	for i, e := range r.ended {
		if !e {
			msg = fmt.Sprintf("Analysing %d of %d: %s", r.done+1, n, filepath.Base(r.paths[i]))
			break
		}
	}
	r.prog.set(r.done, msg)
}

// readArticle reads and analyses one file to add.
func readArticle(path string) analysed {
	if isBriefFile(path) {
		return analysed{err: fmt.Errorf("%s: %w", document.QuoteName(filepath.Base(path)), errNotArticle)}
	}
	doc, err := document.Load(path)
	if err != nil {
		return analysed{err: err}
	}
	return analysed{doc: doc, res: analysis.Analyze(doc)}
}

// addName names the undoable step that adds n articles.
func addName(n int) string {
	if n == 1 {
		return "Add article"
	}
	return fmt.Sprintf("Add %d articles", n)
}

// addAnalysed adds the articles that read, in the order of the files, and
// says what did not.
func (u *ui) addAnalysed(r *addRun, results []analysed) {
	var ok []analysed
	var warnings []string
	for i, x := range results {
		if x.err != nil {
			r.failed = append(r.failed, upperFirst(plainError(x.err)))
			continue
		}
		ok = append(ok, x)
		for _, w := range x.doc.Warnings {
			warnings = append(warnings, filepath.Base(r.paths[i])+": "+w)
		}
	}
	if len(results) == 1 && len(ok) == 0 {
		u.showError("Could not add "+filepath.Base(r.paths[0]), results[0].err, openAdvice(results[0].err))
		return
	}
	if len(ok) > 0 {
		var first string
		if !u.do(addName(len(ok)), func(p *project.Project) error {
			for i, x := range ok {
				p.AddDocument(x.doc, x.res)
				if i == 0 {
					first = p.Documents[len(p.Documents)-1].ID
				}
			}
			return nil
		}) {
			return
		}
		r.added = len(ok)
		u.doc = first
		u.article.showDocument()
		u.refresh()
		u.status.say(fmt.Sprintf("%s: review the suggested topics, actors and positions.", addedText(len(ok))))
		u.applyRegistry(false)
	}
	if len(r.failed) == 0 && len(warnings) == 0 {
		return
	}
	var msg []string
	if len(r.failed) > 0 {
		msg = append(msg, fmt.Sprintf("%s; %d could not be added:", addedText(len(ok)), len(r.failed)), "")
		for _, f := range r.failed {
			msg = append(msg, "• "+f)
		}
	}
	if len(warnings) > 0 {
		if len(msg) > 0 {
			msg = append(msg, "")
		}
		msg = append(msg, "Read with a warning:")
		msg = append(msg, warnings...)
	}
	title := "Read with a warning"
	if len(r.failed) > 0 {
		title = "Some articles were not added"
	}
	text := widget.NewLabel(strings.Join(msg, "\n"))
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, "Close", text, u.win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

func addedText(n int) string {
	switch n {
	case 0:
		return "No article was added"
	case 1:
		return "Added 1 article"
	}
	return fmt.Sprintf("Added %d articles", n)
}

// dropPaths opens or adds dropped files. With no article open, the first
// opens and the others are added to it; with a brief open, the user says
// whether they join it or start a new brief.
func (u *ui) dropPaths(paths []string) {
	switch {
	case len(paths) == 0:
		return
	case len(u.project().Documents) == 0, len(paths) == 1 && isBriefFile(paths[0]):
		u.openThenAdd(paths)
		return
	}
	var d *dialog.CustomDialog
	n := len(paths)
	what := fmt.Sprintf("%d files", n)
	if n == 1 {
		what = filepath.Base(paths[0])
	}
	msg := widget.NewLabel("Add " + what + " to this brief, where their actors join the brief's, or open them as a new brief?")
	msg.Wrapping = fyne.TextWrapWord
	label := fmt.Sprintf("Add %d articles to this brief", n)
	if n == 1 {
		label = "Add 1 article to this brief"
	}
	add := &widget.Button{Text: label, Importance: widget.HighImportance,
		OnTapped: func() { d.Hide(); u.addArticles(paths) }}
	open := &widget.Button{Text: "Open as a new brief", OnTapped: func() { d.Hide(); u.openThenAdd(paths) }}
	cancel := &widget.Button{Text: "Cancel", OnTapped: func() { d.Hide() }}
	d = dialog.NewCustomWithoutButtons("Add the articles?", msg, u.win)
	d.SetButtons([]fyne.CanvasObject{cancel, open, add})
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// openThenAdd opens the first file as a new brief (after the unsaved
// changes are dealt with) and adds the others to it.
func (u *ui) openThenAdd(paths []string) {
	u.confirmDiscard("opening "+filepath.Base(paths[0]), func() {
		var then func()
		if rest := paths[1:]; len(rest) > 0 {
			then = func() { u.addArticles(rest) }
		}
		u.openPathThen(paths[0], then)
	})
}

// isBriefFile says whether a file is a saved brief or brief JSON, which
// open but cannot be added.
func isBriefFile(path string) bool {
	return isProjectFile(path) || strings.EqualFold(filepath.Ext(path), ".json")
}

// addFolderDialog asks for a folder and adds its articles.
func (u *ui) addFolderDialog() {
	fd := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil {
			u.showError("Could not choose a folder", err, "")
			return
		}
		if l != nil {
			u.prefs.setLastFolder(l.Path())
			u.addFolder(l.Path())
		}
	}, u.win)
	if l, err := storage.ListerForURI(storage.NewFileURI(u.startFolder())); err == nil {
		fd.SetLocation(l)
	}
	fd.Resize(fyne.NewSize(820, 560))
	fd.Show()
}

// addFolder adds the articles of a folder (see document.FolderArticles),
// or opens them as a brief when none is open.
func (u *ui) addFolder(dir string) {
	files, err := document.FolderArticles(dir)
	if err != nil {
		u.showError("Could not add the articles of "+filepath.Base(dir), err,
			"Choose the folder that holds the articles themselves; the folders inside it are not read.")
		return
	}
	if len(u.project().Documents) == 0 {
		u.openThenAdd(files)
		return
	}
	u.addArticles(files)
}
