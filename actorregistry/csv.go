package actorregistry

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// csvColumns are the columns of the CSV form: one row per name, the
// canonical name's own row included, with the actor's corrections repeated
// on each so that a spreadsheet can sort and filter the rows.
var csvColumns = []string{"name", "canonical", "type", "role", "affiliation"}

// ParseCSV reads a registry as CSV: a header row naming the columns (name
// and canonical are needed; type, role and affiliation may be left out; any
// order), then one row per name. Commas, semicolons or tabs separate the
// cells, whichever the header uses.
func ParseCSV(data []byte) (*Registry, error) {
	data, err := checkText(data)
	if err != nil {
		return nil, err
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = delimiter(data)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("the file is not CSV: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		if !slices.Contains(csvColumns, h) {
			return nil, fmt.Errorf("the CSV file has the column %q; an actor registry has the columns %s", h, strings.Join(csvColumns, ", "))
		}
		if _, dup := col[h]; dup {
			return nil, fmt.Errorf("the CSV file has the column %q twice", h)
		}
		col[h] = i
	}
	for _, need := range csvColumns[:2] {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("the CSV file has no %q column; an actor registry has the columns %s", need, strings.Join(csvColumns, ", "))
		}
	}
	cell := func(rec []string, name string) string {
		if i, ok := col[name]; ok {
			return rec[i]
		}
		return ""
	}
	var rows []row
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("the CSV file is damaged: %w", err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) != len(header) {
			return nil, fmt.Errorf("row %d has %d cells; the header has %d", line, len(rec), len(header))
		}
		if !slices.ContainsFunc(rec, func(s string) bool { return strings.TrimSpace(s) != "" }) {
			continue
		}
		rows = append(rows, row{where: fmt.Sprintf("row %d", line), name: cell(rec, "name"), canonical: cell(rec, "canonical"),
			Fields: Fields{Type: cell(rec, "type"), Role: cell(rec, "role"), Affiliation: cell(rec, "affiliation")}})
	}
	return build(rows)
}

// delimiter is the separator the header line uses: a comma unless the
// line has none and has a semicolon (spreadsheets where the comma is the
// decimal sign) or a tab.
func delimiter(data []byte) rune {
	line, _, _ := bytes.Cut(data, []byte("\n"))
	if bytes.IndexByte(line, ',') >= 0 {
		return ','
	}
	if bytes.IndexByte(line, ';') >= 0 {
		return ';'
	}
	if bytes.IndexByte(line, '\t') >= 0 {
		return '\t'
	}
	return ','
}

// WriteCSV writes the registry as CSV: UTF-8 with a byte-order mark so that
// Excel reads the accents right, CRLF line ends. Every text passed
// checkField, so no cell begins as a formula.
func (r *Registry) WriteCSV(w io.Writer) error {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return fmt.Errorf("actor registry: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(csvColumns); err != nil {
		return fmt.Errorf("actor registry: %w", err)
	}
	for _, e := range r.Entries {
		for _, n := range e.Forms() {
			if err := cw.Write([]string{n, e.Canonical, e.Type, e.Role, e.Affiliation}); err != nil {
				return fmt.Errorf("actor registry: %w", err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("actor registry: %w", err)
	}
	return nil
}
