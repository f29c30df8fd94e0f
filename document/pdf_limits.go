package document

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"

	"github.com/ledongthuc/pdf"
)

// The PDF reader follows the file's structure wherever it points and
// decompresses whatever it is given, so a damaged or hostile file can make
// it loop for ever or fill the memory. These limits are checked before the
// reader is let loose on a part of the file. They are variables so that
// tests can lower them.
var (
	// maxPDFPageContent bounds the decompressed drawing instructions
	// (content streams and font maps) of one page. The reader keeps about
	// 100 bytes for every character it draws, so 2 MB of instructions
	// cost at most some 200 MB while the page is read; a dense page of
	// text needs a few tens of KB.
	maxPDFPageContent int64 = 2 << 20
	// maxPDFContent bounds the decompressed instructions of all pages
	// together, counting a stream again each time a page draws it. The
	// reader interprets about a megabyte a second, so this also bounds the
	// time: half a minute at worst. A report of 300 dense pages needs
	// some 10 MB.
	maxPDFContent int64 = 32 << 20
)

// maxPDFXrefSections bounds the chain of cross-reference sections (one per
// incremental update of the file) and of object streams extending each
// other; maxPDFObjectStreams the object streams looked at. Real files have
// a few of each, large ones some hundreds of object streams.
const (
	maxPDFXrefSections  = 256
	maxPDFObjectStreams = 100_000
)

// errPDFContent marks a PDF with more drawing instructions than the limits.
var errPDFContent = errors.New("too much page content")

// contentBudget counts the decompressed bytes the pages' streams unpack to.
type contentBudget struct {
	left int64 // for the whole document
}

// check decompresses, and throws away, everything the page will make the
// reader decompress, and reports errPDFContent when that is over the
// limits. Reading twice costs time but not memory, and only the second
// read keeps what it finds.
func (b *contentBudget) check(page pdf.Page) error {
	limit := min(maxPDFPageContent, b.left)
	var used int64
	count := func(v pdf.Value) error {
		if v.Kind() != pdf.Stream {
			return nil
		}
		n, err := io.CopyN(io.Discard, v.Reader(), limit-used+1)
		used += n
		if used > limit {
			return errPDFContent
		}
		if err != nil && err != io.EOF {
			return err
		}
		return nil
	}
	contents := page.V.Key("Contents")
	if contents.Kind() == pdf.Array {
		for i := range contents.Len() {
			if err := count(contents.Index(i)); err != nil {
				return err
			}
		}
	} else if err := count(contents); err != nil {
		return err
	}
	fonts := page.Resources().Key("Font")
	for _, name := range fonts.Keys() {
		if err := count(fonts.Key(name).Key("ToUnicode")); err != nil {
			return err
		}
	}
	b.left -= used
	return nil
}

// pdfContentErr words errPDFContent for the user.
func pdfContentErr(name string, page int) error {
	return fileErr(name, ErrTooLarge, nil,
		"page %d of this PDF holds more drawing instructions than the application reads (the limit is %s a page and %s in all); it may be damaged or malicious",
		page, humanSize(maxPDFPageContent), humanSize(maxPDFContent))
}

// parentsEnd says whether the page's chain of Parent links ends within the
// tree depth limit. The reader climbs it to find inherited resources, for
// ever if it loops.
func parentsEnd(page pdf.Page) bool {
	v := page.V
	for range maxPDFTreeDepth {
		v = v.Key("Parent")
		if v.IsNull() {
			return true
		}
	}
	return false
}

