// Command evalcmd runs the analyser on a text file and prints the result in the gold JSON format of
// the evaluation set (actors, topics, positions by name), for scoring during development.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"briefing/analysis"
	"briefing/document"
)

type goldActor struct {
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases"`
	Type        string   `json:"type"`
	Role        string   `json:"role"`
	Affiliation string   `json:"affiliation"`
	Named       bool     `json:"named"`
}

type goldTopic struct {
	Label    string   `json:"label"`
	Keywords []string `json:"keywords"`
}

type goldPosition struct {
	Actor      string   `json:"actor"`
	Topic      string   `json:"topic"`
	Stance     string   `json:"stance"`
	Summary    string   `json:"summary"`
	Evidence   string   `json:"evidence"`
	CoActors   []string `json:"co_actors,omitempty"`
	Paragraph  int      `json:"paragraph"`
	Confidence float64  `json:"confidence"`
	Why        string   `json:"why,omitempty"`
}

type gold struct {
	Actors    []goldActor    `json:"actors"`
	Topics    []goldTopic    `json:"topics"`
	Positions []goldPosition `json:"positions"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: evalcmd FILE")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	doc := document.FromText(filepath.Base(os.Args[1]), string(data))
	res := analysis.Analyze(doc)
	names := map[string]string{}
	out := gold{Actors: []goldActor{}, Topics: []goldTopic{}, Positions: []goldPosition{}}
	for _, a := range res.Actors {
		names[a.ID] = a.Name
		out.Actors = append(out.Actors, goldActor{a.Name, a.Aliases, a.Type, a.Role, a.Affiliation, a.Named})
	}
	labels := map[string]string{}
	for _, t := range res.Topics {
		labels[t.ID] = t.Label
		out.Topics = append(out.Topics, goldTopic{t.Label, t.Keywords})
	}
	for _, p := range res.Positions {
		var co []string
		for _, c := range p.CoActors {
			co = append(co, names[c])
		}
		out.Positions = append(out.Positions, goldPosition{names[p.Actor], labels[p.Topic], p.Stance, p.Summary,
			p.Evidence.Text, co, p.Paragraph, p.Confidence, p.Why})
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
