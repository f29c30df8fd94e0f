package gui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"briefing/analysis"
	"briefing/document"
	"briefing/internal/recovery"
	"briefing/project"
)

// progressiveFrom is the article size from which opening shows the article at once and
// adds its suggestions when the analysis ends: a megabyte takes seconds to analyse, and the
// reader need not wait for them to start reading. Smaller articles are analysed in well
// under a second, behind the usual busy dialog.
const progressiveFrom = 256 << 10

// opensProgressively says whether path is an article (not a project or interchange
// file) large enough to open in two steps.
func opensProgressively(path string) bool {
	if isProjectFile(path) || strings.EqualFold(filepath.Ext(path), ".json") {
		return false
	}
	fi, err := os.Stat(path)
	return err == nil && fi.Size() >= progressiveFrom
}

// loadLarge opens a large article in two steps: it reads the document and shows it, with
// the window free to read, scroll and annotate; then it analyses the document in the
// background and adds the suggestions as one change (Undo takes them back), keeping
// whatever the user did meanwhile. The status bar counts the seconds. If another file is
// opened before the analysis ends, its result is dropped.
func (u *ui) loadLarge(path string, lock *recovery.Lock, then func()) {
	gen := u.loadGen
	name := filepath.Base(path)
	prog := u.progress("Reading " + name + "…")
	go func() {
		doc, err := document.Load(path)
		var p *project.Project
		if err == nil {
			p = project.FromAnalysis(doc, nil) // names doc before the analysis reads it
		}
		fyne.Do(func() {
			prog.Hide()
			if err != nil {
				if u.afterLoad != nil {
					defer u.afterLoad()
				}
				u.openFailed(path, lock, err)
				return
			}
			u.prefs.addRecent(path)
			u.prefs.setLastFolder(filepath.Dir(path))
			u.menus.rebuildRecent()
			u.stamp = recovery.FileStamp{}
			u.setLock(lock)
			u.applyDefaults(p)
			u.setProject(p, "", p.Brief.Title)
			u.status.say(analysingMessage(name, 0))
			if u.afterRead != nil {
				u.afterRead()
			}
		})
		if err != nil {
			return
		}
		started := time.Now()
		stop := make(chan struct{})
		go u.tickAnalysing(gen, name, started, stop)
		res := analysis.Analyze(doc)
		close(stop)
		fyne.Do(func() {
			if gen != u.loadGen {
				if u.afterDropped != nil {
					u.afterDropped()
				}
				return // the user opened another file meanwhile
			}
			if u.afterLoad != nil {
				defer u.afterLoad()
			}
			clean := !u.ed.Dirty()
			if err := u.ed.Do("Add the suggestions of the analysis", func(p *project.Project) error {
				return p.Reanalyse(doc, res)
			}); err != nil {
				u.showError("Could not add the suggestions for "+name, err, "Open the article again.")
				return
			}
			if clean {
				u.ed.MarkSaved() // nothing of the user's to save yet
				u.refresh()
			}
			u.status.say(fmt.Sprintf("Analysed %s in %.1f s: review the suggested topics, actors and positions.", name, time.Since(started).Seconds()))
			u.showReadWarnings(u.project())
			u.applyRegistry(true)
			if then != nil {
				then()
			}
		})
	}()
}

// tickAnalysing shows the seconds the analysis of name has taken, once a second, until stop
// closes or another file is opened.
func (u *ui) tickAnalysing(gen int, name string, started time.Time, stop <-chan struct{}) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			secs := int(time.Since(started).Seconds())
			fyne.Do(func() {
				if gen == u.loadGen {
					u.status.say(analysingMessage(name, secs))
				}
			})
		}
	}
}

func analysingMessage(name string, secs int) string {
	msg := "Analysing " + name + ": the article is open to read; its suggestions appear when the analysis ends"
	if secs > 0 {
		msg += fmt.Sprintf(" (%d s)", secs)
	}
	return msg + "."
}
