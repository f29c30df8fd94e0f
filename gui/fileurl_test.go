package gui

import "testing"

// The links "Show in folder" and "Open" hand to the desktop, for Linux and
// Windows paths alike (the Windows ones as filepath.ToSlash gives them there).
func TestFileURL(t *testing.T) {
	for _, c := range []struct{ path, want string }{
		{"/home/ana/Briefs/brief.pdf", "file:///home/ana/Briefs/brief.pdf"},
		{"/home/ana/My Briefs", "file:///home/ana/My%20Briefs"},
		{"C:/Users/Ana/Documents/brief.pdf", "file:///C:/Users/Ana/Documents/brief.pdf"},
		{"d:/Briefs", "file:///d:/Briefs"},
		{"//fileserver/policy/Briefs/brief.pdf", "file://fileserver/policy/Briefs/brief.pdf"},
	} {
		if got := fileURL(c.path).String(); got != c.want {
			t.Errorf("fileURL(%q) = %s, want %s", c.path, got, c.want)
		}
	}
}
