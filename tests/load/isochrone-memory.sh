#!/usr/bin/env bash
# Memory check (DESIGN.md target: < 400 MB RSS): starts the API (Release, Production, default options) on a free
# loopback port and asks for the worst isochrones it serves — 24 distinct 20-120-min sets of six cutoffs on foot and
# by bicycle (the 20 and 25 m grids: the most outline points and the largest grids), first cycle then walk, then in a
# fresh process walk then cycle — and fails when the process's peak resident memory (VmHWM) reaches LIMIT_MB.
# A location off the mode's network is a 422 and counts as asked; any other non-200 answer fails the check.
# About 90 s; run by `make load` and `make memory`.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/start-api.sh

LIMIT_MB=${LIMIT_MB:-400}
SETS=24
CUTOFFS=20,40,60,80,100,120

dotnet build src/Rutland.Access.Api -c Release -nologo -v q >/dev/null

failed=0
for order in "cycle walk" "walk cycle"; do
  start_api
  mb() { awk -v k="$1" '$1 == k":" { printf "%d", $2 / 1024 }' "/proc/$PID/status"; }

  line="$order: start $(mb VmRSS) MB"
  for mode in $order; do
    # Locations 400 m apart northwards from (52.604, -0.70), across Rutland Water and Oakham.
    for i in $(seq 1 $SETS); do
      lat=$(python3 -c "print(round(52.60 + 0.004 * $i, 4))")
      url="$BASE/api/v1/isochrones?lat=$lat&lon=-0.70&mode=$mode&cutoffs=$CUTOFFS"
      status=$(curl -s -o /dev/null -w '%{http_code}' "$url")
      [[ $status == 200 || $status == 422 ]] || { echo "$url answered $status" >&2; failed=1; }
    done
    line+=", after $SETS $mode $(mb VmRSS) MB"
  done
  peak=$(mb VmHWM)
  echo "$line; peak $peak MB (limit $LIMIT_MB MB)"
  ((peak < LIMIT_MB)) || { echo "FAIL: peak RSS $peak MB >= $LIMIT_MB MB ($order)" >&2; failed=1; }
  kill "$PID"
  wait "$PID" 2>/dev/null || true
  rm -f "$LOG"
  trap - EXIT
done
exit $failed
