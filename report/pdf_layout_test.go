package report

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// These tests check layout decisions on the drawing the layout produces,
// recorded without gofpdf, instead of comparing PDF bytes.

type textOp struct {
	x, y float64 // baseline
	w    float64
	st   style
	s    string
}

type recPage struct {
	w, h    float64
	texts   []textOp
	marks   []string // bookmarks
	rotated []string // turned text: the DRAFT mark
}

// recorder is a canvas that keeps what is drawn.
type recorder struct {
	ts    *typesetter
	pages []*recPage
}

func (r *recorder) beginPage(w, h float64) { r.pages = append(r.pages, &recPage{w: w, h: h}) }
func (r *recorder) text(x, y float64, st style, s string) {
	pg := r.pages[len(r.pages)-1]
	pg.texts = append(pg.texts, textOp{x, y, r.ts.width(st, s), st, s})
}
func (r *recorder) rotatedText(x, y, deg float64, st style, s string) {
	pg := r.pages[len(r.pages)-1]
	pg.rotated = append(pg.rotated, s)
}
func (r *recorder) beginTag(role string) int                  { return 0 }
func (r *recorder) resumeTag(id int)                          {}
func (r *recorder) altText(s string)                          {}
func (r *recorder) endTag()                                   {}
func (r *recorder) artifact(on bool)                          {}
func (r *recorder) fillRect(x, y, w, h float64, c rgb)        {}
func (r *recorder) line(x1, y1, x2, y2, width float64, c rgb) {}
func (r *recorder) bookmark(title string, level int, y float64) {
	pg := r.pages[len(r.pages)-1]
	pg.marks = append(pg.marks, title)
}

func newTestTypesetter(t testing.TB) *typesetter {
	t.Helper()
	m, err := loadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	return &typesetter{m: m, cl: &cleaner{m: m, replaced: map[rune]int{}}}
}

func recordBrief(t testing.TB, n int, size string) (*recorder, pageSpec) {
	t.Helper()
	p := genProject(n, 11)
	p.Brief.PageSize = size
	p.Brief.Annex = true
	ts := newTestTypesetter(t)
	ps := pageFor(size)
	rec := &recorder{ts: ts}
	d := digest(p)
	if got := layoutBrief(rec, ts, ps, d); got != len(rec.pages) {
		t.Fatalf("layout says %d pages, %d recorded", got, len(rec.pages))
	}
	return rec, ps
}

// TestLayoutInsideMargins: body text stays between the margins, furniture
// in the header and footer bands.
func TestLayoutInsideMargins(t *testing.T) {
	for _, size := range []string{"A4", "Letter"} {
		rec, ps := recordBrief(t, 400, size)
		for i, pg := range rec.pages {
			for _, op := range pg.texts {
				inBody := op.y-op.st.size >= ps.top-1 && op.y <= pg.h-ps.bottom+1
				inBand := op.y < ps.top-12 || op.y > pg.h-ps.bottom+12
				if !inBody && !inBand {
					t.Errorf("%s page %d: %q at y=%.1f straddles a margin", size, i+1, op.s, op.y)
				}
				// The space drawn at a line's break shows nothing; it may end
				// in the margin.
				if visible := op.s != " "; visible && (op.x < ps.left-0.5 || op.x+op.w > pg.w-ps.right+0.5) {
					t.Errorf("%s page %d: %q spans x %.1f–%.1f, outside %.1f–%.1f", size, i+1, op.s, op.x, op.x+op.w, ps.left, pg.w-ps.right)
				}
			}
		}
	}
}

// TestLayoutNoOverlap: no two pieces of text on a page overlap.
func TestLayoutNoOverlap(t *testing.T) {
	rec, _ := recordBrief(t, 400, "A4")
	box := func(op textOp) (x0, y0, x1, y1 float64) {
		return op.x, op.y - 0.72*op.st.size, op.x + op.w, op.y + 0.22*op.st.size
	}
	for i, pg := range rec.pages {
		for a := range pg.texts {
			ax0, ay0, ax1, ay1 := box(pg.texts[a])
			for b := a + 1; b < len(pg.texts); b++ {
				bx0, by0, bx1, by1 := box(pg.texts[b])
				if ax0 < bx1-0.01 && bx0 < ax1-0.01 && ay0 < by1-0.01 && by0 < ay1-0.01 {
					t.Fatalf("page %d: %q and %q overlap", i+1, pg.texts[a].s, pg.texts[b].s)
				}
			}
		}
	}
}

// TestLayoutTableHeaderRepeats: every page of the actors table starts with
// the table's header row.
func TestLayoutTableHeaderRepeats(t *testing.T) {
	rec, ps := recordBrief(t, 1500, "A4")
	in, pagesWithTable := false, 0
	for i, pg := range rec.pages {
		for _, m := range pg.marks {
			switch {
			case m == "Actors and positions":
				in = true
			case m == "Stakeholder map", m == "Sources", strings.HasPrefix(m, "Annex"):
				in = false
			}
		}
		if !in || strings.HasPrefix(strings.Join(pg.marks, ""), "Actors") {
			continue
		}
		pagesWithTable++
		var first string
		for _, op := range pg.texts {
			if op.y > ps.top && op.y < pg.h-ps.bottom && op.st.size < 10 { // first body text, not a heading
				first = op.s
				break
			}
		}
		if first != "Actor" {
			t.Errorf("page %d of the actors table starts with %q, not the header row", i+1, first)
		}
	}
	if pagesWithTable < 3 {
		t.Fatalf("the actors table runs over %d pages; the test needs more", pagesWithTable)
	}
}

