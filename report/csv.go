package report

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"unicode"

	"briefing/project"
)

// WriteCSV writes the Positions sheet of the workbook as CSV: the same
// columns and rows (rejected items left out), UTF-8 with a byte-order mark
// so that Excel reads the accents right, CRLF line ends, quoted per RFC 4180.
//
// Formula injection: a spreadsheet that opens a CSV file evaluates a cell
// that begins with "=", "+", "-" or "@" as a formula, also after leading
// spaces or line breaks (and tab or carriage return can smuggle one in).
// Following the OWASP guidance on CSV injection
// (https://owasp.org/www-community/attacks/CSV_Injection), every text cell
// whose first non-blank character is one of = + - @ (or a full-width form),
// and every one that begins with TAB or CR, is prefixed with a single quote
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
// formula: one whose first non-blank character is a formula trigger (see
// isFormulaStart), and one that begins with TAB or CR, which OWASP lists as
// triggers of their own. Blanks count because spreadsheets skip leading
// spaces and line breaks before they look for "=": "\n=HYPERLINK(…)" is a
// formula once imported.
func csvSafe(s string) string {
	if s == "" {
		return s
	}
	if s[0] == '\t' || s[0] == '\r' {
		return "'" + s
	}
	for _, r := range s {
		if isBlank(r) {
			continue
		}
		if isFormulaStart(r) {
			return "'" + s
		}
		break
	}
	return s
}

// isBlank reports the characters a spreadsheet may skip before a formula:
// white space of any script (space, tab, CR, LF, no-break and ideographic
// spaces, line and paragraph separators) and the invisible format
// characters (zero-width space, byte-order mark, direction marks).
func isBlank(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// isFormulaStart reports = + - @ and their full-width (＝ ＋ － ＠) and small
// (﹦ ﹢ ﹣ ﹫) forms, which spreadsheets with East Asian input fold to ASCII.
func isFormulaStart(r rune) bool {
	switch r {
	case '=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫':
		return true
	}
	return false
}
