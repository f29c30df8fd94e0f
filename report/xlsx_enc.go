package report

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"io/fs"
	"sort"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// The data rows of the table sheets are not held by excelize: its
// StreamWriter keeps up to 16 MB of XML in memory, then a temporary file,
// and copies all of it into the zip at the end. Instead excelize writes
// each sheet's frame (columns, panes, header row, table part, validations)
// and xlZip, the zip writer excelize writes through, encodes the data rows
// into the sheet's <sheetData> as the sheet is compressed, straight from
// the project. The cells are those excelize's StreamWriter writes: inline
// strings (never formulas), numbers, dates as serial numbers.

// xlRowSource writes the data rows of one sheet, from row 2.
type xlRowSource func(e *xlEnc) error

// xlZip is the excelize.ZipWriter the workbook is written through. It
// holds the parts excelize writes (small, since no rows are among them)
// and at Close writes them sorted by name, so that the same project gives
// the same bytes (excelize's own order depends on map iteration), with the
// rows of the sheets in rows spliced in before </sheetData>. It compresses
// at flate.BestSpeed: about three times faster than the default level on
// sheet XML, for a file about a fifth larger.
type xlZip struct {
	zw   *zip.Writer
	rows map[string]xlRowSource // part name -> its rows
	held map[string]*bytes.Buffer
	enc  func(w *bufio.Writer) *xlEnc
}

func newXLZip(w io.Writer, rows map[string]xlRowSource, enc func(w *bufio.Writer) *xlEnc) *xlZip {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed)
	})
	return &xlZip{zw: zw, rows: rows, held: map[string]*bytes.Buffer{}, enc: enc}
}

// Create starts a part of the package.
func (z *xlZip) Create(name string) (io.Writer, error) {
	b := new(bytes.Buffer)
	z.held[name] = b
	return b, nil
}

// AddFS is not used by excelize when writing; it is here for the interface.
func (z *xlZip) AddFS(fsys fs.FS) error { return z.zw.AddFS(fsys) }

// Close writes the parts in order of name and ends the archive.
func (z *xlZip) Close() error {
	names := make([]string, 0, len(z.held))
	for n := range z.held {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fw, err := z.zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate})
		if err != nil {
			return err
		}
		if err := z.writePart(fw, n, z.held[n].Bytes()); err != nil {
			return err
		}
		delete(z.held, n)
	}
	return z.zw.Close()
}

