// Package localefix quiets Fyne's "Error parsing user locale" messages
// under the C.UTF-8 locale common in containers and minimal systems.
//
// Fyne reads the locale while its packages initialise, before main runs,
// and cannot parse "C.UTF-8". Packages initialise in the lexical order of
// their import paths once their imports are ready, so this package (under
// "briefing/", with only standard-library imports) runs before
// "fyne.io/..." as long as anything imports it.
package localefix

import (
	"os"
	"strings"
)

func init() {
	Apply(os.Getenv, os.Setenv)
}

// Apply sets LANGUAGE to "en" when the locale in effect is a C locale with
// an encoding (C.UTF-8, POSIX.UTF-8) and LANGUAGE is unset. LANGUAGE only
// chooses the language of messages, and a C locale means untranslated
// (English) messages anyway.
func Apply(getenv func(string) string, setenv func(string, string) error) {
	loc := ""
	for _, env := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if loc = getenv(env); loc != "" {
			break
		}
	}
	if getenv("LANGUAGE") != "" {
		return
	}
	if strings.HasPrefix(loc, "C.") || strings.HasPrefix(loc, "POSIX.") {
		_ = setenv("LANGUAGE", "en")
	}
}
