#!/usr/bin/env bash
# Tests the Windows build under Wine (make test-windows; CI runs it after
# make test). It cross-compiles the zip with scripts/windows.sh, then checks,
# with Windows paths (Z:\... is Wine's view of /):
#   - briefing.exe --version, and analyze on the sample, on a development
#     text and on that text saved as Notepad's UTF-16 with CRLF line ends:
#     the same JSON as the Linux build (but for the source path);
#   - briefing.exe export --pdf --xlsx: qpdf --check and openpyxl accept the
#     files, and the workbook lists the actors the Linux build lists;
#   - a project saved with --project and exported again keeps its actors;
#   - an export over a workbook another program holds open (as Excel does)
#     fails with a message saying so and leaves the file as it was, and
#     succeeds once the file is closed;
#   - the unit tests of atomic replace, locking, autosave and recovery,
#     cross-compiled and run under Wine;
#   - "Briefing Builder.exe" opens its window on a virtual display.
# Wine 8 lacks two things Windows 10 and 11 have; both are stood in for in the
# test's own Wine prefix only: see scripts/wine/bcryptprimitives.c and
# scripts/wine/gotest-check.py.
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
# Debian's python3, which has python3-openpyxl (not a pyenv or venv one).
py=/usr/bin/python3

scripts/deps.sh windows
work=$(mktemp -d "${TMPDIR:-/tmp}/briefing-wintest.XXXXXX")
xvfb_pid=
cleanup() {
  [ -n "${WINEPREFIX:-}" ] && wineserver -k 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "test-windows: FAIL: $*" >&2
  exit 1
}
winpath() { echo "Z:${1//\//\\}"; } # Wine maps / to drive Z:

zip=$(scripts/windows.sh "$work/dist" | tail -n 1)
"$py" -m zipfile -e "$zip" "$work/app"
app=$(echo "$work"/app/BriefingBuilder-*)
exe="$app/briefing.exe"
gui="$app/Briefing Builder.exe"
[ -f "$exe" ] && [ -f "$gui" ] || fail "the zip lacks briefing.exe or Briefing Builder.exe: $(ls "$app")"
echo "test-windows: $(basename "$zip") holds: $(cd "$app" && ls | tr '\n' ' ')" >&2
"$GO" build -o "$work/briefing" ./cmd/briefing

# Every Wine program of the test runs on one virtual display: Wine starts its desktop
# process with the first program, and a desktop started without a display cannot
# later show a window ("Failed to create helper window").
. scripts/xvfb-lib.sh
start_xvfb 1280x900 || fail "Xvfb did not start"
xvfb_pid=$XVFB_PID
export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
echo "test-windows: preparing a Wine prefix (half a minute the first time)" >&2
# Creating a prefix now and then fails on its first try ("ShellExecuteEx
# failed: Internal error" while the prefix's configuration is updated); a
# second try on a fresh prefix, after stopping the wine server, succeeds.
if ! wine wineboot --init >"$work/wineboot.log" 2>&1; then
  echo "test-windows: wineboot failed once ($(tail -n 1 "$work/wineboot.log")); trying again on a fresh prefix" >&2
  wineserver -k 2>/dev/null || true
  rm -rf "$WINEPREFIX"
  wine wineboot --init >"$work/wineboot.log" 2>&1 || fail "wineboot: $(tail -n 5 "$work/wineboot.log")"
fi
sys32="$WINEPREFIX/drive_c/windows/system32"
if [ ! -f "$sys32/bcryptprimitives.dll" ]; then
  x86_64-w64-mingw32-gcc -shared -O2 -o "$sys32/bcryptprimitives.dll" scripts/wine/bcryptprimitives.c scripts/wine/bcryptprimitives.def -ladvapi32
fi
x86_64-w64-mingw32-gcc -O2 -o "$work/holdopen.exe" scripts/wine/holdopen.c

