package report

import (
	"encoding/binary"
	"errors"
	"slices"
	"strings"
)

// gofpdf's subsetter reads the whole of the font it is given: it builds a
// map of every character in the font's cmap and copies every table. For a
// brief that uses two hundred of Noto Sans's three thousand characters,
// that is most of its work, and it comes at the very end of an export. So
// gofpdf is given a narrowed font: the same glyphs, metrics and hinting,
// but a cmap with only the characters to keep and none of the tables it
// does not copy (glyph names, OpenType layout). Its output is the same
// subset it would cut from the whole font.

// keptTables are the tables gofpdf's subsetter reads or copies, besides
// cmap and post, which narrowFont writes anew.
var keptTables = []string{"OS/2", "cvt ", "fpgm", "gasp", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "prep"}

// narrowFont returns the TrueType font ttf with a cmap that maps only the
// given characters (ascending, all in the Basic Multilingual Plane) to the
// glyphs gid gives them, a post table without glyph names, and only the
// tables gofpdf needs.
func narrowFont(ttf []byte, runes []rune, gid []uint16) ([]byte, error) {
	all, err := fontTables(ttf)
	if err != nil {
		return nil, err
	}
	type table struct {
		tag  string
		data []byte
	}
	var tables []table
	for _, tag := range keptTables {
		if all[tag] == nil {
			return nil, errors.New("font lacks the " + tag + " table")
		}
		tables = append(tables, table{tag, all[tag]})
	}
	post := all["post"]
	if len(post) < 32 {
		return nil, errors.New("font lacks a post table")
	}
	// post version 3: the same header, no glyph names.
	p := append([]byte{0, 3, 0, 0}, post[4:32]...)
	tables = append(tables, table{"cmap", cmapFormat4(runes, gid)}, table{"post", p})
	slices.SortFunc(tables, func(a, b table) int {
		return strings.Compare(a.tag, b.tag)
	})

	// Each table is followed by at least four zero bytes: gofpdf pads the
	// tables it copies by appending to them in place, which must not run
	// into the next table.
	size := 12 + 16*len(tables)
	for _, t := range tables {
		size += (len(t.data)+3)&^3 + 4
	}
	out := make([]byte, 12+16*len(tables), size)
	copy(out, ttf[:4]) // sfnt version
	binary.BigEndian.PutUint16(out[4:], uint16(len(tables)))
	putSearchHints(out[6:], len(tables), 16)
	for i, t := range tables {
		rec := out[12+16*i:]
		copy(rec, t.tag)
		// Checksums stay 0: gofpdf does not check them and computes
		// those of the subset it writes.
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(t.data)))
		out = append(out, t.data...)
		out = append(out, 0, 0, 0, 0)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out, nil
}

// putSearchHints writes the three numbers that TrueType puts before a
// sorted array of n entries of the given size (table records, cmap
// segments) to speed a binary search: searchRange, entrySelector and
// rangeShift.
func putSearchHints(b []byte, n, size int) {
	sel := 0
	for 1<<(sel+1) <= n {
		sel++
	}
	binary.BigEndian.PutUint16(b[0:], uint16(size<<sel))
	binary.BigEndian.PutUint16(b[2:], uint16(sel))
	binary.BigEndian.PutUint16(b[4:], uint16(size*n-size<<sel))
}

// cmapFormat4 returns a cmap table with one subtable (Windows, Unicode BMP,
// format 4) mapping each of runes (ascending, below U+FFFF) to gid[r], in
// segments of consecutive characters.
func cmapFormat4(runes []rune, gid []uint16) []byte {
	type segment struct{ start, end rune }
	var segs []segment
	for _, r := range runes {
		if r >= 0xFFFF || gid[r] == 0 {
			continue
		}
		if k := len(segs) - 1; k >= 0 && segs[k].end == r-1 {
			segs[k].end = r
		} else {
			segs = append(segs, segment{r, r})
		}
	}
	segs = append(segs, segment{0xFFFF, 0xFFFF}) // the required last segment
	nseg := len(segs)
	glyphs := 0
	for _, s := range segs[:nseg-1] {
		glyphs += int(s.end - s.start + 1)
	}
	// Every segment but the last reads its glyphs from glyphIdArray
	// (idDelta 0), which keeps the table simple whatever the glyph order.
	sub := make([]byte, 16+8*nseg+2*glyphs)
	be := binary.BigEndian
	be.PutUint16(sub[0:], 4)
	be.PutUint16(sub[2:], uint16(len(sub)))
	be.PutUint16(sub[6:], uint16(2*nseg))
	putSearchHints(sub[8:], nseg, 2)
	endAt, startAt := 14, 16+2*nseg
	deltaAt, rangeAt := startAt+2*nseg, startAt+4*nseg
	arrayAt := rangeAt + 2*nseg
	next := 0 // glyphs written to glyphIdArray so far
	for i, s := range segs {
		be.PutUint16(sub[endAt+2*i:], uint16(s.end))
		be.PutUint16(sub[startAt+2*i:], uint16(s.start))
		if i == nseg-1 {
			be.PutUint16(sub[deltaAt+2*i:], 1) // 0xFFFF + 1 = glyph 0
			continue
		}
		// idRangeOffset: from this entry to the segment's first glyph.
		be.PutUint16(sub[rangeAt+2*i:], uint16(arrayAt+2*next-(rangeAt+2*i)))
		for r := s.start; r <= s.end; r++ {
			be.PutUint16(sub[arrayAt+2*next:], gid[r])
			next++
		}
	}
	table := make([]byte, 12, 12+len(sub))
	be.PutUint16(table[2:], 1) // one encoding record
	be.PutUint16(table[4:], 3) // Windows
	be.PutUint16(table[6:], 1) // Unicode BMP
	be.PutUint32(table[8:], 12)
	return append(table, sub...)
}
