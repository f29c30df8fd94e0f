package filedata

import (
	"errors"
	"io"
	"os"
	"syscall"
)

// readMapped reads f, of the given size, into anonymous memory populated in
// one call. It reports ok=false, with nothing to release, when the file
// turned out longer than its size or the memory could not be mapped: the
// caller then reads it the ordinary way.
func readMapped(f *os.File, size int) (d *Data, ok bool, err error) {
	// One byte more than the size, to notice a file that grew.
	b, err := syscall.Mmap(-1, 0, size+1, syscall.PROT_READ|syscall.PROT_WRITE,
		syscall.MAP_ANON|syscall.MAP_PRIVATE|syscall.MAP_POPULATE)
	if err != nil {
		return nil, false, nil
	}
	n, err := io.ReadFull(f, b)
	switch {
	case err == nil: // size+1 bytes: the file grew
		syscall.Munmap(b)
		return nil, false, nil
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return &Data{b: b[:n], unmap: syscall.Munmap}, true, nil
	default:
		syscall.Munmap(b)
		return nil, false, err
	}
}
