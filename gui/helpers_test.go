package gui

import (
	"image/png"
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"briefing/project"
)

// newTestUI builds the main window on the sample article in a test app.
func newTestUI(t *testing.T) *ui {
	return newTestUISized(t, fyne.NewSize(1280, 800), themeLight)
}

func newTestUISized(t *testing.T, size fyne.Size, th string) *ui {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newAppTheme(th))
	w := a.NewWindow("")
	u := newUI(a, w, "test")
	u.setProject(project.OpenSample(), "", "Sample")
	w.Resize(size)
	w.Show()
	t.Cleanup(w.Close)
	return u
}

// capture writes the window as a PNG when BRIEFING_SHOTS names a folder.
func capture(t *testing.T, u *ui, name string) {
	t.Helper()
	dir := os.Getenv("BRIEFING_SHOTS")
	if dir == "" {
		return
	}
	f, err := os.Create(dir + "/" + name + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, u.win.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}
