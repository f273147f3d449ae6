#!/usr/bin/env bash
# Starts a local 3-node BetterBros Props cluster on this machine from target/betterbros-props.jar:
#   node 1  roles gateway                 HTTP on 127.0.0.1:8081
#   node 2  roles props,history,context,users   no HTTP (a node without the gateway role opens none)
#   node 3  roles gateway                 HTTP on 127.0.0.1:8083
# The three join one Hazelcast cluster over TCP-IP on 127.0.0.1 (ports 5701-5703) and the gateways
# reach the domains over the clustered event bus. Logs and pids: cluster/logs/node-N.{log,pid}.
# Stop it with cluster/stop-local-cluster.sh.
#
# Environment (all optional):
#   BB_PG_URL             PostgreSQL for node 2 (default postgresql://postgres@127.0.0.1:5432/betterbros;
#                         the database must exist: createdb -h 127.0.0.1 -U postgres betterbros)
#   BB_AUTH_HS256_SECRET  the hs256 token secret (>= 32 bytes); default: a random one, printed once
#   BB_BUS_SECRET         the event-bus token secret (base64, >= 32 bytes); default: a random one
#   BB_REDIS_URL          a Redis for the context cache (default: in-process cache)
#   JAVA_HOME             a JDK/JRE >= 21 (default: `java` on the PATH)
#   WAIT_SECONDS          how long each start-up step may take (default 60)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
JAR="target/betterbros-props.jar"
LOGS="cluster/logs"
WAIT_SECONDS="${WAIT_SECONDS:-60}"
GATEWAY_PORTS=(8081 8083)

die() { printf 'run-local-cluster: %s\n' "$*" >&2; exit 1; }
say() { printf '%s\n' "$*"; }

# --- Java >= 21 ----------------------------------------------------------------------------------
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  JAVA="$JAVA_HOME/bin/java"
else
  JAVA="$(command -v java || true)"
fi
[ -n "$JAVA" ] || die "no java found: set JAVA_HOME to a JDK >= 21"
JAVA_MAJOR="$("$JAVA" -version 2>&1 | sed -nE 's/.*version "([0-9]+).*/\1/p' | head -n 1)"
if [ -z "$JAVA_MAJOR" ] || [ "$JAVA_MAJOR" -lt 21 ]; then
  die "$JAVA is Java ${JAVA_MAJOR:-?}; BetterBros Props needs >= 21 (set JAVA_HOME)"
fi
JVM_FLAGS=(-Dhazelcast.wait.seconds.before.join=1 --enable-native-access=ALL-UNNAMED)
if [ "$JAVA_MAJOR" -ge 23 ]; then
  # Silences JDK 23+'s sun.misc.Unsafe warnings; Java 21 and 22 do not know the option.
  JVM_FLAGS+=(--sun-misc-unsafe-memory-access=allow)
fi

# --- preconditions -------------------------------------------------------------------------------
[ -f "$JAR" ] || die "$JAR is missing: build it first with mvn -B -ntp package -DskipTests"
command -v curl >/dev/null || die "curl is needed to wait for the nodes"
mkdir -p "$LOGS"
for n in 1 2 3; do
  pidfile="$LOGS/node-$n.pid"
  if [ -f "$pidfile" ]; then
    pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null; then
      die "node $n is already running (pid $pid): run cluster/stop-local-cluster.sh first"
    fi
    rm -f "$pidfile"
  fi
done
for port in "${GATEWAY_PORTS[@]}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "port $port is already in use on 127.0.0.1"
  fi
done

# --- shared settings -----------------------------------------------------------------------------
GENERATED_SECRET=""
if [ -z "${BB_AUTH_HS256_SECRET:-}" ]; then
  GENERATED_SECRET="$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')"
  BB_AUTH_HS256_SECRET="$GENERATED_SECRET"
fi
export BB_CLUSTER=true BB_CLUSTER_MEMBERS=127.0.0.1 BB_CLUSTER_HOST=127.0.0.1
# A URL you passed may hold a password: the hints printed at the end name the variable instead.
# shellcheck disable=SC2016
PG_URL_SHOWN='"$BB_PG_URL"'
if [ -z "${BB_PG_URL:-}" ]; then
  BB_PG_URL="postgresql://postgres@127.0.0.1:5432/betterbros"
  PG_URL_SHOWN="$BB_PG_URL"
fi
export BB_STORE=postgres BB_PG_URL
export BB_AUTH_MODE=hs256 BB_AUTH_HS256_SECRET
# API keys: random for this run unless given (keys and provider credentials made now stop working
# with other values; export your own to keep them across runs)
BB_KEYS_PEPPER="${BB_KEYS_PEPPER:-$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')}"
BB_KEYS_MASTER_KEY="${BB_KEYS_MASTER_KEY:-$(head -c 32 /dev/urandom | base64)}"
export BB_KEYS_PEPPER BB_KEYS_MASTER_KEY
# The event-bus secret signs the caller tokens every member checks: the same on all three nodes,
# random for this run unless given (export your own to mint service tokens: token --service NAME).
GENERATED_BUS_SECRET=""
if [ -z "${BB_BUS_SECRET:-}" ]; then
  GENERATED_BUS_SECRET="$(head -c 32 /dev/urandom | base64)"
  BB_BUS_SECRET="$GENERATED_BUS_SECRET"
