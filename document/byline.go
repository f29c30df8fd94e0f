package document

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// headLines is how many non-empty lines at the top of a text are searched
// for a byline and a date line. Newspapers put them straight under the
// headline (sometimes after a standfirst); deeper down, "By ..." starts
// sentences ("By the end of the year ...") and dates are events, not the
// date of publication.
const headLines = 6

// headMeta is what the head of a text says about the article.
type headMeta struct {
	author, outlet, date string
	updated              string // an "Updated ..." date, used when no other date is given
}

// textHeadMeta reads the byline and date lines among the first headLines
// non-empty lines of text, skipping the title line (the first line, when
// it is the title). It stops at the first line that reads as body text, so
// nothing is ever taken from the body. The lines stay in the text: the
// analysis and the anchors count paragraphs and byte offsets in it.
func textHeadMeta(text string, skipFirst bool) headMeta {
	var m headMeta
	seen := 0
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		seen++
		if seen > headLines {
			break
		}
		if seen == 1 && skipFirst {
			continue
		}
		if looksLikeBody(line) {
			break
		}
		m.addLine(line)
	}
	return m
}

// addLine takes what one head line says, keeping what earlier lines said.
func (m *headMeta) addLine(line string) {
	if author, outlet, date, ok := parseByline(line); ok {
		if m.author == "" {
			m.author, m.outlet = author, cmpOr(m.outlet, outlet)
		}
		if m.date == "" {
			m.date = date
		}
		return
	}
	if date, updated, ok := parseDateLine(line); ok {
		switch {
		case !updated && m.date == "":
			m.date = date
		case updated && m.updated == "":
			m.updated = date
		}
	}
}

// fill sets the document's empty details from the head of its text.
func (m headMeta) fill(d *Document) {
	if d.Author == "" && m.author != "" {
		d.Author = m.author
		if d.Outlet == "" {
			d.Outlet = m.outlet
		}
	}
	if d.Date == "" {
		d.Date = cmpOr(m.date, m.updated)
	}
}

// isHeadLine says whether a line is a byline or a date line, which is
// never the article's title.
func isHeadLine(line string) bool {
	if _, _, _, ok := parseByline(line); ok {
		return true
	}
	_, _, ok := parseDateLine(line)
	return ok
}