# drop_source removes the documents' file paths, which differ by system.
drop_source() { "$py" -c 'import json,sys
d=json.load(open(sys.argv[1], encoding="utf-8"))
for s in d.get("sources") or []: s.pop("source", None)
print(json.dumps(d, indent=1, sort_keys=True))' "$1"; }

want="briefing $(sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\(.*\)"/\1/p' FyneApp.toml)"
got=$(wine "$exe" --version | tr -d '\r')
[ "$got" = "$want" ] || fail "--version printed '$got', want '$want'"

wine "$exe" analyze >"$work/win-sample.json"
"$work/briefing" analyze >"$work/lin-sample.json"
cmp -s "$work/win-sample.json" "$work/lin-sample.json" || fail "analyze on the sample differs from the Linux build"

dev=analysis/testdata/devtexts/eval-dev2/05-fomc-statement-september-2024.txt
cp "$dev" "$work/statement.txt"
wine "$exe" analyze "$(winpath "$work/statement.txt")" >"$work/win-dev.json"
"$work/briefing" analyze "$work/statement.txt" >"$work/lin-dev.json"
cmp -s <(drop_source "$work/win-dev.json") <(drop_source "$work/lin-dev.json") ||
  fail "analyze on $dev differs from the Linux build"
"$py" -c 'import sys
t=open(sys.argv[1], encoding="utf-8").read().replace("\n", "\r\n")
open(sys.argv[2], "w", encoding="utf-16", newline="").write(t)' "$work/statement.txt" "$work/notepad.txt"
wine "$exe" analyze "$(winpath "$work/notepad.txt")" >"$work/win-notepad.json"
cmp -s <(drop_source "$work/win-notepad.json") <(drop_source "$work/lin-dev.json") ||
  fail "analyze on the UTF-16 CRLF copy of $dev differs from the UTF-8 original"
echo "test-windows: analyze gives the Linux build's JSON (sample, $dev, its UTF-16 CRLF copy)" >&2

mkdir -p "$work/out dir"
wine "$exe" export --marking OFFICIAL --pdf "$(winpath "$work/out dir/brief.pdf")" \
  --xlsx "$(winpath "$work/out dir/actors.xlsx")" "$(winpath "$work/statement.txt")" 2>"$work/export.err" ||
  fail "export: $(cat "$work/export.err")"
qpdf --check "$work/out dir/brief.pdf" >/dev/null || fail "qpdf --check refuses the PDF brief"
"$work/briefing" export --marking OFFICIAL --xlsx "$work/lin.xlsx" "$work/statement.txt" 2>/dev/null
actors() { "$py" -c 'import openpyxl,sys
ws=openpyxl.load_workbook(sys.argv[1], read_only=True)["Actors"]
rows=list(ws.iter_rows(values_only=True))
name=rows[0].index("Name") if "Name" in rows[0] else 1
print("\n".join(sorted(str(r[name]) for r in rows[1:] if r and r[name])))' "$1"; }
win_actors=$(actors "$work/out dir/actors.xlsx") || fail "openpyxl cannot read the workbook"
[ -n "$win_actors" ] || fail "the workbook lists no actor"
[ "$win_actors" = "$(actors "$work/lin.xlsx")" ] || fail "the workbook's actors differ from the Linux build's"
echo "test-windows: export writes a PDF qpdf accepts and a workbook with the Linux build's actors" >&2

# A project saved and opened again, both with Windows paths.
wine "$exe" export --marking OFFICIAL --project "$(winpath "$work/out dir/story.brief")" "$(winpath "$work/statement.txt")" 2>/dev/null ||
  fail "export --project failed"
wine "$exe" export --marking OFFICIAL --xlsx "$(winpath "$work/out dir/reopened.xlsx")" "$(winpath "$work/out dir/story.brief")" 2>"$work/reopen.err" ||
  fail "the saved project does not open: $(cat "$work/reopen.err")"
[ "$(actors "$work/out dir/reopened.xlsx")" = "$win_actors" ] || fail "the project saved and reopened lost actors"
echo "test-windows: a project saved to a Windows path reopens with the same actors" >&2

# An export over a workbook that another program has open.
before=$(sha256sum <"$work/out dir/actors.xlsx")
rm -f "$work/ready"
wine "$work/holdopen.exe" "$(winpath "$work/out dir/actors.xlsx")" "$(winpath "$work/ready")" 8 &
holder=$!
for _ in $(seq 100); do [ -f "$work/ready" ] && break; sleep 0.1; done
[ -f "$work/ready" ] || fail "holdopen.exe did not open the workbook"
if wine "$exe" export --marking OFFICIAL --xlsx "$(winpath "$work/out dir/actors.xlsx")" "$(winpath "$work/statement.txt")" 2>"$work/inuse.err"; then
  fail "an export over a workbook held open succeeded"
fi
grep -q "another program has the file open" "$work/inuse.err" || fail "the message over an open workbook was: $(cat "$work/inuse.err")"
[ "$(sha256sum <"$work/out dir/actors.xlsx")" = "$before" ] || fail "the workbook held open was changed"
wait "$holder"
wine "$exe" export --xlsx "$(winpath "$work/out dir/actors.xlsx")" "$(winpath "$work/statement.txt")" 2>/dev/null ||
  fail "the export failed after the workbook was closed"
echo "test-windows: an open workbook is kept, with: $(tr -d "\r" <"$work/inuse.err" | grep "another program")" >&2

# The unit tests of the code that differs on Windows. Symbolic links and
# read-only folders are Unix matters (TestResolve, TestUnwritableFolder...).
for pkg in internal/atomicfile internal/recovery; do
  name=$(basename "$pkg")
  GOOS=windows GOARCH=amd64 "$GO" test -c -o "$work/$name.test.exe" "./$pkg"
  # The binary fails on Wine's clean-up complaints: the checker judges.
  (cd "$pkg" && wine "$work/$name.test.exe" -test.v -test.count=1 \
    -test.skip 'TestResolve$|TestUnwritableFolderIsReported$' >"$work/$name.out" 2>&1) || true
  "$py" scripts/wine/gotest-check.py "$pkg" <"$work/$name.out" >&2 || fail "$pkg's tests under Wine"
done

# The window. Wine's desktop process started with the first program above, on the
# virtual display, so the window has a desktop to open on.
display=$DISPLAY
wine "$gui" >"$work/gui.log" 2>&1 &
shown=
for _ in $(seq 120); do
  if DISPLAY=$display xdotool search --name "^Briefing Builder" >/dev/null 2>&1; then
    shown=yes
    break
  fi
  sleep 0.5
done
[ -n "$shown" ] || fail "the window did not appear within a minute under Wine: $(head -n 30 "$work/gui.log")"
echo "test-windows: the window appears under Wine: $(DISPLAY=$display xdotool search --name '^Briefing Builder' getwindowname | head -n 1)" >&2
echo "test-windows: all checks passed" >&2
