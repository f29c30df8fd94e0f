package project

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"briefing/internal/atomicfile"
)

// Extension is the file name extension of saved projects.
const Extension = ".brief"

// MaxFileSize bounds what Load will read, so that a hostile or mistaken file
// cannot exhaust memory. A brief of 100,000 positions is about 60 MB.
const MaxFileSize = 256 << 20

// fileEnvelope is the on-disk form: a format marker and a version first, so
// that foreign and future files are recognised before anything else is read.
type fileEnvelope struct {
	Format  string   `json:"format"`
	Version int      `json:"version"`
	Project *Project `json:"project"`
}

// Marshal encodes the project in the file format.
func Marshal(p *Project) ([]byte, error) {
	b, err := json.MarshalIndent(fileEnvelope{Format: FormatName, Version: SchemaVersion, Project: p}, "", " ")
	if err != nil {
		return nil, fmt.Errorf("encode project: %w", err)
	}
	return append(b, '\n'), nil
}

// Save writes the project to path atomically: it writes a temporary file in
// the same folder, syncs it, keeps the previous file as path+".bak" (not an
// empty one: a file dialog makes one), and renames the new file over the old
// one. At every instant the file at path is either the old project or the
// new one, complete. The saved file keeps the permissions of the one it
// replaces (a private 0600 project stays private); a read-only file is not
// replaced, and the error then matches atomicfile.ErrReadOnly, so that the
// caller can ask before going on.
func Save(path string, p *Project) error {
	data, err := Marshal(p)
	if err != nil {
		return err
	}
	err = atomicfile.WriteBytes(path, data, true)
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	return nil
}

// LoadError says why a project file could not be opened, in words a user can
// act on.
type LoadError struct {
	Path   string
	Reason string
	Err    error
}

func (e *LoadError) Error() string {
	return fmt.Sprintf("cannot open %s: %s", filepath.Base(e.Path), e.Reason)
}

func (e *LoadError) Unwrap() error { return e.Err }

// Load reads a project file. It never changes the file.
func Load(path string) (*Project, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &LoadError{Path: path, Reason: "the file cannot be read (" + errReason(err) + ")", Err: err}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, &LoadError{Path: path, Reason: "the file cannot be read (" + errReason(err) + ")", Err: err}
	}
	p, err := Unmarshal(data)
	if err != nil {
		var le *LoadError
		if errors.As(err, &le) {
			le.Path = path
			return nil, le
		}
		return nil, &LoadError{Path: path, Reason: err.Error(), Err: err}
	}
	return p, nil
}

// Unmarshal decodes and validates a project file's contents.
func Unmarshal(data []byte) (*Project, error) {
	fail := func(reason string, err error) (*Project, error) {
		return nil, &LoadError{Path: "project", Reason: reason, Err: err}
	}
	if len(data) > MaxFileSize {
		return fail(fmt.Sprintf("the file is larger than %d MB, more than any brief needs", MaxFileSize>>20), nil)
	}
	// a byte-order mark (Windows Notepad saves one) is not part of the JSON
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	if len(trimmed) == 0 {
		return fail("the file is empty", nil)
	}
	if !utf8.Valid(trimmed) || trimmed[0] != '{' {
		return fail("it is not a Briefing Builder project (.brief) file", nil)
	}
	var head struct {
		Format  string          `json:"format"`
		Version int             `json:"version"`
		Project json.RawMessage `json:"project"`
	}
	if err := json.Unmarshal(trimmed, &head); err != nil {
		return fail("the file is damaged or incomplete ("+jsonReason(err)+"); the previous version may be in the .bak file beside it", err)
	}
	if head.Format != FormatName {
		return fail("it is not a Briefing Builder project (.brief) file", nil)
	}
	if head.Version > SchemaVersion {
		return fail(fmt.Sprintf("it was saved by a newer version of Briefing Builder (file format %d; this version reads up to %d); please update the application", head.Version, SchemaVersion), nil)
	}
	if head.Version < 1 {
		return fail(fmt.Sprintf("it has an unknown file format version (%d)", head.Version), nil)
	}
	if len(head.Project) == 0 || string(head.Project) == "null" {
		return fail("the file holds no project", nil)
	}
	p := New()
	if err := json.Unmarshal(head.Project, p); err != nil {
		return fail("the file is damaged ("+jsonReason(err)+")", err)
	}
	if err := p.Validate(); err != nil {
		return fail("the file is inconsistent: "+err.Error(), err)
	}
	p.raiseSeq()
	return p, nil
}

