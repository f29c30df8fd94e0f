package main

import (
	"encoding/json"
	"io"

	"briefing/project"
)

func runAnalyze(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) > 1 {
		return usageError{"analyze takes one FILE (or - for standard input)"}
	}
	arg := ""
	if len(args) == 1 {
		arg = args[0]
	}
	p, err := openInput(arg, stdin)
	if err != nil {
		return err
	}
	printWarnings(stderr, p)
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(project.ToInterchange(p))
}
