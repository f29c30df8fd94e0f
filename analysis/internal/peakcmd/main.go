// Command peakcmd measures the analyser on the test texts concatenated to a given size: wall time,
// CPU time and peak resident memory (Linux), to check the performance targets of package analysis.
//
//	go run ./analysis/internal/peakcmd -mb 10
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"

	"briefing/analysis"
	"briefing/document"
)

func main() {
	mb := flag.Int("mb", 1, "text size in MB")
	dir := flag.String("dir", "analysis/testdata", "folder of .txt files")
	flag.Parse()
	files, _ := filepath.Glob(filepath.Join(*dir, "*.txt"))
	if len(files) == 0 {
		fmt.Fprintln(os.Stderr, "no texts in", *dir)
		os.Exit(1)
	}
	var sb strings.Builder
	for i := 0; sb.Len() < *mb<<20; i++ {
		b, err := os.ReadFile(files[i%len(files)])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		sb.Write(b)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	doc := document.FromText("peak", text)
	runtime.GC()
	var before syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &before)
	var ms0 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	t0 := time.Now()
	res := analysis.Analyze(doc)
	wall := time.Since(t0)
	var after syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &after)
	var ms1 runtime.MemStats
	runtime.ReadMemStats(&ms1)
	cpu := time.Duration(after.Utime.Nano()-before.Utime.Nano()) + time.Duration(after.Stime.Nano()-before.Stime.Nano())
	fmt.Printf("text %.1f MB: wall %v, cpu %v, %.2f MB/s (wall), allocated %.1f MB (%.1fx text), heap in use after %.1f MB, peak RSS %.1f MB; %d actors, %d positions\n",
		float64(len(text))/(1<<20), wall.Round(time.Millisecond), cpu.Round(time.Millisecond), float64(len(text))/(1<<20)/wall.Seconds(),
		float64(ms1.TotalAlloc-ms0.TotalAlloc)/(1<<20), float64(ms1.TotalAlloc-ms0.TotalAlloc)/float64(len(text)),
		float64(ms1.HeapInuse)/(1<<20), float64(after.Maxrss)/1024, len(res.Actors), len(res.Positions))
}
