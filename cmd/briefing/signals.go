package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"briefing/internal/atomicfile"
)

// cleanUpOnSignal makes Ctrl-C (SIGINT), SIGTERM, or SIGPIPE (standard
// output piped into a program that quit, as `| head` does) during an export
// remove the temporary files written so far, which can be many megabytes,
// and exit with the status a shell gives a process killed by that signal
// (130, 143, 141). The returned function restores the default handling.
func cleanUpOnSignal(stderr io.Writer) (stop func()) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM, syscall.SIGPIPE)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-sig:
			atomicfile.AbandonAll()
			fmt.Fprintf(stderr, "briefing: export stopped (%v); its unfinished files were removed\n", s)
			code := 1
			if n, ok := s.(syscall.Signal); ok {
				code = 128 + int(n)
			}
			os.Exit(code)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(sig)
		close(done)
	}
}
