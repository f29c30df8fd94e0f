// Package assets holds the files embedded in the binary: the sample article
// the application opens on first start, and the icon.
package assets

import _ "embed"

// Sample is the sample article (plain text, one paragraph per line).
//
//go:embed sample.txt
var Sample string

// SampleName is the name the sample is shown under.
const SampleName = "sample.txt"

// Icon is the application icon (PNG).
//
//go:embed icon.png
var Icon []byte

// Credits names the corpora the language models were trained on, and the other works the
// application contains, as their licences require (shown in the About dialog).
//
//go:embed CREDITS.txt
var Credits string
