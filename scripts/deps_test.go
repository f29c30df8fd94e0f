// Package scripts holds the tests of the set-up scripts.
package scripts

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// machine is what deps.sh sees of the system, through fake commands first
// on its PATH: the installed packages, the user, sudo, apt-get and Go.
type machine struct {
	installed []string // packages dpkg-query reports installed ("all": every one)
	uid       int
	sudo      string // "": no sudo command; "password": sudo -n fails; "ok": it works
	noApt     bool
	aptFails  bool   // apt-get prints a thousand lines, then fails
	goVersion string // "" for no Go
	stale     bool   // GLFW not compiled yet
	dryRun    bool
}

// tools are the real commands deps.sh uses, linked into the fake PATH so
// that nothing else on the machine (a real sudo, say) is found.
var tools = []string{"bash", "sh", "env", "grep", "mktemp", "tail", "cat", "rm", "seq"}

// run runs scripts/deps.sh mode on the machine and returns its exit status
// and what it printed.
func (m machine) run(t *testing.T, mode string) (int, string) {
	t.Helper()
	bin := t.TempDir()
	for _, tool := range tools {
		path, err := exec.LookPath(tool)
		if err != nil {
			t.Fatalf("%s is needed to run deps.sh: %v", tool, err)
		}
		if err := os.Symlink(path, filepath.Join(bin, tool)); err != nil {
			t.Fatal(err)
		}
	}
	script := func(name, body string) {
		if err := os.WriteFile(filepath.Join(bin, name), []byte("#!/bin/sh\n"+body+"\n"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	installed := " " + strings.Join(m.installed, " ") + " "
	script("dpkg-query", `for p; do :; done
case "`+installed+`" in *" all "*|*" $p "*) echo "install ok installed";; *) exit 1;; esac`)
	script("id", `echo `+strconv.Itoa(m.uid))
	switch m.sudo {
	case "password":
		script("sudo", `exit 1`)
	case "ok":
		script("sudo", `[ "$1" = -n ] && exit 0; exec "$@"`)
	}
	if !m.noApt {
		if m.aptFails {
			script("apt-get", `seq 1000; echo "E: Unable to locate package libc6-dev"; exit 100`)
		} else {
			script("apt-get", `seq 1000`)
		}
	}
	if m.goVersion != "" {
		stale := "false"
		if m.stale {
			stale = "true"
		}
		script("go", `case "$1" in env) echo go`+m.goVersion+`;; list) echo `+stale+`;; esac`)
	}
	cmd := exec.Command("bash", "deps.sh", mode)
	cmd.Env = []string{"PATH=" + bin, "TMPDIR=" + t.TempDir()}
	if m.dryRun {
		cmd.Env = append(cmd.Env, "DEPS_DRY_RUN=1")
	}
	out, err := cmd.CombinedOutput()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, string(out)
}

var runPkgs = "gcc libc6-dev pkg-config libgl1-mesa-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev libxkbcommon-dev libx11-dev"

// installs returns the package lists of the apt-get install commands in
// out.
func installs(out string) []string {
	var lists []string
	for _, m := range regexp.MustCompile(`apt-get install -y --no-install-recommends ([^'\n]*)`).FindAllStringSubmatch(out, -1) {
		lists = append(lists, strings.TrimSpace(m[1]))
	}
	return lists
}

// Nothing missing, GLFW compiled: nothing to say.
func TestDepsNothingToDo(t *testing.T) {
	code, out := machine{installed: []string{"all"}, goVersion: "1.26.0", dryRun: true}.run(t, "test")
	if code != 0 || out != "" {
		t.Fatalf("exit %d, output %q", code, out)
	}
}

// gcc installed without recommends lacks libc6-dev, and cgo then fails
// with "stdlib.h: No such file"; root installs it, quietly.
func TestDepsRootInstallsLibc6Dev(t *testing.T) {
	all := strings.Fields(runPkgs)
	m := machine{installed: all[:1], goVersion: "1.26.0", dryRun: true}
	m.installed = append(m.installed, all[2:]...) // all but libc6-dev
	code, out := m.run(t, "run")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, out)
	}
	if got := installs(out); len(got) != 1 || got[0] != "libc6-dev" {
		t.Errorf("installs %q, want libc6-dev alone; output:\n%s", got, out)
	}
	if !strings.Contains(out, "+ env DEBIAN_FRONTEND=noninteractive apt-get update") {
		t.Errorf("no apt-get as root:\n%s", out)
	}
}

// As a user without sudo the commands to run as root are printed, the sudo
// form when there is a sudo and always the su form, with the same packages
// and no recommended extras either way.
func TestDepsUserPrintsRootCommands(t *testing.T) {
	for _, sudo := range []string{"", "password"} {
		code, out := machine{uid: 1000, sudo: sudo, goVersion: "1.26.0"}.run(t, "test")
		if code != 1 {
			t.Errorf("sudo %q: exit %d, want 1", sudo, code)
		}
		if !strings.Contains(out, "  libc6-dev ") || !strings.Contains(out, "stdlib.h: No such file") {
			t.Errorf("sudo %q: the missing libc6-dev is not named with its reason:\n%s", sudo, out)
		}
		if !strings.Contains(out, "su -c 'apt-get update && apt-get install -y --no-install-recommends ") {
			t.Errorf("sudo %q: no su -c form:\n%s", sudo, out)
		}
		lists := installs(out)
		want := 1
		if sudo != "" {
			want = 2
			if !strings.Contains(out, "sudo sh -c '") {
				t.Errorf("no sudo form:\n%s", out)
			}
		}
		if len(lists) != want {
			t.Fatalf("sudo %q: %d install lines, want %d:\n%s", sudo, len(lists), want, out)
		}
		for _, l := range lists {
			if l != lists[0] || !strings.HasPrefix(l, runPkgs+" xvfb ") || !strings.HasSuffix(l, "libreoffice-writer-nogui") {
				t.Errorf("sudo %q: install list %q", sudo, l)
			}
		}
	}
}

// With password-less sudo the user installs like root, the same packages.
func TestDepsUserWithSudo(t *testing.T) {
	code, out := machine{uid: 1000, sudo: "ok", goVersion: "1.26.0", dryRun: true}.run(t, "run")
	if code != 0 || !strings.Contains(out, "+ sudo env DEBIAN_FRONTEND=noninteractive apt-get update") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	if got := installs(out); len(got) != 1 || got[0] != runPkgs {
		t.Errorf("installs %q", got)
	}
}

// apt-get's thousand lines of progress are kept out of sight when it
// succeeds, and the end of its log shown when it fails.
func TestDepsInstallIsQuiet(t *testing.T) {
	code, out := machine{goVersion: "1.26.0"}.run(t, "test")
	if code != 0 || strings.Count(out, "\n") > 3 || !strings.Contains(out, "Installed.") {
		t.Errorf("success: exit %d, %d lines:\n%s", code, strings.Count(out, "\n"), out)
	}
	code, out = machine{goVersion: "1.26.0", aptFails: true}.run(t, "run")
	if code != 1 || strings.Count(out, "\n") > 40 || !strings.Contains(out, "E: Unable to locate package libc6-dev") ||
		!strings.Contains(out, "The installation failed") {
		t.Errorf("failure: exit %d, %d lines:\n%s", code, strings.Count(out, "\n"), out)
	}
	if !strings.Contains(out, "  libc6-dev ") {
		t.Errorf("failure: the packages still missing are not named:\n%s", out)
	}
}

// Before the long first builds, it says what they are and how long.
func TestDepsSaysWhatIsNext(t *testing.T) {
	_, out := machine{installed: []string{"all"}, goVersion: "1.26.0", stale: true}.run(t, "run")
	if !strings.Contains(out, "compiles the window library (GLFW") || strings.Contains(out, "-race") {
		t.Errorf("run:\n%s", out)
	}
	_, out = machine{installed: []string{"all"}, goVersion: "1.26.0", stale: true}.run(t, "test")
	if !strings.Contains(out, "Building:") || !strings.Contains(out, "go test -race compiles GLFW once more") {
		t.Errorf("test:\n%s", out)
	}
}

// Without Go, or with one too old, it says which is needed and where to
// get it, before anything else.
func TestDepsGoVersion(t *testing.T) {
	for _, v := range []string{"", "1.19.8"} {
		code, out := machine{installed: []string{"all"}, goVersion: v}.run(t, "run")
		if code != 1 || !strings.Contains(out, "needs Go 1.26 or later") || !strings.Contains(out, "https://go.dev/dl/") {
			t.Errorf("go %q: exit %d:\n%s", v, code, out)
		}
	}
	if code, out := (machine{installed: []string{"all"}, goVersion: "1.27rc1"}).run(t, "run"); code != 0 {
		t.Errorf("go 1.27rc1: exit %d:\n%s", code, out)
	}
}
