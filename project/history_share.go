package project

import (
	"reflect"

	"briefing/document"
)

// shareUnchanged makes p, a changed copy of old, point at old's items
// wherever the change left an item as it was, so that the two snapshots of
// an undo step hold one copy of everything the change did not touch. Items
// are matched by ID and compared field by field.
func (p *Project) shareUnchanged(old *Project) {
	shareItems(p.Documents, old.Documents, func(d *document.Document) string { return d.ID })
	shareItems(p.Actors, old.Actors, func(a *Actor) string { return a.ID })
	shareItems(p.Topics, old.Topics, func(t *Topic) string { return t.ID })
	shareItems(p.Positions, old.Positions, func(x *Position) string { return x.ID })
	shareItems(p.Notes, old.Notes, func(n *Note) string { return n.ID })
	shareItems(p.Excerpts, old.Excerpts, func(x *Excerpt) string { return x.ID })
}

// shareItems replaces each item of items by the item of old with the same
// ID when the two are equal. Most changes keep the order of items, so the
// item at the same index is tried first and a map is built only when that
// fails.
func shareItems[T any](items, old []*T, id func(*T) string) {
	var byID map[string]*T
	for i, it := range items {
		var o *T
		if i < len(old) && id(old[i]) == id(it) {
			o = old[i]
		} else {
			if byID == nil {
				byID = make(map[string]*T, len(old))
				for _, x := range old {
					byID[id(x)] = x
				}
			}
			o = byID[id(it)]
		}
		if o != nil && reflect.DeepEqual(*it, *o) {
			items[i] = o
		}
	}
}
