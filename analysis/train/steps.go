package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"

	"briefing/analysis/nlp/ner"
	"briefing/analysis/nlp/parser"
	"briefing/analysis/nlp/tagger"
)

// step trains one model and returns its bytes. out is the model directory,
// where earlier steps have written theirs.
type step struct {
	name  string
	file  string // in out
	train func(c *corpora, out string, tune bool) ([]byte, error)
}

// steps run in this order: the entity tagger uses the tagger's predictions.
var steps = []step{
	{"tagger", "tagger.bin", trainTagger},
	{"parser", "parser.bin", trainParser},
	{"ner", "ner.bin", trainNER},
	{"commonwords", "commonwords.txt", trainCommonWords},
}

// Training settings, tuned on EWT dev (tagger) and GUM dev (entities).
const (
	taggerIterations  = 6
	taggerPrune       = 0.05
	taggerOnePass     = false
	nerIterations     = 4
	nerPrune          = 0
	nerEnsemble       = 6
	nerTypeIterations = 10
)

func loadTagger(out string) (*tagger.Model, error) {
	path := filepath.Join(out, "tagger.bin")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return tagger.Load(b)
}

func trainNER(c *corpora, out string, tune bool) ([]byte, error) {
	tg, err := loadTagger(out)
	if err != nil {
		return nil, err
	}
	train := ner.FromTreebank(c.gumTrain, tg.Tag)
	dev := ner.FromTreebank(c.gumDev, tg.Tag)
	opts := ner.Options{Iterations: nerIterations, Seed: 1, Prune: nerPrune, Ensemble: nerEnsemble, TypeIterations: nerTypeIterations}
	if tune {
		opts.Progress = func(it int, m *ner.Model) {
			s := m.Evaluate(dev)
			log.Printf("ner pass %d: GUM dev F1 %.4f (person %.3f, organization %.3f, place %.3f)", it,
				s[""].F1(), s["person"].F1(), s["organization"].F1(), s["place"].F1())
		}
	}
	m := ner.Train(train, opts)
	s := m.Evaluate(dev)
	log.Printf("ner: %d features, GUM dev F1 %.4f", m.Features(), s[""].F1())
	return m.MarshalBinary()
}

// trainParser trains the dependency parser with its own default options on
// EWT train and GUM train; tune reports its passes and its EWT dev scores.
func trainParser(c *corpora, _ string, tune bool) ([]byte, error) {
	opts := parser.DefaultOptions()
	if tune {
		opts.Logf = log.Printf
	}
	m, err := parser.Train(c.treebankTrain(), c.ewtDev, opts)
	if err != nil {
		return nil, err
	}
	uas, las := parser.Evaluate(m, c.ewtDev, nil)
	log.Printf("parser: EWT dev (gold tags) UAS %.4f LAS %.4f", uas, las)
	return m.MarshalBinary()
}

func trainTagger(c *corpora, _ string, tune bool) ([]byte, error) {
	opts := tagger.Options{Iterations: taggerIterations, Seed: 1, Prune: taggerPrune, OnePass: taggerOnePass}
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
