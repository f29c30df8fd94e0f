#!/usr/bin/env bash
# Cross-compiles Briefing Builder for Windows 10/11 (x86-64) from Debian with
# MinGW, and packs dist/BriefingBuilder-<version>-windows-amd64.zip:
#   Briefing Builder.exe   the app (a GUI program: no console window opens)
#   briefing.exe           the same program as a console program, for
#                          `briefing.exe analyze` and `briefing.exe export`
#                          in scripts and terminals (it waits and prints)
#   README.txt, CREDITS.txt
# Both carry the icon, version and app ID of FyneApp.toml (a Windows
# resource compiled with windres) and a manifest asking for per-monitor DPI
# awareness, so that Windows does not blur the window on scaled displays.
#   scripts/windows.sh [OUTDIR]    (default dist)
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
out=${1:-dist}

scripts/deps.sh windows

# FyneApp.toml is the one place the app's name, ID and version live.
toml() { sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*\"\{0,1\}\([^\"]*\)\"\{0,1\}[[:space:]]*$/\1/p" FyneApp.toml | head -n 1; }
name=$(toml Name)
appid=$(toml ID)
version=$(toml Version)
build=$(toml Build)
[ -n "$name" ] && [ -n "$version" ] || {
  echo "windows.sh: FyneApp.toml has no Name or Version" >&2
  exit 1
}
IFS=. read -r v1 v2 v3 <<<"$version"
filever="${v1:-0},${v2:-0},${v3:-0},${build:-0}"

work=$(mktemp -d "${TMPDIR:-/tmp}/briefing-windows.XXXXXX")
syso=cmd/briefing/zz_resource_windows_amd64.syso
cleanup() { rm -rf "$work" "$syso"; }
trap cleanup EXIT

python3 scripts/windows_ico.py assets/icon.png "$work/app.ico"
cat >"$work/app.manifest" <<MANIFEST
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<assembly xmlns="urn:schemas-microsoft-com:asm.v1" manifestVersion="1.0">
  <assemblyIdentity type="win32" name="$appid" version="${filever//,/.}"/>
  <application xmlns="urn:schemas-microsoft-com:asm.v3">
    <windowsSettings>
      <dpiAware xmlns="http://schemas.microsoft.com/SMI/2005/WindowsSettings">true/pm</dpiAware>
      <dpiAwareness xmlns="http://schemas.microsoft.com/SMI/2016/WindowsSettings">permonitorv2,permonitor</dpiAwareness>
    </windowsSettings>
  </application>
  <compatibility xmlns="urn:schemas-microsoft-com:compatibility.v1">
    <application>
      <supportedOS Id="{8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a}"/>
    </application>
  </compatibility>
</assembly>
MANIFEST
cat >"$work/app.rc" <<RC
1 ICON "app.ico"
1 24 "app.manifest"
1 VERSIONINFO
FILEVERSION $filever
PRODUCTVERSION $filever
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904b0"
    BEGIN
      VALUE "CompanyName", "Briefing Builder"
      VALUE "FileDescription", "$name"
      VALUE "FileVersion", "$version"
      VALUE "InternalName", "$appid"
      VALUE "OriginalFilename", "Briefing Builder.exe"
      VALUE "ProductName", "$name"
      VALUE "ProductVersion", "$version"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
RC
(cd "$work" && x86_64-w64-mingw32-windres -O coff -o app.syso app.rc)
cp "$work/app.syso" "$syso"

stage="$work/BriefingBuilder-$version"
mkdir -p "$stage"
export GOOS=windows GOARCH=amd64 CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc
echo "Cross-compiling for Windows with MinGW: the first time compiles the window library (GLFW and OpenGL bindings) for Windows, several minutes; later builds take seconds." >&2
"$GO" build -trimpath -ldflags "-s -w -H windowsgui -X main.version=$version" -o "$stage/$name.exe" ./cmd/briefing
"$GO" build -trimpath -ldflags "-s -w -X main.version=$version" -o "$stage/briefing.exe" ./cmd/briefing
cp assets/CREDITS.txt "$stage/CREDITS.txt"
cat >"$stage/README.txt" <<TXT
$name $version for Windows 10 and 11 (64-bit)

Double-click "$name.exe" to open the app on the sample article, or drop an
article (text, Markdown, HTML, Word .docx or PDF) on it. Nothing is installed:
keep the folder where you like. Preferences, autosaves and recovery files are
kept under %APPDATA%.

briefing.exe is the same program for the command line:
  briefing.exe analyze article.docx > analysis.json
  briefing.exe export --pdf brief.pdf --xlsx actors.xlsx article.docx
  briefing.exe --help

CREDITS.txt names the corpora the language models were trained on and their licences.
TXT
# CRLF, so that Notepad on older Windows shows the lines.
sed -i 's/$/\r/' "$stage/README.txt" "$stage/CREDITS.txt"

mkdir -p "$out"
zip="$out/BriefingBuilder-$version-windows-amd64.zip"
python3 - "$stage" "$zip" <<'PY'
import os, sys, zipfile
stage, dest = sys.argv[1], sys.argv[2]
top = os.path.basename(stage)
tmp = dest + ".part"
with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for name in sorted(os.listdir(stage)):
        z.write(os.path.join(stage, name), f"{top}/{name}")
os.replace(tmp, dest)
PY
echo "$zip"
