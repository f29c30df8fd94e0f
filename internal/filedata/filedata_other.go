//go:build !linux

package filedata

import "os"

// readMapped is Linux only; elsewhere files are read the ordinary way.
func readMapped(f *os.File, size int) (d *Data, ok bool, err error) { return nil, false, nil }