// looksLikeBody says whether a line is body text: long, or a sentence of
// more than a few words (a standfirst under the headline is one too, and
// bylines are short and rarely end in a full stop).
func looksLikeBody(line string) bool {
	if utf8.RuneCountInString(line) > 160 {
		return true
	}
	words := len(strings.Fields(line))
	r, _ := utf8.DecodeLastRuneInString(line)
	sentence := strings.ContainsRune(".!?\"”", r)
	return words > 20 || sentence && words > 8
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// parseByline reads "By Jane Doe", "By Jane Doe and John Roe, Reuters",
// "By JANE DOE | Associated Press", "By Jane Doe in Kyiv", "By Jane Doe -
// BBC News, 2 December 2025". Every name must be capitalised words (a
// sentence such as "By the end of the year, ..." or "By Tuesday, the
// talks ..." is not a byline), and whatever follows the names after a
// comma, bar or dash must be an outlet, a role or a date.
func parseByline(line string) (author, outlet, date string, ok bool) {
	if len(line) < 4 || len(line) > 160 || !strings.EqualFold(line[:3], "by ") {
		return "", "", "", false
	}
	rest := strings.TrimSpace(line[3:])
	rest = strings.TrimSuffix(rest, ".")
	// The first bar or spaced dash ends the names; commas separate names
	// or end them.
	var segs []string
	if i := indexAny(rest, " | ", " - ", " – ", " — ", " / "); i >= 0 {
		j := i + 1
		_, n := utf8.DecodeRuneInString(rest[j:])
		head, tail := rest[:i], rest[j+n:]
		segs = append(splitTrim(head, ","), "\x00") // "\x00": the names end here
		for _, s := range strings.FieldsFunc(tail, func(r rune) bool { return r == '|' || r == ',' }) {
			segs = append(segs, strings.TrimSpace(s))
		}
	} else {
		segs = splitTrim(rest, ",")
	}
	names, i, ok := bylineNames(segs)
	if !ok {
		return "", "", "", false
	}
	for ; i < len(segs); i++ {
		s := strings.TrimSpace(segs[i])
		switch {
		case s == "" || s == "\x00":
		case isRole(s):
		case date == "" && parseDateOK(s):
			date, _, _ = parseDateLine(s)
		case looksLikeOutlet(s):
			// The first is the outlet; a place or desk may follow.
			outlet = cmpOr(outlet, s)
		default:
			return "", "", "", false
		}
	}
	return joinNames(names), outlet, date, true
}

func parseDateOK(s string) bool {
	_, _, ok := parseDateLine(s)
	return ok
}

// bylineNames reads the names at the start of a byline's parts and
// returns them with the index of the first part after them. Before a
// "\x00" part (a bar or dash followed) every part is names. Otherwise the
// first part is names, and later parts are names only as a list that ends
// in "and" ("Jane Doe, John Roe and Ann Poe"): "Jane Doe, Reuters" names
// the outlet after the comma.
func bylineNames(segs []string) ([]string, int, bool) {
	if end := slices.Index(segs, "\x00"); end >= 0 {
		var names []string
		for _, s := range segs[:end] {
			ns, ok := parseNames(s)
			if !ok {
				return nil, 0, false
			}
			names = append(names, ns...)
		}
		return names, end + 1, len(names) > 0 && len(names) <= 4
	}
	names, ok := parseNames(segs[0])
	if !ok {
		return nil, 0, false
	}
	i := 1
	// The last part of a list of names: starts with "and" or holds one.
	last := -1
	for j := 1; j < len(segs); j++ {
		ns, ok := parseNames(segs[j])
		if !ok {
			break
		}
		if strings.HasPrefix(strings.ToLower(segs[j]), "and ") || len(ns) > 1 {
			last = j
		}
	}
	for ; i <= last; i++ {
		ns, _ := parseNames(segs[i])
		names = append(names, ns...)
	}
	return names, i, len(names) <= 4
}

func indexAny(s string, seps ...string) int {
	best := -1
	for _, sep := range seps {
		if i := strings.Index(s, sep); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

func splitTrim(s, sep string) []string {
	parts := strings.Split(s, sep)
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// parseNames reads one comma-separated part of a byline: "Jane Doe", "Jane
// Doe and John Roe", "and John Roe", "JANE DOE", "Jane Doe in Kyiv".
func parseNames(s string) ([]string, bool) {
	s = strings.TrimSpace(s)
	if l := strings.ToLower(s); strings.HasPrefix(l, "and ") {
		s = strings.TrimSpace(s[4:])
	}
	if s == "" {
		return nil, false
	}
	var names []string
	var cur []string
	words := strings.Fields(s)
	for k := 0; k < len(words); k++ {
		w := words[k]
		lw := strings.ToLower(w)
		switch {
		case lw == "and" || w == "&":
			if len(cur) == 0 {
				return nil, false
			}
			names = append(names, strings.Join(cur, " "))
			cur = nil
			continue
		case (lw == "in" || lw == "at") && len(cur) > 0 && k+1 < len(words) && isNameWord(words[k+1]):
			// "Jane Doe in Kyiv": the place she writes from.
			names = append(names, strings.Join(cur, " "))
			return names, len(names) <= 4
		case isParticle(lw) && len(cur) > 0 && k+1 < len(words):
			cur = append(cur, lw)
			continue
		case !isNameWord(w):
			return nil, false
		}
		cur = append(cur, nameCase(w))
		if len(cur) > 5 {
			return nil, false
		}
	}
	if len(cur) == 0 {
		return nil, false
	}
	names = append(names, strings.Join(cur, " "))
	return names, len(names) <= 4
}

func joinNames(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// notNames are capitalised words that start sentences with "By", never
// names: "By Tuesday, ...", "By January the ...", "By The time ...".
var notNames = map[string]bool{
	"the": true, "this": true, "that": true, "these": true, "those": true, "then": true, "now": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"noon": true, "midnight": true, "contrast": true, "comparison": true, "law": true, "far": true,
	"all": true, "some": true, "most": true, "its": true, "his": true, "her": true, "their": true, "our": true,
	"it": true, "they": true, "we": true, "he": true, "she": true, "late": true, "early": true, "mid": true,
}

// isNameWord says whether w can be a word of a person's name: it starts
// with a capital letter ("Doe", "O'Neill", "Jean-Luc", "J.", "DOE") and is
// not a word that starts sentences.
func isNameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || notNames[strings.ToLower(strings.Trim(w, ".,"))] {
		return false
	}
	for _, c := range w {
		if !unicode.IsLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’' {
			return false
		}
	}
	return true
}

func isParticle(w string) bool {
	switch w {
	case "de", "da", "di", "du", "del", "della", "dos", "das", "van", "von", "der", "den", "ter", "la", "le", "al", "el", "bin", "ibn":
		return true
	}
	return false
}

// nameCase turns an all-capitals name word ("DOE", "O'NEILL") into
// "Doe", "O'Neill"; initials ("J.R.") and mixed case stay as written.
func nameCase(w string) string {
	letters := 0
	for _, c := range w {
		if unicode.IsLetter(c) {
			if unicode.IsLower(c) {
				return w
			}
			letters++
		}
	}
	if letters <= 1 || strings.Count(w, ".") > 0 && letters <= 3 {
		return w
	}
	var b strings.Builder
	up := true
	for _, c := range w {
		if up {
			b.WriteRune(c)
		} else {
			b.WriteRune(unicode.ToLower(c))
		}
		up = !unicode.IsLetter(c)
	}
	return b.String()
}

// roleWords mark what follows a byline's names as the writer's role
// ("Moscow correspondent", "Diplomatic Editor"), not the outlet.
var roleWords = []string{"correspondent", "editor", "reporter", "writer", "staff", "contributor", "columnist", "chief", "analyst", "journalist"}

func isRole(s string) bool {
	l := strings.ToLower(s)
	for _, w := range strings.Fields(l) {
		for _, r := range roleWords {
			if strings.TrimRight(w, "s.") == r {
				return true
			}
		}
	}
	return false
}

// looksLikeOutlet says whether s can name an outlet: a few words, each
// capitalised or a short connecting word ("Reuters", "Associated Press",
// "The Times of India", "BBC News", "Le Monde", "AFP").
func looksLikeOutlet(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for i, w := range words {
		lw := strings.ToLower(w)
		if i > 0 && (lw == "of" || lw == "the" || lw == "and" || lw == "&" || lw == "for" || lw == "on") {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// dateLabels start a date line; updated ones give a later date than the
// publication.
var dateLabels = []struct {
	label   string
	updated bool
}{
	{"first published on", false}, {"first published", false}, {"published on", false}, {"published", false},
	{"posted on", false}, {"posted", false}, {"date", false}, {"dated", false},
	{"last updated on", true}, {"last updated", true}, {"updated on", true}, {"updated", true},
	{"last modified on", true}, {"last modified", true}, {"modified", true},
}

// parseDateLine reads a line that is a date and nothing else but a label,
// a weekday, a time and a time zone: "2 December 2025", "December 2,
// 2025", "Dec. 2, 2025", "2025-12-02", "Tuesday 2 December 2025 10.31
// GMT", "Published: 2 Dec 2025", "Updated 3 Dec 2025 09:00". A line with
// "Published ... Updated ..." gives the publication date. The date is
// returned as YYYY-MM-DD.
func parseDateLine(line string) (date string, updated bool, ok bool) {
	s := strings.TrimSpace(line)
	if len(s) > 100 {
		return "", false, false
	}
	l := strings.ToLower(s)
	for _, dl := range dateLabels {
		if strings.HasPrefix(l, dl.label) {
			rest := strings.TrimLeft(s[len(dl.label):], " :\t")
			if len(rest) == len(s)-len(dl.label) && rest != "" && !strings.HasPrefix(rest, " ") {
				// "Published" must be a word of its own: "Publishedx" is not.
				if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) {
					continue
				}
			}
			updated, s = dl.updated, rest
			break
		}
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
	if len(words) > 0 && isWeekday(words[0]) {
		words = words[1:]
	}
	t, n, ok := leadingDate(words)
	if !ok {
		return "", false, false
	}
	for k := n; k < len(words); k++ {
		w := strings.ToLower(strings.Trim(words[k], "()[];"))
		if w == "" || isTimeWord(w) {
			continue
		}
		// A second, labelled date ("Published 2 Dec ... Updated 3 Dec")
		// or "· 5 min read" may follow; anything else is a sentence.
		rest := strings.Join(words[k:], " ")
		if _, _, ok := parseDateLine(rest); ok {
			break
		}
		if strings.HasSuffix(w, "min") || w == "read" || w == "·" || w == "|" {
			continue
		}
		return "", false, false
	}
	return t.Format(time.DateOnly), updated, true
}

// leadingDate reads a date at the start of words: "2 December 2025",
// "December 2 2025", "Dec. 2 2025", "2nd Dec 2025", "2025-12-02" (with or
// without a time after "T"). It returns the number of words used.
func leadingDate(words []string) (time.Time, int, bool) {
	if len(words) == 0 {
		return time.Time{}, 0, false
	}
	if w := words[0]; len(w) >= 10 && isDigits(w[0:4]) && w[4] == '-' && isDigits(w[5:7]) && w[7] == '-' && isDigits(w[8:10]) &&
		(len(w) == 10 || w[10] == 'T' || w[10] == ' ') {
		y, _ := strconv.Atoi(w[0:4])
		mo, _ := strconv.Atoi(w[5:7])
		d, _ := strconv.Atoi(w[8:10])
		t, ok := makeDate(y, mo, d)
		return t, 1, ok
	}
	if len(words) < 3 {
		return time.Time{}, 0, false
	}
	if d, ok := dayNumber(words[0]); ok {
		if mo, ok := monthNumber(words[1]); ok {
			if y, ok := yearNumber(words[2]); ok {
				t, ok := makeDate(y, mo, d)
				return t, 3, ok
			}
		}
	}
	if mo, ok := monthNumber(words[0]); ok {
		if d, ok := dayNumber(words[1]); ok {
			if y, ok := yearNumber(words[2]); ok {
				t, ok := makeDate(y, mo, d)
				return t, 3, ok
			}
		}
	}
	return time.Time{}, 0, false
}

func makeDate(y, mo, d int) (time.Time, bool) {
	if y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d // 31 November is not a date
}

func dayNumber(w string) (int, bool) {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	if len(w) == 0 || len(w) > 2 || !isDigits(w) {
		return 0, false
	}
	d, _ := strconv.Atoi(w)
	return d, d >= 1 && d <= 31
}

func yearNumber(w string) (int, bool) {
	w = strings.TrimSuffix(w, ".")
	if len(w) != 4 || !isDigits(w) {
		return 0, false
	}
	y, _ := strconv.Atoi(w)
	return y, true
}

var months = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

func monthNumber(w string) (int, bool) {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	if w == "sept" {
		return 9, true
	}
	for i, m := range months {
		if w == m || len(w) == 3 && w == m[:3] {
			return i + 1, true
		}
	}
	return 0, false
}

func isWeekday(w string) bool {
	w = strings.ToLower(strings.TrimRight(w, ".,"))
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if w == d || len(w) >= 3 && strings.HasPrefix(d, w) {
			return true
		}
	}
	return false
}

// isTimeWord says whether a lower-cased word is part of a time of day:
// "10.31", "09:00", "10am", "p.m.", "gmt", "utc+1", "+0100", "at".
func isTimeWord(w string) bool {
	switch w {
	case "at", "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt", "pst", "pdt", "msk", "z", "local", "time":
		return true
	}
	if strings.HasPrefix(w, "gmt") || strings.HasPrefix(w, "utc") {
		w = w[3:]
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "am"), "pm")
	if w == "" {
		return true
	}
	digits := 0
	for _, c := range w {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == ':' || c == '.' || c == '+' || c == '-':
		default:
			return false
		}
	}
	return digits > 0 && digits <= 6
}
