package gui

import (
	"io"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"briefing/internal/atomicfile"
	"briefing/project"
	"briefing/report"
)

// exportKind is one of the files the brief is exported as.
type exportKind struct {
	name  string // for messages: "PDF brief"
	ext   string
	write func(w io.Writer, p *project.Project, opt report.Options) error
}

var (
	exportPDF  = exportKind{"PDF brief", ".pdf", report.WritePDF}
	exportXLSX = exportKind{"spreadsheet", ".xlsx", report.WriteXLSX}
	exportDOCX = exportKind{"Word brief", ".docx", report.WriteDOCX}
)

// exportPDFDialog and exportXLSXDialog check the brief (see
// checkThenExport), then ask where to write it.
func (u *ui) exportPDFDialog()  { u.checkThenExport(exportPDF) }
func (u *ui) exportXLSXDialog() { u.checkThenExport(exportXLSX) }

// exportDOCXDialog exports the brief as a Word document, to be restyled with a house template.
func (u *ui) exportDOCXDialog() { u.checkThenExport(exportDOCX) }

// exportDialog asks where to write the export.
func (u *ui) exportDialog(k exportKind) {
	u.commitEdits()
	u.askSavePath("Export the "+k.name, safeFileName(u.project().Brief.Title)+k.ext, k.ext, func(path string) {
		u.export(k, path, nil)
	})
}

// export writes the brief to path in the background, with a progress
// dialog. done, when set, is called on the Fyne goroutine at the end.
func (u *ui) export(k exportKind, path string, done func(error)) {
	u.commitEdits()
	p := u.project().Clone()
	if p.Brief.Date == "" {
		p.Brief.Date = time.Now().Format(time.DateOnly)
	}
	created, err := time.Parse(time.DateOnly, p.Brief.Date)
	if err != nil {
		created = time.Now()
	}
	opt := report.Options{Created: created, Creator: "Briefing Builder " + u.version}
	prev := u.compare.prev
	prog := u.progress("Exporting the " + k.name + "…")
	go func() {
		if prev != nil { // against the brief as exported, not as compared before
			c := project.Compare(prev, p)
			opt.Changes = &c
		}
		err := atomicfile.Write(path, false, func(w io.Writer) error { return k.write(w, p, opt) })
		fyne.Do(func() {
			prog.Hide()
			if err != nil {
				u.showError("Could not export the "+k.name+" to "+filepath.Base(path), err,
					"Check that the folder exists and that the file is not open in another program, then try again.")
			} else {
				u.brief.exportedTo(path)
				u.status.say("Exported the " + k.name + " to " + path + ".")
			}
			if done != nil {
				done(err)
			}
		})
	}()
}

// openURL opens a file or folder with the desktop's application for it.
func (u *ui) openURL(path string) {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	link := fileURL(filepath.ToSlash(abs))
	if err := u.app.OpenURL(link); err != nil {
		u.showError("Could not open "+filepath.Base(path), err, "Open it from your file manager instead: it is in "+filepath.Dir(abs)+".")
	}
}

// safeFileName makes a file name from a title.
func safeFileName(title string) string {
	title = strings.TrimSpace(title)
	if title == "" {
		return "brief"
	}
	var sb strings.Builder
	for _, r := range title {
		switch {
		case strings.ContainsRune(`/\:*?"<>|`, r) || r < 32:
			sb.WriteRune('-')
		default:
			sb.WriteRune(r)
		}
	}
	s := []rune(strings.TrimSpace(sb.String()))
	if len(s) > 80 {
		s = s[:80]
	}
	return strings.TrimRight(string(s), ". ")
}
