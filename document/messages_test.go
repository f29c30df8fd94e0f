package document

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// UTF-8 text with a few damaged bytes was read as Windows-1252, turning
// every accented name into mojibake; it stays UTF-8, the bad bytes
// replaced, with a warning. Text in Windows-1252 is still read as such.
func TestDamagedUTF8(t *testing.T) {
	for _, tt := range []struct {
		name, data string
		want       string
		warning    string
	}{
		{"utf8.txt", "Zoë Šimić met Łukasz Gödel in Zürich.\nThe \xff talks \xfe went on.\n",
			"Zoë Šimić met Łukasz Gödel in Zürich.", "2 bytes are not valid UTF-8"},
		{"utf8.html", "<html><body><p>Zoë Šimić met Łukasz Gödel in Zürich \xff today.</p></body></html>",
			"Zoë Šimić met Łukasz Gödel in Zürich \uFFFD today.", "one byte is not valid UTF-8"},
		{"cp1252.txt", "Caf\xe9 talks in Z\xfcrich went on.\n", "Café talks in Zürich went on.", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(tt.name, []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, d)
			if !strings.Contains(d.Text, tt.want) {
				t.Errorf("text %q, want it to hold %q", d.Text, tt.want)
			}
			got := strings.Join(d.Warnings, "; ")
			if tt.warning == "" && got != "" || !strings.Contains(got, tt.warning) {
				t.Errorf("warnings %q, want %q", got, tt.warning)
			}
		})
	}
}

// File names with newlines or control characters reached the terminal as
// they were and could forge lines; the messages quote them.
func TestMessagesQuoteNames(t *testing.T) {
	dir := t.TempDir()
	evil := "a\nbriefing: all good\x1b[2J.txt"
	if err := os.WriteFile(filepath.Join(dir, evil), nil, 0o644); err != nil {
		t.Skip("the file system refuses the name:", err) // not a change of behaviour
	}
	for _, path := range []string{filepath.Join(dir, evil), filepath.Join(dir, "missing-"+evil)} {
		_, err := Load(path)
		if err == nil {
			t.Fatalf("%q loaded", path)
		}
		if strings.ContainsAny(err.Error(), "\n\x1b") {
			t.Errorf("raw control characters in %q", err)
		}
		if !strings.Contains(err.Error(), `a\nbriefing: all good\x1b[2J.txt": `) {
			t.Errorf("name not quoted in %q", err)
		}
	}
	if _, err := Load(filepath.Join(dir, "missing.txt")); err == nil || !strings.Contains(err.Error(), "open missing.txt: the file does not exist") {
		t.Errorf("an ordinary name is shown as it is: %v", err)
	}
}

// A file that is a device, or a link to one, was read until the size limit
// (/dev/zero) or for ever (a terminal); it is refused at once.
func TestLoadDevice(t *testing.T) {
	link := filepath.Join(t.TempDir(), "article.txt")
	if err := os.Symlink("/dev/zero", link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	_, err := Load(link)
	if !errors.Is(err, ErrUnsupported) || !strings.Contains(err.Error(), "device") {
		t.Fatalf("err = %v, want a device refused", err)
	}
}
