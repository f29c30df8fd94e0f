package main

import (
	"log"

	"briefing/analysis/nlp/tagger"
)

// step trains one model and returns its bytes.
type step struct {
	name  string
	train func(c *corpora, tune bool) ([]byte, error)
}

// steps run in this order: the entity tagger uses the tagger's predictions.
var steps = []step{
	{"tagger", trainTagger},
}

// Training settings, tuned on EWT dev (tagger).
const (
	taggerIterations = 6
	taggerPrune      = 0.05
)

func trainTagger(c *corpora, tune bool) ([]byte, error) {
	opts := tagger.Options{Iterations: taggerIterations, Seed: 1, Prune: taggerPrune}
	if tune {
		opts.Progress = func(it int, m *tagger.Model) {
			u, x := m.Accuracy(c.ewtDev)
			gu, gx := m.Accuracy(c.gumDev)
			log.Printf("tagger pass %d: EWT dev UPOS %.4f XPOS %.4f, GUM dev UPOS %.4f XPOS %.4f", it, u, x, gu, gx)
		}
	}
	m := tagger.Train(c.treebankTrain(), opts)
	u, x := m.Accuracy(c.ewtDev)
	log.Printf("tagger: %d features, EWT dev UPOS %.4f XPOS %.4f", m.Features(), u, x)
	return m.MarshalBinary()
}
