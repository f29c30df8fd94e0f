package report

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"briefing/project"
)

// WriteCSV writes the Positions sheet of the workbook as CSV: the same
// columns and rows (rejected items left out), UTF-8 with a byte-order mark
// so that Excel reads the accents right, CRLF line ends, quoted per RFC 4180.
//
// Formula injection: a spreadsheet that opens a CSV file evaluates a cell
// that begins with "=", "+", "-" or "@" as a formula (and tab or carriage
// return can smuggle one in). Following the OWASP guidance on CSV injection
// (https://owasp.org/www-community/attacks/CSV_Injection), every text cell
// that begins with one of = + - @ TAB CR is prefixed with a single quote
// ('), which makes spreadsheets show it as text. The quote is visible to
// programs that read the file as data; numbers (paragraph, confidence) are
// never prefixed, so "-0.5" stays a number. See csvSafe.
func WriteCSV(w io.Writer, p *project.Project) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if _, err := bw.WriteString("\uFEFF"); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	rec := make([]string, len(positionColumns))
	for i, c := range positionColumns {
		rec[i] = c.name
	}
	if err := cw.Write(rec); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	ix := newXLIndex(p)
	vals := make([]any, len(positionColumns))
	for _, x := range ix.positions() {
		ix.positionRow(x, vals)
		for i, v := range vals {
			rec[i] = csvField(positionColumns[i].kind, v)
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	return nil
}

// csvField formats one value as the workbook shows it: empty for a zero
// paragraph, two decimals for the confidence, safe text otherwise.
func csvField(k xlKind, v any) string {
	switch v := v.(type) {
	case int:
		if k == xlIntOpt && v == 0 {
			return ""
		}
		return strconv.Itoa(v)
	case float64:
		return strconv.FormatFloat(v, 'f', 2, 64)
	case string:
		return csvSafe(v)
	}
	return csvSafe(fmt.Sprint(v))
}

// csvSafe neutralises a text cell that a spreadsheet would take as a
// formula: one beginning with = + - @ TAB or CR gets a leading '.
func csvSafe(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
