package gui

import "testing"

func TestWindowShowsSample(t *testing.T) {
	u := newTestUI(t)
	if u.project().Documents[0].Text == "" {
		t.Fatal("no article")
	}
	if u.view().height <= 0 {
		t.Errorf("the article was not laid out")
	}
	capture(t, u, "window")
}

func (u *ui) view() *articleView { return u.article.view }
