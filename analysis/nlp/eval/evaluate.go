package main

import (
	"fmt"
	"runtime"

	"briefing/analysis/nlp/conllu"
	"briefing/analysis/nlp/models"
	"briefing/analysis/nlp/ner"
	"briefing/analysis/nlp/parser"
	"briefing/analysis/nlp/tagger"
)

// pipeline holds the embedded models.
type pipeline struct {
	tagger *tagger.Model
	parser *parser.Model
	ner    *ner.Model
}

func newPipeline() (*pipeline, error) {
	t, err := tagger.Load(models.Tagger)
	if err != nil {
		return nil, err
	}
	ps, err := parser.Load(models.Parser)
	if err != nil {
		return nil, err
	}
	n, err := ner.Load(models.NER)
	if err != nil {
		return nil, err
	}
	return &pipeline{tagger: t, parser: ps, ner: n}, nil
}

// evaluate returns the figure lines, the five headline ones first.
func evaluate(c *corpora, p *pipeline) []string {
	upos, xpos := p.tagger.Accuracy(c.ewtTest)
	gumU, gumX := p.tagger.Accuracy(c.gumTest)
	devU, _ := p.tagger.Accuracy(c.ewtDev)
	uas, las := parser.Evaluate(p.parser, c.ewtTest, p.tag)
	gumUAS, gumLAS := parser.Evaluate(p.parser, c.gumTest, p.tag)
	goldUAS, goldLAS := parser.Evaluate(p.parser, c.ewtTest, nil)
	gumTest := p.ner.Evaluate(ner.FromTreebank(c.gumTest, p.tagger.Tag))
	gumDev := p.ner.Evaluate(ner.FromTreebank(c.gumDev, p.tagger.Tag))
	uner := p.unerScore(c.unerTest)
	all, tagRate, parseRate, nerRate := p.wordsPerSecond(c.ewtTest)
	lines := []string{
		fmt.Sprintf("UPOS %.3f", upos),
		fmt.Sprintf("UAS %.3f", uas),
		fmt.Sprintf("LAS %.3f", las),
		fmt.Sprintf("ENTITY_F1 %.3f", gumTest[""].F1()),
		fmt.Sprintf("WORDS_PER_SEC %d", all),
		fmt.Sprintf("XPOS %.3f", xpos),
		fmt.Sprintf("UPOS_GUM_TEST %.3f", gumU),
		fmt.Sprintf("XPOS_GUM_TEST %.3f", gumX),
		fmt.Sprintf("UPOS_EWT_DEV %.3f", devU),
		fmt.Sprintf("WORDS_PER_SEC_TAG %d", tagRate),
		fmt.Sprintf("WORDS_PER_SEC_PARSE %d", parseRate),
		fmt.Sprintf("WORDS_PER_SEC_ENTITIES %d", nerRate),
		fmt.Sprintf("UAS_GUM_TEST %.3f", gumUAS),
		fmt.Sprintf("LAS_GUM_TEST %.3f", gumLAS),
		fmt.Sprintf("UAS_EWT_TEST_GOLD_TAGS %.3f", goldUAS),
		fmt.Sprintf("LAS_EWT_TEST_GOLD_TAGS %.3f", goldLAS),
	}
	for _, t := range ner.Types {
		lines = append(lines, fmt.Sprintf("ENTITY_F1_%s %.3f", upper(t), gumTest[t].F1()))
	}
	lines = append(lines,
		fmt.Sprintf("ENTITY_F1_GUM_DEV %.3f", gumDev[""].F1()),
		fmt.Sprintf("ENTITY_F1_UNER_EWT_TEST %.3f", uner[""].F1()),
	)
	for _, t := range ner.Types {
		lines = append(lines, fmt.Sprintf("ENTITY_F1_UNER_%s %.3f", upper(t), uner[t].F1()))
	}
	lines = append(lines,
		fmt.Sprintf("TOKEN_F1_EWT_DEV %.4f", tokenF1(c.ewtDev)),
		fmt.Sprintf("TOKEN_F1_GUM_DEV %.4f", tokenF1(c.gumDev)),
		fmt.Sprintf("TOKEN_F1_EWT_TEST %.4f", tokenF1(c.ewtTest)),
		fmt.Sprintf("TOKEN_F1_GUM_TEST %.4f", tokenF1(c.gumTest)),
	)
	return lines
}

// tag returns fresh tag slices for forms (parser.Evaluate keeps them).
func (p *pipeline) tag(forms []string) (upos, xpos []string) {
	upos, xpos = make([]string, len(forms)), make([]string, len(forms))
	p.tagger.Tag(forms, upos, xpos)
	return upos, xpos
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// unerScore tags the UNER test sentences (EWT tokens) and scores the
// entities, a document at a time.
func (p *pipeline) unerScore(sents []unerSentence) map[string]*ner.Score {
	var docs [][]ner.Sentence
	for i, s := range sents {
		if i == 0 || s.docID != sents[i-1].docID {
			docs = append(docs, nil)
		}
		n := len(s.words)
		upos, xpos := make([]string, n), make([]string, n)
		p.tagger.Tag(s.words, upos, xpos)
		d := &docs[len(docs)-1]
		*d = append(*d, ner.Sentence{Words: s.words, UPOS: upos, XPOS: xpos, Entities: s.entities})
	}
	return p.ner.Evaluate(docs)
}

// wordsPerSecond times tagging, parsing and entity recognition of the EWT
// test sentences (gold tokens, each sentence a document) on one core, in CPU
// time, best of three runs. Like Annotate, it runs each stage over all the
// sentences before the next (a model stays in the cache); it returns the
// rate of the three stages together and of each.
func (p *pipeline) wordsPerSecond(sents []conllu.Sentence) (all, tag, parse, entities int) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	n := 0
	words := make([][]string, len(sents))
	upos, xpos := make([][]string, len(sents)), make([][]string, len(sents))
	heads, deps := make([][]int, len(sents)), make([][]string, len(sents))
	for i, s := range sents {
		k := len(s.Words)
		for _, w := range s.Words {
			words[i] = append(words[i], w.Form)
		}
		upos[i], xpos[i] = make([]string, k), make([]string, k)
		heads[i], deps[i] = make([]int, k), make([]string, k)
		n += k
	}
	doc := make([]ner.Sentence, 1)
	stages := []func(i int){
		func(i int) { p.tagger.Tag(words[i], upos[i], xpos[i]) },
		func(i int) { p.parser.Parse(words[i], upos[i], xpos[i], heads[i], deps[i]) },
		func(i int) {
			doc[0] = ner.Sentence{Words: words[i], UPOS: upos[i], XPOS: xpos[i]}
			p.ner.RecognizeDocument(doc)
		},
	}
	best := make([]float64, len(stages)) // least seconds per stage
	for run := range 3 {
		for k, stage := range stages {
			runtime.GC()
			start := cpuTime()
			for i := range words {
				stage(i)
			}
			if d := (cpuTime() - start).Seconds(); run == 0 || d < best[k] {
				best[k] = d
			}
		}
	}
	rate := func(secs float64) int {
		if secs <= 0 {
			return 0
		}
		return int(float64(n) / secs)
	}
	return rate(best[0] + best[1] + best[2]), rate(best[0]), rate(best[1]), rate(best[2])
}
