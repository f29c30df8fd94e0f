package project

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// utf8BOM is the byte-order mark Windows Notepad writes at the start of a
// UTF-8 file; JSON does not allow it, so it is dropped before decoding.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decodeLenient is decodeInterchange, and when that fails because a value
// has the wrong type for its field, a second try with the values whose
// meaning is not in doubt converted: a number where the format has a
// string ("priority": 2, "id": 7), a string where it has a number or a
// flag ("start": "12", "selected": "true"), one string where it has a
// list ("aliases": "NATO"). A value that cannot be converted gives an
// error that names it by its place, such as topics[2].selected.
func decodeLenient(data []byte, in *Interchange) error {
	err := decodeInterchange(data, in)
	var te *json.UnmarshalTypeError
	if err == nil || !errors.As(err, &te) {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if dec.Decode(&v) != nil {
		return err
	}
	v, cerr := coerce(v, reflect.TypeFor[Interchange](), "")
	if cerr != nil {
		return cerr
	}
	fixed, merr := json.Marshal(v)
	if merr != nil {
		return err
	}
	*in = Interchange{}
	if err2 := json.Unmarshal(fixed, in); err2 != nil {
		return err
	}
	return nil
}

// coerce converts v, decoded with UseNumber, towards what a value of type
// t accepts. at is v's place in the document, for messages.
func coerce(v any, t reflect.Type, at string) (any, error) {
	if v == nil {
		return nil, nil
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		switch x := v.(type) {
		case string:
			return x, nil
		case json.Number:
			return x.String(), nil
		}
		return nil, typeErr(at, "text", v)
	case reflect.Bool:
		switch x := v.(type) {
		case bool:
			return x, nil
		case string:
			switch strings.ToLower(strings.TrimSpace(x)) {
			case "true":
				return true, nil
			case "false":
				return false, nil
			}
		}
		return nil, typeErr(at, "true or false", v)
	case reflect.Int, reflect.Int64, reflect.Int32:
		switch x := v.(type) {
		case json.Number:
			return x, nil
		case string:
			if n, err := strconv.Atoi(strings.TrimSpace(x)); err == nil {
				return n, nil
			}
		}
		return nil, typeErr(at, "a whole number", v)
	case reflect.Float64, reflect.Float32:
		switch x := v.(type) {
		case json.Number:
			return x, nil
		case string:
			if f, err := strconv.ParseFloat(strings.TrimSpace(x), 64); err == nil {
				return f, nil
			}
		}
		return nil, typeErr(at, "a number", v)
	case reflect.Slice:
		list, ok := v.([]any)
		if !ok {
			if t.Elem().Kind() != reflect.String {
				return nil, typeErr(at, "a list", v)
			}
			list = []any{v} // "aliases": "NATO"
		}
		for i, x := range list {
			c, err := coerce(x, t.Elem(), fmt.Sprintf("%s[%d]", at, i))
			if err != nil {
				return nil, err
			}
			list[i] = c
		}
		return list, nil
	case reflect.Struct:
		obj, ok := v.(map[string]any)
		if !ok {
			return nil, typeErr(at, "an object {…}", v)
		}
		for key, x := range obj {
			f, ok := fieldByJSONName(t, key)
			if !ok {
				continue // unknown keys are ignored, as Unmarshal does
			}
			c, err := coerce(x, f.Type, joinPath(at, key))
			if err != nil {
				return nil, err
			}
			obj[key] = c
		}
		return obj, nil
	}
	return v, nil
}

// fieldByJSONName finds the field Unmarshal fills for key: the one whose
// name in the JSON tag is key, or failing that equal to it but for case.
func fieldByJSONName(t reflect.Type, key string) (reflect.StructField, bool) {
	var fold reflect.StructField
	found := false
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" {
			name = f.Name
		}
		if name == key {
			return f, true
		}
		if !found && strings.EqualFold(name, key) {
			fold, found = f, true
		}
	}
	return fold, found
}

func joinPath(at, key string) string {
	if at == "" {
		return key
	}
	return at + "." + key
}

// typeErr says which value has which wrong type, in the document's terms.
func typeErr(at, want string, v any) error {
	got, _ := json.Marshal(v)
	s := string(got)
	if len(s) > 40 {
		s = s[:37] + "..."
	}
	return fmt.Errorf("%s must be %s, not %s", at, want, s)
}

// normPriority turns the priorities the format accepts into the project's
// own: "high", "medium" and "low" in any case, or 1, 2 and 3 (1 the
// highest, as in "P1"). It reports false for anything else.
func normPriority(s string) (string, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return Medium, true
	case High, "1":
		return High, true
	case Medium, "2":
		return Medium, true
	case Low, "3":
		return Low, true
	}
	return "", false
}
