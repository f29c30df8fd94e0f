package project

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"

	jsonv2 "github.com/go-json-experiment/json"

	"briefing/document"
)

// Interchange is the JSON format that `briefing analyze` prints and
// `briefing export` reads: the gold-label format of the evaluation set,
// extended with the brief's fields and the user's choices. Other programs
// (and people) write it, so reading it is lenient about what is missing.
type Interchange struct {
	Title        string              `json:"title,omitempty"`
	Author       string              `json:"author,omitempty"`
	Organisation string              `json:"organisation,omitempty"`
	Marking      string              `json:"marking,omitempty"`
	Date         string              `json:"date,omitempty"`
	Summary      string              `json:"summary,omitempty"`
	Purpose      string              `json:"purpose,omitempty"`
	Outlook      string              `json:"outlook,omitempty"`
	Reference    string              `json:"reference,omitempty"`
	ClearedBy    string              `json:"cleared_by,omitempty"`
	Sources      []InterchangeSource `json:"sources,omitempty"`
	Actors       []InterchangeActor  `json:"actors"`
	Topics       []InterchangeTopic  `json:"topics"`
	Positions    []InterchangePos    `json:"positions"`
}

// InterchangeSource describes one source article.
type InterchangeSource struct {
	ID     string `json:"id,omitempty"`
	Title  string `json:"title,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	Author string `json:"author,omitempty"`
	Date   string `json:"date,omitempty"`
	Source string `json:"source,omitempty"`
}

// InterchangeActor is an actor in the interchange format.
type InterchangeActor struct {
	ID          string   `json:"id,omitempty"`
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases"`
	Type        string   `json:"type"`
	Role        string   `json:"role"`
	Affiliation string   `json:"affiliation"`
	Named       *bool    `json:"named,omitempty"`
	Mentions    int      `json:"mentions,omitempty"`
	Why         string   `json:"why,omitempty"`
	Reviewed    bool     `json:"reviewed,omitempty"`
	// Power and Interest are the user's levels on the stakeholder map
	// ("high" or "low"); left out while they are suggested.
	Power    string `json:"power,omitempty"`
	Interest string `json:"interest,omitempty"`
}

// InterchangeTopic is a topic in the interchange format.
type InterchangeTopic struct {
	ID       string   `json:"id,omitempty"`
	Label    string   `json:"label"`
	Keywords []string `json:"keywords"`
	Selected *bool    `json:"selected,omitempty"`
	Priority string   `json:"priority,omitempty"`
	Note     string   `json:"note,omitempty"`
	Tags     []string `json:"tags,omitempty"`
	Why      string   `json:"why,omitempty"`
	Reviewed bool     `json:"reviewed,omitempty"`
}

// InterchangePos is a position in the interchange format. Actor and Topic
// name an actor by ID or name and a topic by ID or label.
type InterchangePos struct {
	ID         string   `json:"id,omitempty"`
	Actor      string   `json:"actor"`
	CoActors   []string `json:"co_actors,omitempty"`
	Topic      string   `json:"topic"`
	Stance     string   `json:"stance"`
	Summary    string   `json:"summary"`
	Evidence   string   `json:"evidence"`
	Start      *int     `json:"start,omitempty"`
	End        *int     `json:"end,omitempty"`
	Paragraph  int      `json:"paragraph,omitempty"`
	Confidence float64  `json:"confidence,omitempty"`
	Note       string   `json:"note,omitempty"`
	Selected   *bool    `json:"selected,omitempty"`
	Why        string   `json:"why,omitempty"`
	// Reviewed is the user's verdict kept through the format, so that a
	// brief written from JSON need not be a draft.
	Reviewed bool `json:"reviewed,omitempty"`
}

// ToInterchange converts the project, rejected items left out.
func ToInterchange(p *Project) *Interchange {
	out, names, labels := interchangeHead(p)
	for _, x := range p.Positions {
		if !x.Rejected {
			out.Positions = append(out.Positions, interchangePos(x, names, labels))
		}
	}
	return out
}

