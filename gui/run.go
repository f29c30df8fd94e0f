// Package gui is the Fyne user interface. It translates the user's gestures
// into operations on a project.Editor and asks package report to write the
// exports; it holds no domain logic of its own.
package gui

import (
	"fyne.io/fyne/v2"

	_ "briefing/gui/localefix" // must initialise before Fyne reads the locale

	"briefing/assets"
	"briefing/internal/recovery"
	"briefing/project"
)

// WindowTitle is the title of a window showing a project with the given
// title.
func WindowTitle(title string, dirty bool) string {
	mark := ""
	if dirty {
		mark = "• "
	}
	if title == "" {
		title = "Untitled brief"
	}
	return mark + "Briefing Builder — " + title
}

// Run opens the main window on the file at path (or the sample when path is
// empty) and runs the application until the window is closed. A file that
// cannot be opened is reported in the window.
func Run(a fyne.App, path, version string) error {
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	newPrefs(a).applyTheme()
	var p *project.Project
	if path == "" {
		p = project.OpenSample()
	}
	w, u := newWindow(a, p, version)
	u.useDefaultRegistry()
	open := func() {
		if path != "" {
			u.openPath(path)
		}
	}
	// Closing the main window ends the app, and with it the windows it
	// opened (the stakeholder map), rather than leaving them orphaned.
	w.SetMaster()
	w.Show()
	if dir, err := recoveryDir(); err != nil {
		fyne.LogError("autosave is off", err)
		open()
	} else {
		if err := u.startAutosave(dir, recovery.DefaultInterval); err != nil {
			fyne.LogError("autosave is off", err)
		}
		u.offerRecovery(dir, open)
	}
	a.Run()
	u.shutdown()
	return nil
}

// NewWindow builds the main window for a project (nil: an empty one).
func NewWindow(a fyne.App, p *project.Project) fyne.Window {
	w, _ := newWindow(a, p, "")
	return w
}

func newWindow(a fyne.App, p *project.Project, version string) (fyne.Window, *ui) {
	w := a.NewWindow(WindowTitle("", false))
	u := newUI(a, w, version)
	if p == nil {
		p = project.New()
	} else {
		u.applyDefaults(p)
	}
	u.setProject(p, "", p.Brief.Title)
	size := u.prefs.windowSize()
	if screen, ok := screenArea(); ok {
		size = fitScreen(size, screen)
	}
	w.Resize(size)
	return w, u
}
