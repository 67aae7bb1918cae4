#!/usr/bin/env bash
# Runs the BenchmarkDotNet suite and writes tests/bench/RESULTS.md: date, machine and every benchmark's summary table
# (BenchmarkDotNet's GitHub-markdown reports), then the side-by-side peer checks (pgRouting for drive,
# raptor-journey-planner for public transport) with their ratios (peer / ours) appended. Extra BenchmarkDotNet arguments: BENCH_ARGS (e.g. "--job short"), BENCH_FILTER (default '*').
set -euo pipefail
cd "$(dirname "$0")/../.."

OUT=tests/bench/RESULTS.md
ARTIFACTS=BenchmarkDotNet.Artifacts
PEERS=tests/peers/pgrouting/compare.sh

rm -rf "$ARTIFACTS/results"
# shellcheck disable=SC2086 # BENCH_ARGS holds separate arguments
dotnet run --project tests/Rutland.Access.Benchmarks -c Release -- --filter "${BENCH_FILTER:-*}" --exporters github ${BENCH_ARGS:-}

peers=""
if [[ -x $PEERS ]]; then
  peers=$("$PEERS" 2>&1 | tail -n 30) && peers_status=0 || peers_status=$?
fi
pt_peers=$(make --no-print-directory peers-pt 2>&1 | tail -n 6) && pt_peers_status=0 || pt_peers_status=$?

{
  echo "# Benchmark results"
  echo
  echo "Written by \`make bench\` (tests/bench/run-bench.sh) on $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD); BenchmarkDotNet arguments: \`--filter '${BENCH_FILTER:-*}' ${BENCH_ARGS:-}\`."
  echo
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, .NET $(dotnet --version); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (shared machine: figures are noisy)."
  echo "Targets (DESIGN.md): API ready < 3 s; drive matrix < 20 ms; PT matrix < 500 ms; drive isochrone p95 < 100 ms; RSS < 400 MB."
  for report in "$ARTIFACTS"/results/*-report-github.md; do
    echo
    echo "## $(basename "$report" -report-github.md)"
    echo
    # BenchmarkDotNet's environment block repeats in every report; keep the table.
    sed -n '/^|/,$p' "$report"
  done
  if [[ -n $peers ]]; then
    echo
    echo "## pgRouting side by side ($PEERS, exit $peers_status)"
    echo
    echo '```'
    echo "$peers"
    echo '```'
  fi
  echo
  echo "## raptor-journey-planner side by side (make peers-pt, exit $pt_peers_status)"
  echo
  echo "$pt_peers"
} >"$OUT"
echo "wrote $OUT"
