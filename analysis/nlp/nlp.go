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
	"math"
	"strings"
	"sync"

	"briefing/analysis/nlp/models"
	"briefing/analysis/nlp/ner"
	"briefing/analysis/nlp/parser"
	"briefing/analysis/nlp/tagger"
	"briefing/analysis/nlp/tokenize"
)

// Token is one token of a sentence, in 16 bytes: a 10 MB text has nearly two
// million of them, and a token of strings and ints would take five times as
// much. Its text is text[Start:End] of the annotated text.
type Token struct {
	Start, End int32 // byte offsets into the annotated text
	Head       int16 // index in the sentence of the syntactic head, -1 for the root
	UPOS, XPOS Tag   // Universal and Penn Treebank part-of-speech tags
	Dep        Tag   // Universal Dependencies relation to the head
}

// Text returns the token's text in the annotated text.
func (t Token) Text(text string) string { return text[t.Start:t.End] }

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

// runBytes is the size of the runs of paragraphs that are tokenised, tagged
// and parsed at a time: their tokens, tags and parse are the only
// per-token buffers of strings besides what the entity model reads, so a
// long text's temporary memory stays that of one run.
const runBytes = 64 << 10

// Annotate splits text into sentences and tokens, tags them, parses them and
// finds their named entities. The text is one document: a name's other
// occurrences inform its type. It is safe for concurrent use. The text must
// be shorter than 2 GiB (token offsets are 32-bit); the loaders read far less.
func Annotate(text string) []Sentence {
	p, err := load()
	if err != nil {
		panic(err)
	}
	if len(text) > math.MaxInt32 {
		panic("nlp: text of 2 GiB or more")
	}
	var (
		out   []Sentence
		doc   []ner.Sentence
		names tagCache
		heads = make([]int, tokenize.MaxTokens)
		deps  = make([]string, tokenize.MaxTokens)
	)
	// Tokens and sentences do not cross a blank line, so a run of whole
	// paragraphs splits as it does within the whole text. Each stage runs
	// over the run's sentences before the next, so that one model at a
	// time fills the processor's cache.
	for _, r := range paragraphRuns(text, runBytes) {
		split := tokenize.Split(text[r[0]:r[1]])
		n := 0
		for _, s := range split {
			n += len(s.Tokens)
		}
		// The entity model reads the whole document's words and tags:
		// one backing array of them per run, and one of tokens.
		strs := make([]string, 3*n)
		words, upos, xpos := strs[:n:n], strs[n:2*n:2*n], strs[2*n:]
		toks := make([]Token, n)
		first := len(doc)
		at := 0
		for _, s := range split {
			k := len(s.Tokens)
			w, u, x := words[at:at+k:at+k], upos[at:at+k:at+k], xpos[at:at+k:at+k]
			for j, t := range s.Tokens {
				w[j] = t.Text
			}
			p.tagger.Tag(w, u, x)
			doc = append(doc, ner.Sentence{Words: w, UPOS: u, XPOS: x})
			at += k
		}
		at = 0
		for i, s := range split {
			k := len(s.Tokens)
			d := doc[first+i]
			h, dp := heads[:k], deps[:k]
			p.parser.Parse(d.Words, d.UPOS, d.XPOS, h, dp)
			ts := toks[at : at+k : at+k]
			for j, t := range s.Tokens {
				ts[j] = Token{Start: int32(r[0] + t.Start), End: int32(r[0] + t.End), Head: int16(h[j]),
					UPOS: names.of(d.UPOS[j]), XPOS: names.of(d.XPOS[j]), Dep: names.of(dp[j])}
			}
			out = append(out, Sentence{Start: r[0] + s.Start, End: r[0] + s.End, Tokens: ts})
			at += k
		}
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

// paragraphRuns cuts text into runs of whole paragraphs (byte ranges) of
// about size bytes each: a run ends after the first blank line ("\n\n")
// past size bytes from its start.
func paragraphRuns(text string, size int) [][2]int {
	var out [][2]int
	start := 0
	for len(text)-start > size {
		cut := strings.Index(text[start+size:], "\n\n")
		if cut < 0 {
			break
		}
		end := start + size + cut + 2
		out = append(out, [2]int{start, end})
		start = end
	}
	return append(out, [2]int{start, len(text)})
}
