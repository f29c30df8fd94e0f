package main

import (
	"io"

	"briefing/project"
)

// runAnalyze is the analyze command: the suggestions for one article, or
// for several (FILEs, folders) as one project, as interchange JSON.
func runAnalyze(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	regPath, args, err := registryFlag(args)
	if err != nil {
		return err
	}
	reg, err := readRegistry(regPath)
	if err != nil {
		return err
	}
	files, err := expandInputs(args)
	if err != nil {
		return err
	}
	p, err := openInputs(files, stdin)
	if err != nil {
		return err
	}
	printWarnings(stderr, p)
	applyRegistry(p, reg, stderr)
	// Written as it is converted: a large text's JSON is five times its size.
	return project.WriteInterchange(stdout, p)
}
