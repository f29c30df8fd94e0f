package report

import (
	"testing"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// readMetrics reads the tables itself; sfnt, asked character by character,
// must agree on every character of every face.
func TestReadMetricsMatchesSfnt(t *testing.T) {
	for f := range numFaces {
		got, err := readMetrics(fontBytes(f))
		if err != nil {
			t.Fatal(err)
		}
		ft, err := sfnt.Parse(fontBytes(f))
		if err != nil {
			t.Fatal(err)
		}
		var buf sfnt.Buffer
		upem := fixed.Int26_6(ft.UnitsPerEm())
		scale := 1000 / float64(upem)
		mapped, diffs := 0, 0
		for r := rune(0x20); r < 0x10000; r++ {
			var wantAdv, wantGID uint16
			g, err := ft.GlyphIndex(&buf, r)
			if err == nil && g != 0 && (r < 0xD800 || r > 0xF8FF) {
				a, err := ft.GlyphAdvance(&buf, g, upem<<6, 0)
				if err != nil {
					t.Fatal(err)
				}
				w := int(float64(a)/64*scale + 0.5)
				switch {
				case w <= 0:
					wantAdv = zeroWidth
				case w >= zeroWidth:
					wantAdv = zeroWidth - 1
				default:
					wantAdv = uint16(w)
				}
				wantGID = uint16(g)
				mapped++
			}
			if got.adv[r] != wantAdv || got.gid[r] != wantGID {
				if diffs++; diffs <= 5 {
					t.Errorf("face %d, %U: advance %d glyph %d, sfnt says %d and %d", f, r, got.adv[r], got.gid[r], wantAdv, wantGID)
				}
			}
		}
		if mapped < 2000 {
			t.Errorf("face %d maps only %d characters", f, mapped)
		}
		met, err := ft.Metrics(&buf, upem<<6, 0)
		if err != nil || got.ascent != float64(met.Ascent)/64*scale {
			t.Errorf("face %d: ascent %v, sfnt says %v (%v)", f, got.ascent, float64(met.Ascent)/64*scale, err)
		}
	}
}

func TestReadMetricsRefusesBrokenFonts(t *testing.T) {
	full := fontBytes(regular)
	for name, data := range map[string][]byte{
		"empty":  nil,
		"header": full[:12],
		"half":   full[:len(full)/2],
	} {
		if _, err := readMetrics(data); err == nil {
			t.Errorf("%s: a broken font gave no error", name)
		}
	}
}
