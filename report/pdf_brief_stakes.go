package report

import "strconv"

// The stakeholder map in the PDF: a 2×2 grid drawn with rectangles and
// labels, power up and interest to the right, each quadrant holding the
// names of the brief's actors placed there. It is one Figure of the
// structure, whose alternative text gives the map in words.

// Tints of the quadrants, light enough for the names to keep a contrast
// above 13:1 and the grey levels above 5:1 (WCAG asks 4.5:1); the
// quadrant's name, not its colour, says which it is.
var quadrantFill = []rgb{
	{0xdb, 0xe6, 0xf4}, // Keep satisfied
	{0xfb, 0xec, 0xcc}, // Manage closely
	{0xf0, 0xf0, 0xf0}, // Monitor
	{0xdc, 0xee, 0xda}, // Keep informed
}

// stakeMaxLines bounds the lines of names in a quadrant, so that a row
// of the grid fits on a page however many actors the brief has.
const stakeMaxLines = 22

func (b *brief) stakeholderMap() {
	b.heading("Stakeholder map", 0)
	if len(b.d.rows) == 0 {
		b.paragraph([]span{{st(italic, bodySize, greyColor), "No actor holds a position in this brief."}}, para{leading: bodyLeading})
		return
	}
	b.paragraph([]span{{st(regular, smallSize, greyColor), stakeIntro}}, para{leading: smallLead})
	b.y += 6
	qs := b.d.stakeQuadrants()
	const axisW, pad, headH = 58.0, 6.0, 16.0
	cw := (b.ps.bodyWidth() - axisW) / 2
	x0 := b.ps.left + axisW
	title := st(bold, 10, inkColor)
	sub := st(regular, smallSize-1, greyColor)
	names := st(regular, smallSize, inkColor)
	axis := st(bold, smallSize, navyColor)

	b.need(headH + 2*90)
	b.c.beginTag("Figure")
	b.c.altText(stakeAlt(qs))
	defer b.c.endTag()
	for i, label := range []string{"Lower interest", "Higher interest"} {
		b.c.text(x0+float64(i)*cw+pad, b.y+11, axis, label)
	}
	b.y += headH
	for row, label := range []string{"Higher power", "Lower power"} {
		left, right := qs[2*row], qs[2*row+1]
		var lines [2][]textLine
		h := 80.0
		for k, q := range []stakeQuadrant{left, right} {
			ls := b.wrap([]span{{names, q.names()}}, cw-2*pad)
			if len(ls) > stakeMaxLines {
				ls = ls[:stakeMaxLines]
				last := &ls[stakeMaxLines-1]
				if n := len(last.frags); n > 0 {
					fr := &last.frags[n-1]
					fr.s = b.truncate(fr.st, fr.s+" …", cw-2*pad-fr.x)
				}
			}
			lines[k] = ls
			h = max(h, pad+14+12+4+float64(len(ls))*smallLead+pad)
		}
		b.need(h)
		top := b.y
		b.paragraphAt(b.ps.left, top+pad, axisW-pad, axis, label)
		for k, q := range []stakeQuadrant{left, right} {
			x := x0 + float64(k)*cw
			b.c.fillRect(x, top, cw, h, quadrantFill[2*row+k])
			b.c.text(x+pad, top+pad+10, title, b.truncate(title, q.name, cw-2*pad))
			b.c.text(x+pad, top+pad+23, sub, b.truncate(sub, q.power+" · "+q.interest+" · "+countActors(len(q.actors)), cw-2*pad))
			for j, ln := range lines[k] {
				b.drawLine(x+pad, top+pad+30+float64(j)*smallLead, smallLead, ln)
			}
		}
		// the grid's lines over the tints
		b.c.line(x0, top, x0+2*cw, top, 0.8, greyColor)
		b.c.line(x0, top+h, x0+2*cw, top+h, 0.8, greyColor)
		for k := range 3 {
			x := x0 + float64(k)*cw
			b.c.line(x, top, x, top+h, 0.8, greyColor)
		}
		b.y = top + h
	}
	b.y += 8
}

// paragraphAt draws one short label, wrapped into width, from (x, top).
func (b *brief) paragraphAt(x, top, width float64, s style, text string) {
	for i, ln := range b.wrap([]span{{s, text}}, width) {
		b.drawLine(x, top+float64(i)*smallLead, smallLead, ln)
	}
}

func countActors(n int) string {
	return strconv.Itoa(n) + " " + plural(n, "actor", "actors")
}
