# Sourced by the scripts that talk to a running API (load test, memory check, served OpenAPI document): start_api
# builds nothing, starts the built API ($CONFIG, default Release; Production) on a free loopback port, sets PORT, BASE,
# LOG and PID, stops it on exit, and returns once /health answers (or exits naming why not).
READY_SECONDS=${READY_SECONDS:-60}
CONFIG=${CONFIG:-Release}

start_api() {
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  BASE="http://127.0.0.1:$PORT"
  LOG=$(mktemp)
  ASPNETCORE_ENVIRONMENT=Production dotnet "src/Rutland.Access.Api/bin/$CONFIG/net10.0/Rutland.Access.Api.dll" --urls "$BASE" >"$LOG" 2>&1 &
  PID=$!
  trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -f "$LOG"' EXIT
  for _ in $(seq $((READY_SECONDS * 10))); do
    curl -sf "$BASE/health" >/dev/null && break
    kill -0 "$PID" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
    sleep 0.1
  done
  curl -sf "$BASE/health" >/dev/null || { echo "API not ready after $READY_SECONDS s" >&2; exit 1; }
}
