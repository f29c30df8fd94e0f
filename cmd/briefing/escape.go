package main

import "briefing/internal/escape"

// escapeControls escapes the control characters of a name or message
// for one line of the terminal (see escape.Controls).
func escapeControls(s string) string { return escape.Controls(s) }

// oneLineError shows an error with its control characters escaped and
// keeps it for errors.Is and errors.As.
type oneLineError struct{ err error }

func (e oneLineError) Error() string { return escapeControls(e.err.Error()) }
func (e oneLineError) Unwrap() error { return e.err }
