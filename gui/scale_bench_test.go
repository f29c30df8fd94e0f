package gui

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"briefing/document"
	"briefing/project"
)

// The benchmarks of this file time what the user does in the window on the
// analysis of a 1 MB article (issue 14): a review key, a tick, a click on a
// topic. Each includes the redraw of the views the change touched (those
// in hidden tabs are redrawn when shown; see views.go).
// scripts/scale-1mb.sh measures the same in the real window.

var (
	bigOnce    sync.Once
	bigProject *project.Project
	bigErr     error
)

// bigArticle is the analysis of a ~1.1 MB article made, as the script
// makes it, of the .txt files under analysis/testdata in name order,
// repeated. It is analysed once per test binary.
func bigArticle(b *testing.B) *project.Project {
	b.Helper()
	bigOnce.Do(func() {
		var files []string
		bigErr = filepath.WalkDir("../analysis/testdata", func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".txt") {
				files = append(files, path)
			}
			return err
		})
		if bigErr != nil {
			return
		}
		slices.Sort(files)
		var sb strings.Builder
		for sb.Len() < 1_100_000 {
			for _, f := range files {
				data, err := os.ReadFile(f)
				if err != nil {
					bigErr = err
					return
				}
				sb.Write(data)
				sb.WriteString("\n\n")
			}
		}
		bigProject = project.FromDocument(document.FromPasted(sb.String()))
	})
	if bigErr != nil {
		b.Fatal(bigErr)
	}
	return bigProject
}

// newBenchUI is the main window, shown, on the 1 MB article.
func newBenchUI(b *testing.B) *ui {
	b.Helper()
	p := bigArticle(b)
	a := test.NewTempApp(b)
	a.Settings().SetTheme(newAppTheme(themeLight))
	w := a.NewWindow("")
	u := newUI(a, w, "bench")
	u.setProject(p, "", "Big")
	w.Resize(fyne.NewSize(1280, 800))
	w.Show()
	b.Cleanup(w.Close)
	return u
}

// BenchmarkReviewKey1MB is one "a" on the review card: accept the position
// shown and move on to the next one awaiting review.
func BenchmarkReviewKey1MB(b *testing.B) {
	u := newBenchUI(b)
	u.tabs.SelectIndex(tabReview)
	card := u.win.Canvas().Focused()
	if card != fyne.Focusable(u.triage.card) {
		b.Fatal("the review card does not have the keyboard")
	}
	left := len(u.project().ReviewQueue(project.PositionItem))
	b.Logf("%d positions, %d actors, %d topics", len(u.project().Positions), len(u.project().Actors), len(u.project().Topics))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i > 0 && i%left == 0 {
			b.StopTimer()
			u.setProject(bigArticle(b), "", "Big")
			u.tabs.SelectIndex(tabTopics)
			u.tabs.SelectIndex(tabReview)
			b.StartTimer()
		}
		card.TypedRune('a')
	}
	b.StopTimer()
	if got := u.project().ReviewProgress(project.PositionItem).Accepted; b.N <= left && got != b.N {
		b.Fatalf("%d positions accepted after %d keys", got, b.N)
	}
	// What stays in memory for each decision: the undo history's share.
	runtime.GC()
	runtime.ReadMemStats(&after)
	if b.N <= left {
		b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/float64(b.N), "retained-B/key")
	}
}

// BenchmarkTick1MB ticks and unticks "include in the brief" on a topic in
// the Topics tab and on a position in the Positions tab.
func BenchmarkTick1MB(b *testing.B) {
	b.Run("topic", func(b *testing.B) {
		benchTick(b, tabTopics, func(u *ui) (func(bool), func() bool) {
			id := u.topics.live[0].ID
			return func(on bool) { u.topics.onCheck(id, on) }, func() bool { return u.project().Topic(id).Selected }
		})
	})
	b.Run("position", func(b *testing.B) {
		benchTick(b, tabPositions, func(u *ui) (func(bool), func() bool) {
			id := u.project().Positions[len(u.project().Positions)/2].ID
			return func(on bool) { u.positions.setInclude(id, on) }, func() bool { return u.project().Position(id).Selected }
		})
	})
}

// benchTick times the tick that item returns, on the tab, alternately off
// and on, and checks with ticked that the last one arrived.
func benchTick(b *testing.B, tab int, item func(u *ui) (tick func(on bool), ticked func() bool)) {
	u := newBenchUI(b)
	u.tabs.SelectIndex(tab)
	tick, ticked := item(u)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tick(i%2 == 1)
	}
	b.StopTimer()
	if got := ticked(); got != (b.N%2 == 0) {
		b.Fatalf("ticked = %v after %d ticks", got, b.N)
	}
}

// BenchmarkClickTopic1MB is a click on a topic in the Topics list: its
// sentences are shaded in the article, which scrolls to the first.
func BenchmarkClickTopic1MB(b *testing.B) {
	u := newBenchUI(b)
	u.tabs.SelectIndex(tabTopics)
	if len(u.topics.live) < 2 {
		b.Fatal("fewer than two topics")
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		u.topics.onSelected(i % 2)
	}
	b.StopTimer()
	if want := u.topics.live[(b.N-1)%2].ID; u.focusTopic != want {
		b.Fatalf("focused topic %q, want %q", u.focusTopic, want)
	}
}
