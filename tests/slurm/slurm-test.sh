#!/usr/bin/env bash
# `make slurm-test`: the Rutland batch run on a real Slurm cluster, started here on loopback and stopped again.
#  1. Installs Debian's slurm-wlm and munge when missing (apt-get update first; needs root or sudo).
#  2. Publishes rutland-batch self-contained and computes the single-process reference output.
#  3. Writes a munge key and a one-node slurm.conf (free loopback ports, state under a temp folder) and starts
#     munged, slurmctld and slurmd in the foreground of background shells: no systemd, every PID recorded.
#  4. Submits the run as a job array of SHARDS tasks and a merge job that depends on it (afterok). One task is
#     made to fail (FAULT_TASK, injected by the job script, not the tool), so the merge can never start: the
#     test cancels it, re-submits the failed task alone by its index, then a merge depending on that.
#  5. The merged files must be byte-identical to the single-process output. Every daemon is stopped by PID.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO=$PWD
SHARDS=${SHARDS:-4}
FAULT_TASK=${FAULT_TASK:-2}
RUN_FILE=${RUN_FILE:-$REPO/src/Rutland.Access.Batch/runs/rutland.json}
TIMEOUT_S=${TIMEOUT_S:-600}
NICE=${NICE:-19}
WORK=$(mktemp -d /tmp/rutland-slurm.XXXXXX)
FILES=(origins.parquet origins.csv matrix.parquet matrix.csv aggregates.parquet aggregates.csv manifest.json)
PIDS=()