func (z *xlZip) writePart(w io.Writer, name string, data []byte) error {
	src := z.rows[name]
	if src == nil {
		_, err := w.Write(data)
		return err
	}
	const end = "</sheetData>"
	i := bytes.Index(data, []byte(end))
	if i < 0 {
		return errors.New("no <sheetData> in " + name)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.Write(data[:i])
	e := z.enc(bw)
	if err := src(e); err != nil {
		return err
	}
	bw.Write(data[i:])
	return bw.Flush()
}

// xlEnc encodes rows of cells as SpreadsheetML.
type xlEnc struct {
	w      *bufio.Writer
	x      *xlWriter
	sheet  string
	row    int
	num    []byte
	styles map[xlKind]int
}

// put writes one row (from row 2 on) of values typed by the columns'
// kinds; see xlWriter.value.
func (e *xlEnc) put(cols []xlColumn, vals []any) {
	e.row++
	w := e.w
	w.WriteString(`<row r="`)
	e.int(e.row)
	w.WriteString(`">`)
	for i, v := range vals {
		v = e.x.value(e.sheet, cols[i].kind, v)
		if v == nil {
			continue
		}
		w.WriteString(`<c r="`)
		e.ref(i + 1)
		w.WriteString(`" s="`)
		e.int(e.styles[cols[i].kind])
		switch v := v.(type) {
		case string:
			e.text(v)
			continue
		case int:
			w.WriteString(`"><v>`)
			e.int(v)
		case float64:
			w.WriteString(`"><v>`)
			e.num = strconv.AppendFloat(e.num[:0], v, 'f', -1, 64)
			w.Write(e.num)
		case time.Time:
			w.WriteString(`"><v>`)
			e.int(xlSerial(v))
		}
		w.WriteString(`</v></c>`)
	}
	w.WriteString(`</row>`)
}

// xlSparseCell is a cell of a row that has few: its 1-based column.
type xlSparseCell struct {
	col   int
	kind  xlKind
	value string
}

// putSparse writes a row of text cells, in order of column.
func (e *xlEnc) putSparse(cells []xlSparseCell) {
	e.row++
	w := e.w
	w.WriteString(`<row r="`)
	e.int(e.row)
	w.WriteString(`">`)
	for _, c := range cells {
		v, ok := e.x.value(e.sheet, c.kind, c.value).(string)
		if !ok {
			continue
		}
		w.WriteString(`<c r="`)
		e.ref(c.col)
		w.WriteString(`" s="`)
		e.int(e.styles[c.kind])
		e.text(v)
	}
	w.WriteString(`</row>`)
}

// text ends a cell with an inline string.
func (e *xlEnc) text(v string) {
	w := e.w
	w.WriteString(`" t="inlineStr"><is><t`)
	if xlNeedsSpace(v) {
		w.WriteString(` xml:space="preserve"`)
	}
	w.WriteByte('>')
	xlEscape(w, v)
	w.WriteString(`</t></is></c>`)
}

func (e *xlEnc) int(n int) {
	e.num = strconv.AppendInt(e.num[:0], int64(n), 10)
	e.w.Write(e.num)
}

// ref writes the reference of column col in the current row, e.g. "K12".
func (e *xlEnc) ref(col int) {
	var b [4]byte
	i := len(b)
	for col > 0 {
		col--
		i--
		b[i] = byte('A' + col%26)
		col /= 26
	}
	e.w.Write(b[i:])
	e.int(e.row)
}

// xlEpoch is day 0 of Excel's 1900 date system (as Excel counts after
// February 1900).
var xlEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// xlSerial is the serial number of a date; value only passes dates after
// 1900-03-01, where Excel's count is right.
func xlSerial(t time.Time) int {
	return int(t.Sub(xlEpoch).Hours()/24 + 0.5)
}

func xlNeedsSpace(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case ' ', '\t', '\n', '\r':
		return true
	}
	switch s[len(s)-1] {
	case ' ', '\t', '\n', '\r':
		return true
	}
	return false
}

// xlEscape writes s as XML text the way Excel reads it back unchanged:
// markup characters and CR as entities, characters XML cannot hold as
// U+FFFD, and a literal "_xHHHH_" (which Excel would decode as an escaped
// character) with its underscore escaped as "_x005F_".
func xlEscape(w *bufio.Writer, s string) {
	last := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		var esc string
		switch {
		case r == '<':
			esc = "&lt;"
		case r == '>':
			esc = "&gt;"
		case r == '&':
			esc = "&amp;"
		case r == '\r':
			esc = "&#xD;"
		case r == '_' && xlIsEscapeSeq(s[i:]):
			esc = "_x005F_"
		case r == utf8.RuneError && size == 1, r < 0x20 && r != '\t' && r != '\n',
			r == 0xFFFE, r == 0xFFFF:
			esc = "\uFFFD"
		default:
			i += size
			continue
		}
		w.WriteString(s[last:i])
		w.WriteString(esc)
		i += size
		last = i
	}
	w.WriteString(s[last:])
}

// xlIsEscapeSeq says whether s begins with _xHHHH_.
func xlIsEscapeSeq(s string) bool {
	if len(s) < 7 || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for _, c := range []byte(s[2:6]) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// xlSheetPath is where excelize puts the n-th sheet (1-based) of a new file.
func xlSheetPath(n int) string {
	return "xl/worksheets/sheet" + strconv.Itoa(n) + ".xml"
}

var _ excelize.ZipWriter = (*xlZip)(nil)
