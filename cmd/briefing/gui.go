package main

import (
	"os"
	"os/signal"
	"syscall"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"briefing/gui"
	"briefing/internal/atomicfile"
)

// appID gives preferences a stable home however the binary is started.
const appID = "org.briefingbuilder.app"

func runGUI(path string) error {
	if err := checkDisplay(os.Getenv); err != nil {
		return err
	}
	a := app.NewWithID(appID)
	// A session manager or `kill` asks the app to quit with SIGTERM: leave
	// through Fyne's own shutdown rather than dying mid-frame.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT)
	go func() {
		<-sig
		fyne.Do(a.Quit)
	}()
	err := gui.Run(a, path, version)
	// An export still running in the background when the window closed (on SIGTERM, say)
	// must not leave its half-written temporary file behind.
	atomicfile.AbandonAll()
	return err
}
