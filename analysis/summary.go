package analysis

import "strings"

// Summaries: the reported proposition as a short clause, attributed ("Hashi: the fighting was
// the worst in months"). The clause is what the cue verb reports (after "that"), or the
// quotation when the sentence opens with one, or the whole sentence of a speaker. A long
// clause is cut at a clause boundary (a comma, a semicolon, a conjunction) and never after a
// function word; a cut is shown with an ellipsis.

// summaryWords is the most words a summary keeps before it is cut.
const summaryWords = 22

// functionWords cannot end a summary: a clause cut after them reads as broken.
// Source: the closed classes of English (articles, prepositions, conjunctions, auxiliaries,
// pronouns and determiners).
var functionWords = wordSet("functionWords")

// clauseBreaks are tokens a summary may be cut before.
var clauseBreaks = wordSet("clauseBreaks")

// summary makes the one-line summary of a position of actor id in sentence st held through
// h (whose verb is -1 when the sentence has no verb of attribution).
func (a *analyzer) summary(id int, st sentence, h holder) string {
	from, to := a.summaryClause(st, h)
	text, cut := a.cutClause(from, to)
	if text == "" {
		from, to = a.trimClause(st.ts, st.te)
		text, cut = a.cutClause(from, to)
	}
	b := append(a.sbuf[:0], a.shortName(id)...)
	if text != "" {
		b = append(b, ": "...)
		b = append(b, text...)
		if cut {
			b = append(b, " …"...)
		}
	}
	a.sbuf = b
	return string(b)
}

// shortName is how a summary names its holder: a person by surname.
func (a *analyzer) shortName(id int) string {
	r := a.actors[id]
	name := r.a.Name
	if r.a.Type == Person {
		if f := strings.Fields(name); len(f) > 1 {
			name = f[len(f)-1]
			if nameSuffixes[name] && len(f) > 2 {
				name = f[len(f)-2]
			}
		}
	}
	return name
}

// summaryClause returns the tokens of what the statement says.
func (a *analyzer) summaryClause(st sentence, h holder) (from, to int) {
	from, to = st.ts, st.te
	verb := h.verb
	if v := h.vstart; v > st.ts+3 && v < st.te && (a.txts[v-1] == "," || a.txts[v-1] == "”" || a.txts[v-1] == "\"") {
		// inversion: '..., claimed the statement', '"...," said Interior Minister Park'
		return a.trimClause(st.ts, v)
	}
	if a.quoteFirst(st) {
		// '"We refused the plan," she said': the quotation
		for k := st.ts + 1; k < st.te; k++ {
			if a.txts[k] == "”" || a.txts[k] == "\"" {
				return a.trimClause(st.ts+1, k)
			}
		}
	}
	if verb >= 0 && verb < st.te {
		from = verb
	}
	return a.trimClause(from, to)
}

// trimClause drops the punctuation, quotation marks and complementiser around a clause.
func (a *analyzer) trimClause(from, to int) (int, int) {
	for from < to && (!a.toks[from].word || a.low(from) == "that") {
		from++
	}
	for to > from && !a.toks[to-1].word {
		to--
	}
	return from, to
}

// cutClause returns the text of tokens from..to, cut at a clause boundary when it is long,
// and whether it was cut.
func (a *analyzer) cutClause(from, to int) (string, bool) {
	if from >= to {
		return "", false
	}
	cut := false
	words, limit, lastBreak := 0, to, -1
	for k := from; k < to; k++ {
		if clauseBreaks[a.low(k)] && words >= 6 {
			lastBreak = k
		}
		if a.toks[k].word {
			words++
			if words > summaryWords {
				limit = k
				cut = true
				break
			}
		}
	}
	if cut && lastBreak > from {
		limit = lastBreak
	}
	// a clause ended before a quotation or cut short must not end on a function word
	for limit > from && (!a.toks[limit-1].word || functionWords[a.low(limit-1)]) {
		if a.toks[limit-1].word {
			cut = true
		}
		limit--
	}
	if limit <= from {
		return "", false
	}
	text := collapseSpace(a.src[a.toks[from].s:a.toks[limit-1].e])
	return balanceParens(balanceQuotes(text)), cut
}

// balanceParens ends a fragment before a parenthesis it leaves open, or drops the
// parenthesis when too little would be left.
func balanceParens(s string) string {
	if strings.Count(s, "(") <= strings.Count(s, ")") {
		return s
	}
	i := strings.LastIndexByte(s, '(')
	if head := strings.TrimRight(s[:i], " ,;:–—"); len(strings.Fields(head)) >= 3 {
		return head
	}
	return strings.NewReplacer("(", "", ")", "").Replace(s)
}

// collapseSpace turns runs of white space into single spaces.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// balanceQuotes removes the double quotation marks of a fragment whose quotation is cut.
func balanceQuotes(s string) string {
	open := strings.Count(s, "“")
	closed := strings.Count(s, "”")
	straight := strings.Count(s, "\"")
	if open == closed && straight%2 == 0 {
		return s
	}
	return strings.NewReplacer("“", "", "”", "", "\"", "").Replace(s)
}
