// Command eval measures the NLP pipeline on the test splits of the corpora
// (see ../shared/corpora/README.md) and prints one "NAME value" line per
// figure; the first five are read by scripts:
//
//	UPOS 0.952           EWT test, gold tokens
//	UAS 0.884            EWT test, gold tokens, predicted tags, punctuation included
//	LAS 0.857
//	ENTITY_F1 0.823      GUM test, exact span and type, person/organization/place
//	WORDS_PER_SEC 123456 tag + parse + entities on one core, EWT test words
//
// Without the corpora it prints one line saying so and exits 0.
//
//	go run ./analysis/nlp/eval -corpora ../shared/corpora
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
)

func main() {
	dir := flag.String("corpora", "../shared/corpora", "corpora directory")
	flag.Parse()
	log.SetFlags(0)
	if _, err := os.Stat(filepath.Join(*dir, "README.md")); err != nil {
		fmt.Printf("NO_CORPORA %s not found: nothing to evaluate\n", *dir)
		return
	}
	c, err := load(*dir)
	if err != nil {
		log.Fatal(err)
	}
	p, err := newPipeline()
	if err != nil {
		log.Fatal(err)
	}
	for _, line := range evaluate(c, p) {
		fmt.Println(line)
	}
}
