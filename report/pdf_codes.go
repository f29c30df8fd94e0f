package report

import (
	"bytes"
	"fmt"
)

// codes is the encoding of one face in the brief. An ASCII character is
// its own one-byte code and CID. Any other character gets, when first
// drawn, the next two-byte code from 0x8000 (first byte 0x80 or more, so
// the two lengths never clash) and the CID 128 + its rank. The order of
// first use is fixed by the brief, so the same brief gives the same codes.
type codes struct {
	// index gives, by character, its rank + 1 (0 for none yet), in blocks
	// of 256 characters made when first needed: a brief uses a few scripts.
	index [256]*[256]uint16
	runes []rune // by rank: the character of code 0x8000 + rank
}

// maxWide is the number of two-byte codes: 0x8000 to 0xFFFF.
const maxWide = 0x8000

// code returns the two-byte code of the non-ASCII character r, giving it
// one if it has none.
func (cs *codes) code(r rune) uint16 {
	block := cs.index[r>>8]
	if block == nil {
		block = new([256]uint16)
		cs.index[r>>8] = block
	}
	i := block[r&0xFF]
	if i == 0 {
		if len(cs.runes) >= maxWide-1 && r != replacement {
			// Never reached with a font of a few thousand characters;
			// guarded all the same, showing the character as missing.
			return cs.code(replacement)
		}
		cs.runes = append(cs.runes, r)
		i = uint16(len(cs.runes))
		block[r&0xFF] = i
	}
	return 0x8000 + i - 1
}

// cid returns the CID of a character drawn in the face.
func (cs *codes) cid(r rune) int {
	if r < 0x80 {
		return int(r)
	}
	return 0x80 + int(cs.index[r>>8][r&0xFF]) - 1
}

// numCIDs is one more than the largest CID given.
func (cs *codes) numCIDs() int { return 0x80 + len(cs.runes) }

// codeSpace declares the two code lengths, for both CMaps.
const codeSpace = "2 begincodespacerange\n<00> <7F>\n<8000> <FFFF>\nendcodespacerange\n"

// encodingCMap is the CMap that turns codes into CIDs for every face, with
// room for wide two-byte codes: one range per first byte, as CMaps ask.
func encodingCMap(wide int) []byte {
	var b bytes.Buffer
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> def\n/CMapName /Briefing-Codes def\n/CMapType 1 def\n")
	b.WriteString(codeSpace)
	ranges := []string{"<00> <7F> 0"}
	for hi := 0; hi*256 < wide; hi++ {
		ranges = append(ranges, fmt.Sprintf("<%02X00> <%02XFF> %d", 0x80+hi, 0x80+hi, 0x80+hi*256))
	}
	writeCMapBlocks(&b, "cidrange", ranges)
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	return b.Bytes()
}

// toUnicodeCMap maps the codes of a face back to its characters, so that
// text can be searched and copied.
func toUnicodeCMap(cs *codes) []byte {
	var b bytes.Buffer
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
	b.WriteString(codeSpace)
	writeCMapBlocks(&b, "bfrange", []string{"<00> <7F> <0000>"})
	chars := make([]string, len(cs.runes))
	for i, r := range cs.runes {
		chars[i] = fmt.Sprintf("<%04X> <%04X>", 0x8000+i, r)
	}
	writeCMapBlocks(&b, "bfchar", chars)
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	return b.Bytes()
}

// writeCMapBlocks writes entries in blocks of at most 100, the limit of
// the CMap format.
func writeCMapBlocks(b *bytes.Buffer, kind string, entries []string) {
	for len(entries) > 0 {
		n := min(len(entries), 100)
		fmt.Fprintf(b, "%d begin%s\n", n, kind)
		for _, e := range entries[:n] {
			b.WriteString(e)
			b.WriteByte('\n')
		}
		fmt.Fprintf(b, "end%s\n", kind)
		entries = entries[n:]
	}
}
