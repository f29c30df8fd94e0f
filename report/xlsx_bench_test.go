package report

import (
	"fmt"
	"io"
	"testing"
	"time"
)

func BenchmarkWriteXLSX(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		p := xlGenProject(n, 1)
		b.Run(fmt.Sprintf("positions=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := WriteXLSX(io.Discard, p, Options{Created: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
