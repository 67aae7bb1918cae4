#!/usr/bin/env bash
# Writes the API's served OpenAPI document to $1: builds the API, starts it on a free loopback port (as
# the load test does, tests/start-api.sh), fetches /openapi/v1.json, and stops the server.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:?usage: served-document.sh <output.json>}
CONFIG=${CONFIG:-Release}
source tests/start-api.sh

dotnet build src/Rutland.Access.Api -c "$CONFIG" -nologo -v q >/dev/null
start_api
curl -sf "$BASE/openapi/v1.json" -o "$OUT" || { echo "no OpenAPI document from $BASE (API not ready after $READY_SECONDS s?)" >&2; cat "$LOG" >&2; exit 1; }
