#!/usr/bin/env bash
# Load test: builds and starts the API (Release) on a free loopback port, runs bounded wrk runs against each
# endpoint, and writes tests/load/RESULTS.md (requests/s, p50/p99 latency, non-2xx, RSS before/after).
# Bounds (override by environment): DURATION per run, THREADS, CONNECTIONS.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/start-api.sh

DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
OUT=tests/load/RESULTS.md

if ! command -v wrk >/dev/null; then
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y wrk >/dev/null; }
fi

dotnet build src/Rutland.Access.Api -c Release -nologo -v q >/dev/null
start=$(date +%s.%N)
start_api
ready=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")

rss_kb() { awk -v k="$1" '$1 == k":" { print $2 }' "/proc/$PID/status"; }
rss_before=$(rss_kb VmRSS)

# name|url|extra wrk arguments. Isochrones and equity join when the running API offers them.
targets=(
  "travel-times json (cached)|/api/v1/travel-times?mode=drive|"
  "travel-times json, br (cached)|/api/v1/travel-times?mode=drive|-H Accept-Encoding:br"
  "travel-times json (computed)|/api/v1/travel-times?mode=drive|-H Cache-Control:no-cache"
  "travel-times lsoa+places geojson (computed)|/api/v1/travel-times?mode=drive&fromType=lsoa,village,town,hamlet&format=geojson|-H Cache-Control:no-cache"
  "places (cached)|/api/v1/places|"
  "journey oakham→peterborough|/api/v1/journey?from=oakham&to=peterborough|"
  "journey lat,lon→melton|/api/v1/journey?from=52.60,-0.60&to=melton|"
)
paths=$(curl -sf "$BASE/openapi/v1.json" | python3 -c 'import json,sys; print("\n".join(json.load(sys.stdin)["paths"]))')
grep -qx "/api/v1/isochrones" <<<"$paths" && targets+=("isochrones drive 15,30,45|/api/v1/isochrones?lat=52.67&lon=-0.73&mode=drive&cutoffs=15,30,45|")
grep -qx "/api/v1/equity/lsoas" <<<"$paths" && targets+=("equity lsoas (cached)|/api/v1/equity/lsoas|")
grep -qx "/api/v1/equity/wards" <<<"$paths" && targets+=("equity wards (cached)|/api/v1/equity/wards|")

rows=()
failures=()
for target in "${targets[@]}"; do
  IFS='|' read -r name url extra <<<"$target"
  status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$url")
  # shellcheck disable=SC2086 # extra holds separate wrk arguments
  report=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency $extra "$BASE$url")
  row=$(awk -v name="$name" -v status="$status" '
    /Requests\/sec/ { rps = $2 } / 50%/ { p50 = $2 } / 99%/ { p99 = $2 }
    /requests in/ { total = $1 } /Non-2xx/ { bad = $NF } /Socket errors/ { errors = $0 }
    END { printf "| %s | %s | %s | %s | %s | %s | %s |", name, status, rps, p50, p99, total, (bad ? bad : 0) (errors ? " (" errors ")" : "") }' <<<"$report")
  echo "$row"
  rows+=("$row")
  # A rejected request is fast: a row of 4xx answers would pass for throughput, so any non-2xx fails the run.
  if [[ $status != 2* ]] || grep -q "Non-2xx" <<<"$report"; then failures+=("$name: $status"); fi
done

rss_after=$(rss_kb VmRSS)
rss_peak=$(rss_kb VmHWM)

{
  echo "# Load test results"
  echo
  echo "Written by \`make load\` (tests/load/run-wrk.sh) on $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD)."
  echo
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(lsb_release -ds 2>/dev/null || grep -oP 'PRETTY_NAME="\K[^"]+' /etc/os-release), .NET $(dotnet --version)."
  echo "Load average when the runs ended: $(cut -d' ' -f1-3 /proc/loadavg) — wrk shares the same $(nproc) cores with the API (and with anything else running), so figures are a floor."
  echo
  echo "Each run: wrk, $DURATION, $THREADS threads, $CONNECTIONS connections, loopback. API started in Production mode; ready in $ready s."
  echo "\"cached\" rows are answered by the output cache (as in service); \"computed\" rows send Cache-Control: no-cache, which the API answers afresh without storing, so every request is computed."
  echo
  echo "| endpoint | status | requests/s | p50 | p99 | requests | non-2xx |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Process RSS: $((rss_before / 1024)) MB after start-up, $((rss_after / 1024)) MB after the runs, peak $((rss_peak / 1024)) MB."
} >"$OUT"
echo "wrote $OUT"
if ((${#failures[@]})); then
  printf 'not every request was answered with 2xx:\n' >&2
  printf '  %s\n' "${failures[@]}" >&2
  exit 1
fi
