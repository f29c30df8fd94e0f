package conllu

import "strings"

// Mention is one GUM entity mention: the words [Start,End) of its sentence
// (0-based indexes into Sentence.Words).
type Mention struct {
	Start, End int
	Type       string // GUM etype: person, place, organization, abstract, ...
	Identity   string // Wikipedia title, "" when the entity is not linked
	Group      string // entity id, shared by coreferent mentions of one document
}

// Mentions decodes the GUM "Entity=" brackets of the MISC column: nested
// mentions, one-token mentions and several brackets on one word. A closing
// "id)" ends the innermost open mention with that id. Mentions left open at
// the end of the sentence are dropped. The result is ordered by the position
// where each mention closes, innermost first.
func (s Sentence) Mentions() []Mention {
	fields := s.entityFields
	if fields == nil {
		fields = defaultEntityFields
	}
	typeAt, idAt := fieldIndex(fields, "etype"), fieldIndex(fields, "identity")
	type open struct {
		group string
		m     Mention
	}
	var stack []open
	var out []Mention
	for i, w := range s.Words {
		v := entityValue(w.Misc)
		for v != "" {
			if v[0] == '(' {
				end := strings.IndexAny(v[1:], "()")
				var body string
				closes := false
				if end < 0 {
					body, v = v[1:], ""
				} else {
					body = v[1 : 1+end]
					closes = v[1+end] == ')'
					v = v[1+end:]
					if closes {
						v = v[1:]
					}
				}
				parts := strings.SplitN(body, "-", len(fields))
				m := Mention{Start: i, End: i + 1, Group: parts[0]}
				if typeAt >= 0 && typeAt < len(parts) {
					m.Type = parts[typeAt]
				}
				if idAt >= 0 && idAt < len(parts) && idAt == len(fields)-1 {
					m.Identity = parts[idAt]
				}
				if closes {
					out = append(out, m)
				} else {
					stack = append(stack, open{group: parts[0], m: m})
				}
				continue
			}
			end := strings.IndexByte(v, ')')
			if end < 0 {
				break // malformed tail
			}
			group := v[:end]
			v = v[end+1:]
			for j := len(stack) - 1; j >= 0; j-- {
				if stack[j].group == group {
					m := stack[j].m
					m.End = i + 1
					out = append(out, m)
					stack = append(stack[:j], stack[j+1:]...)
					break
				}
			}
		}
	}
	return out
}

// entityValue returns the value of the Entity= attribute of a MISC column.
func entityValue(misc string) string {
	for misc != "" {
		var kv string
		kv, misc, _ = strings.Cut(misc, "|")
		if v, ok := strings.CutPrefix(kv, "Entity="); ok {
			return v
		}
	}
	return ""
}

func fieldIndex(fields []string, name string) int {
	for i, f := range fields {
		if f == name {
			return i
		}
	}
	return -1
}
