package document

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Load reads an article from a file: plain text, Markdown, HTML, Word
// (.docx) or PDF. The format is recognised from the content first and the
// file name's extension second. Source is set to path.
func Load(path string) (*Document, error) {
	name := filepath.Base(path)
	f, err := os.Open(path)
	if err != nil {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, openErr(name, "the file does not exist", err)
		case errors.Is(err, fs.ErrPermission):
			return nil, openErr(name, "you do not have permission to read this file", err)
		}
		return nil, openErr(name, "the file cannot be read", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, openErr(name, "the file cannot be read", err)
	}
	switch {
	case info.IsDir():
		return nil, fileErr(name, ErrUnsupported, nil, "this is a folder, not a file")
	case info.Mode()&fs.ModeDevice != 0:
		// /dev/zero and the like never end.
		return nil, fileErr(name, ErrUnsupported, nil, "this is a device, not a file")
	case info.Size() > MaxFileSize:
		return nil, tooLargeErr(name, info.Size())
	}
	// Pipes and files that grow are cut at the limit, and refused by Parse.
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, openErr(name, "the file cannot be read", err)
	}
	doc, err := Parse(name, data)
	if err != nil {
		return nil, err
	}
	doc.Source = path
	return doc, nil
}

// openErr is the error for a file that cannot be opened or read. The
// system's error is kept for errors.Is but only its reason is shown: its
// text holds the path unquoted.
func openErr(name, msg string, err error) error {
	reason := err
	var pe *fs.PathError
	if errors.As(err, &pe) {
		reason = pe.Err
	}
	return &quietError{msg: fmt.Sprintf("open %s: %s (%v)", QuoteName(name), msg, reason), err: err}
}

// quietError shows msg and unwraps to err.
type quietError struct {
	msg string
	err error
}

func (e *quietError) Error() string { return e.msg }
func (e *quietError) Unwrap() error { return e.err }

// FromPasted builds a document from text pasted by the user.
func FromPasted(text string) *Document {
	d := FromText("", text)
	d.Format = "pasted"
	return d
}

// catchPanics turns a panic inside a parser into an ErrDamaged error. The
// fuzz tests turn it off to see the panics.
var catchPanics = true

// Parse reads an article from the bytes of a file called name (only its
// extension is used, as a hint). It never panics: content that is not a
// supported format gives an error that wraps ErrUnsupported, and so on.
func Parse(name string, data []byte) (doc *Document, err error) {
	if len(data) == 0 {
		return nil, emptyErr(name)
	}
	if len(data) > MaxFileSize {
		return nil, tooLargeErr(name, int64(len(data)))
	}
	defer func() {
		if !catchPanics {
			return
		}
		if r := recover(); r != nil {
			doc, err = nil, fileErr(name, ErrDamaged, fmt.Errorf("internal error: %v", r), "this file could not be read; it may be damaged")
		}
	}()
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case isPDF(data):
		return parsePDF(name, data)
	case isZip(data):
		return parseDOCX(name, data)
	}
	if what := sniffBinary(data); what != "" {
		return nil, fileErr(name, ErrUnsupported, nil, "this file is %s, not %s", what, expected(ext))
	}
	switch ext {
	case ".docx", ".docm", ".dotx":
		return nil, fileErr(name, ErrUnsupported, nil, "this file is not a Word document (.docx): it is not a zip archive, as Word documents are; it may be damaged or renamed")
	case ".pdf":
		return nil, fileErr(name, ErrUnsupported, nil, "this file is not a PDF: it does not start as PDF files do; it may be damaged or renamed")
	}
	text, replaced, binary := decodeText(data)
	if binary {
		return nil, fileErr(name, ErrUnsupported, nil, "this file holds binary data, not text, so it is not %s", expected(ext))
	}
	switch ext {
	case ".md", ".markdown", ".mdown", ".mkd", ".mkdn":
		doc = parseMarkdown(text)
	case ".html", ".htm", ".xhtml", ".xht", ".shtml":
		doc, err = parseHTML(name, data)
	case ".txt", ".text":
		doc = FromText("", text)
	default:
		switch {
		case looksLikeHTML(text):
			doc, err = parseHTML(name, data)
		case looksLikeMarkdown(text):
			doc = parseMarkdown(text)
		default:
			doc = FromText("", text)
		}
	}
	if err != nil {
		return nil, err
	}
	if len(doc.Paragraphs) == 0 {
		return nil, noTextErr(name, "this file contains no text")
	}
	// Decoding can make the text longer than the file (a Windows-1252 "é"
	// is two bytes in UTF-8).
	if len(doc.Text) > maxText {
		return nil, tooMuchTextErr(name, "file")
	}
	if replaced > 0 && doc.Format != "html" { // parseHTML decodes, and warns, itself
		doc.Warnings = append(doc.Warnings, replacedWarning(replaced))
	}
	return doc, nil
}

