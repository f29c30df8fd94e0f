package analysis

import (
	"fmt"
	"strings"
	"testing"

	"briefing/document"
)

// unendingText is text without a single full stop, dense with names: the input whose
// analysis used to grow with the square of its length.
func unendingText(size int) string {
	words := []string{"Vladimir Putin", "said", "Moscow", "the", "talks", "Emmanuel Macron", "and", "Kyiv",
		"would", "welcome", "Kaja Kallas", "plan", "warned", "of"}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(words[i*7%len(words)])
		b.WriteByte(' ')
	}
	return b.String()
}

func TestSentencesAreBounded(t *testing.T) {
	text := unendingText(200_000)
	toks := tokenize(text, 0)
	sents := splitSentences(text, toks, nil)
	if len(sents) < len(toks)/maxSentenceTokens {
		t.Fatalf("%d tokens cut into only %d sentences", len(toks), len(sents))
	}
	for _, s := range sents {
		if s.te-s.ts > maxSentenceTokens {
			t.Fatalf("a sentence of %d tokens, want at most %d", s.te-s.ts, maxSentenceTokens)
		}
	}
}

// BenchmarkAnalyzeUnending doubles a text without full stops: the time per op should
// double with it (linear), not quadruple.
func BenchmarkAnalyzeUnending(b *testing.B) {
	for _, kb := range []int{64, 128, 256, 512} {
		text := unendingText(kb << 10)
		b.Run(fmt.Sprintf("%dKB", kb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				Analyze(document.FromText("bench", text))
			}
		})
	}
}
