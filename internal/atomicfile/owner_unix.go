//go:build unix

package atomicfile

import (
	"io/fs"
	"os"
	"syscall"
)

// keepOwner gives the temporary file the owner and group of the file it
// replaces, as far as the process may: any user can keep a group it
// belongs to (a project in a team's folder stays readable by the team),
// only root can keep another user as owner. Failures are ignored: the
// file is then the writer's, as any new file would be.
func keepOwner(f *os.File, old fs.FileInfo) {
	st, ok := old.Sys().(*syscall.Stat_t)
	if !ok {
		return
	}
	if f.Chown(int(st.Uid), int(st.Gid)) != nil {
		_ = f.Chown(-1, int(st.Gid))
	}
}
