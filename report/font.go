package report

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The PDF brief is set in Noto Sans (SIL Open Font License 1.1, see
// fonts/OFL.txt), embedded so that the brief looks the same on every
// machine. The PDF carries only the subset of glyphs it uses.
var (
	//go:embed fonts/NotoSans-Regular.ttf
	notoRegular []byte
	//go:embed fonts/NotoSans-Bold.ttf
	notoBold []byte
	//go:embed fonts/NotoSans-Italic.ttf
	notoItalic []byte
)

// face is one style of the brief's font family.
type face uint8

const (
	regular face = iota
	bold
	italic
	numFaces
)

// fontBytes returns the TrueType file of a face. Callers that hand it to
// gofpdf must copy it: two documents built at once from the same bytes race.
func fontBytes(f face) []byte {
	switch f {
	case bold:
		return notoBold
	case italic:
		return notoItalic
	}
	return notoRegular
}

// replacement stands in for a character the font cannot show. Noto Sans
// has U+FFFD, the usual sign of a character that could not be shown.
const replacement = '\uFFFD'

// metrics are the advance widths of one face, in thousandths of the font
// size, for every character of the Basic Multilingual Plane; 0 marks a
// character the font lacks. They match what gofpdf computes from the same
// file (it rounds the same way), so lines measured here fit when drawn.
type metrics struct {
	adv    []uint16 // 0: missing; zeroWidth: present with no advance
	gid    []uint16 // glyph of each character in the font file
	ascent float64  // in thousandths of the size
}

const zeroWidth = 0xFFFF

var (
	metricsOnce sync.Once
	faceMetrics [numFaces]*metrics
	metricsErr  error
)

// loadMetrics reads the embedded fonts once per process.
func loadMetrics() ([numFaces]*metrics, error) {
	metricsOnce.Do(func() {
		// The faces are read at once: this is most of a short brief's
		// start-up.
		var errs [numFaces]error
		var wg sync.WaitGroup
		for f := range numFaces {
			wg.Go(func() { faceMetrics[f], errs[f] = readMetrics(fontBytes(f)) })
		}
		invisible = makeInvisible()
		wg.Wait()
		for f, err := range errs {
			if err != nil {
				metricsErr = fmt.Errorf("read embedded font %d: %w", f, err)
				faceMetrics = [numFaces]*metrics{}
				return
			}
		}
	})
	return faceMetrics, metricsErr
}

// readMetrics reads the advance and glyph of every character of the Basic
// Multilingual Plane that the font maps, straight from its cmap (format 4)
// and hmtx tables: asking sfnt glyph by glyph for 60,000 characters took
// most of a short brief's start-up. TestReadMetricsMatchesSfnt checks the
// result against sfnt for every character.
func readMetrics(data []byte) (*metrics, error) {
	tables, err := fontTables(data)
	if err != nil {
		return nil, err
	}
	head, hhea, hmtx, cmap := tables["head"], tables["hhea"], tables["hmtx"], tables["cmap"]
	if len(head) < 54 || len(hhea) < 36 {
		return nil, errors.New("head or hhea table too short")
	}
	upem := int(be16(head, 18))
	nMetrics := int(be16(hhea, 34))
	if upem == 0 || nMetrics == 0 || len(hmtx) < 4*nMetrics {
		return nil, errors.New("bad unitsPerEm or hmtx")
	}
	scale := 1000 / float64(upem)
	m := &metrics{adv: make([]uint16, 0x10000), gid: make([]uint16, 0x10000)}
	err = eachMapped(cmap, func(r rune, g uint16) {
		if r < 0x20 || r >= 0xD800 && r <= 0xF8FF { // controls, surrogates and private use
			return
		}
		a := be16(hmtx, 4*min(int(g), nMetrics-1))
		w := int(float64(a)*scale + 0.5)
		switch {
		case w <= 0:
			m.adv[r] = zeroWidth
		case w >= zeroWidth:
			m.adv[r] = zeroWidth - 1
		default:
			m.adv[r] = uint16(w)
		}
		m.gid[r] = g
	})
	if err != nil {
		return nil, err
	}
	m.ascent = float64(int16(be16(hhea, 4))) * scale // hhea ascender, as sfnt reads it
	return m, nil
}

func be16(b []byte, at int) uint16 { return binary.BigEndian.Uint16(b[at:]) }

// fontTables returns the tables of a TrueType font by tag.
func fontTables(ttf []byte) (map[string][]byte, error) {
	if len(ttf) < 12 {
		return nil, errors.New("font too short")
	}
	n := int(be16(ttf, 4))
	if len(ttf) < 12+16*n {
		return nil, errors.New("font table directory truncated")
	}
	tables := make(map[string][]byte, n)
	for i := range n {
		rec := ttf[12+16*i:]
		off, size := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		if uint64(off)+uint64(size) > uint64(len(ttf)) {
			return nil, fmt.Errorf("font table %q out of bounds", rec[:4])
		}
		tables[string(rec[:4])] = ttf[off : off+size]
	}
	return tables, nil
}

// cmapFormat4Subtable returns the Windows Unicode BMP (3, 1) subtable of a
// cmap table, which must be in format 4.
func cmapFormat4Subtable(cmap []byte) ([]byte, error) {
	if len(cmap) < 4 {
		return nil, errors.New("cmap table too short")
	}
	n := int(be16(cmap, 2))
	for i := range n {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			break
		}
		if be16(cmap, rec) != 3 || be16(cmap, rec+2) != 1 {
			continue
		}
		off := int(binary.BigEndian.Uint32(cmap[rec+4:]))
		if off+4 > len(cmap) || be16(cmap, off) != 4 {
			break
		}
		size := int(be16(cmap, off+2))
		if off+size > len(cmap) || size < 16 {
			break
		}
		return cmap[off : off+size], nil
	}
	return nil, errors.New("no Unicode BMP cmap in format 4")
}

