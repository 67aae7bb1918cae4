#!/usr/bin/env bash
# Runs the PostgreSQL scenario-store tests (Category=Postgres) against a throwaway cluster:
# installs PostgreSQL from Debian if missing, initdb's a cluster as a non-root user in a temp folder,
# starts it on a free loopback port, runs the tests with the connection string in
# RUTLAND_ACCESS_TEST_POSTGRES, then stops the cluster and deletes it (also on failure).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
config="${CONFIG:-Release}"

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [[ -z "$(pg_bin)" ]]; then
  echo "postgres-store: installing postgresql from Debian"
  if [[ $EUID -eq 0 ]]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; fi
fi
bin="$(pg_bin)"

# initdb refuses to run as root: as root, run the cluster as the package's 'postgres' user.
run_as=()
owner="$(id -un)"
if [[ $EUID -eq 0 ]]; then
  owner=postgres
  id "$owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
  run_as=(runuser -u "$owner" --)
fi

cluster="$(mktemp -d /tmp/rutland-pg.XXXXXX)"
chown "$owner" "$cluster"
chmod 700 "$cluster"

cleanup() {
  "${run_as[@]}" "$bin/pg_ctl" -D "$cluster/data" stop -m fast >/dev/null 2>&1 || true
  rm -rf "$cluster"
}
trap cleanup EXIT

# A free loopback port: ask the kernel for one.
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

"${run_as[@]}" "$bin/initdb" -D "$cluster/data" -U rutland -A trust --no-sync -E UTF8 >/dev/null
"${run_as[@]}" "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w \
  -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
echo "postgres-store: cluster on 127.0.0.1:$port ($cluster)"

export RUTLAND_ACCESS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=rutland;Database=postgres"
log="$cluster/test.log"
# With RESULTS set (make test), a TRX joins the others so CI counts these tests.
trx=()
[[ -n "${RESULTS:-}" ]] && trx=(--logger "trx;LogFileName=postgres-store.trx" --results-directory "$RESULTS")
dotnet test "$repo/tests/Rutland.Access.Tests" -c "$config" -nologo --filter Category=Postgres \
  --logger "console;verbosity=normal" "${trx[@]}" 2>&1 | tee "$log"

# A run where every test skipped proves nothing: require that they ran.
if grep -q "Skipped:  *[1-9]" "$log" || ! grep -q "Passed:  *[1-9]" "$log"; then
  echo "postgres-store: the PostgreSQL tests did not run" >&2
  exit 1
fi
