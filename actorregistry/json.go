package actorregistry

import (
	"encoding/json"
	"errors"
	"fmt"
)

// FormatName identifies an actor registry file, so that a project or the
// analysis's JSON is not taken for one.
const FormatName = "briefing-builder-actor-registry"

// Version is the version of the registry format this build writes. Files
// with a higher version are refused rather than half-read.
const Version = 1

// jsonFile is the registry as JSON, in the user's folder and in exports.
type jsonFile struct {
	Format  string  `json:"format"`
	Version int     `json:"version"`
	Entries []Entry `json:"entries"`
}

// ParseJSON reads a registry saved or exported as JSON. Whatever is wrong
// with the file is said in one sentence that names the entry.
func ParseJSON(data []byte) (*Registry, error) {
	data, err := checkText(data)
	if err != nil {
		return nil, err
	}
	if data[0] != '{' {
		return nil, errors.New("the file is not an actor registry: it should be a JSON object with \"format\": \"" + FormatName + "\"")
	}
	var f jsonFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("the file is not an actor registry: %w", err)
	}
	if f.Format != FormatName {
		return nil, fmt.Errorf("the file is not an actor registry: its \"format\" is %q, not %q", f.Format, FormatName)
	}
	if f.Version > Version {
		return nil, fmt.Errorf("the actor registry is of version %d, made by a newer Briefing Builder (this one reads version %d): update to read it", f.Version, Version)
	}
	var rows []row
	for i, e := range f.Entries {
		where := fmt.Sprintf("entry %d", i+1)
		if tidy(e.Canonical) == "" {
			return nil, fmt.Errorf("%s: the canonical name is empty", where)
		}
		rows = append(rows, row{where: where, name: e.Canonical, canonical: e.Canonical, Fields: e.Fields()})
		for _, n := range e.Names {
			rows = append(rows, row{where: where, name: n, canonical: e.Canonical})
		}
	}
	return build(rows)
}

// EncodeJSON returns the registry as JSON, as saved and exported.
func (r *Registry) EncodeJSON() ([]byte, error) {
	entries := r.Entries
	if entries == nil {
		entries = []Entry{}
	}
	data, err := json.MarshalIndent(jsonFile{Format: FormatName, Version: Version, Entries: entries}, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("actor registry: %w", err)
	}
	return append(data, '\n'), nil
}
