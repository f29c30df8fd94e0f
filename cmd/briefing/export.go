package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"briefing/project"
	"briefing/report"
)

// exportTo is the export command; "-" as an output is stdout. Several
// FILEs (or a folder) make one project; --since compares it with an
// earlier one.
func exportTo(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	pdfOut := fs.String("pdf", "", "write the PDF brief to `OUT`")
	xlsxOut := fs.String("xlsx", "", "write the XLSX workbook to `OUT`")
	csvOut := fs.String("csv", "", "write the positions as CSV to `OUT`")
	docxOut := fs.String("docx", "", "write the brief as a Word document to `OUT`")
	date := fs.String("date", "", "date of the brief, `YYYY-MM-DD` (default: the project's, else today)")
	pageSize := fs.String("page-size", "", "`SIZE` of the PDF's pages: A4 or Letter (default: the project's, else A4)")
	marking := fs.String("marking", "", "handling `MARKING`, e.g. OFFICIAL (default: the project's)")
	annex := fs.Bool("annex", false, "append the source text with numbered paragraphs")
	projectOut := fs.String("project", "", "save the project (every FILE, as analysed) to `OUT`.brief, to open in the window or to give to --since later")
	since := fs.String("since", "", "compare with an earlier saved project `PREV`.brief: a \"What changed\" section opens the PDF and a Changes sheet joins the workbook")
	registry := fs.String("registry", "", "apply the actor registry `FILE` (JSON or CSV, as the window exports it): its names merged into one actor, its types, roles and affiliations; the window's own registry is never applied here")
	// Interleaved flags and FILE: parse until no flag is left.
	var files []string
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				exportHelp(stdout, fs)
				return nil
			}
			return usageError{"export: " + escapeControls(err.Error())}
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if *pdfOut == "" && *xlsxOut == "" && *csvOut == "" && *docxOut == "" && *projectOut == "" {
		return usageError{"export needs at least one of --pdf OUT, --docx OUT, --xlsx OUT, --csv OUT, --project OUT"}
	}
	// A project saved under another extension would be opened later as an
	// article.
	if o := *projectOut; o != "" && o != "-" && !strings.EqualFold(filepath.Ext(o), project.Extension) {
		return usageError{fmt.Sprintf("export: --project %q: name the project file NAME%s", escapeControls(o), project.Extension)}
	}
	if ext := strings.ToLower(filepath.Ext(*since)); *since != "" && ext != project.Extension && ext != ".json" {
		return usageError{fmt.Sprintf("export: --since %q: give a project saved earlier (NAME%s, e.g. by --project) or brief JSON",
			escapeControls(*since), project.Extension)}
	}
	files, err := expandInputs(files)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	// The project is filled in below; the outputs are checked first, so
	// that a mistake is reported before a long analysis, and before
	// anything is written.
	var p *project.Project
	var opt report.Options
	var outs []*output
	if *pdfOut != "" {
		outs = append(outs, &output{flag: "--pdf", path: *pdfOut, fill: func(w io.Writer) error { return report.WritePDF(w, p, opt) }})
	}
	if *docxOut != "" {
		outs = append(outs, &output{flag: "--docx", path: *docxOut, fill: func(w io.Writer) error { return report.WriteDOCX(w, p, opt) }})
	}
	if *xlsxOut != "" {
		outs = append(outs, &output{flag: "--xlsx", path: *xlsxOut, fill: func(w io.Writer) error { return report.WriteXLSX(w, p, opt) }})
	}
	if *csvOut != "" {
		outs = append(outs, &output{flag: "--csv", path: *csvOut, fill: func(w io.Writer) error { return report.WriteCSV(w, p) }})
	}
	if *projectOut != "" {
		outs = append(outs, &output{flag: "--project", path: *projectOut, backup: true, fill: func(w io.Writer) error {
			data, err := project.Marshal(p)
			if err == nil {
				_, err = w.Write(data)
			}
			return err
		}})
	}
	read := slices.Clone(files)
	if len(read) == 0 {
		read = []string{""} // the sample
	}
	if *since != "" {
		read = append(read, *since)
	}
	if *registry != "" {
		read = append(read, *registry)
	}
	if err := checkOutputs(outs, read, stdin, stdout); err != nil {
		return err
	}
	// The earlier project first: a mistake in it is reported before a long
	// analysis.
	var prev *project.Project
	if *since != "" {
		if prev, _, err = project.Open(*since); err != nil {
			return oneLineError{fmt.Errorf("export: --since: %w", err)}
		}
	}
	reg, err := readRegistry(*registry)
	if err != nil {
		return err
	}
	p, err = openInputs(files, stdin) // the p the fills above use
	if err != nil {
		return err
	}
	printWarnings(stderr, p)
	applyRegistry(p, reg, stderr)
	if *date != "" {
		p.Brief.Date = *date
	}
	if p.Brief.Date == "" {
		p.Brief.Date = time.Now().Format(time.DateOnly)
	}
	created, err := time.Parse(time.DateOnly, p.Brief.Date)
	if err != nil {
		return usageError{fmt.Sprintf("export: the date %q is not YYYY-MM-DD", p.Brief.Date)}
	}
	if *pageSize != "" {
		switch strings.ToLower(*pageSize) {
		case "a4":
			p.Brief.PageSize = "A4"
		case "letter", "us-letter", "usletter":
			p.Brief.PageSize = "Letter"
		default:
			return usageError{fmt.Sprintf("export: unknown page size %q (A4 or Letter)", *pageSize)}
		}
	}
	if *marking != "" {
		p.Brief.Marking = *marking
	}
	if *annex {
		p.Brief.Annex = true
	}
	for _, w := range exportWarnings(p, *pdfOut != "" || *docxOut != "") {
		fmt.Fprintf(stderr, "briefing: warning: %s\n", w)
	}
	opt = report.Options{Created: created, Creator: "Briefing Builder " + version,
		Warn: func(msg string) { fmt.Fprintf(stderr, "briefing: warning: %s\n", msg) }}
	if prev != nil {
		changes := project.Compare(prev, p)
		opt.Changes = &changes
	}
	return writeOutputs(outs, stdout, stderr)
}