func TestWrap(t *testing.T) {
	ts := newTestTypesetter(t)
	body := st(regular, 10, inkColor)
	tests := []struct {
		name  string
		spans []span
		width float64
		lines int
	}{
		{"short", []span{{body, "Łódź and Gdańsk"}}, 400, 1},
		{"wraps", []span{{body, strings.Repeat("Зеленський говорить ", 20)}}, 200, 0},
		{"newline", []span{{body, "one\ntwo\n\nfour"}}, 400, 4},
		{"long word", []span{{body, "https://example.org/" + strings.Repeat("x", 300)}}, 100, 0},
		{"styles", []span{{st(bold, 10, inkColor), "Çavuşoğlu"}, {body, " — supports — a deal"}}, 400, 1},
		{"narrow", []span{{body, "abc def"}}, 1, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lines := ts.wrap(tc.spans, tc.width)
			if tc.lines > 0 && len(lines) != tc.lines {
				t.Errorf("%d lines, want %d", len(lines), tc.lines)
			}
			var got, want strings.Builder
			for _, ln := range lines {
				w := 0.0
				for _, fr := range ln.frags {
					w = fr.x + ts.width(fr.st, fr.s)
					got.WriteString(fr.s)
				}
				if w > tc.width+0.01 && len([]rune(ln.frags[0].s)) > 1 {
					t.Errorf("line %q is %.1f wide, more than %.1f", ln.frags[0].s, w, tc.width)
				}
			}
			for _, s := range tc.spans {
				want.WriteString(s.s)
			}
			strip := func(s string) string { return strings.NewReplacer(" ", "", "\n", "").Replace(s) }
			if strip(got.String()) != strip(want.String()) {
				t.Errorf("text changed:\n got %q\nwant %q", got.String(), want.String())
			}
		})
	}
}

func TestClean(t *testing.T) {
	ts := newTestTypesetter(t)
	tests := []struct{ in, want string }{
		{"plain ASCII", "plain ASCII"},
		{"Зеленський, Łódź, Çavuşoğlu, İstanbul, Straße", "Зеленський, Łódź, Çavuşoğlu, İstanbul, Straße"},
		{"“quotes” – dashes — and ‘more’…", "“quotes” – dashes — and ‘more’…"},
		{"emoji 🙂 here", "emoji \uFFFD here"},
		{"flag 🇺🇦!", "flag \uFFFD\uFFFD!"},
		{"thumbs 👍🏽", "thumbs \uFFFD\uFFFD"},
		{"CJK 北京", "CJK \uFFFD\uFFFD"},
		{"soft\u00adhyphen zero\u200bwidth \ufeffbom", "softhyphen zerowidth bom"},
		{"tab\there", "tab here"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"decomposed o\u0301", "decomposed ó"},
		{"heart ❤\ufe0f", "heart \uFFFD"},
	}
	for _, tc := range tests {
		if got := ts.cl.clean(tc.in, regular); got != tc.want {
			t.Errorf("clean(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, r := range "🙂🇺北京" {
		if ts.cl.replaced[r] == 0 {
			t.Errorf("%c (%U) not counted as replaced", r, r)
		}
	}
}

// clean's quick path must give what the full cleaning gives, and count
// the same replacements.
func TestCleanQuickPathMatchesFull(t *testing.T) {
	ts := newTestTypesetter(t)
	// Characters that NFC changes or combines (singletons, marks, Hangul
	// jamo, a starter that combines backwards), beside ordinary ones.
	alphabet := []rune("aeo ЗйїŁóęİşß–—“”…\n\t\u0301\u0308\u0327\u2126\u212b\u1f71\u0958\u0b47\u0b3e\u1100\u1161\u11a8\uac00\u00ad\u200b\ufffd🙂北")
	rng := rand.New(rand.NewPCG(7, 11))
	for range 20000 {
		rs := make([]rune, 1+rng.IntN(8))
		for i := range rs {
			rs[i] = alphabet[rng.IntN(len(alphabet))]
		}
		checkClean(t, ts, string(rs))
	}
	checkClean(t, ts, "bad \xff byte \xc3")
}

func FuzzClean(f *testing.F) {
	f.Add("Зеленський o\u0301 \u2126 \uac00\u11a8 🙂")
	ts := newTestTypesetter(f)
	f.Fuzz(func(t *testing.T, s string) { checkClean(t, ts, s) })
}

func checkClean(t *testing.T, ts *typesetter, s string) {
	t.Helper()
	for f := range numFaces {
		quick := &cleaner{m: ts.m, replaced: map[rune]int{}}
		full := &cleaner{m: ts.m, replaced: map[rune]int{}}
		// The reference normalises first itself, so that it does not lean
		// on the per-character check the quick path uses.
		if got, want := quick.clean(s, f), full.cleanFull(norm.NFC.String(s), f); got != want || !maps.Equal(quick.replaced, full.replaced) {
			t.Fatalf("face %d, %q: clean gives %q (replaced %v), the full cleaning %q (replaced %v)", f, s, got, quick.replaced, want, full.replaced)
		}
	}
}

func TestLongDate(t *testing.T) {
	for in, want := range map[string]string{"2026-01-02": "2 January 2026", "": "", "soon": "soon"} {
		if got := longDate(in); got != want {
			t.Errorf("longDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func ExamplePDFReport() {
	rep := PDFReport{Pages: 3, Replaced: []rune("🙂")}
	fmt.Printf("%d pages, replaced %U\n", rep.Pages, rep.Replaced)
	// Output: 3 pages, replaced [U+1F642]
}
