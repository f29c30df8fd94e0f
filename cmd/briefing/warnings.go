package main

import (
	"fmt"
	"io"
	"path/filepath"

	"briefing/document"
	"briefing/project"
)

// printWarnings tells the user, one line each on w, what they should know
// about how the project's articles were read (damaged bytes replaced, say),
// so that the output is not trusted blindly.
func printWarnings(w io.Writer, p *project.Project) {
	for _, d := range p.Documents {
		name := d.Source
		if name != "standard input" {
			name = document.QuoteName(filepath.Base(name))
		}
		for _, msg := range d.Warnings {
			fmt.Fprintf(w, "briefing: warning: %s: %s\n", name, msg)
		}
	}
}