// checkObjectStreams refuses the cross-reference entries the reader cannot
// follow without looping or recursing until the stack overflows (a crash
// that recover cannot catch): an object said to be inside an object stream
// that is itself inside an object stream (the format forbids it), and
// object streams that extend each other in a cycle.
//
// The reader keeps its cross-reference table to itself; it is read here
// through reflection, field by field. If a new version of the reader lays
// the table out differently, the check is skipped (TestPDFObjectStreamCycle
// then fails, which is the signal to adapt it).
func checkObjectStreams(r *pdf.Reader, data []byte) error {
	if err := extendsCycle(data); err != nil {
		return err
	}
	table := reflect.ValueOf(r).Elem().FieldByName("xref")
	if !table.IsValid() || table.Kind() != reflect.Slice {
		return nil
	}
	type entry struct {
		inStream bool
		stream   uint64
	}
	entries := make([]entry, table.Len())
	for i := range entries {
		e := table.Index(i)
		in, strm := e.FieldByName("inStream"), e.FieldByName("stream")
		if !in.IsValid() || in.Kind() != reflect.Bool || !strm.IsValid() {
			return nil
		}
		id := strm.FieldByName("id")
		if !id.IsValid() || id.Kind() != reflect.Uint32 {
			return nil
		}
		entries[i] = entry{in.Bool(), id.Uint()}
	}
	for i, e := range entries {
		if !e.inStream || e.stream >= uint64(len(entries)) {
			continue
		}
		if entries[e.stream].inStream {
			return fmt.Errorf("object %d is in object stream %d, which is itself inside an object stream", i, e.stream)
		}
	}
	return nil
}

var (
	objHeader  = regexp.MustCompile(`(\d+)\s+\d+\s+obj\b`)
	extendsRef = regexp.MustCompile(`/Extends\s+(\d+)\s+\d+\s+R`)
)

// extendsCycle says whether following /Extends from some object stream
// comes back to it, or goes on for longer than any real file would. The
// format keeps object streams outside object streams, so their
// dictionaries are in the file's bytes as they are: around each
// "/ObjStm", from the object's header to the "stream" keyword.
func extendsCycle(data []byte) error {
	const reach = 4096 // the longest dictionary considered
	next := map[int]int{}
	for off, n := 0, 0; ; n++ {
		if n >= maxPDFObjectStreams {
			return fmt.Errorf("it has more than %d object streams", maxPDFObjectStreams)
		}
		i := bytes.Index(data[off:], []byte("/ObjStm"))
		if i < 0 {
			break
		}
		i += off
		off = i + 1
		before := data[max(0, i-reach):i]
		heads := objHeader.FindAllSubmatchIndex(before, -1)
		if heads == nil {
			continue
		}
		h := heads[len(heads)-1]
		dict := data[max(0, i-reach)+h[1]:]
		if j := bytes.Index(dict[:min(len(dict), 2*reach)], []byte("stream")); j >= 0 {
			dict = dict[:j]
		} else {
			continue
		}
		ext := extendsRef.FindSubmatch(dict)
		if ext == nil {
			continue
		}
		from, err1 := strconv.Atoi(string(before[h[2]:h[3]]))
		to, err2 := strconv.Atoi(string(ext[1]))
		if err1 == nil && err2 == nil {
			next[from] = to
		}
	}
	for start := range next {
		at, steps := start, 0
		for {
			to, ok := next[at]
			if !ok {
				break
			}
			if to == start || steps > maxPDFXrefSections {
				return errors.New("its object streams extend each other in a cycle")
			}
			at, steps = to, steps+1
		}
	}
	return nil
}

var (
	startXref = regexp.MustCompile(`startxref\s+(\d+)`)
	prevRef   = regexp.MustCompile(`/Prev\s+(\d+)`)
)

// xrefChainLoops says whether the file's cross-reference sections, each
// pointing to the one before with /Prev, form a cycle or a chain longer
// than maxPDFXrefSections: the reader follows the chain without a bound.
// A section's /Prev is in its trailer (a table, ended by "startxref") or
// in its stream's dictionary (ended by "stream").
func xrefChainLoops(data []byte) bool {
	i := bytes.LastIndex(data, []byte("startxref"))
	if i < 0 {
		return false
	}
	m := startXref.FindSubmatch(data[i:])
	if m == nil {
		return false
	}
	off, err := strconv.ParseInt(string(m[1]), 10, 64)
	seen := map[int64]bool{}
	for err == nil && off >= 0 && off < int64(len(data)) {
		if seen[off] || len(seen) >= maxPDFXrefSections {
			return true
		}
		seen[off] = true
		section := data[off:]
		end := len(section)
		for _, stop := range []string{"startxref", "stream"} {
			if j := bytes.Index(section, []byte(stop)); j >= 0 {
				end = min(end, j)
			}
		}
		p := prevRef.FindSubmatch(section[:end])
		if p == nil {
			return false
		}
		off, err = strconv.ParseInt(string(p[1]), 10, 64)
	}
	return false
}
