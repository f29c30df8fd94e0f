package analysis

import (
	"runtime"
	"strings"
	"sync"

	"briefing/analysis/nlp"
)

// The language models under the analysis (analysis/nlp): the text's sentences and tokens,
// part-of-speech tags, dependency parse and named entities, turned into the attribution
// and entity stages' own types.
func init() {
	annotateText = annotateWithModels
}

// parallelFrom is the text size from which the models run on runs of whole paragraphs of
// about this size, on as many cores as there are: below it, starting goroutines costs more
// than it saves. The runs depend on the text alone, never on the number of cores, because
// the entity tagger reads each run as a document (its features look at a name's other
// occurrences in it): the same text gives the same suggestions on every machine.
const parallelFrom = 256 << 10

// annotateWithModels runs the language models on a document's text.
func annotateWithModels(text string) (*syntax, []nerSpan) {
	chunks := paragraphChunks(text, (len(text)+parallelFrom-1)/parallelFrom)
	parts := make([][]nlp.Sentence, len(chunks))
	var wg sync.WaitGroup
	free := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, c := range chunks {
		wg.Add(1)
		free <- struct{}{}
		go func() {
			defer func() { <-free; wg.Done() }()
			parts[i] = nlp.Annotate(text[c[0]:c[1]])
		}()
	}
	wg.Wait()
	n := 0
	for _, p := range parts {
		for _, s := range p {
			n += len(s.Tokens)
		}
	}
	toks := make([]synToken, 0, n)
	var ents []nerSpan
	for pi, p := range parts {
		base := chunks[pi][0]
		part := text[base:chunks[pi][1]]
		for _, s := range p {
			first := int32(len(toks))
			for _, t := range s.Tokens {
				head := int32(-1)
				if t.Head >= 0 {
					head = first + int32(t.Head)
				}
				toks = append(toks, synToken{s: base + int(t.Start), e: base + int(t.End), low: strings.ToLower(t.Text(part)), uposTag: t.UPOS, headAt: head, depTag: t.Dep})
			}
			for _, e := range s.Entities {
				if e.Start < e.End && e.End <= len(s.Tokens) {
					ents = append(ents, nerSpan{s: base + int(s.Tokens[e.Start].Start), e: base + int(s.Tokens[e.End-1].End), typ: e.Type})
				}
			}
		}
		parts[pi] = nil // the compact parse of the run is in toks now
	}
	return newSyntax(toks), ents
}

// paragraphChunks cuts text into at most n runs of whole paragraphs of about equal size
// (byte ranges), one run when the text is small.
func paragraphChunks(text string, n int) [][2]int {
	if len(text) < parallelFrom || n < 2 {
		return [][2]int{{0, len(text)}}
	}
	var out [][2]int
	start := 0
	for k := 1; k < n; k++ {
		at := k * len(text) / n
		if at <= start {
			continue
		}
		cut := strings.Index(text[at:], "\n\n")
		if cut < 0 {
			break
		}
		end := at + cut + 2
		out = append(out, [2]int{start, end})
		start = end
	}
	return append(out, [2]int{start, len(text)})
}