log() { printf '[slurm-test %(%H:%M:%S)T] %s\n' -1 "$*"; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

cleanup() {
  local rc=$?
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && { log "PID $pid did not stop on TERM; KILL"; kill -9 "$pid" 2>/dev/null || true; }
  done
  [ ${#PIDS[@]} -gt 0 ] && log "stopped daemons (PIDs ${PIDS[*]})"
  if [ $rc -ne 0 ]; then
    for f in "$WORK"/log/*.log "$WORK"/out/slurm-*.out; do [ -f "$f" ] && { echo "--- $f"; tail -n 30 "$f"; }; done
    log "FAILED (work folder kept: $WORK)"
  else
    rm -rf "$WORK"
  fi
  exit $rc
}
trap cleanup EXIT

# --- 1. Slurm and munge from Debian -------------------------------------------------------------------------------
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
  log "installing slurm-wlm and munge from Debian"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null
fi
log "$(slurmctld -V), $(munged --version 2>&1 | head -n1 | awk '{print $1}')"

# --- 2. The tool, self-contained, and the single-process reference -----------------------------------------------
log "dotnet publish (self-contained, linux-x64)"
nice -n "$NICE" dotnet publish src/Rutland.Access.Batch -c Release -r linux-x64 --self-contained -nologo -v q -o "$WORK/tool" >/dev/null
TOOL=$WORK/tool/rutland-batch
log "single-process reference run"
(cd "$REPO" && nice -n "$NICE" "$TOOL" run "$RUN_FILE" --out "$WORK/single" > "$WORK/single.log" 2>&1)

# --- 3. A one-node cluster on loopback -----------------------------------------------------------------------------
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
mkdir -p "$WORK"/{munge,state,spool,log,out}
chmod 700 "$WORK/munge"
dd if=/dev/urandom of="$WORK/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$WORK/munge/munge.key"
SOCKET=$WORK/munge/munge.socket
CTLD_PORT=$(free_port)
SLURMD_PORT=$(free_port)
USER_NAME=$(id -un)
CPUS=$(nproc)
MEM_MB=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 / 2 ))
export SLURM_CONF=$WORK/slurm.conf
cat > "$SLURM_CONF" <<CONF
# Written by tests/slurm/slurm-test.sh: one node on loopback, no accounting, no cgroups.
ClusterName=rutland
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=$USER_NAME
SlurmdUser=$USER_NAME
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$SOCKET
StateSaveLocation=$WORK/state
SlurmdSpoolDir=$WORK/spool
SlurmctldPidFile=$WORK/slurmctld.pid
SlurmdPidFile=$WORK/slurmd.pid
SlurmctldLogFile=$WORK/log/slurmctld.log
SlurmdLogFile=$WORK/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MinJobAge=3600
NodeName=rutland-node NodeHostname=$(hostname) NodeAddr=127.0.0.1 CPUs=$CPUS RealMemory=$MEM_MB State=UNKNOWN
PartitionName=batch Nodes=rutland-node Default=YES MaxTime=INFINITE State=UP
CONF

log "starting munged, slurmctld, slurmd"
munged -F --force --key-file="$WORK/munge/munge.key" --socket="$SOCKET" --pid-file="$WORK/munge/munged.pid" \
  --seed-file="$WORK/munge/munge.seed" --log-file="$WORK/log/munged.log" &
PIDS+=($!)
for _ in $(seq 50); do [ -S "$SOCKET" ] && break; sleep 0.1; done
[ -S "$SOCKET" ] || { log "munged did not open $SOCKET"; exit 1; }
slurmctld -D -i -f "$SLURM_CONF" > "$WORK/log/slurmctld.stdout.log" 2>&1 &
PIDS+=($!)
slurmd -D -N rutland-node -f "$SLURM_CONF" > "$WORK/log/slurmd.stdout.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 100); do
  state=$(sinfo -h -n rutland-node -o '%T' 2>/dev/null || true)
  [[ "$state" == idle* ]] && break
  sleep 0.2
done
[[ "${state:-}" == idle* ]] || { log "node not idle (state '${state:-none}')"; exit 1; }
log "cluster up: slurmctld :$CTLD_PORT, slurmd :$SLURMD_PORT, node $state, PIDs ${PIDS[*]}"

# --- 4. The job array, the dependent merge, the injected fault and the re-submission -------------------------------
cat > "$WORK/shard.sbatch" <<JOB
#!/usr/bin/env bash
#SBATCH --job-name=rutland-shard
#SBATCH --cpus-per-task=1
#SBATCH --output=$WORK/out/slurm-%A_%a.out
set -euo pipefail
cd "$REPO"
# Fault injection for the test: the first attempt of task $FAULT_TASK fails before computing anything.
if [ "\$SLURM_ARRAY_TASK_ID" = "$FAULT_TASK" ] && mkdir "$WORK/fault-injected" 2>/dev/null; then
  echo "injected fault in task \$SLURM_ARRAY_TASK_ID"; exit 1
fi
# The shard index comes from SLURM_ARRAY_TASK_ID; the count is fixed, so a task re-submitted alone is still i/$SHARDS.
exec nice -n $NICE "$TOOL" run "$RUN_FILE" --out "$WORK/sharded" --shard-count $SHARDS
JOB
cat > "$WORK/merge.sbatch" <<JOB
#!/usr/bin/env bash
#SBATCH --job-name=rutland-merge
#SBATCH --output=$WORK/out/slurm-merge-%j.out
exec nice -n $NICE "$TOOL" merge --out "$WORK/sharded"
JOB

job_state() { scontrol show job -o "$1" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | cut -d= -f2 | sort | uniq -c | tr '\n' ' '; }
wait_until_done() { # job id; returns when no task of it is pending or running
  local deadline=$((SECONDS + TIMEOUT_S))
  while [ $SECONDS -lt $deadline ]; do
    local states; states=$(job_state "$1")
    [[ "$states" =~ PENDING|RUNNING|CONFIGURING|COMPLETING ]] || { echo "$states"; return 0; }
    sleep 1
  done
  log "timeout waiting for job $1 ($(job_state "$1"))"; return 1
}

ARRAY=$(sbatch --parsable --array=0-$((SHARDS - 1)) "$WORK/shard.sbatch")
MERGE=$(sbatch --parsable --dependency=afterok:$ARRAY --kill-on-invalid-dep=no "$WORK/merge.sbatch")
log "submitted array $ARRAY (tasks 0-$((SHARDS - 1))), merge $MERGE (afterok:$ARRAY)"
log "array finished: $(wait_until_done "$ARRAY")"
FAILED=$(scontrol show job -o "$ARRAY" | grep 'JobState=FAILED' | grep -o 'ArrayTaskId=[0-9]*' | cut -d= -f2 | tr '\n' ' ')
[ "$FAILED" = "$FAULT_TASK " ] || { log "expected task $FAULT_TASK to fail, failed: '$FAILED'"; exit 1; }
reason=$(scontrol show job -o "$MERGE" | grep -o 'Reason=[A-Za-z_]*' | cut -d= -f2)
state=$(job_state "$MERGE")
[[ "$state" =~ PENDING ]] || { log "merge should wait for the failed shard, but is $state"; exit 1; }
log "task $FAULT_TASK failed as injected; merge $MERGE held ($reason): cancelling it"
scancel "$MERGE"

RETRY=$(sbatch --parsable --array="$FAULT_TASK" "$WORK/shard.sbatch")
MERGE2=$(sbatch --parsable --dependency=afterok:$RETRY "$WORK/merge.sbatch")
log "re-submitted task $FAULT_TASK as $RETRY; merge $MERGE2 (afterok:$RETRY)"
log "retry finished: $(wait_until_done "$RETRY")"
log "merge finished: $(wait_until_done "$MERGE2")"
[[ "$(job_state "$MERGE2")" =~ COMPLETED ]] || { log "merge did not complete"; exit 1; }

# --- 5. Same bytes as the single process ---------------------------------------------------------------------------
for f in "${FILES[@]}"; do
  cmp -s "$WORK/single/$f" "$WORK/sharded/$f" || { log "$f differs from the single-process output"; exit 1; }
done
rows=$(($(wc -l < "$WORK/sharded/matrix.csv") - 1))
log "PASS: $SHARDS-task array (task $FAULT_TASK failed, re-submitted by index) + merge = single process, byte for byte (${#FILES[@]} files, $rows matrix rows)"
