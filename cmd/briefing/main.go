// Command briefing turns news articles and official statements into a
// formatted brief (PDF) and a workbook of actors and positions (XLSX).
//
//	briefing [FILE]                                  open the window
//	briefing analyze [FILE|FOLDER|-]...              print the analysis as JSON
//	briefing export [--pdf OUT] [--docx OUT] [--xlsx OUT] [--csv OUT]
//	                [--project OUT.brief] [--since PREV.brief] [FILE|FOLDER]...  write the exports
//
// Several FILEs, or a folder (its article files in name order), make one
// project: the articles are added in order, as the window's "Add article"
// does, so that an actor named in several of them is one actor.
package main

import (
	"fmt"
	"io"
	"os"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0"

func main() {
	if len(os.Args) > 1 {
		attachConsole()
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// usageError is a misuse of the command line: it is reported in one line
// with a pointer to --help, and exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	err := dispatch(args, stdin, stdout, stderr)
	if err == nil {
		return 0
	}
	if ue, ok := err.(usageError); ok {
		fmt.Fprintf(stderr, "briefing: %s (see briefing --help)\n", ue.msg)
		return 2
	}
	fmt.Fprintf(stderr, "briefing: %s\n", err)
	return 1
}

func dispatch(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return runGUI("")
	}
	switch args[0] {
	case "-h", "--help", "-help", "help":
		fmt.Fprint(stdout, usage)
		return nil
	case "-v", "--version", "-version", "version":
		fmt.Fprintf(stdout, "briefing %s\n", version)
		return nil
	case "analyze", "analyse":
		return runAnalyze(args[1:], stdin, stdout, stderr)
	case "export":
		return exportTo(args[1:], stdin, stdout, stderr)
	}
	if len(args[0]) > 1 && args[0][0] == '-' {
		return usageError{fmt.Sprintf("unknown option %s", args[0])}
	}
	if len(args) > 1 {
		return usageError{"give one file to open"}
	}
	return runGUI(args[0])
}

const usage = `Briefing Builder turns articles into a brief and a spreadsheet of actors and positions.

Usage:
  briefing [FILE]              open the window on FILE (an article or a .brief project),
                               or on the sample article
  briefing analyze [--registry FILE] [FILE...]
                               print the suggested actors, topics and positions as JSON
                               (FILE "-" reads standard input; no FILE: the sample)
  briefing export [--pdf OUT] [--docx OUT] [--xlsx OUT] [--csv OUT] [--project OUT.brief]
                  [--since PREV.brief] [--date YYYY-MM-DD] [--marking M]
                  [--page-size A4|Letter] [--annex] [--registry FILE] [FILE...]   (OUT may be - for stdout)
                               write the brief (PDF), the workbook (XLSX), the positions
                               (CSV) or the project (.brief) without a window; FILE is an
                               article, a .brief project or brief JSON (no FILE: the sample);
                               --since compares with a project saved earlier

  briefing --version           print the version
  briefing --help              print this help

Articles: plain text, Markdown, HTML, Word (.docx) and PDF with a text layer.

Several FILEs, or a folder (its .txt .md .html .htm .docx .pdf files in name order), make
one project: the articles are added in order and an actor they share is one actor. Only
the first FILE may be a .brief project or brief JSON; the articles are added to it.
The actor registry of the window is not applied: --registry FILE applies one (JSON or CSV).
See briefing export --help.
`
