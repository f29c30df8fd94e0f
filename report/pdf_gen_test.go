package report

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"

	"briefing/document"
	"briefing/project"
)

// Test briefs are generated here, in Go, so that the tests need neither
// Python nor /work/shared. The vocabulary mixes Cyrillic, Polish, Turkish
// and German with curly quotes and dashes, as real briefs do.

var (
	genActors = []struct{ name, role, aff string }{
		{"Володимир Зеленський", "President", "Ukraine"},
		{"Hanna Zdanowska", "Mayor of Łódź", "Civic Coalition"},
		{"Mevlüt Çavuşoğlu", "Former Foreign Minister", "Türkiye"},
		{"Ekrem İmamoğlu", "Mayor of İstanbul", "CHP"},
		{"Friedrich Merz", "Chancellor", "Bundesregierung, Berlin"},
		{"Дмитрий Песков", "Kremlin spokesman", "Russian Federation"},
		{"Aleksandra Dulkiewicz", "Mayor of Gdańsk", "Wszystko dla Gdańska"},
		{"European Commission", "", "European Union"},
		{"Şanlıurfa Chamber of Commerce", "Business association", ""},
		{"Jürgen Großmann", "Energy executive", "Düsseldorf"},
	}
	genWords = strings.Fields(`sanctions ceasefire grain corridor energy security Київ Łódź Gdańsk İstanbul Şanlıurfa
		Zürich Straße reconstruction guarantees “firm” — negotiations – talks territorial sovereignty drones airspace
		pipeline tariffs refugees humanitarian convoy election observers reform “unacceptable” Übergang Kraków Wrocław
		Ölçüm Eskişehir déjà-vu naïve façade Brussels Ankara Warsaw Moscow alliance frontline`)
	genTopics = []string{"Energy security", "Black Sea grain corridor", "Sanctions on Russia", "Reconstruction of Київ",
		"Refugees in Łódź and Gdańsk", "Türkiye’s mediation", "Air defence", "EU enlargement", "Elections – observers",
		"Critical minerals"}
	genStances = []string{"supports", "opposes", "neutral", "claims"}
)

func genSentence(r *rand.Rand, n int) string {
	if n == 0 {
		return ""
	}
	w := make([]string, n)
	for i := range w {
		w[i] = genWords[r.IntN(len(genWords))]
	}
	s := []rune(strings.Join(w, " "))
	s[0] = unicode.ToUpper(s[0])
	return string(s)
}

// genProject builds a brief with n positions: about n/20 topics (at least
// 3) and n/10 actors (at least 5), two source documents, some topics and
// positions left out, some positions unreviewed. The evidence of position
// i carries the token "evNNNNN" so tests can count quotes in the output.
func genProject(n int, seed uint64) *project.Project {
	r := rand.New(rand.NewPCG(seed, 7))
	p := project.New()
	p.Brief = project.Brief{Title: "Ukraine peace talks — positions of European and Turkish actors",
		Author: "Zofia Wójcik", Organisation: "Ministry of Foreign Affairs, Eastern Europe Desk",
		Marking: "OFFICIAL-SENSITIVE", Date: "2026-01-01", PageSize: "A4"}
	// Two documents; evidence is taken from their text.
	for d := range 2 {
		var text strings.Builder
		text.WriteString(fmt.Sprintf("Talks in İstanbul, day %d\n\n", d+1))
		for k := range 12 {
			text.WriteString(genSentence(r, 30+k%7))
			text.WriteString(".\n\n")
		}
		doc := document.FromText(fmt.Sprintf("d%d", d+1), text.String())
		doc.Outlet = []string{"Kyiv Independent", "Gazeta Wyborcza"}[d]
		doc.Date = "2025-12-0" + fmt.Sprint(d+1)
		doc.Source = fmt.Sprintf("https://example.org/news/%d/very-long-path-to-an-article-about-the-talks-in-istanbul-and-łódź", d+1)
		p.Documents = append(p.Documents, doc)
	}
	nt := max(3, n/20)
	na := max(5, n/10)
	for i := range na {
		g := genActors[i%len(genActors)]
		name := g.name
		if i >= len(genActors) {
			name = fmt.Sprintf("%s (%d)", g.name, i/len(genActors)+1)
		}
		p.Actors = append(p.Actors, &project.Actor{ID: fmt.Sprintf("a%d", i+1), Name: name, Role: g.role,
			Affiliation: g.aff, Type: "person", Named: true})
	}
	prios := []string{project.High, project.Medium, project.Low}
	for i := range nt {
		label := genTopics[i%len(genTopics)]
		if i >= len(genTopics) {
			label = fmt.Sprintf("%s %d", label, i/len(genTopics)+1)
		}
		t := &project.Topic{ID: fmt.Sprintf("t%d", i+1), Label: label, Selected: i%7 != 3, Priority: prios[i%3],
			Note: genSentence(r, r.IntN(30))}
		if i%4 == 0 {
			t.Tags = []string{"negotiations", "EU"}
		}
		p.Topics = append(p.Topics, t)
	}
	for i := range n {
		doc := p.Documents[r.IntN(len(p.Documents))]
		para := 2 + r.IntN(len(doc.Paragraphs)-1)
		pr := doc.Paragraphs[para-1]
		quote := doc.Text[pr.Start:pr.End]
		if k := strings.Index(quote, " "); k > 0 {
			quote = quote[k+1:] // a part of the paragraph
		}
		x := &project.Position{
			ID: fmt.Sprintf("p%d", i+1), Actor: p.Actors[r.IntN(na)].ID, Topic: p.Topics[r.IntN(nt)].ID,
			Stance: genStances[r.IntN(4)], Summary: genSentence(r, 10+r.IntN(16)),
			Evidence:  project.Anchor{Doc: doc.ID, Quote: fmt.Sprintf("ev%05d %s", i+1, quote)},
			Paragraph: para, Selected: i%11 != 5, Review: project.Review{Reviewed: i%3 != 0, Origin: project.Suggested},
		}
		if i%9 == 0 {
			x.Note = genSentence(r, 8)
		}
		p.Positions = append(p.Positions, x)
	}
	for i, t := range p.Topics {
		if i%2 == 0 {
			doc := p.Documents[i%2]
			pr := doc.Paragraphs[1+i%5]
			p.Excerpts = append(p.Excerpts, &project.Excerpt{ID: fmt.Sprintf("x%d", i+1), Topic: t.ID,
				Anchor: project.Anchor{Doc: doc.ID, Start: pr.Start, End: pr.End, Quote: doc.Text[pr.Start:pr.End]}})
		}
	}
	return p
}
