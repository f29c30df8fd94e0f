package gui

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// progress shows a dialog with an activity bar while a background job
// runs. The caller hides it from fyne.Do when the job ends.
func (u *ui) progress(msg string) dialog.Dialog {
	bar := widget.NewProgressBarInfinite()
	d := dialog.NewCustomWithoutButtons("Please wait", container.NewVBox(widget.NewLabel(msg), bar), u.win)
	d.Show()
	return d
}
