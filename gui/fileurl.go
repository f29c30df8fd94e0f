package gui

import (
	"net/url"
	"strings"
)

// fileURL makes the file: link the desktop opens for an absolute path given
// with forward slashes (filepath.ToSlash). Windows paths need care: a drive
// path "C:/Users/x" must become file:///C:/Users/x (url.URL would write
// "file:C:/Users/x", which Explorer does not open), and a network path
// "//server/share/x" names the server as the link's host.
func fileURL(slashed string) *url.URL {
	switch {
	case len(slashed) >= 2 && slashed[1] == ':' && isDriveLetter(slashed[0]):
		return &url.URL{Scheme: "file", Path: "/" + slashed}
	case strings.HasPrefix(slashed, "//") && len(slashed) > 2 && slashed[2] != '/':
		rest := slashed[2:]
		host, path, _ := strings.Cut(rest, "/")
		return &url.URL{Scheme: "file", Host: host, Path: "/" + path}
	}
	return &url.URL{Scheme: "file", Path: slashed}
}

func isDriveLetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
