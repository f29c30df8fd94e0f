package document

import (
	"errors"
	"fmt"
	"strconv"
)

// MaxFileSize is the largest file Load and Parse accept, in bytes.
const MaxFileSize = 50 << 20

// maxText bounds the text of one document, whatever the format it is
// unpacked from: a .docx of 19 MB can hold 180 MB of text, more than the
// analysis can take. A variable so that tests can lower it.
var maxText = MaxFileSize

// errTooMuchText marks a document whose text is over maxText.
var errTooMuchText = errors.New("too much text")

// Sentinel errors, so that callers (the GUI) can branch on the kind of
// problem with errors.Is. Every error returned by Load, Parse and the format
// parsers wraps exactly one of them.
var (
	// ErrEmpty: the file has no bytes at all.
	ErrEmpty = errors.New("the file is empty")
	// ErrTooLarge: the file is over MaxFileSize, or it unpacks to more
	// than the application reads: more than 50 MB of text, a .docx part
	// or a PDF page's drawing instructions over their limits, a web page
	// of millions of elements. The message names the limit.
	ErrTooLarge = errors.New("the file is too large")
	// ErrUnsupported: the content is not a format the application reads
	// (an image, a spreadsheet, a .docx that is not a zip, ...).
	ErrUnsupported = errors.New("the file is not in a supported format")
	// ErrDamaged: the file is of a supported format but cannot be read
	// (a truncated .docx or a corrupt PDF).
	ErrDamaged = errors.New("the file is damaged")
	// ErrNoText: the file was read but holds no text (a scanned PDF, a
	// page without an article, a document of blank lines).
	ErrNoText = errors.New("the file contains no text")
)

// FileError describes why a file could not be read, in words meant for the
// person who chose the file.
type FileError struct {
	Name string // the file's name as given to Parse (Load passes the base name)
	Msg  string // what is wrong, for a non-technical reader
	Kind error  // one of the sentinel errors
	Err  error  // the underlying cause, if any
}

func (e *FileError) Error() string {
	s := "open " + QuoteName(e.Name) + ": " + e.Msg
	if e.Err != nil {
		s += " (" + e.Err.Error() + ")"
	}
	return s
}

// Unwrap gives errors.Is and errors.As both the sentinel and the cause.
func (e *FileError) Unwrap() []error {
	var errs []error
	if e.Kind != nil {
		errs = append(errs, e.Kind)
	}
	if e.Err != nil {
		errs = append(errs, e.Err)
	}
	return errs
}

// QuoteName is a file name as messages show it: as it is when it prints
// as it is, quoted (%q) when it holds control characters, newlines or
// bytes that are not UTF-8, which could forge lines on a terminal.
func QuoteName(name string) string {
	if q := strconv.Quote(name); q[1:len(q)-1] != name {
		return q
	}
	return name
}

func fileErr(name string, kind, cause error, format string, args ...any) error {
	return &FileError{Name: name, Msg: fmt.Sprintf(format, args...), Kind: kind, Err: cause}
}

func emptyErr(name string) error {
	return fileErr(name, ErrEmpty, nil, "this file is empty")
}

func tooLargeErr(name string, size int64) error {
	return fileErr(name, ErrTooLarge, nil, "this file is too large (%s; the limit is %s)", humanSize(size), humanSize(MaxFileSize))
}

func tooMuchTextErr(name, what string) error {
	// The cause is left out: the message says it all, in one sentence.
	return fileErr(name, ErrTooLarge, nil, "this %s holds more text than the application reads (the limit is %s of text)", what, humanSize(int64(maxText)))
}

func noTextErr(name, what string) error {
	return fileErr(name, ErrNoText, nil, "%s", what)
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
