package report

import (
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"io"
	"io/fs"
	"sort"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/klauspost/compress/flate"
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
	// The row buffers of the last sheet, for the next: fresh memory costs
	// a page fault per 4 KB, and a sheet's buffers are over a megabyte.
	spare [][]byte
	bw    *bufio.Writer
}

func newXLZip(w io.Writer, rows map[string]xlRowSource, enc func(w *bufio.Writer) *xlEnc) *xlZip {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, xlCompressor)
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
	for part := range z.rows {
		if z.held[part] == nil { // excelize changed its part names: fail, don't lose rows
			return errors.New("excelize wrote no part " + part + " for its rows")
		}
	}
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

// writePart writes one part. A sheet with rows is written by two
// goroutines: one encodes the rows, the caller compresses them.
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
	if _, err := w.Write(data[:i]); err != nil {
		return err
	}
	ch := newXLChunks(z.spare)
	z.spare = nil
	if z.bw == nil {
		z.bw = bufio.NewWriterSize(ch, xlChunkSize)
	}
	bw := z.bw
	bw.Reset(ch)
	done := make(chan error, 1)
	go func() {
		err := src(z.enc(bw))
		if err == nil {
			err = bw.Flush()
		}
		done <- err
		close(ch.full)
	}()
	var err error
	for b := range ch.full {
		if err == nil {
			if _, err = w.Write(b); err != nil {
				close(ch.stop) // stops the encoder
			}
		}
		ch.free <- b
	}
	if encErr := <-done; encErr != nil && err == nil {
		err = encErr
	}
	if err != nil {
		return err
	}
	for len(ch.free) > 0 { // all of them, once the encoder is done
		z.spare = append(z.spare, <-ch.free)
	}
	_, err = w.Write(data[i:])
	return err
}

// xlChunkSize is the size of the chunks of encoded rows.
const xlChunkSize = 256 << 10

// xlChunks carries encoded rows from the encoding goroutine to the
// compressing one. Several chunks are in flight, so that the encoder fills
// the next while the last is compressed (an io.Pipe hands over one buffer
// at a time and blocks the writer until all of it is read, so the two
// took turns instead of working at once). The order of the chunks is the
// order of the rows.
type xlChunks struct {
	full chan []byte   // encoded, in order
	free chan []byte   // compressed, to be reused
	stop chan struct{} // closed when the compressor has failed
}

// newXLChunks makes the chunks, reusing those of spare.
func newXLChunks(spare [][]byte) *xlChunks {
	const n = 4
	c := &xlChunks{full: make(chan []byte, n), free: make(chan []byte, n), stop: make(chan struct{})}
	for i := range n {
		if i < len(spare) {
			c.free <- spare[i][:0]
		} else {
			c.free <- make([]byte, 0, xlChunkSize)
		}
	}
	return c
}

var errXLStopped = errors.New("the workbook could not be written")

// Write copies p (bufio reuses it) into a free chunk and sends it on.
func (c *xlChunks) Write(p []byte) (int, error) {
	var b []byte
	select {
	case b = <-c.free:
	case <-c.stop:
		return 0, errXLStopped
	}
	b = append(b[:0], p...)
	select {
	case c.full <- b:
		return len(p), nil
	case <-c.stop:
		return 0, errXLStopped
	}
}

// xlFlatePool keeps flate writers (about 1 MB each) from part to part
// and from workbook to workbook, as archive/zip does for its own.
var xlFlatePool sync.Pool

type xlFlate struct{ *flate.Writer }

func (f xlFlate) Close() error {
	err := f.Writer.Close()
	xlFlatePool.Put(f.Writer)
	return err
}

func xlCompressor(out io.Writer) (io.WriteCloser, error) {
	if fw, ok := xlFlatePool.Get().(*flate.Writer); ok {
		fw.Reset(out)
		return xlFlate{fw}, nil
	}
	fw, err := flate.NewWriter(out, flate.BestSpeed)
	return xlFlate{fw}, err
}

// xlEnc encodes rows of cells as SpreadsheetML.
type xlEnc struct {
	w      *bufio.Writer
	x      *xlWriter
	sheet  string
	row    int
	num    []byte
	styles [xlNumKinds]int
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
		k := cols[i].kind
		switch v := v.(type) {
		case string:
			if k == xlDate {
				if t, err := time.Parse(time.DateOnly, v); err == nil && t.After(xlFirstDate) {
					e.start(i+1, k)
					e.number(xlSerial(t))
					continue
				}
			}
			if v != "" {
				e.start(i+1, k)
				e.text(v)
			}
		case int:
			if v != 0 || k != xlIntOpt {
				e.start(i+1, k)
				e.number(v)
			}
		case float64:
			e.start(i+1, k)
			w.WriteString(`"><v>`)
			e.num = strconv.AppendFloat(e.num[:0], v, 'f', -1, 64)
			w.Write(e.num)
			w.WriteString(`</v></c>`)
		}
	}
	w.WriteString(`</row>`)
}

// start begins a cell in column col (1-based) with the kind's style.
func (e *xlEnc) start(col int, k xlKind) {
	e.w.WriteString(`<c r="`)
	e.ref(col)
	e.w.WriteString(`" s="`)
	e.int(e.styles[k])
}

// number ends a cell with a whole number.
func (e *xlEnc) number(n int) {
	e.w.WriteString(`"><v>`)
	e.int(n)
	e.w.WriteString(`</v></c>`)
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
		if c.value != "" {
			e.start(c.col, c.kind)
			e.text(c.value)
		}
	}
	w.WriteString(`</row>`)
}

// text ends a cell with an inline string, cut to Excel's limit (the cut
// is counted for the warning).
func (e *xlEnc) text(v string) {
	w := e.w
	v, cut := xlClip(v)
	if cut {
		e.x.cut[e.sheet]++
	}
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
		b := s[i]
		size := 1
		var esc string
		switch {
		case b >= utf8.RuneSelf:
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			if !(r == utf8.RuneError && size == 1 || r == 0xFFFE || r == 0xFFFF) {
				i += size
				continue
			}
			esc = "\uFFFD"
		case !xlSpecial[b]:
			i++
			continue
		case b == '<':
			esc = "&lt;"
		case b == '>':
			esc = "&gt;"
		case b == '&':
			esc = "&amp;"
		case b == '\r':
			esc = "&#xD;"
		case b == '_':
			if !xlIsEscapeSeq(s[i:]) {
				i++
				continue
			}
			esc = "_x005F_"
		default: // other control characters
			esc = "\uFFFD"
		}
		w.WriteString(s[last:i])
		w.WriteString(esc)
		i += size
		last = i
	}
	w.WriteString(s[last:])
}

// xlSpecial marks the ASCII bytes xlEscape must look at.
var xlSpecial = func() (t [utf8.RuneSelf]bool) {
	for b := range t {
		t[b] = b < 0x20 && b != '\t' && b != '\n'
	}
	for _, b := range "<>&\r_" {
		t[b] = true
	}
	return t
}()

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
