package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"briefing/internal/atomicfile"
)

// An output is one file that an export writes.
type output struct {
	flag   string                // the option that named it, for messages
	path   string                // as given; "-" is standard output
	fill   func(io.Writer) error // writes its content
	backup bool                  // keep the file it replaces as path.bak, as saving a project does
	target atomicfile.Target     // where it lands; set by checkOutputs
}

// stdio is what export checks standard input and output against: the
// file behind them, when they are files.
type stdio interface{ Stat() (fs.FileInfo, error) }

// checkOutputs refuses, before anything is read or written, an export
// that would lose data or cannot succeed: an output that is an input
// under another name (./, .., a symbolic or hard link), two outputs that
// are one file, more than one "-", a folder, a read-only file, a missing
// folder. It resolves each output's target. The inputs are every file the
// export reads: the articles (a folder's, listed), a project, the --since
// project; "-" is standard input, and no input at all the sample (standard
// input is then checked as before).
func checkOutputs(outs []*output, inputs []string, stdin io.Reader, stdout io.Writer) error {
	dashes := 0
	for _, o := range outs {
		if o.path == "-" {
			if dashes++; dashes > 1 {
				return usageError{"export: only one output can be - (standard output)"}
			}
			continue
		}
		t, err := atomicfile.Resolve(o.path)
		switch {
		case errors.Is(err, atomicfile.ErrIsFolder):
			example := filepath.Join(o.path, "brief."+strings.TrimPrefix(o.flag, "--"))
			return fmt.Errorf("export: %s %q is a folder; name a file in it, such as %q", o.flag, o.path, example)
		case errors.Is(err, atomicfile.ErrReadOnly):
			return fmt.Errorf("export: %s %q: %w; make it writable (chmod u+w) or choose another name", o.flag, o.path, err)
		case err != nil:
			return fmt.Errorf("export: %s %q: %w", o.flag, o.path, err)
		}
		o.target = t
	}
	// Files behind standard input and output, or named as the input,
	// count only when they are regular: a terminal can be both input and
	// output without harm.
	type inputFile struct {
		name string
		info fs.FileInfo
	}
	var ins []inputFile
	files := 0
	for _, input := range inputs {
		if input == "" || input == "-" {
			continue
		}
		files++
		if info, err := os.Stat(input); err == nil && info.Mode().IsRegular() {
			ins = append(ins, inputFile{input, info})
		}
	}
	if files < len(inputs) || len(inputs) == 0 {
		if info := regular(stdin); info != nil {
			ins = append(ins, inputFile{"-", info})
		}
	}
	ident := func(o *output) atomicfile.Target {
		if o.path == "-" {
			return atomicfile.Target{Info: regular(stdout)}
		}
		return o.target
	}
	for i, o := range outs {
		t := ident(o)
		for _, in := range ins {
			if t.Info == nil || !os.SameFile(t.Info, in.info) {
				continue
			}
			if len(inputs) <= 1 {
				return usageError{fmt.Sprintf("export: %s %q is the input file; choose another name for the output", o.flag, o.path)}
			}
			return usageError{fmt.Sprintf("export: %s %q is the input file %q; choose another name for the output", o.flag, o.path, in.name)}
		}
		for _, q := range outs[:i] {
			if t.Same(ident(q)) {
				return usageError{fmt.Sprintf("export: %s %q and %s %q are the same file; give each output its own name",
					q.flag, q.path, o.flag, o.path)}
			}
		}
	}
	return nil
}

// regular returns the file behind a standard stream when it is a regular
// file, else nil.
func regular(stream any) fs.FileInfo {
	s, ok := stream.(stdio)
	if !ok {
		return nil
	}
	info, err := s.Stat()
	if err != nil || !info.Mode().IsRegular() {
		return nil
	}
	return info
}

// writeOutputs writes every output, all or nothing: each file goes to its
// own temporary file first, and none replaces its target until all are
// written; on any error the temporary files are removed and every target
// is left as it was. Streams (standard output, devices, pipes) cannot be
// taken back, so they are written last, once every file is ready. Ctrl-C,
// SIGTERM or SIGPIPE on the way removes the temporary files too.
func writeOutputs(outs []*output, stdout, stderr io.Writer) (err error) {
	defer cleanUpOnSignal(stderr)()
	var files []*atomicfile.File
	defer func() {
		if err != nil {
			for _, f := range files {
				f.Abort()
			}
		}
	}()
	for _, o := range streamsLast(outs) {
		if o.path == "-" {
			bw := bufio.NewWriterSize(stdout, 256<<10)
			if err := o.fill(bw); err != nil {
				return fmt.Errorf("export: %s to standard output: %w", o.flag, err)
			}
			if err := bw.Flush(); err != nil {
				return fmt.Errorf("export: %s to standard output: %w", o.flag, err)
			}
			continue
		}
		f, err := o.target.Create(o.backup)
		if err != nil {
			return fmt.Errorf("export: %s %q: %w", o.flag, o.path, err)
		}
		files = append(files, f)
		if err := o.fill(f); err != nil {
			return fmt.Errorf("export: %s %q: %w", o.flag, o.path, err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("export: %s %q: %w", o.flag, o.path, err)
		}
	}
	if err := atomicfile.CommitAll(files...); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// streamsLast orders the outputs so that those written in place come after
// the files that can still be taken back.
func streamsLast(outs []*output) []*output {
	var files, streams []*output
	for _, o := range outs {
		if o.path == "-" || o.target.InPlace() {
			streams = append(streams, o)
		} else {
			files = append(files, o)
		}
	}
	return append(files, streams...)
}
