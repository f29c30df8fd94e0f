package analysis

import "testing"

func TestRoleAndBodyAfterTheName(t *testing.T) {
	cases := []struct{ name, text, person, role, affiliation string }{
		{"apposition with a body", "Anna Holt, a spokeswoman for the World Bank, said the bank backed the plan.",
			"Anna Holt", "spokeswoman", "World Bank"},
		{"apposition with of", "Omar Haddad, the head of the World Bank, said it opposed the plan.",
			"Omar Haddad", "head", "World Bank"},
		{"apposition without a body", "Jon Berg, the Finance Minister, said the loan would help.",
			"Jon Berg", "Finance Minister", ""},
		{"a body after of", "\"We welcome the proposal,\" said Maria Lopez of the World Bank.",
			"Maria Lopez", "", "World Bank"},
		{"an apposition that is no role", "Jon Berg, who leads the party, said the loan would help.",
			"Jon Berg", "", ""},
		{"a judge's title before the name", "Justice Helen Marsh, writing for the majority, found that the policy was lawful.",
			"Helen Marsh", "Justice", ""},
		{"a place after of is no body", "\"We welcome the proposal,\" said Maria Lopez of Leeds.",
			"Maria Lopez", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, r := analyzeText(t, "Loan talks\n\n"+c.text+"\n")
			for _, a := range r.Actors {
				if a.Name != c.person {
					continue
				}
				if a.Role != c.role || a.Affiliation != c.affiliation {
					t.Errorf("role %q, affiliation %q; want %q, %q", a.Role, a.Affiliation, c.role, c.affiliation)
				}
				return
			}
			t.Errorf("%s not found among %+v", c.person, r.Actors)
		})
	}
}
