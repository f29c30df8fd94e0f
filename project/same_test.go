package project

import (
	"reflect"
	"strings"
	"testing"
)

// The field-by-field comparisons that find what a change touched look at
// every field: a field they missed would be left out of the undo step, and
// undo would not give it back. Each field in turn, of a copy of a filled
// item, is set to another value; the copy must then differ.
func TestSameCoversEveryField(t *testing.T) {
	checkSame(t, &Actor{}, sameActor)
	checkSame(t, &Topic{}, sameTopic)
	checkSame(t, &Position{}, samePosition)
	checkSame(t, &Note{}, sameNote)
	checkSame(t, &Excerpt{}, sameExcerpt)
}

func checkSame[T any](t *testing.T, item *T, same func(a, b *T) bool) {
	t.Helper()
	fill(reflect.ValueOf(item).Elem(), 1)
	if c := *item; !same(item, &c) {
		t.Fatalf("%T: a copy differs from the item", item)
	}
	var walk func(v reflect.Value, path string)
	walk = func(v reflect.Value, path string) {
		for i := 0; i < v.NumField(); i++ {
			f, name := v.Field(i), path+v.Type().Field(i).Name
			if f.Kind() == reflect.Struct {
				walk(f, name+".")
				continue
			}
			old := reflect.New(f.Type()).Elem()
			old.Set(f)
			for _, other := range alternatives(f) {
				c := *item
				f.Set(other)
				if same(item, &c) {
					t.Errorf("%T: a change of %s goes unnoticed", item, name)
				}
				f.Set(old)
			}
		}
	}
	walk(reflect.ValueOf(item).Elem(), "")
}

// fill gives every field of v a non-zero value (slices one element).
func fill(v reflect.Value, n int) {
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			fill(v.Field(i), n)
		}
	case reflect.String:
		v.SetString(strings.Repeat("x", n))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int:
		v.SetInt(int64(n))
	case reflect.Float64:
		v.SetFloat(float64(n))
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		fill(s.Index(0), n)
		v.Set(s)
	}
}

// alternatives are other values for a filled field: for a slice, another
// element, an empty slice and nil (which a saved file tells apart).
func alternatives(f reflect.Value) []reflect.Value {
	if f.Kind() == reflect.Slice {
		other := reflect.MakeSlice(f.Type(), 1, 1)
		fill(other.Index(0), 2)
		return []reflect.Value{other, reflect.MakeSlice(f.Type(), 0, 0), reflect.Zero(f.Type())}
	}
	other := reflect.New(f.Type()).Elem()
	fill(other, 2)
	if other.Kind() == reflect.String || other.Kind() == reflect.Bool {
		other = reflect.Zero(f.Type())
	}
	return []reflect.Value{other}
}