// eachMapped calls fn for every character below U+FFFF that the font's
// cmap table (its format 4 subtable) maps to a glyph other than 0, in
// ascending order.
func eachMapped(cmap []byte, fn func(r rune, g uint16)) error {
	sub, err := cmapFormat4Subtable(cmap)
	if err != nil {
		return err
	}
	segs := int(be16(sub, 6)) / 2
	if len(sub) < 16+8*segs {
		return errors.New("cmap format 4 subtable truncated")
	}
	ends, starts := sub[14:], sub[16+2*segs:]
	deltas, offsets := sub[16+4*segs:], sub[16+6*segs:]
	for i := range segs {
		first, last := rune(be16(starts, 2*i)), rune(be16(ends, 2*i))
		delta, ro := be16(deltas, 2*i), int(be16(offsets, 2*i))
		for r := first; r <= last && r < 0xFFFF; r++ {
			g := uint16(r) + delta
			if ro != 0 {
				at := 16 + 6*segs + 2*i + ro + 2*int(r-first)
				if at+2 > len(sub) {
					return errors.New("cmap format 4 glyph index out of bounds")
				}
				if g = be16(sub, at); g != 0 {
					g += delta
				}
			}
			if g != 0 {
				fn(r, g)
			}
		}
	}
	return nil
}

// width returns the width of s at the given size, in points. s must have
// been cleaned for this face.
func (m *metrics) width(s string, size float64) float64 {
	w := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			w += int(m.adv[c])
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n - 1
		w += m.runeAdv(r)
	}
	return float64(w) * size / 1000
}

// runeAdv is the advance of a character as width counts it: 0 for one
// outside the Basic Multilingual Plane or without advance.
func (m *metrics) runeAdv(r rune) int {
	if r < 0x10000 {
		if a := m.adv[r]; a != zeroWidth {
			return int(a)
		}
	}
	return 0
}

// word finds the end of the word of s that starts at pos (the next space or
// newline, or the end of s) and returns it with the word's width at the
// given size, as width would measure it.
func (m *metrics) word(s string, pos int, size float64) (end int, width float64) {
	w := 0
	i := pos
	for ; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\n' {
				break
			}
			w += int(m.adv[c])
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n - 1
		w += m.runeAdv(r)
	}
	return i, float64(w) * size / 1000
}

// cleaner makes text safe for the font: it composes accents (NFC), turns
// tabs into spaces, drops control and invisible formatting characters, and
// replaces every character the font lacks (emoji among them: gofpdf cannot
// take characters above U+FFFF) with U+FFFD, counting what it replaced.
type cleaner struct {
	m        [numFaces]*metrics
	replaced map[rune]int
	// inert caches, by character from U+0300, whether a string made of
	// such characters is surely NFC: 1 yes, 2 no, 0 not known yet.
	inert []uint8
}

