#!/usr/bin/env bash
# Times the app's XLSX export against the openpyxl peers on generated briefs
# of 10,000 and 100,000 positions, interleaved on the same machine, and
# validates every output (peer harness: /work/shared/peers/export, README.md).
#   bench/export-xlsx.sh [extra run.sh options, e.g. --runs 1] [N ...]
# Prints a Markdown table of medians (wall time, peak RSS) on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
PEERS=${PEERS:-$(pwd)/../shared/peers/export}
BIN=${BIN:-/tmp/briefing}
[ -x "$PEERS/run.sh" ] || { echo "peer harness not found at $PEERS (set PEERS=...)" >&2; exit 1; }
go build -o "$BIN" ./cmd/briefing
args=("$@")
has_n=0
for a in "${args[@]}"; do [[ $a =~ ^[0-9]+$ ]] && has_n=1; done
[ $has_n = 1 ] || args+=(10000 100000)
exec "$PEERS/run.sh" --check --only xlsx_openpyxl --only xlsx_openpyxl_table --only app_xlsx \
  --workdir "${WORKDIR:-/tmp/exportbench-xlsx}" \
  --cmd "app_xlsx=xlsx:$BIN export --date 2026-01-01 --xlsx {out} {in}" \
  "${args[@]}"
