package gui

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

const markingNone = "none"

// briefPanel edits the brief's own fields, shows an outline of what the
// brief will hold, and exports it.
type briefPanel struct {
	u        *ui
	title    *commitEntry
	purpose  *commitEntry
	summary  *commitEntry
	outlook  *commitEntry
	ref      *commitEntry
	cleared  *commitEntry
	marking  *widget.SelectEntry
	author   *commitEntry
	org      *commitEntry
	date     *commitEntry
	pageSize *widget.RadioGroup
	annex    *widget.Check
	outline  *widget.RichText
	notes    *notesSection
	exported *widget.Label
	after    *fyne.Container
	content  fyne.CanvasObject
	loading  bool
	lastPath string
}

func newBriefPanel(u *ui) *briefPanel {
	b := &briefPanel{u: u}
	save := func(string) { b.save() }
	b.title = newCommitEntry(false, "Title of the brief", save)
	b.purpose = newCommitEntry(false, "Purpose: one line on why the reader gets this brief (empty: a suggested one)", save)
	b.summary = newCommitEntry(true, "Key points, one a line: what the reader must take away (empty: suggested from the positions)", save)
	b.outlook = newCommitEntry(true, "Outlook and comment: what to expect, what to do", save)
	b.ref = newCommitEntry(false, "File or registry reference", save)
	b.cleared = newCommitEntry(false, "Who cleared the brief for sending", save)
	b.marking = widget.NewSelectEntry(append([]string{markingNone}, project.Markings[1:]...))
	b.marking.PlaceHolder = "none, or type a marking"
	b.marking.OnChanged = b.onMarking
	b.marking.OnSubmitted = save
	b.author = newCommitEntry(false, "Your name", save)
	b.org = newCommitEntry(false, "Your organisation", save)
	b.date = newCommitEntry(false, "YYYY-MM-DD (empty: the day of export)", save)
	b.pageSize = &widget.RadioGroup{Options: []string{"A4", "Letter"}, Horizontal: true, OnChanged: save}
	b.pageSize.ExtendBaseWidget(b.pageSize)
	b.annex = widget.NewCheck("Append the article with numbered paragraphs", func(bool) { b.save() })
	form := widget.NewForm(
		widget.NewFormItem("Title", b.title),
		widget.NewFormItem("Purpose", b.purpose),
		widget.NewFormItem("Key points", b.summary),
		widget.NewFormItem("Outlook", b.outlook),
		widget.NewFormItem("Marking", b.marking),
		widget.NewFormItem("Reference", b.ref),
		widget.NewFormItem("Drafted by", b.author),
		widget.NewFormItem("Organisation", b.org),
		widget.NewFormItem("Cleared by", b.cleared),
		widget.NewFormItem("Date", b.date),
		widget.NewFormItem("Page size", b.pageSize),
		widget.NewFormItem("Annex", b.annex),
	)
	b.outline = widget.NewRichText()
	b.outline.Wrapping = fyne.TextWrapWord
	b.notes = newNotesSection(u)
	pdf := &widget.Button{Text: "Export PDF brief…", Icon: theme.DocumentIcon(), Importance: widget.HighImportance, OnTapped: u.exportPDFDialog}
	docx := &widget.Button{Text: "Export Word brief…", Icon: theme.DocumentIcon(), OnTapped: u.exportDOCXDialog}
	xlsx := &widget.Button{Text: "Export spreadsheet…", Icon: theme.GridIcon(), OnTapped: u.exportXLSXDialog}
	b.exported = &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.SuccessImportance}
	b.after = container.NewHBox(
		&widget.Button{Text: "Open", Icon: theme.FileIcon(), OnTapped: b.openExport},
		&widget.Button{Text: "Show in folder", Icon: theme.FolderOpenIcon(), OnTapped: b.showFolder},
	)
	b.exported.Hide()
	b.after.Hide()
	heading := func(s string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	b.content = container.NewVScroll(container.NewVBox(
		form,
		widget.NewSeparator(),
		container.NewHBox(pdf, docx, xlsx, layout.NewSpacer()),
		b.exported, b.after,
		widget.NewSeparator(),
		heading("What the brief will contain"),
		b.outline,
		widget.NewSeparator(),
		b.notes.content,
	))
	return b
}

