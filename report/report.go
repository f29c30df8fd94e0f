// Package report writes a project as the documents that leave the building:
// the PDF brief and the XLSX workbook (and CSV). It knows nothing of the user
// interface.
package report

import (
	"time"

	"briefing/project"
)

// Options are the choices that shape an export beyond the project itself.
type Options struct {
	// Created stamps the document's metadata. Fixed for the same project,
	// it gives byte-identical output.
	Created time.Time
	// Creator names the program in the metadata.
	Creator string
	// Warn, when set, is told of what an export had to change to write the
	// document, e.g. characters the PDF's font cannot show. Nil: silence.
	Warn func(msg string)
	// Changes, when set, is what changed since an earlier version of the
	// brief (project.Compare): the PDF brief opens with it and the
	// workbook gets a Changes sheet.
	Changes *project.Changes
}
