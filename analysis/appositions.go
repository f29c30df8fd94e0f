package analysis

// A person's role and body are often given after the name, not before it: in an
// apposition ("Jon Berg, the Finance Minister, said", "Anna Holt, a spokeswoman for the
// World Bank, said") or with "of" ("said Maria Lopez of the World Bank"). The analysts'
// spreadsheet needs both, so this stage reads them off the words after each person named,
// where the title patterns before a name (mentions.go) found none.

// roleDeterminers may open an apposition that gives a role.
var roleDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true}

// affiliationPreps link a role or a name to the body it belongs to.
var affiliationPreps = map[string]bool{"of": true, "for": true, "at": true, "from": true, "with": true}

// maxApposition bounds the words of a role apposition: a longer one is a clause.
const maxApposition = 10

// appositiveRoles sets the role and affiliation of the people named in tokens ts..te of
// mentions ms (already resolved) from the words after their names.
func (a *analyzer) appositiveRoles(ts, te int, ms []mention) {
	for mi := range ms {
		m := &ms[mi]
		if m.kind != mkPerson || m.actor < 0 || m.te >= te {
			continue
		}
		r := &a.actors[m.actor].a
		switch j := m.te; {
		case a.txts[j] == ",":
			role, body, ok := a.rolePhrase(j+1, te, ms)
			if !ok {
				continue
			}
			if r.Role == "" {
				r.Role = role
			}
			if r.Affiliation == "" && body >= 0 {
				r.Affiliation = a.actors[body].a.Name
			}
		case affiliationPreps[a.low(j)] && a.low(j) != "with":
			if body, _ := a.bodyAt(j+1, ms); body >= 0 && r.Affiliation == "" {
				r.Affiliation = a.actors[body].a.Name
			}
		}
	}
}

// rolePhrase reads a role apposition starting at token i: an optional determiner, role
// words with a role noun among them ("Finance Minister", "senior adviser"), then
// optionally a preposition and the body ("for the World Bank"), up to a comma or the end
// of the sentence. body is the body's actor, or -1.
func (a *analyzer) rolePhrase(i, te int, ms []mention) (role string, body int, ok bool) {
	if i < te && roleDeterminers[a.low(i)] {
		i++
	}
	start, head, end := i, -1, i
	for ; end < te && end-start < maxApposition; end++ {
		lw := a.low(end)
		if lw == "," || lw == "." || lw == ";" || lw == ")" || affiliationPreps[lw] {
			break
		}
		switch {
		case a.titleClass(end) == tcHead:
			head = end
		case a.titleClass(end) != 0, a.toks[end].cap && a.toks[end].word:
		case a.toks[end].word && a.lx.verbs[lw] == nil && a.wordClass(end)&wcStop == 0:
			// a describing word ("political scientist"); the role must still end on a role noun
		default:
			return "", -1, false // a word of no role: the apposition is something else
		}
	}
	if head < 0 || head != end-1 {
		return "", -1, false
	}
	body = -1
	k := end
	if k < te && affiliationPreps[a.low(k)] {
		if body, k = a.bodyAt(k+1, ms); body < 0 {
			return "", -1, false
		}
	}
	if k < te && a.txts[k] != "," && a.txts[k] != "." {
		return "", -1, false
	}
	return a.src[a.toks[start].s:a.toks[end-1].e], body, true
}

// bodyAt returns the actor of the organisation or state named at token i (after an
// optional "the") and the token after its mention, or -1.
func (a *analyzer) bodyAt(i int, ms []mention) (body, end int) {
	if a.low(i) == "the" {
		i++
	}
	for _, m := range ms {
		if m.ts == i && m.actor >= 0 && (m.kind == mkOrg || m.kind == mkState) {
			return m.actor, m.te
		}
	}
	return -1, i
}
