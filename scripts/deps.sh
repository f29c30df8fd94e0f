#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Briefing Builder needs, and only those
# that are missing.
#   scripts/deps.sh run    what building and running the app needs
#   scripts/deps.sh test   that, plus what the test suite needs
set -euo pipefail

run_pkgs=(gcc pkg-config libgl1-mesa-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev
  libxxf86vm-dev libxkbcommon-dev libx11-dev)
test_pkgs=(xvfb x11-utils xdotool jq poppler-utils qpdf python3-openpyxl libreoffice-calc-nogui)

pkgs=("${run_pkgs[@]}")
[ "${1:-run}" = test ] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "Please install the equivalents of these Debian packages: ${missing[*]}" >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    SUDO=sudo
  else
    echo "Missing system packages. Please run:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
echo "Installing: ${missing[*]}" >&2
${SUDO:-} env DEBIAN_FRONTEND=noninteractive apt-get update -qq
${SUDO:-} env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
