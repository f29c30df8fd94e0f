package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// busy is a dialog with an activity bar shown while a background job runs.
type busy struct {
	bar *widget.ProgressBarInfinite
	d   dialog.Dialog
}

// progress shows a busy dialog. The caller hides it from fyne.Do when the
// job ends.
func (u *ui) progress(msg string) *busy {
	b := &busy{bar: widget.NewProgressBarInfinite()}
	b.d = dialog.NewCustomWithoutButtons("Please wait", container.NewVBox(widget.NewLabel(msg), b.bar), u.win)
	b.d.Show()
	return b
}

// Hide closes the dialog and stops the bar. Fyne would stop the bar's
// animation only when it drops the hidden bar's renderer, a minute later:
// until then every tick repaints the whole window, which on a 1 MB article
// kept a core busy for that minute after the article was shown.
func (b *busy) Hide() {
	b.bar.Stop()
	b.d.Hide()
}

// stepProgress is a progress dialog for a job of a known number of steps:
// a bar that moves as steps end, a line that says which step runs, and a
// Cancel button. Its methods are called on the Fyne goroutine.
type stepProgress struct {
	label *widget.Label
	bar   *widget.ProgressBar
	dlg   *dialog.CustomDialog
}

// stepsProgress shows a stepProgress titled title for n steps; cancel runs
// when the user chooses Cancel, after the dialog is closed.
func (u *ui) stepsProgress(title string, n int, cancel func()) *stepProgress {
	s := &stepProgress{label: widget.NewLabel(""), bar: widget.NewProgressBar()}
	s.label.Truncation = fyne.TextTruncateEllipsis
	s.bar.Max = float64(n)
	stop := &widget.Button{Text: "Cancel", Icon: theme.CancelIcon(), OnTapped: func() {
		s.dlg.Hide()
		cancel()
	}}
	s.dlg = dialog.NewCustomWithoutButtons(title, container.NewVBox(s.label, s.bar), u.win)
	s.dlg.SetButtons([]fyne.CanvasObject{stop})
	s.dlg.Resize(fyne.NewSize(480, 0))
	s.dlg.Show()
	return s
}

// set shows that done steps have ended and says what runs now.
func (s *stepProgress) set(done int, msg string) {
	s.label.SetText(msg)
	s.bar.SetValue(float64(done))
}

func (s *stepProgress) hide() { s.dlg.Hide() }