func (b *briefPanel) refresh() {
	p := b.u.project()
	br := p.Brief
	b.loading = true
	b.title.Set(br.Title)
	b.purpose.Set(br.Purpose)
	b.summary.Set(br.Summary)
	b.outlook.Set(br.Outlook)
	b.ref.Set(br.Reference)
	b.cleared.Set(br.ClearedBy)
	m := br.Marking
	if m == "" {
		m = markingNone
	}
	if b.marking.Text != m && b.u.win.Canvas().Focused() != b.marking {
		b.marking.SetText(m)
	}
	b.author.Set(br.Author)
	b.org.Set(br.Organisation)
	b.date.Set(br.Date)
	b.pageSize.SetSelected(br.PageSize)
	b.annex.SetChecked(br.Annex)
	b.loading = false
	b.outline.ParseMarkdown(outlineMarkdown(p))
	b.notes.refresh()
}

// fields reads the form.
func (b *briefPanel) fields() project.Brief {
	m := strings.TrimSpace(b.marking.Text)
	if strings.EqualFold(m, markingNone) {
		m = ""
	}
	return project.Brief{
		Title: strings.TrimSpace(b.title.Text), Summary: strings.TrimSpace(b.summary.Text), Marking: m,
		Author: strings.TrimSpace(b.author.Text), Organisation: strings.TrimSpace(b.org.Text),
		Date: strings.TrimSpace(b.date.Text), PageSize: b.pageSize.Selected, Annex: b.annex.Checked,
		Purpose: strings.TrimSpace(b.purpose.Text), Outlook: strings.TrimSpace(b.outlook.Text),
		Reference: strings.TrimSpace(b.ref.Text), ClearedBy: strings.TrimSpace(b.cleared.Text),
	}
}

// save puts the form into the project when it differs.
func (b *briefPanel) save() {
	if b.loading {
		return
	}
	f := b.fields()
	if f == b.u.project().Brief {
		return
	}
	if b.u.do("Edit brief details", func(p *project.Project) error { return p.SetBrief(f) }) {
		b.u.name = f.Title
		b.u.win.SetTitle(WindowTitle(b.u.name, b.u.ed.Dirty()))
	} else {
		b.refresh()
	}
}

func (b *briefPanel) onMarking(s string) {
	if b.loading {
		return
	}
	for _, m := range append([]string{markingNone}, project.Markings...) {
		if s == m {
			b.save()
		}
	}
}

func (b *briefPanel) exportedTo(path string) {
	b.lastPath = path
	b.exported.SetText("Saved " + filepath.Base(path) + " in " + filepath.Dir(path))
	b.exported.Show()
	b.after.Show()
}

func (b *briefPanel) openExport() {
	if b.lastPath != "" {
		b.u.openURL(b.lastPath)
	}
}

func (b *briefPanel) showFolder() {
	if b.lastPath != "" {
		b.u.openURL(filepath.Dir(b.lastPath))
	}
}

// outlineMarkdown lists what the brief will hold, in order.
func outlineMarkdown(p *project.Project) string {
	var sb strings.Builder
	br := p.Brief
	title := br.Title
	if title == "" {
		title = "(untitled)"
	}
	fmt.Fprintf(&sb, "**%s**", mdEscape(title))
	if br.Marking != "" {
		fmt.Fprintf(&sb, " — %s", mdEscape(br.Marking))
	}
	sb.WriteString("\n\n")
	if br.Summary == "" {
		sb.WriteString("*No summary yet: write the bottom line up front above.*\n\n")
	} else {
		sb.WriteString("Summary (bottom line up front)\n\n")
	}
	topics := p.SelectedTopics()
	if len(topics) == 0 {
		sb.WriteString("*No topic is ticked: tick topics in the Topics tab.*\n\n")
	}
	for i, t := range topics {
		n := 0
		for _, x := range p.PositionsOn(t.ID) {
			if p.InBrief(x) {
				n++
			}
		}
		ex := 0
		for _, x := range p.Excerpts {
			if x.Topic == t.ID {
				ex++
			}
		}
		extra := []string{priorityName(t.Priority) + " priority", plural(n, "position")}
		if ex > 0 {
			extra = append(extra, plural(ex, "key excerpt"))
		}
		if t.Note != "" {
			extra = append(extra, "your comment")
		}
		fmt.Fprintf(&sb, "%d. %s — %s\n", i+1, mdEscape(t.Label), strings.Join(extra, ", "))
	}
	sb.WriteString("\n")
	fmt.Fprintf(&sb, "Actors: %s with positions in the brief\n\n", plural(len(p.IncludedActors()), "actor"))
	if len(p.Notes) > 0 {
		fmt.Fprintf(&sb, "Notes: %d\n\n", len(p.Notes))
	}
	if br.Annex {
		sb.WriteString("Annex: the article with numbered paragraphs\n\n")
	}
	return sb.String()
}

func mdEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `*`, `\*`, `_`, `\_`, "`", "\\`", `#`, `\#`, `[`, `\[`, `]`, `\]`, `<`, `\<`)
	return r.Replace(s)
}
