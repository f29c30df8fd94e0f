package gui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"briefing/project"
)

// shownNames returns the names in the cells the Actors table draws (the
// first column, in bold). The cells are the objects of the table's
// unexported cells widget's renderer, which test.LaidOutObjects does not
// list.
func shownNames(table *widget.Table) map[string]bool {
	out := map[string]bool{}
	for _, o := range test.LaidOutObjects(table) {
		if fmt.Sprintf("%T", o) != "*widget.tableCells" {
			continue
		}
		for _, c := range test.WidgetRenderer(o.(fyne.Widget)).Objects() {
			if r, ok := c.(*menuRow); ok {
				c = r.content
			}
			if l, ok := c.(*widget.Label); ok && c.Visible() && l.TextStyle.Bold {
				out[l.Text] = true
			}
		}
	}
	return out
}

// Opening a document with few actors while the Actors table is scrolled
// down shows its actors, not an empty table.
func TestActorsTableShowsNewDocumentAfterScrolling(t *testing.T) {
	u := newTestUI(t)
	u.tabs.SelectIndex(tabActors)
	last := u.actors.rows[len(u.actors.rows)-1].Name
	u.actors.table.ScrollToBottom()
	if !shownNames(u.actors.table)[last] {
		t.Fatalf("scrolled to the bottom, the table does not show the last actor %q", last)
	}

	u.tabs.SelectIndex(tabTopics) // the table is hidden while the document opens
	small := project.OpenSample()
	small.Actors = small.Actors[:2]
	small.Positions = nil
	u.setProject(small, "", "Small")
	u.tabs.SelectIndex(tabActors)
	shown := shownNames(u.actors.table)
	for _, a := range small.Actors {
		if !shown[a.Name] {
			t.Errorf("the Actors table does not show %q after opening a document with two actors", a.Name)
		}
	}
}

// Another document starts at the top of the Actors table.
func TestActorsTableStartsAtTheTop(t *testing.T) {
	u := newTestUI(t)
	u.tabs.SelectIndex(tabActors)
	first := u.actors.rows[0].Name
	u.actors.table.ScrollToBottom()
	if shownNames(u.actors.table)[first] {
		t.Fatalf("scrolled to the bottom, the table still shows the first actor %q", first)
	}
	u.setProject(project.OpenSample(), "", "Sample again")
	if !shownNames(u.actors.table)[first] {
		t.Errorf("after opening another document the table does not start at its first actor %q", first)
	}
}
