package gui

import (
	"os"
	"testing"

	"fyne.io/fyne/v2"
)

// TestScreenshots renders each part of the window at two sizes in both
// themes into $BRIEFING_SHOTS (skipped when unset).
func TestScreenshots(t *testing.T) {
	if os.Getenv("BRIEFING_SHOTS") == "" {
		t.Skip("set BRIEFING_SHOTS to a folder to render screenshots")
	}
	for _, th := range []string{themeLight, themeDark} {
		for _, size := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 1920, Height: 1080}} {
			u := newTestUISized(t, size, th)
			name := func(part string) string {
				return part + "-" + th + "-" + map[float32]string{1280: "1280", 1920: "1920"}[size.Width]
			}
			p := u.project()
			if len(p.LiveTopics()) > 1 {
				u.topics.choose(p.LiveTopics()[1].ID)
			}
			capture(t, u, name("topics"))
			u.tabs.SelectIndex(1)
			if len(u.actors.rows) > 0 {
				u.actors.choose(u.actors.rows[0].ID)
			}
			capture(t, u, name("actors"))
			u.tabs.SelectIndex(2)
			if len(p.Positions) > 0 {
				u.positions.choose(p.Positions[0].ID)
			}
			capture(t, u, name("positions"))
			u.tabs.SelectIndex(3)
			capture(t, u, name("brief"))
			u.article.setSelecting(true)
			u.article.showFind()
			capture(t, u, name("select"))
		}
	}
}
