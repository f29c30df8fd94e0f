//go:build !race

package project

// raceEnabled: see crash_race_test.go.
const raceEnabled = false
