# Sourced by the load scripts: start_api builds nothing, starts the built API (Release, Production) on a free loopback
# port, sets PORT, BASE, LOG and PID, stops it on exit, and returns once /health answers (or exits naming why not).
READY_SECONDS=${READY_SECONDS:-60}

start_api() {
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  BASE="http://127.0.0.1:$PORT"
  LOG=$(mktemp)
  ASPNETCORE_ENVIRONMENT=Production dotnet src/Rutland.Access.Api/bin/Release/net10.0/Rutland.Access.Api.dll --urls "$BASE" >"$LOG" 2>&1 &
  PID=$!
  trap 'kill "$PID" 2>/dev/null || true; rm -f "$LOG"' EXIT
  for _ in $(seq $((READY_SECONDS * 10))); do
    curl -sf "$BASE/health" >/dev/null && break
    kill -0 "$PID" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
    sleep 0.1
  done
  curl -sf "$BASE/health" >/dev/null || { echo "API not ready after $READY_SECONDS s" >&2; exit 1; }
}
