package actorregistry

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/analysis"
)

// Limits on what a registry file may hold. A registry is typed by a person:
// tens of thousands of names are already far more than a career's worth, so
// anything larger is a wrong file, not a registry.
const (
	MaxFileSize = 8 << 20 // bytes
	MaxNames    = 100_000 // names in all, canonical or not
	MaxRunes    = 200     // characters in one name, role or affiliation
)

// ErrEmpty is returned for a file with nothing in it.
var ErrEmpty = errors.New("the file is empty")

// Parse reads a registry exported as JSON or as CSV, whichever data is: JSON
// starts with "{".
func Parse(data []byte) (*Registry, error) {
	data, err := checkText(data)
	if err != nil {
		return nil, err
	}
	if data[0] == '{' || data[0] == '[' {
		return ParseJSON(data)
	}
	return ParseCSV(data)
}

// checkText refuses what is not a registry whatever its format (too large,
// empty, binary) and returns data without its byte-order mark and leading
// white space.
func checkText(data []byte) ([]byte, error) {
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("the file is larger than %d MB, far more than an actor registry holds", MaxFileSize>>20)
	}
	data = bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n")
	if len(data) == 0 {
		return nil, ErrEmpty
	}
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return nil, errors.New("the file is not UTF-8 text (it may be a spreadsheet, or text saved as UTF-16): save it as CSV UTF-8 or export it from Briefing Builder")
	}
	return data, nil
}

// row is one name as a file gives it: the name, the canonical name it means
// ("" or the name itself for the canonical name) and corrections, with where
// it stands in the file for messages ("row 3", "entry 2").
type row struct {
	where           string
	name, canonical string
	Fields
}

// build checks rows and makes them a registry: every text is clean, every
// type known, each name means one actor, an actor's fields agree on every
// row that gives them, and no canonical name is another actor's other name.
func build(rows []row) (*Registry, error) {
	type seen struct{ canonical, where string }
	meaning := map[string]seen{}   // folded name → its canonical name
	entries := map[string]*Entry{} // folded canonical name → entry
	fieldAt := map[string]string{} // canonical+field → where it was first given
	var order []string
	names := 0
	for _, x := range rows {
		x.name, x.canonical = tidy(x.name), tidy(x.canonical)
		if x.name == "" {
			return nil, fmt.Errorf("%s: the name is empty", x.where)
		}
		if x.canonical == "" {
			x.canonical = x.name
		}
		if err := checkField(x.where, "name", x.name); err != nil {
			return nil, err
		}
		if err := checkField(x.where, "canonical name", x.canonical); err != nil {
			return nil, err
		}
		typ, err := normType(x.Type)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", x.where, err)
		}
		x.Type, x.Role, x.Affiliation = typ, tidy(x.Role), tidy(x.Affiliation)
		if err := checkField(x.where, "role", x.Role); err != nil {
			return nil, err
		}
		if err := checkField(x.where, "affiliation", x.Affiliation); err != nil {
			return nil, err
		}
		fc := Fold(x.canonical)
		for _, n := range []string{x.canonical, x.name} {
			if s, ok := meaning[Fold(n)]; ok && Fold(s.canonical) != fc {
				return nil, fmt.Errorf("%s: %q means %q here and %q in %s; give each name one actor", x.where, n, x.canonical, s.canonical, s.where)
			}
		}
		e := entries[fc]
		if e == nil {
			e = &Entry{Canonical: x.canonical}
			entries[fc] = e
			order = append(order, fc)
			meaning[fc] = seen{x.canonical, x.where}
			names++
		}
		if Fold(x.name) != fc {
			if _, ok := meaning[Fold(x.name)]; !ok {
				meaning[Fold(x.name)] = seen{x.canonical, x.where}
				e.Names = append(e.Names, x.name)
				names++
			}
		}
		if names > MaxNames {
			return nil, fmt.Errorf("%s: more than %d names, far more than an actor registry holds", x.where, MaxNames)
		}
		for _, f := range []struct {
			label string
			have  *string
			val   string
		}{{"type", &e.Type, x.Type}, {"role", &e.Role, x.Role}, {"affiliation", &e.Affiliation, x.Affiliation}} {
			key := fc + "\x00" + f.label
			switch {
			case f.val == "" || *f.have == f.val:
			case *f.have == "":
				*f.have = f.val
				fieldAt[key] = x.where
			default:
				return nil, fmt.Errorf("%s: %q has the %s %q here and %q in %s; give one", x.where, x.canonical, f.label, f.val, *f.have, fieldAt[key])
			}
		}
	}
	r := &Registry{}
	for _, fc := range order {
		r.put(*entries[fc])
	}
	return r, nil
}

// checkField refuses text that is not a name a person would type: broken
// or control characters, great length, or a first character that makes a
// spreadsheet take the cell for a formula ("=HYPERLINK(…)"), so that an
// exported CSV file is safe to open.
func checkField(where, what, s string) error {
	if s == "" {
		return nil
	}
	if !utf8.ValidString(s) {
		return fmt.Errorf("%s: the %s is not valid text", where, what)
	}
	if strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) }) {
		return fmt.Errorf("%s: the %s %q holds a control character", where, what, s)
	}
	if utf8.RuneCountInString(s) > MaxRunes {
		return fmt.Errorf("%s: the %s %.40q… is longer than %d characters", where, what, s, MaxRunes)
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(first) && !unicode.IsDigit(first) && !unicode.In(first, unicode.Pi, unicode.Ps) && first != '"' && first != '\'' {
		return fmt.Errorf("%s: the %s %q must begin with a letter or a digit", where, what, s)
	}
	return nil
}

// actorTypes are the analysis's actor types, the one vocabulary of them.
var actorTypes = []string{analysis.Person, analysis.Organization, analysis.State, analysis.Alliance, analysis.Other}

// normType returns the actor type t names, accepting any case and the
// British spelling of organisation.
func normType(t string) (string, error) {
	t = strings.ToLower(strings.TrimSpace(t))
	if t == "organisation" {
		t = analysis.Organization
	}
	if t == "" {
		return "", nil
	}
	for _, k := range actorTypes {
		if t == k {
			return t, nil
		}
	}
	return "", fmt.Errorf("unknown type %q (%s)", t, strings.Join(actorTypes, ", "))
}
