#!/usr/bin/env bash
# Checks for Go and installs the Debian/Ubuntu packages Briefing Builder
# needs, only those that are missing, then says what the long steps ahead
# are and how long they take.
#   scripts/deps.sh run    what building and running the app needs
#   scripts/deps.sh test   that, plus what the test suite needs
#   scripts/deps.sh windows  what cross-compiling for Windows and testing the
#                            result under Wine need (scripts/windows.sh)
# DEPS_DRY_RUN=1 prints the install commands instead of running them.
set -euo pipefail

mode=${1:-run}
case $mode in
run | test | windows) ;;
*)
  echo "usage: scripts/deps.sh run|test|windows" >&2
  exit 2
  ;;
esac

GO=${GO:-go}
go_needed=26 # Go 1.26 or later (go.mod)
go_help="get it from https://go.dev/dl/ (for example: tar -C /usr/local -xzf go1.26.*.linux-amd64.tar.gz; export PATH=\$PATH:/usr/local/go/bin)"

# The C toolchain cgo needs for the window library (GLFW), then its X11 and
# OpenGL headers; then the tools the tests read the exports back with.
run_pkgs=(gcc libc6-dev pkg-config libgl1-mesa-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev
  libxxf86vm-dev libxkbcommon-dev libx11-dev)
# Cross-compiling for Windows: the MinGW C compiler, Wine to run the result,
# and the tools its tests read the exports back with.
windows_pkgs=(gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 wine wine64 xvfb x11-utils xdotool qpdf python3-openpyxl)
test_pkgs=(xvfb x11-utils xdotool jq poppler-utils qpdf python3-openpyxl python3-docx libreoffice-calc-nogui libreoffice-writer-nogui)

# Why a package is needed, for the list of missing ones.
declare -A why=(
  [gcc]="C compiler; cgo builds the window library (GLFW) with it"
  [libc6-dev]="C library headers; without them cgo stops with 'stdlib.h: No such file or directory'"
  [pkg-config]="finds the X11 and OpenGL libraries for cgo"
  [libgl1-mesa-dev]="OpenGL headers for the window"
  [libxcursor-dev]="X11 headers for the window" [libxrandr-dev]="X11 headers for the window"
  [libxinerama-dev]="X11 headers for the window" [libxi-dev]="X11 headers for the window"
  [libxxf86vm-dev]="X11 headers for the window" [libxkbcommon-dev]="keyboard headers for the window"
  [libx11-dev]="X11 headers for the window"
  [xvfb]="a virtual display for the window tests" [x11-utils]="xdpyinfo, to wait for the virtual display"
  [xdotool]="drives the window in the smoke test" [jq]="reads JSON in the smoke test"
  [poppler-utils]="pdftotext, to read the PDF brief back" [qpdf]="checks the PDF brief's structure"
  [python3-openpyxl]="reads the workbook back" [libreoffice-calc-nogui]="opens the workbook as Excel users would"
  [python3-docx]="reads the Word brief back" [libreoffice-writer-nogui]="opens the Word brief as Word users would"
)

check_go() {
  local v major minor
  if ! v=$("$GO" env GOVERSION 2>/dev/null); then
    echo "Go is not installed or not on PATH. Briefing Builder needs Go 1.$go_needed or later: $go_help" >&2
    exit 1
  fi
  v=${v#go}
  major=${v%%.*}
  minor=${v#*.}
  minor=${minor%%[!0-9]*}
  if [[ $major =~ ^[0-9]+$ && $minor =~ ^[0-9]+$ ]] && ((major == 1 && minor < go_needed)); then
    echo "Go $v is too old: Briefing Builder needs Go 1.$go_needed or later; $go_help" >&2
    exit 1
  fi
}

missing_pkgs() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
  done
}

# The same command for every way of running it, so that the same packages
# are installed (and no recommended extras) whoever runs it.
apt_line() { echo "apt-get update && apt-get install -y --no-install-recommends $*"; }

print_missing() {
  local p
  echo "Missing Debian packages:" >&2
  for p in "$@"; do
    printf '  %-24s %s\n' "$p" "${why[$p]:-}" >&2
  done
}

install_pkgs() {
  local sudo=() log
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      sudo=(sudo)
    else
      print_missing "$@"
      echo "Install them as root, then run make again:" >&2
      if command -v sudo >/dev/null; then
        echo "  sudo sh -c '$(apt_line "$@")'" >&2
        echo "or, with the root password:" >&2
      fi
      echo "  su -c '$(apt_line "$@")'" >&2
      exit 1
    fi
  fi
  echo "Installing $# Debian packages ($*): a minute or a few." >&2
  if [ -n "${DEPS_DRY_RUN:-}" ]; then
    echo "+ ${sudo[*]:+${sudo[*]} }env DEBIAN_FRONTEND=noninteractive $(apt_line "$@")" >&2
    return 0
  fi
  # apt prints a thousand lines of progress: keep them in a log, shown
  # only if something goes wrong.
  log=$(mktemp "${TMPDIR:-/tmp}/briefing-deps.XXXXXX")
  if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive sh -c "$(apt_line "$@")" >"$log" 2>&1; then
    echo "The installation failed. The end of its log ($log):" >&2
    tail -n 20 "$log" >&2
    local still
    mapfile -t still < <(missing_pkgs "$@")
    [ ${#still[@]} -gt 0 ] && print_missing "${still[@]}"
    exit 1
  fi
  rm -f "$log"
  echo "Installed." >&2
}

# stale says whether the window library still has to be compiled for the
# build (no argument) or the race detector's build (-race).
stale() {
  local s
  # GOPROXY=off: the modules not downloaded yet mean a first build, and
  # downloading them here would be a silent wait.
  s=$(GOPROXY=off "$GO" list "$@" -f '{{.Stale}}' github.com/go-gl/glfw/v3.3/glfw 2>/dev/null) || s=true
  [ "$s" != false ]
}

say_what_is_next() {
  if stale; then
    echo "Building: the first build downloads the Go modules and compiles the window library (GLFW, in C, through cgo): several minutes (4-6 on two cores); later builds take seconds." >&2
  fi
  if [ "$mode" = test ] && stale -race; then
    echo "Testing: go test -race compiles GLFW once more for the race detector (several minutes the first time), then the suite runs for some minutes." >&2
  fi
}

check_go
pkgs=("${run_pkgs[@]}")
[ "$mode" = test ] && pkgs+=("${test_pkgs[@]}")
[ "$mode" = windows ] && pkgs+=("${windows_pkgs[@]}")

if command -v dpkg-query >/dev/null; then
  mapfile -t missing < <(missing_pkgs "${pkgs[@]}")
  if [ ${#missing[@]} -gt 0 ]; then
    if ! command -v apt-get >/dev/null; then
      print_missing "${missing[@]}"
      echo "Please install them (or your system's equivalents) and run make again." >&2
      exit 1
    fi
    install_pkgs "${missing[@]}"
  fi
else
  echo "This is not Debian or Ubuntu: make sure the equivalents of these packages are installed: ${pkgs[*]}" >&2
fi
[ "$mode" = windows ] || say_what_is_next
