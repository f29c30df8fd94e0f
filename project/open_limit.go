package project

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"briefing/document"
	"briefing/internal/filedata"
)

// readBriefFile reads a brief JSON file whole, within MaxFileSize, the
// limit of saved projects: a file larger than that is refused before
// anything is read, a device (a link to /dev/zero, say) at once, and a
// pipe once it has given more than the limit. done releases the bytes.
func readBriefFile(path string) (data []byte, done func(), err error) {
	name := document.QuoteName(path)
	info, err := checkBriefFile(path)
	if err != nil {
		return nil, nil, err
	}
	switch {
	case info.Mode().IsRegular():
		fd, err := filedata.Read(path)
		if err != nil {
			return nil, nil, fmt.Errorf("open %s: %s", name, errReason(err))
		}
		if len(fd.Bytes()) > MaxFileSize { // it grew while being read
			fd.Close()
			return nil, nil, tooLargeErr(name)
		}
		return fd.Bytes(), func() { fd.Close() }, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("open %s: %s", name, errReason(err))
	}
	defer f.Close()
	data, err = io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, nil, fmt.Errorf("open %s: %s", name, errReason(err))
	}
	if len(data) > MaxFileSize {
		return nil, nil, tooLargeErr(name)
	}
	return data, func() {}, nil
}

// checkBriefFile refuses, before anything is read, what cannot be a brief
// or a project: a folder, a device, a file over MaxFileSize.
func checkBriefFile(path string) (fs.FileInfo, error) {
	name := document.QuoteName(path)
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %s", name, errReason(err))
	}
	switch {
	case info.IsDir():
		return nil, fmt.Errorf("open %s: this is a folder, not a file", name)
	case info.Mode()&fs.ModeDevice != 0:
		return nil, fmt.Errorf("open %s: this is a device, not a file", name)
	case info.Size() > MaxFileSize:
		return nil, tooLargeErr(name)
	}
	return info, nil
}

func tooLargeErr(name string) error {
	return errors.New("open " + name + fmt.Sprintf(": the file is larger than %d MB, the limit for briefs and projects", MaxFileSize>>20))
}
