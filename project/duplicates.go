package project

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
)

// DuplicatePair proposes that two actors are the same, for the user to
// confirm with MergeActors(Keep, Other).
type DuplicatePair struct {
	Keep, Other string // actor IDs; Keep has the fuller name
	Reason      string // why they look the same, for the user
}

//go:embed metonyms.tsv
var metonymsTSV string

// metonym is one row of metonyms.tsv.
type metonym struct {
	form, canonical, kind string
}

var metonyms = sync.OnceValue(func() map[string]metonym {
	m := map[string]metonym{}
	for line := range strings.SplitSeq(metonymsTSV, "\n") {
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(f) != 3 {
			panic("project: malformed line in metonyms.tsv: " + line)
		}
		m[normForm(f[0])] = metonym{form: f[0], canonical: f[1], kind: f[2]}
	}
	return m
})

// titles are dropped from a person's name before comparing names.
var titles = map[string]bool{
	"president": true, "prime": true, "minister": true, "chancellor": true, "secretary": true,
	"general": true, "foreign": true, "defence": true, "defense": true, "mr": true, "mrs": true,
	"ms": true, "dr": true, "sir": true, "dame": true, "lord": true, "king": true, "queen": true,
	"senator": true, "sen": true, "rep": true, "gen": true, "col": true, "adm": true, "pope": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "ambassador": true, "envoy": true,
	"deputy": true, "vice": true, "state": true, "mayor": true, "governor": true, "premier": true,
}

// stopWords are skipped when taking the initials of a name.
var stopWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true, "du": true, "des": true, "la": true, "le": true, "&": true}

// normForm folds a name for comparison: lower case, single spaces, without
// a leading "the" or a trailing possessive.
func normForm(s string) string {
	s = fold(strings.NewReplacer("\u2019", "'", "\u00a0", " ").Replace(s))
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "'")
	return strings.Trim(s, " ,;:")
}

// nameInfo is what LikelyDuplicates compares of one surface form.
type nameInfo struct {
	form     string   // as the user sees it
	norm     string   // normForm
	acronym  string   // the form as an abbreviation ("US" for "U.S."), or ""
	initials string   // the initials of a form of several words ("US" for "United States"), or ""
	tokens   []string // words without titles, for person names
}