// WriteInterchange writes the project as indented interchange JSON, the
// bytes of a json.Encoder with SetIndent("", "  ") and SetEscapeHTML(false)
// encoding ToInterchange(p). It writes the positions, nearly all of a
// large brief, one at a time as it converts them, so that neither the
// converted positions nor the whole JSON are held in memory: a 10 MB text's
// brief is 50 MB of JSON.
func WriteInterchange(w io.Writer, p *Project) error {
	head, names, labels := interchangeHead(p)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	// Everything but the positions, which come last and are empty here:
	// the text ends in `"positions": []` and the closing brace.
	enc.SetIndent("", "  ")
	if err := enc.Encode(head); err != nil {
		return fmt.Errorf("write brief JSON: %w", err)
	}
	const empty = "[]\n}\n"
	if !bytes.HasSuffix(buf.Bytes(), []byte(empty)) {
		return errors.New("write brief JSON: the positions are not the last field")
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.Write(buf.Bytes()[:buf.Len()-len(empty)])
	// Each position is an element of an array two levels deep: its lines
	// after the first start with two indents.
	enc.SetIndent("    ", "  ")
	n := 0
	for _, x := range p.Positions {
		if x.Rejected {
			continue
		}
		buf.Reset()
		if err := enc.Encode(interchangePos(x, names, labels)); err != nil {
			return fmt.Errorf("write brief JSON: %w", err)
		}
		if n == 0 {
			bw.WriteString("[\n    ")
		} else {
			bw.WriteString(",\n    ")
		}
		bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		n++
	}
	if n == 0 {
		bw.WriteString(empty)
	} else {
		bw.WriteString("\n  ]\n}\n")
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write brief JSON: %w", err)
	}
	return nil
}

// interchangeHead converts the project but its positions (an empty list),
// and returns the names of its actors and the labels of its topics by ID,
// which the positions are written with.
func interchangeHead(p *Project) (out *Interchange, names, labels map[string]string) {
	out = &Interchange{
		Title: p.Brief.Title, Author: p.Brief.Author, Organisation: p.Brief.Organisation,
		Marking: p.Brief.Marking, Date: p.Brief.Date, Summary: p.Brief.Summary,
		Purpose: p.Brief.Purpose, Outlook: p.Brief.Outlook, Reference: p.Brief.Reference, ClearedBy: p.Brief.ClearedBy,
		Actors: []InterchangeActor{}, Topics: []InterchangeTopic{}, Positions: []InterchangePos{},
	}
	for _, d := range p.Documents {
		out.Sources = append(out.Sources, InterchangeSource{ID: d.ID, Title: d.Title, Outlet: d.Outlet, Author: d.Author, Date: d.Date, Source: d.Source})
	}
	names = map[string]string{}
	for _, a := range p.Actors {
		names[a.ID] = a.Name
		if a.Rejected {
			continue
		}
		named := a.Named
		out.Actors = append(out.Actors, InterchangeActor{
			ID: a.ID, Name: a.Name, Aliases: nonNil(a.Aliases), Type: a.Type, Role: a.Role,
			Affiliation: a.Affiliation, Named: &named, Mentions: len(a.Mentions), Why: a.Why,
			Reviewed: a.Reviewed, Power: a.Power, Interest: a.Interest,
		})
	}
	labels = map[string]string{}
	for _, t := range p.Topics {
		labels[t.ID] = t.Label
		if t.Rejected {
			continue
		}
		sel := t.Selected
		out.Topics = append(out.Topics, InterchangeTopic{
			ID: t.ID, Label: t.Label, Keywords: nonNil(t.Keywords), Selected: &sel,
			Priority: t.Priority, Note: t.Note, Tags: t.Tags, Why: t.Why, Reviewed: t.Reviewed,
		})
	}
	return out, names, labels
}

// interchangePos converts a position, naming its actors and topic by the
// maps of interchangeHead.
func interchangePos(x *Position, names, labels map[string]string) InterchangePos {
	var co []string
	for _, c := range x.CoActors {
		co = append(co, names[c])
	}
	sel := x.Selected
	start, end := x.Evidence.Start, x.Evidence.End
	return InterchangePos{
		ID: x.ID, Actor: names[x.Actor], CoActors: co, Topic: labels[x.Topic], Stance: x.Stance,
		Summary: x.Summary, Evidence: strings.Join(strings.Fields(x.Evidence.Quote), " "),
		Start: &start, End: &end, Paragraph: x.Paragraph, Confidence: x.Confidence,
		Note: x.Note, Selected: &sel, Why: x.Why, Reviewed: x.Reviewed,
	}
}

// FromInterchange builds a project from interchange JSON. Topics without a
// "selected" field are selected; positions too. A position that names an
// unknown actor gets a new actor rather than being dropped.
//
// Reading is lenient where the meaning is clear: a byte-order mark is
// skipped, and a value of the wrong type is converted when it can be (see
// decodeLenient); a refusal names the field.
func FromInterchange(data []byte) (*Project, error) {
	var in Interchange
	data = bytes.TrimPrefix(data, utf8BOM)
	if err := decodeLenient(data, &in); err != nil {
		return nil, fmt.Errorf("read brief JSON: %s", jsonReason(err))
	}
	if in.Actors == nil && in.Topics == nil && in.Positions == nil {
		return nil, errors.New("read brief JSON: it has no actors, topics or positions")
	}
	p := New()
	p.Brief.Title, p.Brief.Author, p.Brief.Organisation = in.Title, in.Author, in.Organisation
	p.Brief.Marking, p.Brief.Date, p.Brief.Summary = in.Marking, in.Date, in.Summary
	p.Brief.Purpose, p.Brief.Outlook, p.Brief.Reference, p.Brief.ClearedBy = in.Purpose, in.Outlook, in.Reference, in.ClearedBy
	for _, s := range in.Sources {
		id := s.ID
		if id == "" || p.Document(id) != nil {
			id = p.freeDocID()
		}
		p.Documents = append(p.Documents, docInfo(id, s))
	}
	// IDs given by the file are kept unless missing or repeated; the sets
	// keep that check linear in the size of the brief.
	actorIDs, topicIDs := map[string]bool{}, map[string]bool{}
	positionIDs := make(map[string]bool, len(in.Positions))
	actorByKey := map[string]string{}
	for i, a := range in.Actors {
		id := a.ID
		if _, taken := actorIDs[id]; id == "" || taken {
			id = fmt.Sprintf("a%d", i+1)
		}
		actorIDs[id] = true
		named := a.Named == nil || *a.Named
		power, okP := normLevel(a.Power)
		interest, okI := normLevel(a.Interest)
		if !okP || !okI {
			return nil, fmt.Errorf("read brief JSON: actors[%d] has power %q and interest %q; use \"high\" or \"low\" (or leave them out)", i, a.Power, a.Interest)
		}
		p.Actors = append(p.Actors, &Actor{ID: id, Name: a.Name, Aliases: a.Aliases, Type: a.Type,
			Role: a.Role, Affiliation: a.Affiliation, Named: named, Power: power, Interest: interest,
			Review: Review{Origin: Suggested, Why: a.Why, Reviewed: a.Reviewed}})
		actorByKey[id] = id
		if _, ok := actorByKey[a.Name]; !ok {
			actorByKey[a.Name] = id
		}
	}
	topicByKey := map[string]string{}
	for i, t := range in.Topics {
		id := t.ID
		if _, taken := topicIDs[id]; id == "" || taken {
			id = fmt.Sprintf("t%d", i+1)
		}
		topicIDs[id] = true
		sel := t.Selected == nil || *t.Selected
		prio, ok := normPriority(t.Priority)
		if !ok {
			return nil, fmt.Errorf("read brief JSON: topics[%d].priority is %q; use \"high\", \"medium\" or \"low\" (or 1, 2, 3)", i, t.Priority)
		}
		p.Topics = append(p.Topics, &Topic{ID: id, Label: t.Label, Keywords: t.Keywords, Selected: sel,
			Priority: prio, Note: t.Note, Tags: t.Tags, Review: Review{Origin: Suggested, Why: t.Why, Reviewed: t.Reviewed}})
		topicByKey[id] = id
		if _, ok := topicByKey[t.Label]; !ok {
			topicByKey[t.Label] = id
		}
	}
	resolveActor := func(key string) string {
		if id, ok := actorByKey[key]; ok {
			return id
		}
		id := fmt.Sprintf("a%d", len(p.Actors)+1)
		for actorIDs[id] {
			id += "'"
		}
		actorIDs[id] = true
		p.Actors = append(p.Actors, &Actor{ID: id, Name: key, Type: "other", Named: true, Review: Review{Origin: Suggested}})
		actorByKey[key] = id
		return id
	}
	for i, x := range in.Positions {
		id := x.ID
		if _, taken := positionIDs[id]; id == "" || taken {
			id = fmt.Sprintf("p%d", i+1)
		}
		positionIDs[id] = true
		var co []string
		for _, c := range x.CoActors {
			co = append(co, resolveActor(c))
		}
		sel := x.Selected == nil || *x.Selected
		topic := topicByKey[x.Topic]
		ev := Anchor{Quote: x.Evidence}
		if len(p.Documents) == 1 && x.Start != nil && x.End != nil {
			d := p.Documents[0]
			if d.Slice(*x.Start, *x.End) == x.Evidence {
				ev.Doc, ev.Start, ev.End = d.ID, *x.Start, *x.End
			}
		}
		p.Positions = append(p.Positions, &Position{ID: id, Actor: resolveActor(x.Actor), CoActors: co,
			Topic: topic, Stance: x.Stance, Summary: x.Summary, Evidence: ev, Paragraph: x.Paragraph,
			Confidence: x.Confidence, Selected: sel, Note: x.Note, Review: Review{Origin: Suggested, Why: x.Why, Reviewed: x.Reviewed}})
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("read brief JSON: %w", err)
	}
	return p, nil
}

// decodeInterchange is json.Unmarshal(data, in), faster for a large brief:
// the positions, nearly all of its bytes, are decoded on two goroutines
// straight into a slice of the right length (Unmarshal grows the slice
// element by element, which alone cost a quarter of the decode). Any input
// the split is not sure of, and every input with an error, is decoded again
// by json.Unmarshal alone, so the result and the error are Unmarshal's.
// Unmarshal, not a Decoder: a Decoder copies the whole input into its own
// buffer, doubling the peak memory for a large brief.
func decodeInterchange(data []byte, in *Interchange) error {
	if decodeSplit(data, in) {
		return nil
	}
	*in = Interchange{}
	return json.Unmarshal(data, in)
}

// decodeSplit decodes the brief without its positions array on this
// goroutine and the array's elements, one Unmarshal each, on two. It
// reports false if the input is not a plain object with one "positions"
// array, or if any part fails to decode.
func decodeSplit(data []byte, in *Interchange) bool {
	start, end, elems, ok := splitPositions(data)
	if !ok {
		return false
	}
	rest := make([]byte, 0, len(data)-(end-start)+2)
	rest = append(rest, data[:start]...)
	rest = append(rest, "[]"...)
	rest = append(rest, data[end:]...)

	pos := make([]InterchangePos, len(elems))
	var failed atomic.Bool
	decode := func(elems []jsonSpan, pos []InterchangePos) {
		for i, e := range elems {
			if failed.Load() {
				return
			}
			if decodePosition(data[e.start:e.end], &pos[i]) != nil {
				failed.Store(true)
			}
		}
	}
	// The rest (actors, topics, sources) is small: this goroutine decodes
	// it first, then the second half of the positions.
	half := len(elems) / 2
	var wg sync.WaitGroup
	wg.Go(func() { decode(elems[:half], pos[:half]) })
	err := json.Unmarshal(rest, in)
	decode(elems[half:], pos[half:])
	wg.Wait()
	if err != nil || failed.Load() {
		return false
	}
	in.Positions = pos
	return true
}

// decodePosition is json.Unmarshal(data, p) for one element of the
// positions array, three times faster for the usual element. The fast
// decoder (encoding/json/v2's reference module) takes an element only when
// it cannot differ from Unmarshal: keys spelled exactly as the struct tags,
// none unknown or repeated, valid UTF-8. Anything else, a key "Actor" that
// Unmarshal would match without regard to case for instance, is decoded
// again by Unmarshal, whose result and error are the ones returned.
func decodePosition(data []byte, p *InterchangePos) error {
	if jsonv2.Unmarshal(data, p, jsonv2.RejectUnknownMembers(true)) == nil {
		return nil
	}
	*p = InterchangePos{}
	return json.Unmarshal(data, p)
}

// jsonSpan is where a JSON value lies in the input: data[start:end].
type jsonSpan struct{ start, end int }

// splitPositions finds the value of the top-level "positions" key, an
// array at data[start:end], and its elements. It only recognises the
// structure: the elements and the rest are checked by Unmarshal, and
// between them it accepts only what JSON does. It reports false for
// anything unusual: no such array, a key that Unmarshal might match to
// Positions other than "positions" itself (it matches keys without
// regard to case), or the key twice.
func splitPositions(data []byte) (start, end int, elems []jsonSpan, ok bool) {
	i := jsonSkipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return 0, 0, nil, false
	}
	i = jsonSkipSpace(data, i+1)
	found := false
	for i < len(data) && data[i] == '"' {
		k := i + 1
		if i = jsonSkipString(data, i); i < 0 {
			return 0, 0, nil, false
		}
		key := data[k : i-1]
		if i = jsonSkipSpace(data, i); i >= len(data) || data[i] != ':' {
			return 0, 0, nil, false
		}
		i = jsonSkipSpace(data, i+1)
		if string(key) == "positions" {
			if found || i >= len(data) || data[i] != '[' {
				return 0, 0, nil, false
			}
			found, start = true, i
			if i, elems = jsonSplitArray(data, i); i < 0 {
				return 0, 0, nil, false
			}
			end = i
		} else {
			if !jsonPlainKey(key) || strings.EqualFold(string(key), "positions") {
				return 0, 0, nil, false
			}
			if i = jsonSkipValue(data, i); i < 0 {
				return 0, 0, nil, false
			}
		}
		if i = jsonSkipSpace(data, i); i >= len(data) || data[i] != ',' {
			break
		}
		i = jsonSkipSpace(data, i+1)
	}
	if !found || i >= len(data) || data[i] != '}' {
		return 0, 0, nil, false
	}
	return start, end, elems, true
}

