//go:build !windows

package main

// attachConsole has nothing to do where programs always inherit the
// terminal's output (see console_windows.go).
func attachConsole() {}
