//go:build race

package project

// raceEnabled says whether the race detector is on: it makes processes and
// JSON decoding much slower, and TestSaveSurvivesKill adapts.
const raceEnabled = true
