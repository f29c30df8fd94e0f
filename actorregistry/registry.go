// Package actorregistry remembers the user's decisions about actors across
// projects: which names are one actor ("Putin", "President Putin" and "the
// Russian President" are "Vladimir Putin") and what the actor is (its type,
// role and affiliation, as the user corrected them). The registry is a file
// in the user's configuration folder (see file.go), exported and imported as
// JSON or CSV; project.ApplyRegistry applies it to a freshly built project.
//
// The package knows nothing of projects or of the user interface: it holds
// names and fields, and keeps them consistent (every name belongs to at most
// one entry).
package actorregistry

import (
	"cmp"
	"slices"
	"strings"
)

// Entry is one actor as the user decided it: its canonical name, the other
// names that mean it, and the corrected fields ("" where the user corrected
// nothing, so the analysis's suggestion stands).
type Entry struct {
	Canonical   string   `json:"canonical"`
	Names       []string `json:"names,omitempty"`
	Type        string   `json:"type,omitempty"`
	Role        string   `json:"role,omitempty"`
	Affiliation string   `json:"affiliation,omitempty"`
}

// Fields are the corrections of an actor's type, role and affiliation; an
// empty field corrects nothing.
type Fields struct {
	Type, Role, Affiliation string
}

// Fields returns the entry's corrections.
func (e Entry) Fields() Fields { return Fields{e.Type, e.Role, e.Affiliation} }

// Forms returns the canonical name and the other names of the entry.
func (e Entry) Forms() []string { return append([]string{e.Canonical}, e.Names...) }

// empty says whether the entry records nothing beyond its own name.
func (e Entry) empty() bool { return len(e.Names) == 0 && e.Fields() == Fields{} }

// Registry is the list of entries, kept in the order of their folded
// canonical names.
type Registry struct {
	Entries []Entry
}

