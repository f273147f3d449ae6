#!/usr/bin/env bash
# Stops the nodes cluster/run-local-cluster.sh started (their pids are in cluster/logs/node-N.pid):
# the gateways first, then the domain node. Each gets SIGTERM (the gateway lets in-flight requests
# finish, then the node leaves the cluster) and, if still running after GRACE_SECONDS (default 20),
# SIGKILL. Logs are kept.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOGS="$ROOT/cluster/logs"
GRACE_SECONDS="${GRACE_SECONDS:-20}"

stopped=0
for n in 1 3 2; do
  pidfile="$LOGS/node-$n.pid"
  [ -f "$pidfile" ] || continue
  pid="$(cat "$pidfile")"
  # Only signal the process the pid file names if it is still our jar (pids get reused).
  if kill -0 "$pid" 2>/dev/null && ps -p "$pid" -o args= | grep -q 'betterbros-props\.jar'; then
    kill -TERM "$pid"
    deadline=$((SECONDS + GRACE_SECONDS))
    while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      printf 'node %s (pid %s) did not stop within %ss: killing it\n' "$n" "$pid" "$GRACE_SECONDS"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    printf 'node %s stopped (pid %s)\n' "$n" "$pid"
    stopped=$((stopped + 1))
  fi
  rm -f "$pidfile"
done
if [ "$stopped" -eq 0 ]; then
  echo "no running node found in $LOGS"
fi
