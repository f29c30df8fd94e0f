#!/usr/bin/env bash
# Times the app's PDF brief against the reportlab peer (/work/shared/peers/export).
#
#   bench/export-pdf.sh [run.sh options] [N ...]
#   bench/export-pdf.sh 1000 10000
#   bench/export-pdf.sh --runs 1 --limit 600 100000
#
# Builds the app (to $BIN, default /tmp/briefing; set BIN to keep a build of
# your own when others share the machine), then runs the peers' run.sh with
# the app added as "app_pdf". Prints run.sh's Markdown table of medians.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
peers="${PEERS:-$root/../shared/peers/export}"
BIN="${BIN:-/tmp/briefing}"
[ -x "$peers/run.sh" ] || { echo "no peer benchmarks at $peers (set PEERS)" >&2; exit 1; }
(cd "$root" && go build -o "$BIN" ./cmd/briefing)
[ $# -gt 0 ] || set -- 1000 10000
exec "$peers/run.sh" --only pdf_reportlab --only app_pdf --workdir "${WORKDIR:-/tmp/exportbench-pdf}" \
  --cmd "app_pdf=pdf:$BIN export --date 2026-01-01 --pdf {out} {in}" "$@"
