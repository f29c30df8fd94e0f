package gui

import (
	"strings"
	"testing"
)

// The licences of the training corpora require the product to credit them: the About
// dialog does.
func TestAboutCreditsTheCorpora(t *testing.T) {
	u := newTestUI(t)
	u.showAbout()
	text := overlayText(t, u)
	for _, want := range []string{"Georgetown University Multilayer Corpus (GUM)", "Universal Dependencies English Web Treebank",
		"CC BY-SA 4.0", "Universal NER"} {
		if !strings.Contains(text, want) {
			t.Errorf("About dialog does not credit %q:\n%s", want, text)
		}
	}
}