fi
export BB_BUS_SECRET

STARTED=()

# Stops what this run started, after showing the failing node's log.
fail() {
  local n="$1" why="$2"
  printf 'run-local-cluster: node %s %s; last lines of %s:\n' "$n" "$why" "$LOGS/node-$n.log" >&2
  tail -n 25 "$LOGS/node-$n.log" >&2 || true
  for pid in "${STARTED[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  rm -f "$LOGS"/node-[123].pid
  exit 1
}

start_node() {
  local n="$1" roles="$2" port="$3"
  BB_ROLES="$roles" BB_HTTP_PORT="$port" \
    nohup "$JAVA" "${JVM_FLAGS[@]}" -jar "$JAR" serve >"$LOGS/node-$n.log" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$LOGS/node-$n.pid"
  STARTED+=("$pid")
  say "node $n: roles $roles, pid $pid, log $LOGS/node-$n.log"
}

alive() { kill -0 "$(cat "$LOGS/node-$1.pid")" 2>/dev/null; }

# Main prints "BetterBros Props <version> listening ..." once a node has deployed everything.
wait_started() {
  local n="$1" deadline=$((SECONDS + WAIT_SECONDS))
  until grep -q '^BetterBros Props ' "$LOGS/node-$n.log" 2>/dev/null; do
    alive "$n" || fail "$n" "exited during start-up"
    [ "$SECONDS" -lt "$deadline" ] || fail "$n" "did not start within ${WAIT_SECONDS}s"
    sleep 1
  done
}

wait_health() {
  local n="$1" port="$2" deadline=$((SECONDS + WAIT_SECONDS))
  until curl -fsS -o /dev/null --max-time 3 "http://127.0.0.1:$port/health" 2>/dev/null; do
    alive "$n" || fail "$n" "exited during start-up"
    [ "$SECONDS" -lt "$deadline" ] || fail "$n" "did not answer /health on port $port within ${WAIT_SECONDS}s"
    sleep 1
  done
}

# --- start: the domain node first (it migrates the schema), then the two gateways ----------------
start_node 2 props,history,context,users 0
wait_started 2
start_node 1 gateway 8081
start_node 3 gateway 8083
wait_health 1 8081
wait_health 3 8083

# --- check that the gateways reach the domains over the bus (503 until subscriptions spread) -----
TOKEN="$("$JAVA" "${JVM_FLAGS[@]}" -jar "$JAR" token --sub run-local-cluster --tier free --ttl 90s 2>/dev/null \
  | tail -n 1 || true)"
reached=""
status=""
for _ in $(seq 1 15); do
  status="$(curl -s -o /dev/null -w '%{http_code}' --max-time 12 \
    -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:8081/history/teams" || true)"
  if [ "$status" = 200 ]; then reached=yes; break; fi
  sleep 1
done
if [ -z "$reached" ]; then
  say "warning: GET /history/teams through node 1 still answers HTTP ${status:-?}; see $LOGS/node-*.log"
fi

# --- how to use it -------------------------------------------------------------------------------
say ""
say "cluster up: gateways http://127.0.0.1:8081 and http://127.0.0.1:8083, domains on node 2"
say "  curl -s http://127.0.0.1:8081/health          # no token; lists the cluster members"
say ""
if [ -n "$GENERATED_SECRET" ]; then
  say "generated token secret (shown only now; export it in any shell that mints tokens):"
  say "  export BB_AUTH_HS256_SECRET=$GENERATED_SECRET"
else
  say "tokens use your BB_AUTH_HS256_SECRET."
fi
say "mint a token and call the API:"
say "  export BB_AUTH_MODE=hs256"
say "  TOKEN=\$($JAVA -jar target/betterbros-props.jar token --sub me --tier pro)"
say "  curl -s -H \"Authorization: Bearer \$TOKEN\" \"http://127.0.0.1:8081/props?limit=5\""
say "  curl -s -H \"Authorization: Bearer \$TOKEN\" \"http://127.0.0.1:8083/history/teams\""
say ""
if [ -n "$GENERATED_BUS_SECRET" ]; then
  say "generated event-bus secret (shown only now): a JVM service joining the cluster needs a token from it:"
  say "  export BB_BUS_SECRET=$GENERATED_BUS_SECRET"
fi
say "  $JAVA -jar target/betterbros-props.jar token --service my-service --tier pro   # its auth-token header"
say ""
say "an empty database? load the synthetic season once:"
say "  BB_STORE=postgres BB_PG_URL=$PG_URL_SHOWN $JAVA -jar target/betterbros-props.jar seed --days 90"
say "stop: cluster/stop-local-cluster.sh"
