// Package filedata reads whole files that are decoded once and dropped, such
// as a large brief JSON, into memory that the Go heap does not own.
//
// Why: on virtual machines every first touch of a fresh page traps into the
// hypervisor, about 10 µs each here. Reading an 8 MB file into a new heap
// slice faults two thousand times, 35 ms; asking the kernel for the pages
// all at once (MAP_POPULATE) and reading into them takes 13 ms, and the GC
// never has to count or scan the buffer.
package filedata

import (
	"fmt"
	"os"
)

// mapThreshold is the size below which a plain heap read is as fast.
const mapThreshold = 1 << 20

// Data is the contents of a file. Close gives its memory back; the bytes
// must not be used after that, so decode them into values that own their
// strings first.
type Data struct {
	b     []byte
	unmap func([]byte) error
}

// Bytes returns the contents; nil after Close.
func (d *Data) Bytes() []byte { return d.b }

// Close releases the memory. It is safe to call more than once.
func (d *Data) Close() error {
	b, unmap := d.b, d.unmap
	d.b, d.unmap = nil, nil
	if unmap != nil {
		return unmap(b[:cap(b)])
	}
	return nil
}

// Read reads the whole file at path.
func Read(path string) (*Data, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if fi.Mode().IsRegular() && fi.Size() >= mapThreshold && int64(int(fi.Size())) == fi.Size() {
		if d, ok, err := readMapped(f, int(fi.Size())); ok || err != nil {
			if err != nil {
				return nil, fmt.Errorf("read %s: %w", path, err)
			}
			return d, nil
		}
	}
	// Small files, and files that grew while being read.
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return &Data{b: b}, nil
}