// clean returns s ready to draw in face f. Newlines are kept; the layout
// treats them as line breaks.
func (c *cleaner) clean(s string, f face) string {
	if isPlainASCII(s) || c.asIs(s, c.m[f].adv) {
		return s
	}
	return c.cleanFull(s, f)
}

// asIs reports, in one quick pass, that cleanFull would return s
// unchanged: every character is a newline or one the face draws as it
// is, and none can change under NFC. false means only "not known".
func (c *cleaner) asIs(s string, adv []uint16) bool {
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if b != '\n' && (adv[b] == 0 || invisible[b]) {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || r >= 0x10000 || adv[r] == 0 || invisible[r] || !c.isInert(r) {
			return false
		}
		i += n
	}
	return true
}

// isInert reports whether r is in NFC on its own and starts a segment
// that combines with nothing before it. A string of such characters is in
// NFC: nothing decomposes, reorders or composes.
func (c *cleaner) isInert(r rune) bool {
	if r < 0x300 {
		return true // nothing below the combining marks decomposes or combines backwards
	}
	if c.inert == nil {
		c.inert = make([]uint8, 0x10000)
	}
	v := c.inert[r]
	if v == 0 {
		v = 2
		if s := string(r); norm.NFC.IsNormalString(s) && norm.NFC.PropertiesString(s).BoundaryBefore() {
			v = 1
		}
		c.inert[r] = v
	}
	return v == 1
}

// cleanFull is clean for any string.
func (c *cleaner) cleanFull(s string, f face) string {
	if !c.surelyNFC(s) && !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	adv := c.m[f].adv
	var b strings.Builder
	changed := false
	for i, r := range s {
		keep := true // write r unchanged
		out := r     // else write out, or nothing when out < 0
		switch {
		case r == '\n':
		case r == '\t':
			keep, out = false, ' '
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			keep, out = false, replacement // invalid UTF-8
		case r < 0x10000 && adv[r] != 0 && !invisible[r]:
			// the common case: the font has it
		case invisible[min(r, 0xFFFF)] || r >= 0x10000 && isInvisible(r):
			keep, out = false, -1 // controls, zero-width joiners, soft hyphens, byte-order marks, selectors
		default:
			c.replaced[r]++
			keep, out = false, replacement
		}
		if !keep && !changed {
			b.Grow(len(s) + 8)
			b.WriteString(s[:i])
			changed = true
		}
		if changed && out >= 0 {
			b.WriteRune(out)
		}
	}
	if !changed {
		return s
	}
	return b.String()
}

// invisible marks the characters of the Basic Multilingual Plane that
// clean drops: controls and invisible formatting characters.
// It is filled with the metrics, on first use.
var invisible []bool

func makeInvisible() []bool {
	// The same as isInvisible for every r, from the tables' ranges.
	t := make([]bool, 0x10000)
	for _, tab := range []*unicode.RangeTable{unicode.Cc, unicode.Cf, unicode.Variation_Selector} {
		for _, rg := range tab.R16 {
			for r := uint32(rg.Lo); r <= uint32(rg.Hi); r += uint32(rg.Stride) {
				t[r] = true
			}
		}
		for _, rg := range tab.R32 {
			for r := rg.Lo; r <= rg.Hi && r < 0x10000; r += rg.Stride {
				t[r] = true
			}
		}
	}
	t['\n'], t['\t'] = false, false
	return t
}

func isInvisible(r rune) bool {
	return unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Variation_Selector, r)
}

// replacedRunes returns the replaced characters in order.
func (c *cleaner) replacedRunes() []rune {
	out := make([]rune, 0, len(c.replaced))
	for r := range c.replaced {
		out = append(out, r)
	}
	slices.Sort(out)
	return out
}

// surelyNFC reports, quickly, that s is in NFC: every character is inert
// (see isInert). Invalid UTF-8 is left to the full check. false means
// only "not known".
func (c *cleaner) surelyNFC(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || r >= 0x10000 || !c.isInert(r) {
			return false
		}
		i += n
	}
	return true
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c < ' ' && c != '\n' || c == 0x7f {
			return false
		}
	}
	return true
}
