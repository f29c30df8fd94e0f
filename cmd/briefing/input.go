package main

import (
	"fmt"
	"io"
	"strings"

	"briefing/document"
	"briefing/project"
)

// maxStdin bounds what `analyze -` reads, like the file loaders do.
const maxStdin = 50 << 20

// openInput turns the command line's FILE argument into a project: the
// sample when there is none, standard input for "-", otherwise whatever
// project.Open accepts.
func openInput(arg string, stdin io.Reader) (*project.Project, error) {
	switch arg {
	case "":
		return project.OpenSample(), nil
	case "-":
		data, err := io.ReadAll(io.LimitReader(stdin, maxStdin+1))
		if err != nil {
			return nil, fmt.Errorf("read standard input: %w", err)
		}
		if len(data) > maxStdin {
			return nil, fmt.Errorf("read standard input: more than %d MB of text", maxStdin>>20)
		}
		doc, err := document.Parse("stdin", data)
		if err != nil {
			return nil, err
		}
		doc.Source = "standard input"
		return project.FromDocument(doc), nil
	}
	if strings.HasPrefix(arg, "-") {
		return nil, usageError{fmt.Sprintf("unknown option %q", arg)}
	}
	p, _, err := project.Open(arg)
	if err != nil {
		return nil, oneLineError{err} // the message holds the file name
	}
	return p, nil
}
