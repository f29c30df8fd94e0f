package main

import (
	"fmt"
	"path/filepath"

	"briefing/analysis/nlp/conllu"
)

// corpora holds the treebank splits used for training and tuning.
type corpora struct {
	ewtTrain, ewtDev []conllu.Sentence
	gumTrain, gumDev []conllu.Sentence
}

func loadCorpora(dir string) (*corpora, error) {
	var c corpora
	var err error
	ewt := filepath.Join(dir, "ud-english-ewt")
	if c.ewtTrain, err = conllu.ReadFile(filepath.Join(ewt, "en_ewt-ud-train.conllu")); err != nil {
		return nil, fmt.Errorf("corpora: %w", err)
	}
	if c.ewtDev, err = conllu.ReadFile(filepath.Join(ewt, "en_ewt-ud-dev.conllu")); err != nil {
		return nil, fmt.Errorf("corpora: %w", err)
	}
	if c.gumTrain, err = conllu.ReadDir(filepath.Join(dir, "gum", "train")); err != nil {
		return nil, fmt.Errorf("corpora: %w", err)
	}
	if c.gumDev, err = conllu.ReadDir(filepath.Join(dir, "gum", "dev")); err != nil {
		return nil, fmt.Errorf("corpora: %w", err)
	}
	return &c, nil
}

// treebankTrain is EWT train followed by GUM train.
func (c *corpora) treebankTrain() []conllu.Sentence {
	return append(append([]conllu.Sentence(nil), c.ewtTrain...), c.gumTrain...)
}
