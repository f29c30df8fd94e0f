package document

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// ArticleExts are the files a folder of articles contributes: the formats
// the readers take, by the extension that names them.
var ArticleExts = []string{".txt", ".md", ".html", ".htm", ".docx", ".pdf"}

// FolderArticles lists the article files of a folder (see ArticleExts), in
// name order, so that a story saved as one file a day reads in order. Its
// sub-folders, hidden files and other files are left out. A folder without
// any article is an error that says what was looked for, as is one that
// cannot be listed.
func FolderArticles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		reason := errors.Unwrap(err)
		if reason == nil {
			reason = err
		}
		return nil, fmt.Errorf("cannot list the folder %s: %w", QuoteName(dir), reason)
	}
	var out []string
	folders := 0
	for _, e := range entries { // sorted by name
		name := e.Name()
		if e.IsDir() && !strings.HasPrefix(name, ".") {
			folders++
		}
		if strings.HasPrefix(name, ".") || !slices.Contains(ArticleExts, strings.ToLower(filepath.Ext(name))) {
			continue
		}
		path := filepath.Join(dir, name)
		if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
			continue
		}
		out = append(out, path)
	}
	if len(out) == 0 {
		sub := ""
		if folders > 0 {
			sub = "; the folders in it are not read"
		}
		return nil, fmt.Errorf("no article files in folder %s (looked for %s files%s)",
			QuoteName(dir), strings.Join(ArticleExts, " "), sub)
	}
	return out, nil
}
