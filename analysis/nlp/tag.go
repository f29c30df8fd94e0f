package nlp

import (
	"sync"
	"sync/atomic"
)

// Tag is a part-of-speech tag or a dependency relation as a small number:
// the models' few dozen names, numbered in the order first seen. Tag 0 is
// the empty name ("").
type Tag uint16

// tagNames holds every name given a number: tagNames.list (a *[]string,
// replaced whole when it grows, so readers need no lock) and the index
// from name to number, guarded by mu.
var tagNames struct {
	mu    sync.Mutex
	index map[string]Tag
	list  atomic.Pointer[[]string]
}

func init() {
	list := []string{""}
	tagNames.list.Store(&list)
	tagNames.index = map[string]Tag{"": 0}
}

// String returns the tag's name ("NOUN", "nsubj"), "" for an unknown tag.
func (t Tag) String() string {
	list := *tagNames.list.Load()
	if int(t) < len(list) {
		return list[t]
	}
	return ""
}

// TagOf returns the tag named name, numbering it if it is new.
func TagOf(name string) Tag {
	tagNames.mu.Lock()
	defer tagNames.mu.Unlock()
	if t, ok := tagNames.index[name]; ok {
		return t
	}
	old := *tagNames.list.Load()
	if len(old) > int(^Tag(0)) {
		panic("nlp: more tag names than a Tag holds")
	}
	t := Tag(len(old))
	list := append(old[:len(old):len(old)], name)
	tagNames.list.Store(&list)
	tagNames.index[name] = t
	return t
}

// tagCache is one annotation's own index of tag names, so that the shared
// one is locked once per name rather than once per token.
type tagCache map[string]Tag

func (c *tagCache) of(name string) Tag {
	if t, ok := (*c)[name]; ok {
		return t
	}
	if *c == nil {
		*c = tagCache{}
	}
	t := TagOf(name)
	(*c)[name] = t
	return t
}
