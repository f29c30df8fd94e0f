// Package tokenize splits English text into sentences and tokens the way the
// Universal Dependencies English treebanks (EWT, GUM) do: clitics apart
// ("Kyiv's" → "Kyiv" "'s", "don't" → "do" "n't", "can't" → "ca" "n't"),
// punctuation apart, abbreviations, numbers, URLs and e-mail addresses kept
// whole, most hyphenated compounds split ("long-term" → "long" "-" "term")
// except after common prefixes ("non-", "re-", "e-"). Every token keeps its
// byte offsets into the original text.
package tokenize

// Token is one token: Text == text[Start:End] of the string given to Split.
type Token struct {
	Text       string
	Start, End int
}

// Sentence is one sentence: its tokens and the byte span from the first
// token's start to the last token's end.
type Sentence struct {
	Start, End int
	Tokens     []Token
}

// MaxTokens bounds a sentence's length: text that never ends a sentence is
// cut into pieces of at most this many tokens, so later stages stay linear.
const MaxTokens = 200

// Split splits text into sentences of tokens. A blank line always ends a
// sentence. The work is linear in the length of the text.
func Split(text string) []Sentence {
	toks := Tokens(text)
	var out []Sentence
	start := 0
	for start < len(toks) {
		end := sentenceEnd(text, toks, start)
		out = append(out, Sentence{Start: toks[start].Start, End: toks[end-1].End, Tokens: toks[start:end:end]})
		start = end
	}
	return out
}

// Tokens tokenises text without splitting it into sentences.
func Tokens(text string) []Token {
	s := splitter{text: text, out: make([]Token, 0, len(text)/5+1)}
	i := 0
	for i < len(text) {
		for i < len(text) && isSpaceAt(text, i) {
			i += spaceLen(text, i)
		}
		j := i
		for j < len(text) && !isSpaceAt(text, j) {
			j++
		}
		if j > i {
			s.chunk(i, j)
		}
		i = j
	}
	return s.out
}
