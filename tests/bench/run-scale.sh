#!/usr/bin/env bash
# `make scale-bench`: growth on simulated networks of k × k tiles of Rutland's car graph (SCALE_SIZES, default 1 3 10 27,
# i.e. 1×, 9×, 100× and 729× ≈ 20 M nodes). Each size runs in its own process under nice -n 19 and appends one JSON line
# to tests/bench/scaling-results.jsonl (the raw points, kept); tests/bench/SCALING.md is then written from the latest
# line of every size. The 27 × 27 size needs ~7 GB of memory and tens of minutes on 2 shared cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES=${SCALE_SIZES:-1 3 10 27}
RESULTS=tests/bench/scaling-results.jsonl
dotnet build tools/Rutland.Access.ScaleBench -c Release -nologo -v q
BENCH=tools/Rutland.Access.ScaleBench/bin/Release/net10.0/Rutland.Access.ScaleBench.dll
for k in $SIZES; do
  nice -n 19 dotnet "$BENCH" measure "$k" "$RESULTS" > /dev/null
done
dotnet "$BENCH" report "$RESULTS" tests/bench/SCALING.md