func newNameInfo(form string) nameInfo {
	n := nameInfo{form: form, norm: normForm(form)}
	letters := strings.ReplaceAll(strings.ReplaceAll(strings.TrimSpace(form), ".", ""), " ", "")
	if l := []rune(letters); len(l) >= 2 && len(l) <= 6 && isUpperWord(letters) {
		n.acronym = letters
	}
	words := strings.FieldsFunc(n.norm, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-' })
	var ini []rune
	for _, w := range words {
		if !stopWords[w] {
			ini = append(ini, unicode.ToUpper([]rune(w)[0]))
		}
		if !titles[w] {
			n.tokens = append(n.tokens, w)
		}
	}
	if len(ini) >= 2 {
		n.initials = string(ini)
	}
	return n
}

func isUpperWord(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// LikelyDuplicates proposes pairs of live actors that look like one entity
// under two names, for the user to confirm: the same name, a surname and a
// full name ("Zelensky", "Volodymyr Zelensky"), an abbreviation and what it
// stands for ("US", "U.S.", "United States"), and a capital or seat of
// government and its state ("the Kremlin", "Moscow", "Russia"; see
// metonyms.tsv). Each pair is proposed once, with the first reason found,
// in the project's order.
func (p *Project) LikelyDuplicates() []DuplicatePair {
	type actorInfo struct {
		a     *Actor
		names []nameInfo
	}
	var live []actorInfo
	for _, a := range p.Actors {
		if a.Rejected {
			continue
		}
		ai := actorInfo{a: a}
		for _, f := range append([]string{a.Name}, a.Aliases...) {
			if strings.TrimSpace(f) != "" {
				ai.names = append(ai.names, newNameInfo(f))
			}
		}
		live = append(live, ai)
	}
	var out []DuplicatePair
	for i, x := range live {
		for _, y := range live[i+1:] {
			keepX, _, reason := sameEntity(x.a, y.a, x.names, y.names)
			if reason == "" {
				continue
			}
			pair := DuplicatePair{Keep: x.a.ID, Other: y.a.ID, Reason: reason}
			if !keepX {
				pair.Keep, pair.Other = y.a.ID, x.a.ID
			}
			out = append(out, pair)
		}
	}
	return out
}

// matchKind says on what ground two actors look the same. Adding an
// article unifies actors only on the safe grounds (see sureMatch); the
// others are proposed to the user by LikelyDuplicates.
type matchKind int

const (
	noMatch     matchKind = iota
	sameName              // the same name, case, "the" and possessive aside
	sameAbbrev            // "US" and "U.S."
	initialsOf            // "US" and "United States": a guess
	metonymOf             // "the Kremlin" and "Russia": a capital or a seat
	otherNameOf           // "Britain" and "United Kingdom": names of one state
	samePerson            // "Putin", "President Putin", "Vladimir Putin"
)

// sameEntity says why actors a and b look the same ("" if they do not), on
// what ground, and whether a is the one to keep.
func sameEntity(a, b *Actor, an, bn []nameInfo) (keepA bool, kind matchKind, reason string) {
	fuller := len(a.Name) >= len(b.Name)
	for _, x := range an {
		for _, y := range bn {
			if x.norm != "" && x.norm == y.norm {
				return len(a.Mentions) >= len(b.Mentions), sameName, fmt.Sprintf("both are called %q", x.form)
			}
		}
	}
	// The same abbreviation is sure, the initials a guess: the sure ground
	// is looked for first, among all the forms.
	for _, x := range an {
		for _, y := range bn {
			if x.acronym != "" && x.acronym == y.acronym {
				return len(a.Mentions) >= len(b.Mentions), sameAbbrev, fmt.Sprintf("%q and %q are the same abbreviation", x.form, y.form)
			}
		}
	}
	for _, x := range an {
		for _, y := range bn {
			switch {
			case x.acronym != "" && x.acronym == y.initials:
				return false, initialsOf, fmt.Sprintf("%q looks like the initials of %q", x.form, y.form)
			case y.acronym != "" && y.acronym == x.initials:
				return true, initialsOf, fmt.Sprintf("%q looks like the initials of %q", y.form, x.form)
			}
		}
	}
	table := metonyms()
	for _, x := range an {
		for _, y := range bn {
			mx, okx := table[x.norm]
			my, oky := table[y.norm]
			cx, cy := x.norm, y.norm
			if okx {
				cx = normForm(mx.canonical)
			}
			if oky {
				cy = normForm(my.canonical)
			}
			if !okx && !oky || cx != cy {
				continue
			}
			switch {
			case okx && oky:
				return fuller, metonymKind(mx, my), fmt.Sprintf("%q and %q both stand for %s", x.form, y.form, mx.canonical)
			case okx:
				return false, metonymKind(mx), metonymReason(x.form, mx)
			default:
				return true, metonymKind(my), metonymReason(y.form, my)
			}
		}
	}
	if personLike(a.Type, b.Type) {
		for _, x := range an {
			for _, y := range bn {
				short, long, keepA := x, y, false
				if len(x.tokens) > len(y.tokens) {
					short, long, keepA = y, x, true
				}
				if len(short.tokens) == 0 || !surnameOf(short.tokens, long.tokens) {
					continue
				}
				if len(short.tokens) == len(long.tokens) {
					return fuller, samePerson, fmt.Sprintf("%q and %q name the same person", x.form, y.form)
				}
				return keepA, samePerson, fmt.Sprintf("%q looks like the surname of %q", short.form, long.form)
			}
		}
	}
	return false, noMatch, ""
}

// metonymKind is otherNameOf when every form is another name of the state
// ("Britain"), and metonymOf when one is a capital or a seat.
func metonymKind(ms ...metonym) matchKind {
	for _, m := range ms {
		if m.kind == "capital" || m.kind == "seat" {
			return metonymOf
		}
	}
	return otherNameOf
}

func metonymReason(form string, m metonym) string {
	switch m.kind {
	case "capital":
		return fmt.Sprintf("%q is the capital of %s, often used for its government", form, m.canonical)
	case "seat":
		return fmt.Sprintf("%q is the seat of government of %s", form, m.canonical)
	}
	return fmt.Sprintf("%q is another name for %s", form, m.canonical)
}

// personLike says whether two actor types may both be a person.
func personLike(a, b string) bool {
	vague := func(t string) bool { return t == "" || t == "other" }
	return a == "person" && (b == "person" || vague(b)) || b == "person" && vague(a)
}

// surnameOf says whether the words of short appear in long, in order, and
// end with the same word (the surname).
func surnameOf(short, long []string) bool {
	if short[len(short)-1] != long[len(long)-1] {
		return false
	}
	i := 0
	for _, w := range long {
		if i < len(short) && short[i] == w {
			i++
		}
	}
	return i == len(short)
}
