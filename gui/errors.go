package gui

import (
	"errors"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// showError tells the user that something failed, in plain words: what
// failed, why (the error, which names the file), and what to do. It also
// logs the error. It must be called on the Fyne goroutine.
func (u *ui) showError(what string, err error, advice string) {
	fyne.LogError(what, err)
	msg := what + "."
	if err != nil {
		msg += "\n\n" + upperFirst(plainError(err)) + "."
	}
	if advice == "" {
		advice = adviceFor(err)
	}
	if advice != "" {
		msg += "\n\n" + advice
	}
	d := dialog.NewInformation("Something went wrong", msg, u.win)
	d.Show()
}

// showErrorLater is showError for background jobs.
func (u *ui) showErrorLater(what string, err error, advice string) {
	fyne.Do(func() { u.showError(what, err, advice) })
}

// plainError removes the Go-style "op: " prefixes a user does not need
// twice, keeping the part that names the file and the reason.
func plainError(err error) string {
	s := strings.TrimSpace(err.Error())
	s = strings.TrimSuffix(s, ".")
	return s
}

func adviceFor(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, fs.ErrPermission):
		return "Choose a folder you can write to, or ask your IT support for access."
	case errors.Is(err, fs.ErrNotExist):
		return "Check that the file has not been moved or renamed, then try again."
	}
	return ""
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
