#!/usr/bin/env bash
# Writes the API's served OpenAPI document to $1: builds the API, starts it on a free loopback port (as
# tests/load/run-wrk.sh does), fetches /openapi/v1.json, and stops the server.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:?usage: served-document.sh <output.json>}
CONFIG=${CONFIG:-Release}
READY_SECONDS=60

dotnet build src/Rutland.Access.Api -c "$CONFIG" -nologo -v q >/dev/null
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
LOG=$(mktemp)
dotnet "src/Rutland.Access.Api/bin/$CONFIG/net10.0/Rutland.Access.Api.dll" --urls "$BASE" >"$LOG" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -f "$LOG"' EXIT

for _ in $(seq $((READY_SECONDS * 10))); do
  curl -sf "$BASE/health" >/dev/null && break
  kill -0 "$PID" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
  sleep 0.1
done
curl -sf "$BASE/openapi/v1.json" -o "$OUT" || { echo "no OpenAPI document from $BASE (API not ready after $READY_SECONDS s?)" >&2; cat "$LOG" >&2; exit 1; }
