// Package nlp annotates English text with learned models: sentences and
// UD-style tokens with byte offsets, part-of-speech tags (UPOS and Penn
// Treebank), dependency trees and named entities (person, organization,
// place). It is the foundation the analysis rules read, in the manner of a
// spaCy pipeline: tokenize → tagger → parser → ner.
//
// The models are embedded (package models) and decoded on first use, so
// programs that never annotate pay nothing at start-up. They are trained on
// UD English EWT and GUM (analysis/train) and, like EWT, licensed CC BY-SA 4.0.
package nlp

import (
	"errors"
	"fmt"
	"sync"

	"briefing/analysis/nlp/models"
	"briefing/analysis/nlp/ner"
	"briefing/analysis/nlp/parser"
	"briefing/analysis/nlp/tagger"
	"briefing/analysis/nlp/tokenize"
)

// Token is one token of a sentence.
type Token struct {
	Text       string
	Start, End int    // byte offsets into the annotated text
	UPOS, XPOS string // Universal and Penn Treebank part-of-speech tags
	Head       int    // index in the sentence of the syntactic head, -1 for the root
	Dep        string // Universal Dependencies relation to the head ("" without a parser)
}

// Entity is a named entity: the tokens [Start,End) of its sentence.
type Entity struct {
	Start, End int
	Type       string // person, organization or place
}

// Sentence is one annotated sentence.
type Sentence struct {
	Start, End int // byte offsets into the annotated text
	Tokens     []Token
	Entities   []Entity
}

// pipeline holds the decoded models.
type pipeline struct {
	tagger *tagger.Model
	parser *parser.Model
	ner    *ner.Model
}

var (
	loadOnce sync.Once
	loaded   *pipeline
	loadErr  error
)

// load decodes the embedded models once.
func load() (*pipeline, error) {
	loadOnce.Do(func() {
		// The three models decode at the same time: on two cores an article's analysis
		// waits for the largest (the parser) instead of all three in turn.
		p := &pipeline{}
		errs := make([]error, 3)
		var wg sync.WaitGroup
		wg.Add(3)
		go func() {
			defer wg.Done()
			if p.tagger, errs[0] = tagger.Load(models.Tagger); errs[0] != nil {
				errs[0] = fmt.Errorf("nlp: tagger model: %w", errs[0])
			}
		}()
		go func() {
			defer wg.Done()
			if p.parser, errs[1] = parser.Load(models.Parser); errs[1] != nil {
				errs[1] = fmt.Errorf("nlp: parser model: %w", errs[1])
			}
		}()
		go func() {
			defer wg.Done()
			if p.ner, errs[2] = ner.Load(models.NER); errs[2] != nil {
				errs[2] = fmt.Errorf("nlp: entity model: %w", errs[2])
			}
		}()
		wg.Wait()
		if loadErr = errors.Join(errs...); loadErr == nil {
			loaded = p
		}
	})
	return loaded, loadErr
}

// Ready decodes the embedded models if that is not done yet and reports
// whether they are usable. Annotate panics when they are not, which only a
// broken build can cause.
func Ready() error {
	_, err := load()
	return err
}

// Annotate splits text into sentences and tokens, tags them, parses them and
// finds their named entities. The text is one document: a name's other
// occurrences inform its type. It is safe for concurrent use.
func Annotate(text string) []Sentence {
	p, err := load()
	if err != nil {
		panic(err)
	}
	split := tokenize.Split(text)
	n := 0
	for _, s := range split {
		n += len(s.Tokens)
	}
	// One backing array for every sentence's words and tags, one for the tokens.
	strs := make([]string, 3*n)
	words, upos, xpos := strs[:n:n], strs[n:2*n:2*n], strs[2*n:]
	toks := make([]Token, n)
	heads := make([]int, n)
	deps := make([]string, n)
	doc := make([]ner.Sentence, len(split))
	out := make([]Sentence, len(split))
	// Each stage runs over every sentence before the next, so that one
	// model at a time fills the processor's cache.
	at := 0
	for i, s := range split {
		k := len(s.Tokens)
		w, u, x := words[at:at+k:at+k], upos[at:at+k:at+k], xpos[at:at+k:at+k]
		for j, t := range s.Tokens {
			w[j] = t.Text
		}
		p.tagger.Tag(w, u, x)
		doc[i] = ner.Sentence{Words: w, UPOS: u, XPOS: x}
		at += k
	}
	at = 0
	for i, s := range split {
		k := len(s.Tokens)
		h, d := heads[at:at+k], deps[at:at+k]
		p.parser.Parse(doc[i].Words, doc[i].UPOS, doc[i].XPOS, h, d)
		ts := toks[at : at+k : at+k]
		for j, t := range s.Tokens {
			ts[j] = Token{Text: t.Text, Start: t.Start, End: t.End, UPOS: doc[i].UPOS[j], XPOS: doc[i].XPOS[j], Head: h[j], Dep: d[j]}
		}
		out[i] = Sentence{Start: s.Start, End: s.End, Tokens: ts}
		at += k
	}
	for i, spans := range p.ner.RecognizeDocument(doc) {
		if len(spans) == 0 {
			continue
		}
		es := make([]Entity, len(spans))
		for j, sp := range spans {
			es[j] = Entity{Start: sp.Start, End: sp.End, Type: sp.Type}
		}
		out[i].Entities = es
	}
	return out
}