// Validate checks the project's internal consistency: no missing items,
// unique IDs, references that resolve and anchors inside their documents.
// Dangling references are reported, not repaired, so that nothing is
// silently dropped.
func (p *Project) Validate() error {
	if p.Seq < 0 {
		return errors.New("the item counter is negative")
	}
	ids := map[string]bool{}
	seen := func(kind, id string) error {
		if id == "" {
			return fmt.Errorf("a %s has no id", kind)
		}
		if ids[kind+"\x00"+id] {
			return fmt.Errorf("two %ss share the id %q", kind, id)
		}
		ids[kind+"\x00"+id] = true
		return nil
	}
	docs := map[string]string{}
	for _, d := range p.Documents {
		if d == nil {
			return errors.New("a document is missing")
		}
		if err := seen("document", d.ID); err != nil {
			return err
		}
		if !utf8.ValidString(d.Text) {
			return fmt.Errorf("document %q is not valid text", d.ID)
		}
		prev := 0
		for _, para := range d.Paragraphs {
			if para.Start < 0 || para.End > len(d.Text) || para.Start > para.End {
				return fmt.Errorf("document %q has a paragraph outside its text", d.ID)
			}
			if para.Start < prev {
				return fmt.Errorf("document %q has paragraphs that overlap or are out of order", d.ID)
			}
			if !onRune(d.Text, para.Start) || !onRune(d.Text, para.End) {
				return fmt.Errorf("document %q has a paragraph that cuts a character", d.ID)
			}
			prev = para.End
		}
		docs[d.ID] = d.Text
	}
	anchor := func(what string, a Anchor) error {
		text, ok := docs[a.Doc]
		if !ok {
			return fmt.Errorf("%s refers to a missing document %q", what, a.Doc)
		}
		if a.Start < 0 || a.End > len(text) || a.Start > a.End {
			return fmt.Errorf("%s points outside its document", what)
		}
		if !onRune(text, a.Start) || !onRune(text, a.End) {
			return fmt.Errorf("%s cuts a character of its document", what)
		}
		return nil
	}
	for _, a := range p.Actors {
		if a == nil {
			return errors.New("an actor is missing")
		}
		if err := seen("actor", a.ID); err != nil {
			return err
		}
		if !validLevel(a.Power) || !validLevel(a.Interest) {
			return fmt.Errorf("actor %s has a power or interest other than %q or %q", a.ID, High, Low)
		}
		for _, m := range a.Mentions {
			if err := anchor("actor "+a.ID, m); err != nil {
				return err
			}
		}
	}
	for _, t := range p.Topics {
		if t == nil {
			return errors.New("a topic is missing")
		}
		if err := seen("topic", t.ID); err != nil {
			return err
		}
		for _, s := range t.Sentences {
			if err := anchor("topic "+t.ID, s); err != nil {
				return err
			}
		}
	}
	for _, x := range p.Positions {
		if x == nil {
			return errors.New("a position is missing")
		}
		if err := seen("position", x.ID); err != nil {
			return err
		}
		if !ids["actor\x00"+x.Actor] {
			return fmt.Errorf("position %s refers to a missing actor %q", x.ID, x.Actor)
		}
		if x.Topic != "" && !ids["topic\x00"+x.Topic] {
			return fmt.Errorf("position %s refers to a missing topic %q", x.ID, x.Topic)
		}
		for _, c := range x.CoActors {
			if !ids["actor\x00"+c] {
				return fmt.Errorf("position %s refers to a missing co-holder %q", x.ID, c)
			}
		}
		if x.Paragraph < 0 {
			return fmt.Errorf("position %s has a negative paragraph number", x.ID)
		}
		if math.IsNaN(x.Confidence) || math.IsInf(x.Confidence, 0) {
			return fmt.Errorf("position %s has no valid confidence", x.ID)
		}
		if x.Evidence.Doc != "" {
			if err := anchor("position "+x.ID, x.Evidence); err != nil {
				return err
			}
		}
	}
	for _, n := range p.Notes {
		if n == nil {
			return errors.New("a note is missing")
		}
		if err := seen("note", n.ID); err != nil {
			return err
		}
		if n.Topic != "" && !ids["topic\x00"+n.Topic] {
			return fmt.Errorf("note %s refers to a missing topic %q", n.ID, n.Topic)
		}
		if err := anchor("note "+n.ID, n.Anchor); err != nil {
			return err
		}
	}
	for _, x := range p.Excerpts {
		if x == nil {
			return errors.New("an excerpt is missing")
		}
		if err := seen("excerpt", x.ID); err != nil {
			return err
		}
		if x.Topic != "" && !ids["topic\x00"+x.Topic] {
			return fmt.Errorf("excerpt %s refers to a missing topic %q", x.ID, x.Topic)
		}
		if err := anchor("excerpt "+x.ID, x.Anchor); err != nil {
			return err
		}
	}
	return nil
}

// onRune says whether offset i of text is a character boundary.
func onRune(text string, i int) bool {
	return i >= len(text) || utf8.RuneStart(text[i])
}

// raiseSeq makes sure that NewID never hands out the ID of an item the
// project already has (a file edited by hand, or merged from two files, may
// hold user IDs above its counter).
func (p *Project) raiseSeq() {
	see := func(id string) {
		if len(id) < 3 || id[1] != 'u' {
			return
		}
		if n, err := strconv.Atoi(id[2:]); err == nil && n > p.Seq && n < math.MaxInt32 {
			p.Seq = n
		}
	}
	for _, a := range p.Actors {
		see(a.ID)
	}
	for _, t := range p.Topics {
		see(t.ID)
	}
	for _, x := range p.Positions {
		see(x.ID)
	}
	for _, n := range p.Notes {
		see(n.ID)
	}
	for _, x := range p.Excerpts {
		see(x.ID)
	}
}

func jsonReason(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("invalid data at byte %d", se.Offset)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("unexpected %s for %s", te.Value, te.Field)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "it ends too early"
	}
	return err.Error()
}

func errReason(err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "it does not exist"
	case errors.Is(err, os.ErrPermission):
		return "permission denied"
	}
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 {
		return s[i+2:]
	}
	return s
}