func isPDF(data []byte) bool {
	head := data[:min(len(data), 1024)]
	return bytes.Contains(head, []byte("%PDF-"))
}

func isZip(data []byte) bool {
	return bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06"))
}

// signatures are the starts of common files the application does not read.
var signatures = []struct {
	magic string
	what  string
}{
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xFF\xD8\xFF", "a JPEG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"II*\x00", "a TIFF image"},
	{"MM\x00*", "a TIFF image"},
	{"\x1F\x8B", "a compressed (gzip) file"},
	{"BZh", "a compressed (bzip2) file"},
	{"\xFD7zXZ\x00", "a compressed (xz) file"},
	{"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"},
	{"Rar!\x1A\x07", "a RAR archive"},
	{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an old-style Office file (Word 97-2003 .doc, .xls or .ppt; open it in Word and save it as .docx)"},
	{"{\\rtf", "a Rich Text (.rtf) document (open it in Word and save it as .docx)"},
	{"\x7FELF", "a program"},
	{"ID3", "an audio file (MP3)"},
	{"OggS", "an audio or video file (Ogg)"},
	{"fLaC", "an audio file (FLAC)"},
	{"%!PS", "a PostScript file"},
	{"SQLite format 3\x00", "a database file"},
	{"\x00\x00\x01\x00", "an icon image"},
}

// sniffBinary names the kind of a binary file the application does not
// read, or returns "" when the data may be text.
func sniffBinary(data []byte) string {
	for _, s := range signatures {
		if bytes.HasPrefix(data, []byte(s.magic)) {
			return s.what
		}
	}
	if len(data) >= 12 {
		switch {
		case string(data[0:4]) == "RIFF" && string(data[8:12]) == "WEBP":
			return "a WebP image"
		case string(data[0:4]) == "RIFF" && string(data[8:12]) == "WAVE":
			return "an audio file (WAV)"
		case string(data[4:8]) == "ftyp":
			if bytes.HasPrefix(data[8:], []byte("heic")) || bytes.HasPrefix(data[8:], []byte("mif1")) {
				return "an image (HEIC)"
			}
			return "a video or audio file (MP4)"
		}
	}
	if bytes.HasPrefix(data, []byte("MZ")) && looksBinary(data) {
		return "a Windows program"
	}
	return ""
}

// expected names what a file with the extension should be, for messages.
func expected(ext string) string {
	switch ext {
	case ".txt", ".text":
		return "a text file"
	case ".md", ".markdown", ".mdown", ".mkd", ".mkdn":
		return "a Markdown text file"
	case ".html", ".htm", ".xhtml", ".xht", ".shtml":
		return "a web page (HTML)"
	case ".docx", ".docm", ".dotx":
		return "a Word document (.docx)"
	case ".pdf":
		return "a PDF"
	}
	return "an article the application can read (text, Markdown, HTML, Word .docx or PDF)"
}

func looksLikeHTML(text string) bool {
	head := strings.ToLower(strings.TrimSpace(text[:min(len(text), 2048)]))
	for _, p := range []string{"<!doctype html", "<html", "<?xml version=\"1.0\"?><!doctype html", "<head", "<body"} {
		if strings.HasPrefix(head, p) {
			return true
		}
	}
	return strings.Contains(head, "<html") && strings.Contains(head, "<body") || strings.Contains(head, "<!doctype html")
}

func looksLikeMarkdown(text string) bool {
	if strings.HasPrefix(text, "---\n") || strings.HasPrefix(text, "\uFEFF---\n") {
		return true
	}
	head := text[:min(len(text), 8192)]
	return strings.HasPrefix(head, "# ") || strings.Contains(head, "\n# ") || strings.Contains(head, "\n## ")
}
