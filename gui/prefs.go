package gui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// Preference keys.
const (
	prefAuthor   = "author"
	prefOrg      = "organisation"
	prefMarking  = "marking"
	prefPageSize = "pageSize"
	prefTheme    = "theme"
	prefRecent   = "recent"
	prefFolder   = "lastFolder"
	prefWidth    = "windowWidth"
	prefHeight   = "windowHeight"
	maxRecent    = 8
)

// prefs reads and writes the user's preferences through Fyne's API.
type prefs struct {
	app fyne.App
	p   fyne.Preferences
}

func newPrefs(a fyne.App) *prefs { return &prefs{app: a, p: a.Preferences()} }

func (s *prefs) author() string       { return s.p.String(prefAuthor) }
func (s *prefs) organisation() string { return s.p.String(prefOrg) }
func (s *prefs) marking() string      { return s.p.String(prefMarking) }
func (s *prefs) pageSize() string     { return s.p.StringWithFallback(prefPageSize, "A4") }
func (s *prefs) themeChoice() string  { return s.p.StringWithFallback(prefTheme, themeSystem) }
func (s *prefs) lastFolder() string   { return s.p.String(prefFolder) }
func (s *prefs) recent() []string     { return s.p.StringList(prefRecent) }

func (s *prefs) setLastFolder(dir string) { s.p.SetString(prefFolder, dir) }

func (s *prefs) addRecent(path string) {
	list := slices.DeleteFunc(s.recent(), func(x string) bool { return x == path })
	list = append([]string{path}, list...)
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	s.p.SetStringList(prefRecent, list)
}

func (s *prefs) windowSize() fyne.Size {
	return fyne.NewSize(float32(s.p.FloatWithFallback(prefWidth, 1280)), float32(s.p.FloatWithFallback(prefHeight, 800)))
}

func (s *prefs) saveWindow(size fyne.Size) {
	s.p.SetFloat(prefWidth, float64(size.Width))
	s.p.SetFloat(prefHeight, float64(size.Height))
}

// applyTheme sets the theme chosen in the preferences.
func (s *prefs) applyTheme() {
	s.app.Settings().SetTheme(newAppTheme(s.themeChoice()))
}

// showPrefs opens the preferences dialog.
func (u *ui) showPrefs() {
	s := u.prefs
	author := widget.NewEntry()
	author.SetText(s.author())
	org := widget.NewEntry()
	org.SetText(s.organisation())
	marking := widget.NewSelectEntry(append([]string{markingNone}, project.Markings[1:]...))
	marking.SetText(s.marking())
	if marking.Text == "" {
		marking.SetText(markingNone)
	}
	page := widget.NewRadioGroup([]string{"A4", "Letter"}, nil)
	page.Horizontal = true
	page.SetSelected(s.pageSize())
	th := widget.NewRadioGroup([]string{themeLight, themeDark, themeSystem}, func(c string) {
		if c != "" {
			u.app.Settings().SetTheme(newAppTheme(c))
		}
	})
	th.Horizontal = true
	th.SetSelected(s.themeChoice())
	items := []*widget.FormItem{
		{Text: "Author", Widget: author, HintText: "Put on every new brief"},
		widget.NewFormItem("Organisation", org),
		widget.NewFormItem("Default marking", marking),
		widget.NewFormItem("Page size", page),
		widget.NewFormItem("Theme", th),
	}
	before := s.themeChoice()
	d := dialog.NewForm("Preferences", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			s.app.Settings().SetTheme(newAppTheme(before))
			return
		}
		m := marking.Text
		if m == markingNone {
			m = ""
		}
		s.p.SetString(prefAuthor, author.Text)
		s.p.SetString(prefOrg, org.Text)
		s.p.SetString(prefMarking, m)
		s.p.SetString(prefPageSize, page.Selected)
		s.p.SetString(prefTheme, th.Selected)
		s.applyTheme()
	}, u.win)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}
