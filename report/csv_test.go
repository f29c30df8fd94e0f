package report

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// TestCSVRoundTrip reads the CSV back with encoding/csv: BOM first, the
// header of the Positions sheet, one record per live position with the
// same text as the workbook, except that formula-like cells carry a
// leading ' (and are otherwise intact), accents and all.
func TestCSVRoundTrip(t *testing.T) {
	p := xlTestProject()
	var buf bytes.Buffer
	if err := WriteCSV(&buf, p); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	if !bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) {
		t.Fatalf("no UTF-8 BOM: % x", data[:8])
	}
	if !bytes.Contains(data, []byte("\r\n")) {
		t.Error("records do not end in CRLF")
	}
	recs, err := csv.NewReader(bytes.NewReader(data[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := xlExpectedPositions(p)
	want[0] = xlHeaderNames(positionColumns)
	if len(recs) != len(want) {
		t.Fatalf("%d records, want %d", len(recs), len(want))
	}
	neutralised := 0
	for r, rec := range recs {
		for c, w := range want[r] {
			if r > 0 && c == 11 && strings.HasPrefix(w, "ЖЖЖ") {
				w = xlLongNote // the CSV keeps the whole note
			}
			if r > 0 && c == 11 {
				w = strings.ReplaceAll(w, "\uFFFD", "\x01") // and control characters
				w = strings.ReplaceAll(w, "\r\n", "\n")     // encoding/csv reads CRLF in a field as LF
			}
			if r > 0 && c == 16 && w != "" { // two decimals, as the workbook shows it
				f, err := strconv.ParseFloat(w, 64)
				if err != nil || rec[c] != strconv.FormatFloat(f, 'f', 2, 64) {
					t.Errorf("row %d confidence %q, want %s", r+1, rec[c], w)
				}
				continue
			}
			if formulaLike(w) {
				w = "'" + w
				neutralised++
			}
			if rec[c] != w {
				t.Errorf("row %d %s: %.60q, want %.60q", r+1, positionColumns[c].name, rec[c], w)
			}
		}
	}
	if neutralised < 10 {
		t.Errorf("only %d cells neutralised: the test project lost its formula-like strings", neutralised)
	}
	for _, s := range []string{"'=1+1", "'+48 22 123 45 67", "'@SUM(A1:A2)", "'\tTabbed =quote", "Łukasz Żółć", "Володимир Зеленський", "Київ"} {
		if !bytes.Contains(data, []byte(s)) {
			t.Errorf("CSV lacks %q", s)
		}
	}
}

// formulaLike is the rule of TestCSVSafe's table in the words of OWASP: the
// first non-blank character is a trigger, or the cell begins with TAB or CR.
func formulaLike(s string) bool {
	if strings.HasPrefix(s, "\t") || strings.HasPrefix(s, "\r") {
		return true
	}
	t := strings.TrimLeftFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) })
	return t != "" && strings.ContainsRune("=+-@＝＋－＠﹦﹢﹣﹫", []rune(t)[0])
}

func TestCSVSafe(t *testing.T) {
	for in, want := range map[string]string{
		"": "", "plain": "plain", "=1+1": "'=1+1", "+1": "'+1", "-1": "'-1", "@A1": "'@A1",
		"\t=1": "'\t=1", "\r=1": "'\r=1", "Łódź = city": "Łódź = city", "a=1": "a=1", "   ": "   ",
		"\tTabbed": "'\tTabbed", "\rReturn": "'\rReturn",
		// A line break, spaces or other blanks before the formula.
		"\n=HYPERLINK(\"http://x\")": "'\n=HYPERLINK(\"http://x\")", "\r\n+1": "'\r\n+1",
		" =1": "' =1", "  -1": "'  -1", " \t@A1": "' \t@A1", "\n \n=1": "'\n \n=1",
		"\u00a0=1": "'\u00a0=1", "\u3000=1": "'\u3000=1", "\u2028=1": "'\u2028=1", "\u200b=1": "'\u200b=1",
		"\ufeff=1": "'\ufeff=1", " plain": " plain", "\nplain": "\nplain",
		// Full-width and small forms, which spreadsheets fold to ASCII.
		"＝1+1": "'＝1+1", "＋1": "'＋1", "－1": "'－1", "＠A1": "'＠A1", " ＝1": "' ＝1", "﹦1": "'﹦1", "﹢1": "'﹢1",
	} {
		if got := csvSafe(in); got != want {
			t.Errorf("csvSafe(%q) = %q, want %q", in, got, want)
		}
	}
	if got := csvField(xlFloat, -0.5); got != "-0.50" {
		t.Errorf("a negative number was altered: %q", got)
	}
	if got := csvField(xlIntOpt, 0); got != "" {
		t.Errorf("paragraph 0: %q", got)
	}
}
