package analysis

import (
	"slices"
	"testing"
)

func topicLabels(r *Result) []string {
	var out []string
	for _, t := range r.Topics {
		out = append(out, t.Label)
	}
	return out
}

// Domestic policy texts get their own themes, and "strikes down" in a court's headline is
// no military strike.
func TestDomesticThemes(t *testing.T) {
	text := "Court strikes down water levy\n\nThe Supreme Court ruled that the regional water levy was unconstitutional. " +
		"The judges said the levy broke the law on equal treatment.\n\n" +
		"The finance minister said the budget would lose the levy's revenue and that taxes might rise. " +
		"Opposition leader Ana Ruiz said the tax on farmers had been unfair from the start.\n"
	_, r := analyzeText(t, text)
	got := topicLabels(r)
	for _, want := range []string{"Courts and rulings", "Taxes and public spending"} {
		if !slices.Contains(got, want) {
			t.Errorf("topics %v lack %q", got, want)
		}
	}
	if slices.Contains(got, "Battlefield situation") {
		t.Errorf("topics %v: a court striking down a levy is no battlefield", got)
	}
}

// A theme word that opens a name ("Environment Canada") does not make the theme.
func TestThemeWordInsideANameIsNoTheme(t *testing.T) {
	text := "Papers found\n\nEnvironment Canada said the papers were found on a street. " +
		"Environment Canada spokesperson Julie Hahn said the papers were secret.\n\n" +
		"Environment Canada declined to say more.\n"
	_, r := analyzeText(t, text)
	if got := topicLabels(r); slices.Contains(got, "Environment") {
		t.Errorf("topics %v: Environment Canada is a body, not the environment", got)
	}
}
