package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"briefing/project"
)

// exportHelp prints the export command's usage with every option it takes,
// from the flag set itself, so that the list cannot fall behind the code.
func exportHelp(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(w, `Usage: briefing export [OPTIONS] [FILE...]

Writes the brief, the workbook, the positions or the project without a window.
FILE is an article (txt, md, html, docx, pdf), a .brief project or brief JSON;
"-" reads standard input; no FILE exports the sample article. OUT "-" is
standard output. At least one of --pdf, --docx, --xlsx, --csv, --project is
needed.

Several FILEs, or a FOLDER (its article files in name order), make one project:
the articles are added in order, and an actor they share ("Putin", "President
Putin", "Vladimir Putin") is one actor, with the other names as aliases. Only
the first FILE may be a project or brief JSON. The workbook's Timeline sheet
follows each actor's stance on each topic by the date of its source.

--since PREV.brief compares the project with one saved earlier (by --project,
or the window's Save): new sources, topics that appeared or went quiet (none of
the new sources has a position on them), changes of stance, new actors and
positions, and positions dropped open the PDF brief ("What changed since <its
date>") and fill the workbook's Changes sheet.

--registry FILE applies an actor registry (exported by the window's File ▸ Actor
Registry, JSON or CSV): the names it merges become one actor, with its type,
role and affiliation. Without it no registry is applied, not even the window's,
so that the same inputs always give the same output.

Options:
`)
	fs.VisitAll(func(f *flag.Flag) {
		name, use := flag.UnquoteUsage(f)
		fmt.Fprintf(w, "  --%s", f.Name)
		if name != "" {
			fmt.Fprintf(w, " %s", name)
		}
		fmt.Fprintf(w, "\n        %s\n", use)
	})
	fmt.Fprint(w, `
The export warns on standard error when the brief has no handling marking, and
when anything in it is unreviewed (the PDF then carries a diagonal DRAFT mark on
every page, the Word document DRAFT in its header).
`)
}

// exportWarnings are the warnings about the brief itself, before it is
// written: it is a draft, or it has no marking.
func exportWarnings(p *project.Project, brief bool) []string {
	var out []string
	if strings.TrimSpace(p.Brief.Marking) == "" {
		out = append(out, "the brief has no handling marking; give one with --marking (e.g. "+
			strings.Join(project.Markings[1:], ", ")+")")
	}
	if n := p.PendingInBrief(); brief && n.Total() > 0 {
		out = append(out, "the brief is a draft: "+n.Describe()+"; every page of the brief carries a DRAFT mark")
	}
	return out
}
