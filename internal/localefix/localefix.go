// Package localefix keeps Fyne from logging "Error parsing user locale C"
// three times at start on systems whose locale is C.UTF-8 (common in
// containers and minimal installs), which users read as a fault.
//
// Fyne reads the locale while its packages initialise, before main runs. This
// package has no dependencies on Fyne, so it initialises first: it replaces a
// "C.<charset>" value by the plain "C" that Fyne understands, and Restore puts
// the original back for child processes once initialisation is over.
package localefix

import (
	"os"
	"strings"
)

var (
	name, original string
)

func init() {
	for _, env := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(env)
		if v == "" {
			continue
		}
		if strings.HasPrefix(v, "C.") || strings.HasPrefix(v, "POSIX.") {
			name, original = env, v
			os.Setenv(env, "C")
		}
		return
	}
}

// Restore puts back the locale variable this package changed, if any.
func Restore() {
	if name != "" {
		os.Setenv(name, original)
	}
}
