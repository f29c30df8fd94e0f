//go:build unix

package gui

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// Cancel closes the progress and adds nothing. The article is a pipe, so
// that its analysis is still under way when Cancel is chosen.
func TestCancelAddingAddsNothing(t *testing.T) {
	u := newTestUI(t)
	before := len(u.project().Documents)
	fifo := filepath.Join(t.TempDir(), "slow.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	done := waitLoads(u)
	r := u.addArticles([]string{fifo})
	if got := r.prog.label.Text; got != "Analysing 1 of 1: slow.txt" {
		t.Errorf("progress says %q", got)
	}
	tapButton(t, u, "Cancel")
	if err := os.WriteFile(fifo, []byte("Talks resume\n\nThe minister said talks would resume.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	<-done
	if got := len(u.project().Documents); got != before || !r.cancelled || r.added != 0 {
		t.Errorf("after Cancel: %d documents (want %d), added %d", got, before, r.added)
	}
}
