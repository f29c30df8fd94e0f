package analysis

import (
	"slices"
	"testing"
)

// Praise for a part taken in a cause credits the praised actor with a position of support;
// thanks for a service is the speaker's alone.
func TestPraiseCreditsThePraised(t *testing.T) {
	leadership := "I commend Senator Omar Haddad for his tireless leadership on this housing bill."
	shown := "We welcome the commitment shown by the Green Valley Trust in restoring the wetlands."
	service := "I thank Professor Lisa Kowal for hosting the workshop in her city."
	text := "Remarks by Minister Anna Berg\n\n" + leadership + "\n\n" + shown + "\n\n" + service + "\n"
	_, r := analyzeText(t, text)
	hs := holdersOf(r)
	if !slices.Contains(hs[leadership], "Omar Haddad") {
		t.Errorf("holders of %q: %v, want Omar Haddad among them", leadership, hs[leadership])
	}
	if got, ok := stanceOfPosition(r, "Omar Haddad", "leadership"); !ok || got != Supports {
		t.Errorf("Omar Haddad's stance %q (found %v), want supports", got, ok)
	}
	if !slices.Contains(hs[shown], "Green Valley Trust") {
		t.Errorf("holders of %q: %v, want Green Valley Trust among them", shown, hs[shown])
	}
	if slices.Contains(hs[service], "Lisa Kowal") {
		t.Errorf("holders of %q: %v; thanks for a service credits no position", service, hs[service])
	}
}
