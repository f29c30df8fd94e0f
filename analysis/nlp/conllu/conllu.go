// Package conllu reads CoNLL-U treebank files (Universal Dependencies format),
// keeping the basic dependency tree of each sentence and the comment lines
// the NLP training code needs (sentence id, text, document, paragraph).
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Word is one syntactic word (a CoNLL-U line whose ID is an integer).
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 = root, else the ID of the head word
	Deprel string
	Misc   string
}

// Sentence is one sentence of a CoNLL-U file. Multiword-token range lines and
// empty nodes are skipped, so Words[i].ID == i+1.
type Sentence struct {
	ID     string // "# sent_id"
	Text   string // "# text"
	DocID  string // the last "# newdoc id" seen, inherited by the following sentences
	NewPar bool   // a "# newpar" comment precedes the sentence
	Words  []Word

	// entityFields is the document's "# global.Entity" field order, used by Mentions.
	entityFields []string
}

// defaultEntityFields is GUM's field order, used when a document does not declare one.
var defaultEntityFields = []string{"GRP", "etype", "infstat", "salience", "centering", "minspan", "link", "identity"}

// Read parses CoNLL-U from r.
func Read(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var (
		out     []Sentence
		cur     Sentence
		docID   string
		fields  = defaultEntityFields
		lineNo  int
		started bool
	)
	flush := func() {
		if started && len(cur.Words) > 0 {
			cur.DocID = docID
			cur.entityFields = fields
			out = append(out, cur)
		}
		cur = Sentence{}
		started = false
	}
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" {
			flush()
			continue
		}
		started = true
		if strings.HasPrefix(line, "#") {
			key, val := splitComment(line)
			switch {
			case key == "sent_id":
				cur.ID = val
			case key == "text":
				cur.Text = val
			case key == "newdoc id" || key == "newdoc":
				docID = val
				fields = defaultEntityFields
			case key == "newpar" || key == "newpar id":
				cur.NewPar = true
			case key == "global.Entity":
				fields = strings.Split(val, "-")
			}
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			return out, fmt.Errorf("line %d: %d columns, want 10", lineNo, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			continue // multiword token or empty node
		}
		id, err := strconv.Atoi(cols[0])
		if err != nil {
			return out, fmt.Errorf("line %d: bad ID %q: %w", lineNo, cols[0], err)
		}
		head := 0
		if cols[6] != "_" {
			if head, err = strconv.Atoi(cols[6]); err != nil {
				return out, fmt.Errorf("line %d: bad HEAD %q: %w", lineNo, cols[6], err)
			}
		}
		cur.Words = append(cur.Words, Word{
			ID: id, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4],
			Feats: cols[5], Head: head, Deprel: cols[7], Misc: cols[9],
		})
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("line %d: %w", lineNo, err)
	}
	flush()
	return out, nil
}

// splitComment splits "# key = value" into key and value; "# newpar" gives ("newpar", "").
func splitComment(line string) (key, val string) {
	s := strings.TrimSpace(strings.TrimPrefix(line, "#"))
	if k, v, ok := strings.Cut(s, " = "); ok {
		return strings.TrimSpace(k), v
	}
	return s, ""
}

// ReadFile parses one CoNLL-U file.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	s, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return s, nil
}

// ReadDir parses every *.conllu file of dir, in sorted name order.
func ReadDir(dir string) ([]Sentence, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.conllu"))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", dir, err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("read %s: no .conllu files", dir)
	}
	sort.Strings(paths)
	var out []Sentence
	for _, p := range paths {
		s, err := ReadFile(p)
		if err != nil {
			return nil, err
		}
		out = append(out, s...)
	}
	return out, nil
}
