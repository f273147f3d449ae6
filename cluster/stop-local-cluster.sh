#!/usr/bin/env bash
# Stops the nodes cluster/run-local-cluster.sh started (their pids are in $LOGS_DIR/node-N.pid,
# default cluster/logs): the gateway nodes first, then the others, one at a time. Each gets SIGTERM:
# in-flight requests and the node's running jobs get http.shutdown_grace_ms (10 s) to finish, a job
# still unfinished is stored failed ("node shutting down"), then the node leaves the cluster. A node
# still running GRACE_SECONDS (default 20) after its SIGTERM gets SIGKILL. Logs are kept.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
LOGS="${LOGS_DIR:-cluster/logs}"
GRACE_SECONDS="${GRACE_SECONDS:-20}"

# gateway nodes first (their in-flight requests still reach the domains), then the rest
ordered=()
for pidfile in "$LOGS"/node-*.pid; do
  [ -f "$pidfile" ] || continue
  if grep -q gateway "${pidfile%.pid}.roles" 2>/dev/null; then ordered=("$pidfile" "${ordered[@]}"); else ordered+=("$pidfile"); fi
done

stopped=0
for pidfile in "${ordered[@]}"; do
  node="$(basename "$pidfile" .pid)"
  pid="$(cat "$pidfile")"
  # Only signal the process the pid file names if it is still our jar (pids get reused).
  if kill -0 "$pid" 2>/dev/null && ps -p "$pid" -o args= | grep -q 'betterbros-props\.jar'; then
    kill -TERM "$pid"
    deadline=$((SECONDS + GRACE_SECONDS))
    while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      printf '%s (pid %s) did not stop within %ss: killing it\n' "$node" "$pid" "$GRACE_SECONDS"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    printf '%s stopped (pid %s)\n' "$node" "$pid"
    stopped=$((stopped + 1))
  fi
  rm -f "$pidfile" "${pidfile%.pid}.roles"
done
if [ "$stopped" -eq 0 ]; then
  echo "no running node found in $LOGS"
fi
