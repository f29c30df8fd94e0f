package gui

import (
	"fmt"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// busy is a dialog with an activity bar shown while a background job runs:
// the bar sweeps across in steps, a few a second, and says how long the job
// has run. Fyne's infinite bar moves on every frame, and each frame that
// changes something repaints the whole window: drawn in software (no GPU,
// as under Xvfb or in a remote session) that took a core from the analysis
// it waited for. Fyne also stops that bar only when it drops the hidden
// bar's renderer, a minute after the dialog closed.
type busy struct {
	d    dialog.Dialog
	anim *fyne.Animation
}

// busyStep is how often the bar moves; busySweep is how many steps it
// takes to cross.
const (
	busyStep  = 200 * time.Millisecond
	busySweep = 10
)

// progress shows a busy dialog. The caller hides it from fyne.Do when the
// job ends.
func (u *ui) progress(msg string) *busy {
	bar := widget.NewProgressBar()
	start := time.Now()
	bar.TextFormatter = func() string { return fmt.Sprintf("%.0f s", time.Since(start).Seconds()) }
	b := &busy{}
	b.d = dialog.NewCustomWithoutButtons("Please wait", container.NewVBox(widget.NewLabel(msg), bar), u.win)
	b.d.Show()
	// The animation ticks on every frame but changes the bar, and so has
	// the window repainted, only at each step.
	b.anim = &fyne.Animation{Duration: busyStep * busySweep, RepeatCount: fyne.AnimationRepeatForever, Curve: fyne.AnimationLinear,
		Tick: func(done float32) {
			if v := math.Floor(float64(done)*busySweep) / busySweep; v != bar.Value {
				bar.SetValue(v)
			}
		}}
	b.anim.Start()
	return b
}

// Hide closes the dialog and stops the bar.
func (b *busy) Hide() {
	b.anim.Stop()
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
