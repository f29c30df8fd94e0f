// Command train rebuilds the NLP models of analysis/nlp from the corpora
// (see ../shared/corpora/README.md): the part-of-speech tagger, the
// dependency parser, the entity tagger and the list of common words. Training is deterministic: the
// same corpora give the same model bytes.
//
//	go run ./analysis/train -corpora ../shared/corpora [-out analysis/nlp/models]
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
)

func main() {
	corpora := flag.String("corpora", "../shared/corpora", "corpora directory")
	out := flag.String("out", "analysis/nlp/models", "output directory")
	only := flag.String("only", "", "train only this model (tagger, parser, ner, commonwords)")
	tune := flag.Bool("tune", false, "print dev scores after every training pass")
	flag.Parse()
	log.SetFlags(0)
	c, err := loadCorpora(*corpora)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	if err := run(c, *out, *only, *tune); err != nil {
		log.Fatal(err)
	}
}

func run(c *corpora, out, only string, tune bool) error {
	for _, step := range steps {
		if only != "" && only != step.name {
			continue
		}
		b, err := step.train(c, out, tune)
		if err != nil {
			return fmt.Errorf("train %s: %w", step.name, err)
		}
		path := filepath.Join(out, step.file)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		log.Printf("%s: %d bytes", path, len(b))
	}
	return nil
}
