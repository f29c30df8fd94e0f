//go:build windows

package main

import (
	"os"
	"syscall"
)

// attachConsole lets the window build print. "Briefing Builder.exe" is
// linked as a GUI program (-H windowsgui) so that no console window opens
// beside the app; such a program starts without standard output, and
// `"Briefing Builder.exe" --version` typed in a terminal would print
// nothing. When the output is not redirected, it attaches to the console
// of the terminal that started it, if there is one. briefing.exe, the
// console build for scripts, has its handles already and is left alone.
func attachConsole() {
	if h, err := syscall.GetStdHandle(syscall.STD_OUTPUT_HANDLE); err == nil && h != 0 && h != syscall.InvalidHandle {
		return
	}
	const attachParentProcess = 0xFFFFFFFF // (DWORD)-1
	proc := syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")
	if proc.Find() != nil {
		return
	}
	if ok, _, _ := proc.Call(attachParentProcess); ok == 0 {
		return // started from Explorer: no console to print to
	}
	if f, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
		os.Stdout, os.Stderr = f, f
	}
}
