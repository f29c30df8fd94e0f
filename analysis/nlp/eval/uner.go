package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"briefing/analysis/nlp/ner"
)

// unerSentence is one sentence of Universal NER (IOB2 over EWT tokens).
type unerSentence struct {
	docID    string
	words    []string
	entities []ner.Span
}

// unerTypes maps UNER labels to ours.
var unerTypes = map[string]string{"PER": "person", "ORG": "organization", "LOC": "place"}

func readUNER(path string) ([]unerSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	var out []unerSentence
	var cur unerSentence
	var doc string
	var tags []string
	flush := func() {
		if len(cur.words) > 0 {
			cur.docID = doc
			cur.entities = iobSpans(tags)
			out = append(out, cur)
		}
		cur, tags = unerSentence{}, nil
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			flush()
		case strings.HasPrefix(line, "# newdoc id = "):
			doc = strings.TrimPrefix(line, "# newdoc id = ")
		case strings.HasPrefix(line, "#"):
		default:
			cols := strings.Split(line, "\t")
			if len(cols) < 3 {
				return nil, fmt.Errorf("read %s: bad line %q", path, line)
			}
			cur.words = append(cur.words, cols[1])
			tags = append(tags, cols[2])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	flush()
	return out, nil
}

// iobSpans decodes IOB2 tags into spans of our types.
func iobSpans(tags []string) []ner.Span {
	var out []ner.Span
	start, typ := -1, ""
	end := func(i int) {
		if start >= 0 {
			if t, ok := unerTypes[typ]; ok {
				out = append(out, ner.Span{Start: start, End: i, Type: t})
			}
		}
		start, typ = -1, ""
	}
	for i, tag := range tags {
		p, t, _ := strings.Cut(tag, "-")
		switch {
		case p == "B" || p == "I" && t != typ:
			end(i)
			start, typ = i, t
		case p == "I":
		default:
			end(i)
		}
	}
	end(len(tags))
	return out
}
