package main

import (
	"io"
	"os"
	"runtime/debug"
	"slices"

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
	if limit, ok := analysisMemoryLimit(files); ok {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(limit))
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

// Bytes of the Go heap per byte of text analysed at the analysis's fullest:
// the entity model's words and tags and the parse of a 10 MB text take
// about 160 MB.
const liveBytesPerTextByte = 16

// analysisMemoryLimit is the soft memory limit for analysing the files: the
// garbage collector works harder near it instead of letting the heap grow
// to twice what is live, which would make a 10 MB text's peak 330 MB of
// heap where 160 MB are in use. It is half as much again as the heap the
// texts need at their fullest, and at least 256 MiB, so that it costs the
// collector little; a soft limit is never a failure, only more collection.
// There is none when the user sets GOMEMLIMIT or a text comes from
// standard input (of unknown size).
func analysisMemoryLimit(files []string) (int64, bool) {
	if os.Getenv("GOMEMLIMIT") != "" || slices.Contains(files, "-") {
		return 0, false
	}
	var size int64
	for _, f := range files {
		if info, err := os.Stat(f); err == nil && info.Mode().IsRegular() {
			size += info.Size()
		}
	}
	return max(256<<20, size*liveBytesPerTextByte*3/2), true
}
