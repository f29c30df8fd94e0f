package document

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// decodeText turns the bytes of a text file into a Go string: UTF-8 with or
// without a byte-order mark, UTF-16 (little or big endian, with a BOM or
// recognisably without one), and Windows-1252 for anything that is not
// UTF-8 (the usual encoding of older Windows text files). UTF-8 with a few
// damaged bytes stays UTF-8, the bad bytes replaced by U+FFFD and counted
// in replaced. It reports whether the bytes look like binary data instead
// of text.
func decodeText(data []byte) (text string, replaced int, binary bool) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data, xunicode.ExpectBOM, xunicode.BigEndian), 0, false
	default:
		if order, ok := sniffUTF16(data); ok {
			return decodeUTF16(data, xunicode.IgnoreBOM, order), 0, false
		}
	}
	if looksBinary(data) {
		return "", 0, true
	}
	if utf8.Valid(data) {
		return string(data), 0, false
	}
	if bad, ok := mostlyUTF8(data); ok {
		return strings.ToValidUTF8(string(data), "\uFFFD"), bad, false
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD"), 0, false
	}
	return string(out), 0, false
}

// mostlyUTF8 says whether data that is not valid UTF-8 is UTF-8 all the
// same, with some bytes damaged: it has more well-formed characters beyond
// ASCII than bytes that are not UTF-8. Windows-1252 text almost never
// forms a UTF-8 sequence by chance ("Ã©" is the only kind, and that is
// UTF-8 read wrongly already), so text with accents in Windows-1252 stays
// Windows-1252. It returns the number of invalid sequences.
func mostlyUTF8(data []byte) (invalid int, ok bool) {
	multibyte := 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		} else {
			multibyte++
		}
		i += n
	}
	return invalid, multibyte > invalid
}

// replacedWarning words, for the user, that bytes were replaced.
func replacedWarning(n int) string {
	if n == 1 {
		return "one byte is not valid UTF-8 text and was replaced with \uFFFD; check the text around it"
	}
	return fmt.Sprintf("%d bytes are not valid UTF-8 text and were replaced with \uFFFD; check the text around them", n)
}

func decodeUTF16(data []byte, bom xunicode.BOMPolicy, order xunicode.Endianness) string {
	if len(data)%2 == 1 {
		data = data[:len(data)-1]
	}
	out, err := xunicode.UTF16(order, bom).NewDecoder().Bytes(data)
	if err != nil {
		return ""
	}
	return string(out)
}

// sniffUTF16 recognises UTF-16 text without a byte-order mark: mostly ASCII
// text, so every other byte is zero.
func sniffUTF16(data []byte) (xunicode.Endianness, bool) {
	n := min(len(data), 4096) &^ 1
	if n < 8 {
		return xunicode.BigEndian, false
	}
	var zeroEven, zeroOdd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			zeroEven++
		}
		if data[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := n / 2
	switch {
	case zeroOdd*10 >= pairs*7 && zeroEven*20 < pairs:
		return xunicode.LittleEndian, true
	case zeroEven*10 >= pairs*7 && zeroOdd*20 < pairs:
		return xunicode.BigEndian, true
	}
	return xunicode.BigEndian, false
}

// looksBinary says whether the start of the data is binary rather than text:
// several NUL bytes, or many control characters.
func looksBinary(data []byte) bool {
	n := min(len(data), 8192)
	var nul, ctrl int
	for _, c := range data[:n] {
		switch {
		case c == 0:
			nul++
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B:
			ctrl++
		}
	}
	return nul*20 > n || nul > 16 || ctrl*10 > n
}

// cleanText makes any string fit for Document.Text: valid UTF-8, "\n" line
// endings, and no control characters other than newline and tab (NULs,
// form feeds, byte-order marks and the like are dropped).
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = normalizeNewlines(s)
	clean := true
	for _, r := range s {
		if dropRune(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r == '\f' || r == '\v' || r == '\u2028' || r == '\u2029' {
			b.WriteByte('\n')
			continue
		}
		if !dropRune(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func dropRune(r rune) bool {
	if r == '\n' || r == '\t' {
		return false
	}
	return unicode.IsControl(r) || r == '\uFEFF' || r == '\u2028' || r == '\u2029'
}

// collapseSpace cleans s and turns every run of white space, line breaks
// included, into one space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(cleanText(s)), " ")
}

// builder assembles the text of a structured document (Markdown, HTML,
// Word, PDF): one paragraph per block, separated by blank lines.
type builder struct {
	sb    strings.Builder
	paras []Paragraph
	last  string
	full  bool // a paragraph did not fit in maxText
}

// add appends one paragraph, with its white space collapsed. Empty
// paragraphs and a paragraph repeating the one just before are skipped.
// Past maxText nothing is added and full is set: the caller refuses the
// document rather than cut it short without a word.
func (b *builder) add(s string, heading bool) {
	s = collapseSpace(s)
	if s == "" || s == b.last || b.full {
		return
	}
	if b.sb.Len()+len(s) > maxText {
		b.full = true
		return
	}
	b.last = s
	if b.sb.Len() > 0 {
		b.sb.WriteString("\n\n")
	}
	start := b.sb.Len()
	b.sb.WriteString(s)
	b.paras = append(b.paras, Paragraph{Start: start, End: b.sb.Len(), Heading: heading})
}

func (b *builder) document(format string) *Document {
	return &Document{Format: format, Text: b.sb.String(), Paragraphs: b.paras}
}

func (b *builder) empty() bool { return len(b.paras) == 0 }
