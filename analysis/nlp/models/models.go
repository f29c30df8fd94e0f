// Package models embeds the trained NLP models (built by analysis/train from
// the corpora credited in the README; CC BY-SA 4.0 like EWT).
package models

import _ "embed"

// Tagger is the serialised part-of-speech tagger (tagger.Load).
//
//go:embed tagger.bin
var Tagger []byte

// NER is the serialised entity tagger (ner.Load).
//
//go:embed ner.bin
var NER []byte

// Parser is the serialised dependency parser (parser.Load).
//
//go:embed parser.bin
var Parser []byte

// CommonWords lists, one a line after '#' comment lines, the words the
// corpora use as ordinary lower-case words (built by analysis/train).
//
//go:embed commonwords.txt
var CommonWords []byte
