package report

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"briefing/document"
	"briefing/project"
)

// Test projects for the workbook and CSV tests, built in Go so that the
// tests need nothing from /work/shared. Names are Cyrillic, Polish and
// Turkish; notes, quotes and labels include strings a spreadsheet would
// take for formulas.

var (
	xlGenNames = []string{"Володимир Зеленський", "Małgorzata Kidawa-Błońska", "Дмитро Кулеба",
		"Radosław Sikorski", "Ekrem İmamoğlu", "Jürgen Großmann", "Łukasz Żółć", "NATO"}
	xlGenWords = strings.Fields(`sanctions ceasefire grain corridor energy Київ Łódź Gdańsk İstanbul
		Zürich Straße “firm” — negotiations – talks sovereignty drones pipeline refugees Kraków
		Wrocław źdźbło gęślą jaźń Харків Одеса déjà-vu naïve`)
	// xlFormulaLike are strings a spreadsheet would evaluate if it took
	// them as formulas.
	xlFormulaLike = []string{"=1+1", "+48 22 123 45 67", "-5% on last month", "@SUM(A1:A2)",
		"=HYPERLINK(\"http://evil.example\",\"click\")", "=cmd|' /C calc'!A0"}
)

func xlGenSentence(r *rand.Rand, n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = xlGenWords[r.IntN(len(xlGenWords))]
	}
	return strings.Join(w, " ")
}

// xlGenProject builds a project with n positions over two documents with
// text, n/10+3 actors and n/20+3 topics. Every fifth position carries a
// formula-like note; one actor, one topic and one position are rejected
// (they must not be exported).
func xlGenProject(n int, seed uint64) *project.Project {
	r := rand.New(rand.NewPCG(seed, 11))
	p := project.New()
	p.Brief = project.Brief{Title: "Rozmowy pokojowe — Київ, Łódź", Author: "Zofia Wójcik",
		Organisation: "Ministerstwo Spraw Zagranicznych", Marking: "OFFICIAL", Date: "2026-01-01",
		Summary: "Positions of actors on the talks.", PageSize: "A4"}
	for d := range 2 {
		var b strings.Builder
		fmt.Fprintf(&b, "Rozmowy w Łodzi, dzień %d\n\n", d+1)
		for k := range 6 {
			b.WriteString(xlGenSentence(r, 12+k))
			b.WriteString(".\n\n")
		}
		b.WriteString("=SUM(1,2) is what the spreadsheet said.\n")
		doc := document.FromText(fmt.Sprintf("d%d", d+1), b.String())
		doc.Outlet = []string{"Gazeta Wyborcza", "Українська правда"}[d]
		doc.Date = fmt.Sprintf("2025-12-0%d", d+1)
		doc.Source = fmt.Sprintf("https://example.org/%d/łódź-київ", d+1)
		p.Documents = append(p.Documents, doc)
	}
	na, nt := n/10+3, n/20+3
	for i := range na {
		a := &project.Actor{ID: fmt.Sprintf("a%d", i+1), Name: xlGenNames[i%len(xlGenNames)],
			Aliases: []string{"alias " + fmt.Sprint(i)}, Type: "person", Role: "Minister", Affiliation: "Rząd RP",
			Named: true, Review: project.Review{Origin: project.Suggested, Why: "speaker tag"}}
		if i >= len(xlGenNames) {
			a.Name += fmt.Sprintf(" %d", i)
		}
		if i == 1 {
			a.Note = "+48 22 123 45 67"
			a.Origin = project.Edited
			a.Reviewed = true
		}
		p.Actors = append(p.Actors, a)
	}
	p.Actors[na-1].Rejected = true
	prio := []string{project.High, project.Medium, project.Low}
	for i := range nt {
		t := &project.Topic{ID: fmt.Sprintf("t%d", i+1), Label: fmt.Sprintf("Temat %d: Żywność i Київ", i+1),
			Keywords: []string{"zboże", "корридор"}, Selected: i%4 != 3, Priority: prio[i%3],
			Tags: []string{"east"}, Note: xlFormulaLike[i%len(xlFormulaLike)], Review: project.Review{Origin: project.Suggested}}
		p.Topics = append(p.Topics, t)
	}
	p.Topics[nt-1].Rejected = true
	p.Topics[nt-1].Selected = false
	for i := range n {
		d := p.Documents[i%2]
		k := 1 + i%(len(d.Paragraphs)-1)
		para := d.Paragraphs[k]
		x := &project.Position{ID: fmt.Sprintf("p%d", i+1), Actor: p.Actors[i%(na-1)].ID,
			Topic: p.Topics[i%(nt-1)].ID, Stance: xlStances[i%4], Summary: xlGenSentence(r, 8),
			Evidence:  project.Anchor{Doc: d.ID, Start: para.Start, End: para.End, Quote: d.Text[para.Start:para.End]},
			Paragraph: k + 1, Confidence: float64(i%100) / 100, Selected: i%7 != 0,
			Review: project.Review{Origin: project.Suggested, Why: "reported speech"}}
		if i%5 == 0 {
			x.Note = xlFormulaLike[(i/5)%len(xlFormulaLike)]
		}
		if i%3 == 0 {
			x.Origin, x.Reviewed = project.Edited, true
		}
		p.Positions = append(p.Positions, x)
	}
	if n > 2 {
		p.Positions[2].Rejected = true
	}
	return p
}
