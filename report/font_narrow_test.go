package report

import (
	"bytes"
	"slices"
	"testing"

	"golang.org/x/image/font/sfnt"
)

// The narrowed font maps each kept character to its glyph in the full
// font, and gofpdf cuts the very same subset from it as from the full font.
func TestNarrowFontGivesTheSameSubset(t *testing.T) {
	m, err := loadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	sets := []string{
		" ",
		"Brief 2026",
		"The quick brown fox jumps over the lazy dog – “Зеленський” in Київ; Łódź, Gdańsk, İstanbul, Şanlıurfa, Straße … ¶4 ± × \uFFFD",
		"ǅǆǇ ΑΒΓαβγ ЀЁЂ ſ ﬁﬂ ₴€£ ←→ ①②",
	}
	for f := range numFaces {
		for _, s := range sets {
			var runes []rune
			seen := map[rune]bool{}
			for _, r := range s {
				if m[f].adv[r] != 0 && !seen[r] {
					seen[r] = true
					runes = append(runes, r)
				}
			}
			slices.Sort(runes)
			narrow, err := narrowFont(fontBytes(f), runes, m[f].gid)
			if err != nil {
				t.Fatalf("face %d: %v", f, err)
			}
			ft, err := sfnt.Parse(narrow)
			if err != nil {
				t.Fatalf("face %d: the narrowed font does not parse: %v", f, err)
			}
			var buf sfnt.Buffer
			for _, r := range runes {
				if g, err := ft.GlyphIndex(&buf, r); err != nil || uint16(g) != m[f].gid[r] {
					t.Errorf("face %d: %q maps to glyph %d (%v), want %d", f, r, g, err, m[f].gid[r])
				}
			}
			if g, _ := ft.GlyphIndex(&buf, 'Q'); !seen['Q'] && g != 0 {
				t.Errorf("face %d: a character left out still maps to glyph %d", f, g)
			}
			want, err := subsetFont(append([]byte(nil), fontBytes(f)...), string(runes))
			if err != nil {
				t.Fatal(err)
			}
			got, err := subsetFont(narrow, string(runes))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("face %d, %.20q: the subset of the narrowed font differs from the full font's", f, s)
			}
		}
	}
}

func TestNarrowFontRefusesBrokenFonts(t *testing.T) {
	m, _ := loadMetrics()
	full := fontBytes(regular)
	for name, data := range map[string][]byte{
		"empty":     nil,
		"header":    full[:12],
		"directory": full[:100],
		"tables":    full[:len(full)/2],
	} {
		if _, err := narrowFont(data, []rune{'a'}, m[regular].gid); err == nil {
			t.Errorf("%s: a broken font gave no error", name)
		}
	}
}

// The glyphs read from a subset's cmap are the ones sfnt finds in it.
func TestSubsetGlyphsMatchSfnt(t *testing.T) {
	m, err := loadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	var runes []rune
	for _, r := range "The quick brown fox – “Зеленський” Łódź İstanbul Straße ¶ \uFFFD" {
		if !slices.Contains(runes, r) {
			runes = append(runes, r)
		}
	}
	slices.Sort(runes)
	for f := range numFaces {
		c := cutFont(f, usedOf(runes), m[f])
		if c.err != nil {
			t.Fatal(c.err)
		}
		ft, err := sfnt.Parse(c.ttf)
		if err != nil {
			t.Fatal(err)
		}
		var buf sfnt.Buffer
		for i, r := range c.runes {
			g, err := ft.GlyphIndex(&buf, r)
			if err != nil || uint16(g) != c.glyphs[i] || g == 0 {
				t.Errorf("face %d, %q: glyph %d, sfnt finds %d (%v)", f, r, c.glyphs[i], g, err)
			}
		}
	}
}

func usedOf(runes []rune) []bool {
	used := make([]bool, 0x10000)
	for _, r := range runes {
		used[r] = true
	}
	return used
}
