package document

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

var fuzzNames = []string{"a.txt", "a.md", "a.html", "a.docx", "a.pdf", "noext"}

// FuzzParse feeds every format's parser, through Parse, with arbitrary
// bytes under each kind of file name: it must never panic, and must return
// either a well-formed document or an error wrapping one of the sentinels.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.*"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		for i := range fuzzNames {
			f.Add(data, uint8(i))
		}
	}
	f.Add([]byte("<html><body><article><h1>T</h1><p>Text &amp; more</p></article></body></html>"), uint8(2))
	f.Add([]byte("---\ntitle: x\n---\n# H\n\n- a\n- b\n"), uint8(1))
	f.Add([]byte("Title\n\nBody text.\n"), uint8(0))

	catchPanics = false
	defer func() { catchPanics = true }()
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		name := fuzzNames[int(kind)%len(fuzzNames)]
		d, err := Parse(name, data)
		if err != nil {
			if d != nil {
				t.Fatalf("document and error both returned: %v", err)
			}
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("error is not a FileError: %v", err)
			}
			for _, kind := range []error{ErrEmpty, ErrTooLarge, ErrUnsupported, ErrDamaged, ErrNoText} {
				if errors.Is(err, kind) {
					return
				}
			}
			t.Fatalf("error wraps no sentinel: %v", err)
		}
		if len(d.Paragraphs) == 0 {
			t.Fatalf("document without paragraphs")
		}
		checkDoc(t, d)
	})
}
