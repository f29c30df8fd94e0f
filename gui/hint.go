package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// prefHintDone is set once the user has dismissed the getting-started hint.
const prefHintDone = "gettingStartedHintDone"

// startHint is the card at the top of the side panel that tells a new user
// how to go from the article to a brief. It is not a dialog: the user can
// read it while trying the steps, and it goes for good with "Got it".
type startHint struct {
	u       *ui
	content fyne.CanvasObject
}

func newStartHint(u *ui) *startHint {
	h := &startHint{u: u}
	text := widget.NewLabel("1  Review the suggestions: the Review tab (Ctrl+R); A accepts, R rejects, J and K step through the cards.\n" +
		"2  Tick the topics and positions that go into the brief.\n" +
		"3  Export the PDF brief (Ctrl+E) or the spreadsheet (Ctrl+Shift+E).")
	text.Wrapping = fyne.TextWrapWord
	got := &widget.Button{Text: "Got it", Importance: widget.HighImportance, OnTapped: h.dismiss}
	h.content = widget.NewCard("", "From article to brief in three steps",
		container.NewBorder(nil, nil, nil, container.NewCenter(got), text))
	if u.prefs.p.Bool(prefHintDone) {
		h.content.Hide()
	}
	return h
}

// dismiss hides the hint, also in later sessions.
func (h *startHint) dismiss() {
	h.u.prefs.p.SetBool(prefHintDone, true)
	h.content.Hide()
}

// show brings the hint back (Help ▸ Show the getting-started hint).
func (h *startHint) show() {
	h.u.prefs.p.SetBool(prefHintDone, false)
	h.content.Show()
}
