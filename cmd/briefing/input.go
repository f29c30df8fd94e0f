package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"briefing/analysis"
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
		doc, err := loadArticle(arg, stdin)
		if err != nil {
			return nil, err
		}
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

// expandInputs lists the files the FILE arguments stand for: a folder
// stands for its article files, as document.FolderArticles lists them.
func expandInputs(args []string) ([]string, error) {
	var out []string
	for _, arg := range args {
		if arg == "" || arg == "-" || strings.HasPrefix(arg, "-") {
			out = append(out, arg)
			continue
		}
		info, err := os.Stat(arg)
		if err != nil || !info.IsDir() {
			out = append(out, arg) // the loader says what is wrong with it
			continue
		}
		files, err := document.FolderArticles(arg)
		if err != nil {
			return nil, oneLineError{err}
		}
		out = append(out, files...)
	}
	return out, nil
}

// openInputs builds one project from the files (as listed by
// expandInputs): the first as openInput reads it (an article, a .brief
// project or brief JSON), then each further article added to it in order,
// as the window's "Add article" does, so that actors are unified across
// them. One file is exactly openInput. The articles are read and analysed
// on every core at once; they are added in their order whatever order the
// analyses end in.
func openInputs(files []string, stdin io.Reader) (*project.Project, error) {
	if len(files) <= 1 {
		arg := ""
		if len(files) == 1 {
			arg = files[0]
		}
		return openInput(arg, stdin)
	}
	rest := files[1:]
	for _, f := range rest {
		switch ext := strings.ToLower(filepath.Ext(f)); {
		case strings.HasPrefix(f, "-") && f != "-":
			return nil, usageError{fmt.Sprintf("unknown option %q", f)}
		case ext == project.Extension || ext == ".json":
			return nil, usageError{fmt.Sprintf("%s is a project or brief JSON: only the first FILE can be one; the others must be articles (txt, md, html, docx, pdf)",
				escapeControls(filepath.Base(f)))}
		}
	}
	if n := slices.Index(files, "-"); n >= 0 && slices.Contains(files[n+1:], "-") {
		return nil, usageError{"- (standard input) can be given once"}
	}
	type analysed struct {
		doc *document.Document
		res *analysis.Result
		err error
	}
	results := make([]chan analysed, len(rest))
	for i := range results {
		results[i] = make(chan analysed, 1)
	}
	// A bounded pool: the next article starts as one ends, so at most
	// GOMAXPROCS texts are being analysed at a time.
	next := make(chan int, len(rest))
	for i := range rest {
		next <- i
	}
	close(next)
	stop := make(chan struct{})
	defer close(stop)
	for range min(runtime.GOMAXPROCS(0), len(rest)) {
		go func() {
			for i := range next {
				select {
				case <-stop:
					return
				default:
				}
				doc, err := loadArticle(rest[i], stdin)
				var res *analysis.Result
				if err == nil {
					res = analysis.Analyze(doc)
				}
				results[i] <- analysed{doc, res, err}
			}
		}()
	}
	p, err := openInput(files[0], stdin)
	if err != nil {
		return nil, err
	}
	for i := range rest {
		r := <-results[i]
		if r.err != nil {
			return nil, r.err
		}
		p.AddDocument(r.doc, r.res)
	}
	return p, nil
}

// loadArticle reads one article: a file, or standard input for "-".
func loadArticle(path string, stdin io.Reader) (*document.Document, error) {
	if path == "-" {
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
		return doc, nil
	}
	doc, err := document.Load(path)
	if err != nil {
		return nil, oneLineError{err} // the message holds the file name
	}
	doc.ID = "" // AddDocument numbers it after those before
	return doc, nil
}
