package gui

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// Comparing with an earlier brief: File ▸ Compare with an Earlier Brief…
// reads a saved brief (never locked or changed), shows what changed since,
// and from then on the exports carry the comparison ("What changed since
// …" in the PDF and Word briefs, a Changes sheet in the workbook), made
// again at each export against the brief as it is then.

// comparison is the earlier brief the exports compare with, and the bar
// that says so above the tabs.
type comparison struct {
	u       *ui
	path    string           // "" when there is none
	prev    *project.Project // read-only: only Compare reads it
	label   *widget.Label
	content *fyne.Container // hidden while there is no comparison
	// above is what holds content above the tabs, laid out again when
	// content shows or hides: a Border does not follow its children.
	above *fyne.Container
}

func newComparison(u *ui) *comparison {
	c := &comparison{u: u, label: widget.NewLabel("")}
	c.label.Wrapping = fyne.TextWrapWord
	show := &widget.Button{Text: "Show changes", Importance: widget.LowImportance, OnTapped: u.showChanges}
	clear := &widget.Button{Text: "Stop comparing", Icon: theme.CancelIcon(), Importance: widget.LowImportance, OnTapped: c.clear}
	c.content = container.NewVBox(container.NewBorder(nil, nil, widget.NewIcon(theme.HistoryIcon()),
		container.NewHBox(show, clear), c.label), widget.NewSeparator())
	c.content.Hide()
	return c
}

// changes compares the earlier brief with p, or returns nil when there is
// no comparison.
func (c *comparison) changes(p *project.Project) *project.Changes {
	if c.prev == nil {
		return nil
	}
	ch := project.Compare(c.prev, p)
	return &ch
}

func (c *comparison) set(path string, prev *project.Project) {
	c.path, c.prev = path, prev
	c.label.SetText("Exports include the changes since " + sinceText(prev.Brief.Date) + " (" + filepath.Base(path) + ").")
	c.content.Show()
	c.relayout()
}

func (c *comparison) relayout() {
	if c.above != nil {
		c.above.Refresh()
		c.u.win.Content().Refresh()
	}
}

func (c *comparison) clear() {
	if c.prev == nil {
		return
	}
	c.path, c.prev = "", nil
	c.content.Hide()
	c.relayout()
	c.u.status.say("Exports no longer include the changes since an earlier brief.")
}

// sinceText writes a brief's date as the exports' heading does.
func sinceText(date string) string {
	if t, err := time.Parse(time.DateOnly, strings.TrimSpace(date)); err == nil {
		return t.Format("2 January 2006")
	}
	if strings.TrimSpace(date) != "" {
		return strings.TrimSpace(date)
	}
	return "the earlier brief"
}

// compareDialog asks for the earlier brief to compare with.
func (u *ui) compareDialog() {
	u.askOpenPath("Compare with an earlier brief", []string{project.Extension, ".json"}, u.compareWith)
}

// compareWith reads an earlier brief in the background, without locking
// it, then shows what changed and makes the exports include it.
func (u *ui) compareWith(path string) {
	if !isBriefFile(path) {
		u.showError("Cannot compare with "+filepath.Base(path), nil,
			"Choose a brief saved earlier (a "+project.Extension+" file, or brief JSON): an article has no choices to compare with.")
		return
	}
	prog := u.progress("Reading " + filepath.Base(path) + "…")
	go func() {
		prev, _, err := project.Open(path)
		fyne.Do(func() {
			prog.Hide()
			if u.afterLoad != nil {
				defer u.afterLoad()
			}
			if err != nil {
				u.showError("Could not read "+filepath.Base(path), err, openAdvice(err))
				return
			}
			u.compare.set(path, prev)
			u.status.say("Exports now include the changes since " + sinceText(prev.Brief.Date) + ".")
			u.showChanges()
		})
	}()
}

// changeKinds are the kinds of change in the order the exports list them.
var changeKinds = project.ChangeKinds()

// showChanges shows what changed since the earlier brief: the counts, then
// each change by kind.
func (u *ui) showChanges() {
	c := u.compare.changes(u.project())
	if c == nil {
		return
	}
	summary := widget.NewLabel(changeCounts(c))
	summary.Wrapping = fyne.TextWrapWord
	list := container.NewVBox()
	for _, k := range changeKinds {
		items := c.Of(k)
		if len(items) == 0 {
			continue
		}
		list.Add(widget.NewLabelWithStyle(fmt.Sprintf("%s (%d)", upperFirst(string(k))+"s", len(items)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, x := range items {
			l := widget.NewLabel("• " + changeLine(x))
			l.Wrapping = fyne.TextWrapWord
			list.Add(l)
		}
	}
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(fyne.NewSize(0, 320))
	title := "What changed since " + sinceText(c.Since)
	d := dialog.NewCustom(title, "Close", container.NewBorder(summary, nil, nil, nil, scroll), u.win)
	d.Resize(fyne.NewSize(640, 0))
	d.Show()
}

// changeCounts says how much changed, and that the exports carry it.
func changeCounts(c *project.Changes) string {
	if len(c.Items) == 0 {
		return "Nothing changed since " + sinceText(c.Since) + "."
	}
	var parts []string
	for _, k := range changeKinds {
		if n := c.Count(k); n > 0 {
			name := string(k)
			if n > 1 {
				name += "s"
			}
			parts = append(parts, fmt.Sprintf("%d %s", n, name))
		}
	}
	return upperFirst(strings.Join(parts, ", ")) + ". The PDF and Word briefs and the workbook you export now include them."
}

// changeLine is one change as the dialog lists it.
func changeLine(x project.Change) string {
	on := ""
	if x.Topic != nil {
		on = " on " + x.Topic.Label
	}
	src := ""
	if x.Document != nil {
		src = " (" + project.DisplayTitle(x.Document) + ")"
	}
	switch x.Kind {
	case project.NewSource:
		s := project.DisplayTitle(x.Document)
		if d, ok := project.DocumentDate(x.Document.Date); ok {
			s += ", " + sinceText(d)
		}
		return s
	case project.NewTopic:
		return x.Topic.Label + ", first raised by " + x.Actor.Name + src
	case project.QuietTopic:
		s := x.Topic.Label + ": nothing in the new sources"
		if x.Document != nil {
			s += " (last discussed in " + project.DisplayTitle(x.Document) + ")"
		}
		return s
	case project.NewActor:
		return x.Actor.Name + src
	case project.StanceChange:
		return x.Actor.Name + on + ": " + x.OldStance + " → " + x.NewStance + src
	case project.DroppedPosition:
		return x.Actor.Name + on + ": " + x.OldStance + ", " + quoteSummary(x.Position) + src
	}
	return x.Actor.Name + on + ": " + x.NewStance + ", " + quoteSummary(x.Position) + src
}

// quoteSummary is a position's summary, or its evidence when it has none.
func quoteSummary(x *project.Position) string {
	if s := strings.TrimSpace(x.Summary); s != "" {
		return s
	}
	return "“" + strings.TrimSpace(x.Evidence.Quote) + "”"
}
