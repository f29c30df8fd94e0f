package main

import (
	"fmt"
	"path/filepath"

	"briefing/analysis/nlp/conllu"
)

// corpora holds the evaluation splits.
type corpora struct {
	ewtDev, ewtTest []conllu.Sentence
	gumDev, gumTest []conllu.Sentence
	unerTest        []unerSentence
}

func load(dir string) (*corpora, error) {
	var c corpora
	var err error
	ewt := filepath.Join(dir, "ud-english-ewt")
	for _, f := range []struct {
		dst  *[]conllu.Sentence
		path string
		dir  bool
	}{
		{&c.ewtDev, filepath.Join(ewt, "en_ewt-ud-dev.conllu"), false},
		{&c.ewtTest, filepath.Join(ewt, "en_ewt-ud-test.conllu"), false},
		{&c.gumDev, filepath.Join(dir, "gum", "dev"), true},
		{&c.gumTest, filepath.Join(dir, "gum", "test"), true},
	} {
		if f.dir {
			*f.dst, err = conllu.ReadDir(f.path)
		} else {
			*f.dst, err = conllu.ReadFile(f.path)
		}
		if err != nil {
			return nil, fmt.Errorf("corpora: %w", err)
		}
	}
	if c.unerTest, err = readUNER(filepath.Join(dir, "uner-english-ewt", "en_ewt-ud-test.iob2")); err != nil {
		return nil, fmt.Errorf("corpora: %w", err)
	}
	return &c, nil
}