// Fold is how names are compared: case and runs of white space do not
// matter ("the Kremlin" is "The  Kremlin").
func Fold(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// tidy trims a name and collapses its white space, as the names of actors
// are shown.
func tidy(s string) string { return strings.Join(strings.Fields(s), " ") }

// Len is the number of entries.
func (r *Registry) Len() int { return len(r.Entries) }

// NameCount is the number of names the registry knows, canonical or not.
func (r *Registry) NameCount() int {
	n := 0
	for _, e := range r.Entries {
		n += 1 + len(e.Names)
	}
	return n
}

// Find returns the entry that name is the canonical name or another name of.
func (r *Registry) Find(name string) (Entry, bool) {
	if i := r.index(name); i >= 0 {
		return r.Entries[i], true
	}
	return Entry{}, false
}

// index returns the index of the entry holding name, or -1.
func (r *Registry) index(name string) int {
	f := Fold(name)
	if f == "" {
		return -1
	}
	return slices.IndexFunc(r.Entries, func(e Entry) bool {
		return Fold(e.Canonical) == f || slices.ContainsFunc(e.Names, func(n string) bool { return Fold(n) == f })
	})
}

// RecordMerge remembers that names are other names of canonical. The latest
// decision wins: a name that meant another actor now means canonical, an
// entry whose canonical name is among names joins canonical's entry (its own
// corrections fill the fields canonical's leaves empty), and canonical, if it
// was another name of an entry, becomes that entry's canonical name.
func (r *Registry) RecordMerge(canonical string, names []string) {
	canonical = tidy(canonical)
	if !recordable(canonical) {
		return
	}
	e := r.take(canonical)
	if e.Canonical == "" {
		e.Canonical = canonical
	} else if Fold(e.Canonical) != Fold(canonical) {
		// canonical was another name of e: it is the name now.
		e.Names = append(e.Names, e.Canonical)
		e.Canonical = canonical
	}
	for _, n := range names {
		n = tidy(n)
		if !recordable(n) || Fold(n) == Fold(canonical) {
			continue
		}
		if i := r.index(n); i >= 0 {
			o := r.Entries[i]
			if Fold(o.Canonical) == Fold(n) {
				// n was an actor of its own: it and its names join e.
				r.Entries = slices.Delete(r.Entries, i, i+1)
				e.Names = append(e.Names, o.Forms()...)
				e.Type = cmp.Or(e.Type, o.Type)
				e.Role = cmp.Or(e.Role, o.Role)
				e.Affiliation = cmp.Or(e.Affiliation, o.Affiliation)
				continue
			}
			r.Entries[i].Names = slices.DeleteFunc(o.Names, func(s string) bool { return Fold(s) == Fold(n) })
			if r.Entries[i].empty() {
				r.Entries = slices.Delete(r.Entries, i, i+1)
			}
		}
		e.Names = append(e.Names, n)
	}
	e.Names = uniqueNames(e.Canonical, e.Names)
	r.put(e)
}

// RecordCorrection remembers the user's correction of an actor now called
// name, formerly oldName ("" or the same when it was not renamed): a rename
// is a merge of the old name into the new, and the non-empty fields replace
// the recorded ones.
func (r *Registry) RecordCorrection(name, oldName string, f Fields) {
	name = tidy(name)
	if !recordable(name) {
		return
	}
	r.RecordMerge(name, []string{oldName})
	e := r.take(name)
	if e.Canonical == "" {
		e.Canonical = name
	}
	if t, err := normType(f.Type); err == nil {
		e.Type = cmp.Or(t, e.Type)
	}
	if s := tidy(f.Role); recordable(s) {
		e.Role = cmp.Or(s, e.Role)
	}
	if s := tidy(f.Affiliation); recordable(s) {
		e.Affiliation = cmp.Or(s, e.Affiliation)
	}
	r.put(e)
}

// Forget removes names from the registry: the user said (by splitting an
// actor) that they are not the actor they were recorded as. A canonical name
// among them takes its entry with it.
func (r *Registry) Forget(names []string) {
	for _, n := range names {
		i := r.index(n)
		if i < 0 {
			continue
		}
		e := &r.Entries[i]
		if Fold(e.Canonical) == Fold(n) {
			r.Entries = slices.Delete(r.Entries, i, i+1)
			continue
		}
		e.Names = slices.DeleteFunc(e.Names, func(s string) bool { return Fold(s) == Fold(n) })
		if e.empty() {
			r.Entries = slices.Delete(r.Entries, i, i+1)
		}
	}
}

// Delete removes the entry whose canonical name is canonical, and says
// whether there was one.
func (r *Registry) Delete(canonical string) bool {
	n := len(r.Entries)
	r.Entries = slices.DeleteFunc(r.Entries, func(e Entry) bool { return Fold(e.Canonical) == Fold(canonical) })
	return len(r.Entries) < n
}

// Import adds the entries of o, which win over the registry's own where
// they disagree, and returns how many there were.
func (r *Registry) Import(o *Registry) int {
	for _, e := range o.Entries {
		r.RecordMerge(e.Canonical, e.Names)
		r.RecordCorrection(e.Canonical, "", e.Fields())
	}
	return len(o.Entries)
}

// Clone returns a copy that shares nothing with r.
func (r *Registry) Clone() *Registry {
	c := &Registry{Entries: slices.Clone(r.Entries)}
	for i := range c.Entries {
		c.Entries[i].Names = slices.Clone(c.Entries[i].Names)
	}
	return c
}

// recordable says whether s may be recorded: a non-empty text that a
// registry file may hold (see checkField), so that a saved registry always
// loads again.
func recordable(s string) bool { return s != "" && checkField("", "", s) == nil }

// take removes and returns the entry holding name (the zero Entry if none).
func (r *Registry) take(name string) Entry {
	i := r.index(name)
	if i < 0 {
		return Entry{}
	}
	e := r.Entries[i]
	r.Entries = slices.Delete(r.Entries, i, i+1)
	return e
}

// put inserts e in the order of the folded canonical names.
func (r *Registry) put(e Entry) {
	if e.empty() {
		return
	}
	i, _ := slices.BinarySearchFunc(r.Entries, Fold(e.Canonical), func(x Entry, f string) int {
		return strings.Compare(Fold(x.Canonical), f)
	})
	r.Entries = slices.Insert(r.Entries, i, e)
}

// uniqueNames drops repeats (folded) and the canonical name from names.
func uniqueNames(canonical string, names []string) []string {
	seen := map[string]bool{Fold(canonical): true}
	out := names[:0]
	for _, n := range names {
		if f := Fold(n); !seen[f] {
			seen[f] = true
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
