package project

import (
	"reflect"

	"briefing/document"
)

// The functions of this file say whether two items are equal, field by
// field, for the Editor to find what a change touched (history_share.go).
// They are written out rather than left to reflect.DeepEqual, which took
// half of a review decision's time on a 1 MB article. A nil slice and an
// empty one differ, as they do in a saved file. TestSameCoversEveryField
// fails when a field is added to an item and not compared here.

func sameActor(a, b *Actor) bool {
	return a.ID == b.ID && a.Name == b.Name && sameSlice(a.Aliases, b.Aliases) && a.Type == b.Type &&
		a.Role == b.Role && a.Affiliation == b.Affiliation && a.Named == b.Named &&
		sameSlice(a.Mentions, b.Mentions) && a.Note == b.Note && a.Power == b.Power &&
		a.Interest == b.Interest && a.Review == b.Review
}

func sameTopic(a, b *Topic) bool {
	return a.ID == b.ID && a.Label == b.Label && sameSlice(a.Keywords, b.Keywords) &&
		sameSlice(a.Sentences, b.Sentences) && a.Selected == b.Selected && a.Priority == b.Priority &&
		sameSlice(a.Tags, b.Tags) && a.Note == b.Note && a.Review == b.Review
}

func samePosition(a, b *Position) bool {
	return a.ID == b.ID && a.Actor == b.Actor && sameSlice(a.CoActors, b.CoActors) && a.Topic == b.Topic &&
		a.Stance == b.Stance && a.Summary == b.Summary && a.Evidence == b.Evidence &&
		a.Paragraph == b.Paragraph && a.Confidence == b.Confidence && a.Selected == b.Selected &&
		a.Note == b.Note && a.Review == b.Review
}

func sameNote(a, b *Note) bool { return *a == *b }

func sameExcerpt(a, b *Excerpt) bool { return *a == *b }

// sameDocument compares documents by reflection: a project has few, and
// they are never changed in place.
func sameDocument(a, b *document.Document) bool { return reflect.DeepEqual(a, b) }

func sameSlice[T comparable](a, b []T) bool {
	if (a == nil) != (b == nil) || len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
