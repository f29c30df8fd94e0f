package project

import "briefing/document"

// shareUnchanged makes p, a changed copy of old, point at old's items
// wherever the change left an item as it was, so that the project after a
// change holds one copy of everything the change did not touch, and the
// undo step (history_change.go) can find what it touched by comparing
// pointers. Items are matched by ID and compared field by field. Each item
// the change made or changed is moved to an allocation of its own, so that
// it does not keep the whole array of the copy alive (see cloneItems).
func (p *Project) shareUnchanged(old *Project) {
	shareItems(p.Documents, old.Documents, func(d *document.Document) string { return d.ID }, sameDocument)
	shareItems(p.Actors, old.Actors, func(a *Actor) string { return a.ID }, sameActor)
	shareItems(p.Topics, old.Topics, func(t *Topic) string { return t.ID }, sameTopic)
	shareItems(p.Positions, old.Positions, func(x *Position) string { return x.ID }, samePosition)
	shareItems(p.Notes, old.Notes, func(n *Note) string { return n.ID }, sameNote)
	shareItems(p.Excerpts, old.Excerpts, func(x *Excerpt) string { return x.ID }, sameExcerpt)
}

// shareItems replaces each item of items by the item of old with the same
// ID when the two are equal, and each other item by a copy of its own. Most
// changes keep the order of items, so the item at the same index is tried
// first and a map is built only when that fails.
func shareItems[T any](items, old []*T, id func(*T) string, same func(a, b *T) bool) {
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
		if o != nil && (o == it || same(it, o)) {
			items[i] = o
		} else {
			c := *it
			items[i] = &c
		}
	}
}