// jsonSplitArray finds the elements of the array at data[i] and returns
// the index after it, or -1.
func jsonSplitArray(data []byte, i int) (int, []jsonSpan) {
	var elems []jsonSpan
	i = jsonSkipSpace(data, i+1)
	if i < len(data) && data[i] == ']' {
		return i + 1, elems
	}
	for i < len(data) {
		e := jsonSkipValue(data, i)
		if e < 0 {
			return -1, nil
		}
		elems = append(elems, jsonSpan{i, e})
		i = jsonSkipSpace(data, e)
		if i >= len(data) {
			break
		}
		switch data[i] {
		case ']':
			return i + 1, elems
		case ',':
			i = jsonSkipSpace(data, i+1)
		default:
			return -1, nil
		}
	}
	return -1, nil
}

// jsonSkipValue returns the index after the value at data[i], or -1. It
// finds the end of objects and arrays by counting brackets outside
// strings; whether the value is valid is left to Unmarshal.
func jsonSkipValue(data []byte, i int) int {
	if i >= len(data) {
		return -1
	}
	switch data[i] {
	case '"':
		return jsonSkipString(data, i)
	case '{', '[':
		depth := 0
		for i < len(data) {
			switch data[i] {
			case '"':
				if i = jsonSkipString(data, i); i < 0 {
					return -1
				}
				continue
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return -1
	}
	s := i // a number, true, false or null
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\n', '\r', ',', ']', '}':
			if i == s {
				return -1
			}
			return i
		}
		i++
	}
	return i
}

// jsonSkipString returns the index after the string at data[i], or -1.
// Most of a brief's bytes are in strings: it jumps from quote to quote.
func jsonSkipString(data []byte, i int) int {
	for i++; ; i++ {
		j := bytes.IndexByte(data[i:], '"')
		if j < 0 {
			return -1
		}
		i += j
		// The quote ends the string unless an odd number of backslashes
		// escapes it; the opening quote stops the count.
		n := 0
		for data[i-1-n] == '\\' {
			n++
		}
		if n%2 == 0 {
			return i + 1
		}
	}
}

func jsonSkipSpace(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// jsonPlainKey says whether a key is ASCII without escapes, so that
// comparing its bytes is comparing what Unmarshal compares.
func jsonPlainKey(key []byte) bool {
	for _, b := range key {
		if b == '\\' || b >= 0x80 {
			return false
		}
	}
	return true
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// docInfo makes a text-less document that carries a source's details: the
// interchange format names its sources but does not hold their text.
func docInfo(id string, s InterchangeSource) *document.Document {
	return &document.Document{ID: id, Title: s.Title, Outlet: s.Outlet, Author: s.Author, Date: s.Date, Source: s.Source}
}
