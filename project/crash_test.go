package project

import (
	"bufio"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"briefing/document"
)

// crashChildEnv makes the test binary, re-run by TestSaveSurvivesKill, the
// child process that saves in a loop until it is killed.
const crashChildEnv = "BRIEFING_SAVE_CRASH_CHILD"

// TestSaveSurvivesKill kills, many times and at random moments, a process
// that saves projects of two sizes alternately, and checks each time that
// the file on disk is a whole project: the one saved last or the one being
// saved, never a mixture, never damaged.
func TestSaveSurvivesKill(t *testing.T) {
	if os.Getenv(crashChildEnv) == "1" {
		saveLoopChild()
		return
	}
	if testing.Short() {
		t.Skip("kills processes; skipped with -short")
	}
	exe, err := os.Executable()
	must(t, err)
	// Starting a child takes most of an iteration, so several run at once,
	// each on its own file.
	// A fixed number of kills, not a time budget, so that a slow or loaded
	// machine runs the same test, only longer.
	const workers = 4
	maxKills := 100 - 60*btoi(raceEnabled)
	type result struct {
		kills, saves, afterRename, tmp int
		err                            error
	}
	results := make(chan result, workers)
	for w := range workers {
		go func() {
			var r result
			dir := t.TempDir()
			path := filepath.Join(dir, "crash.brief")
			r.err = Save(path, crashProject(nil, 0))
			for r.err == nil && r.kills < maxKills/workers {
				var got int
				got, r.err = killOneSave(exe, path, r.saves)
				if got > r.saves+1 {
					r.afterRename++
				}
				r.saves = got
				r.kills++
			}
			tmp, _ := filepath.Glob(filepath.Join(dir, ".*tmp*"))
			r.tmp = len(tmp)
			if r.err != nil {
				r.err = fmt.Errorf("worker %d, kill %d: %w", w, r.kills+1, r.err)
			}
			results <- r
		}()
	}
	var total result
	for range workers {
		r := <-results
		if r.err != nil {
			t.Error(r.err)
		}
		total.kills += r.kills
		total.saves += r.saves
		total.afterRename += r.afterRename
		total.tmp += r.tmp
	}
	t.Logf("%d kills during %d saves; %d kills between rename and report; %d temporary files left by killed saves",
		total.kills, total.saves, total.afterRename, total.tmp)
	if total.kills < maxKills/workers*workers {
		t.Fatalf("only %d of %d kills happened", total.kills, maxKills)
	}
}

// killOneSave starts a child that saves to path in a loop, numbering the
// projects from onDisk+1, kills it at a random moment and checks the file.
// It returns the number of the project on disk.
func killOneSave(exe, path string, onDisk int) (int, error) {
	cmd := exec.Command(exe, "-test.run=^TestSaveSurvivesKill$")
	cmd.Env = append(os.Environ(), crashChildEnv+"=1", "CRASH_PATH="+path, "CRASH_START="+strconv.Itoa(onDisk))
	out, err := cmd.StdoutPipe()
	if err != nil {
		return onDisk, err
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return onDisk, err
	}
	lines := make(chan string, 1000)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	defer cmd.Wait()
	select {
	case l := <-lines:
		if l != "ready" {
			cmd.Process.Kill()
			return onDisk, fmt.Errorf("child said %q", l)
		}
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		return onDisk, errors.New("the child did not start")
	}
	time.Sleep(time.Duration(rand.IntN(150_000)) * time.Microsecond)
	if err := cmd.Process.Kill(); err != nil { // SIGKILL on Unix: nothing runs after it
		return onDisk, err
	}
	last := onDisk
	for l := range lines {
		n, err := strconv.Atoi(strings.TrimPrefix(l, "saved "))
		if err != nil {
			return onDisk, fmt.Errorf("child said %q", l)
		}
		last = n
	}
	p, err := Load(path)
	if err != nil {
		return onDisk, fmt.Errorf("after the kill the project does not load: %w", err)
	}
	got, err := strconv.Atoi(strings.TrimPrefix(p.Brief.Summary, "marker-"))
	if err != nil || got != last && got != last+1 {
		return onDisk, fmt.Errorf("the file holds %q; want marker-%d (saved last) or marker-%d (being saved)", p.Brief.Summary, last, last+1)
	}
	if want := crashPositions(got); len(p.Positions) != want {
		return onDisk, fmt.Errorf("marker-%d has %d positions, want %d", got, len(p.Positions), want)
	}
	if _, err := os.Stat(path + ".bak"); err == nil && got%4 == 0 { // not every time: loading is slow under -race
		if _, err := Load(path + ".bak"); err != nil {
			return onDisk, fmt.Errorf("the backup does not load: %w", err)
		}
	}
	return got, nil
}

// saveLoopChild saves, until killed, projects numbered from CRASH_START+1,
// printing "saved N" after each save returns.
func saveLoopChild() {
	path := os.Getenv("CRASH_PATH")
	n, _ := strconv.Atoi(os.Getenv("CRASH_START"))
	big, small := crashProject(nil, 0), crashProject(nil, 1)
	fmt.Println("ready")
	for {
		n++
		p := big
		if n%2 == 1 {
			p = small
		}
		p.Brief.Summary = "marker-" + strconv.Itoa(n)
		if err := Save(path, p); err != nil {
			fmt.Fprintln(os.Stderr, "save:", err)
			os.Exit(2)
		}
		fmt.Println("saved", n)
	}
}

// crashPositions is how many positions crashProject has: more for even
// markers, so that consecutive saves differ in size.
func crashPositions(marker int) int {
	n := 1200
	if raceEnabled {
		n = 400 // decoding is ten times slower: keep the kills many
	}
	if marker%2 == 1 {
		return n / 4
	}
	return n
}

// crashProject is a project of most of a megabyte for even markers and a
// smaller one for odd markers.
func crashProject(t testing.TB, marker int) *Project {
	p := New()
	p.Brief.Title = "Crash test"
	p.Brief.Summary = "marker-" + strconv.Itoa(marker)
	n := crashPositions(marker)
	lines := make([]string, n)
	for i := range n {
		lines[i] = "Speaker " + strconv.Itoa(i) + " said the plan number " + strconv.Itoa(i) + " is sound and should go ahead without delay."
	}
	d := &document.Document{ID: "d1", Text: strings.Join(lines, "\n") + "\n"}
	p.Documents = append(p.Documents, d)
	p.Actors = append(p.Actors, &Actor{ID: "a1", Name: "Speaker", Type: "person", Review: Review{Origin: Suggested}})
	off := 0
	for i, line := range lines {
		p.Positions = append(p.Positions, &Position{ID: "p" + strconv.Itoa(i), Actor: "a1", Stance: "supports",
			Summary: line, Evidence: Anchor{Doc: "d1", Start: off, End: off + len(line), Quote: line},
			Confidence: 0.5, Selected: true, Review: Review{Origin: Suggested}})
		off += len(line) + 1
	}
	if t != nil {
		must(t, p.Validate())
	}
	return p
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
