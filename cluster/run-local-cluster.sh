#!/usr/bin/env bash
# Starts a local N-node BetterBros Props cluster (default 3, at most 9) on this machine from
# target/betterbros-props.jar:  cluster/run-local-cluster.sh [N]
#
#   node 1  gateway + every domain role   API on 127.0.0.1:8081
#   node 2  every domain role, no gateway  (no API port)
#   node 3  gateway + every domain role   API on 127.0.0.1:8083
#   (node n > 3: odd n like node 1, even n like node 2)
#
# Why this shape: every role runs on at least two nodes, so losing any one node loses no service —
# two gateways (a client or a proxy fails over between 8081 and 8083) and three copies of every domain
# (the event bus spreads requests over them and stops sending to a node that left). Node 2 has no
# gateway so the cluster also exercises the path a gateway-less domain node serves: requests that
# reach it only over the bus. Every node shares one PostgreSQL (BB_PG_URL), so any node reads what
# another wrote.
#
# Every node has its own ports, all from the environment (defaults in brackets; n = node number):
#   NODE<n>_HTTP_PORT     API port of a gateway node               [8080 + n]
#   NODE<n>_CLUSTER_PORT  Hazelcast member port                     [5700 + n]
#   NODE<n>_BUS_PORT      event-bus port (BB_CLUSTER_BUS_PORT)      [5800 + n]
#   NODE<n>_METRICS_PORT  metrics-only listener: /metrics, /health  [9100 + n]
# The members find each other at 127.0.0.1:<each NODE<n>_CLUSTER_PORT>. Logs and pids:
# $LOGS_DIR/node-N.{log,pid,roles}. Stop it with cluster/stop-local-cluster.sh (same LOGS_DIR).
#
# Environment (all optional):
#   BB_PG_URL             PostgreSQL for every node (default postgresql://postgres@127.0.0.1:5432/betterbros;
#                         the database must exist: createdb -h 127.0.0.1 -U postgres betterbros)
#   BB_AUTH_HS256_SECRET  the hs256 token secret (>= 32 bytes); default: a random one, printed once
#   BB_BUS_SECRET         the event-bus token secret (base64, >= 32 bytes); default: a random one
#   BB_REDIS_URL          a Redis for caches and rate limits (default: in-process, per node)
#   LOGS_DIR              where logs and pid files go (default cluster/logs)
#   NODE_JAVA_OPTS        extra JVM options for every node (e.g. -Xmx1g)
#   JAVA_HOME             a JDK/JRE >= 21 (default: `java` on the PATH)
#   WAIT_SECONDS          how long each start-up step may take (default 90)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
JAR="target/betterbros-props.jar"
LOGS="${LOGS_DIR:-cluster/logs}"
WAIT_SECONDS="${WAIT_SECONDS:-90}"
NODES="${1:-3}"
DOMAIN_ROLES="props,history,context,features,model,experiments,corr,optimize,jobs,eval,snapshots,live,whatif,keys,users"

die() { printf 'run-local-cluster: %s\n' "$*" >&2; exit 1; }
say() { printf '%s\n' "$*"; }

[[ "$NODES" =~ ^[2-9]$ ]] || die "N must be 2 to 9 (every role on at least two nodes needs two), not '$NODES'"
[ "$NODES" -ge 3 ] || say "note: with 2 nodes only node 1 has the gateway role; use 3 for two gateways"

# --- per-node roles and ports ----------------------------------------------------------------------
roles_of() { if [ $(($1 % 2)) -eq 1 ]; then echo "gateway,$DOMAIN_ROLES"; else echo "$DOMAIN_ROLES"; fi; }
is_gateway() { [ $(($1 % 2)) -eq 1 ]; }
port_of() { # port_of KIND n: NODE<n>_<KIND>_PORT or base + n
  local var="NODE$2_$1_PORT" base
  case "$1" in HTTP) base=8080 ;; CLUSTER) base=5700 ;; BUS) base=5800 ;; METRICS) base=9100 ;; esac
  local port="${!var:-$((base + $2))}"
  [[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1 ] && [ "$port" -le 65535 ] || die "$var must be a port (1-65535), not '$port'"
  echo "$port"
}

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
# shellcheck disable=SC2206
[ -z "${NODE_JAVA_OPTS:-}" ] || JVM_FLAGS+=(${NODE_JAVA_OPTS})

# --- preconditions -------------------------------------------------------------------------------
[ -f "$JAR" ] || die "$JAR is missing: build it first with mvn -B -ntp package -DskipTests"
command -v curl >/dev/null || die "curl is needed to wait for the nodes"
mkdir -p "$LOGS"
for pidfile in "$LOGS"/node-*.pid; do
  [ -f "$pidfile" ] || continue
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    die "$(basename "$pidfile" .pid) is already running (pid $pid): run cluster/stop-local-cluster.sh first"
  fi
  rm -f "$pidfile"
done
MEMBERS=""
USED=" "
for n in $(seq 1 "$NODES"); do
  ports=("$(port_of CLUSTER "$n")" "$(port_of BUS "$n")" "$(port_of METRICS "$n")")
  is_gateway "$n" && ports+=("$(port_of HTTP "$n")")
  for port in "${ports[@]}"; do
    case "$USED" in *" $port "*) die "port $port is configured twice (see the NODE<n>_*_PORT variables)" ;; esac
    USED="$USED$port "
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      die "port $port (node $n) is already in use on 127.0.0.1"
    fi
  done
  MEMBERS="${MEMBERS:+$MEMBERS,}127.0.0.1:$(port_of CLUSTER "$n")"
done

# --- shared settings -----------------------------------------------------------------------------
GENERATED_SECRET=""
if [ -z "${BB_AUTH_HS256_SECRET:-}" ]; then
  GENERATED_SECRET="$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')"
  BB_AUTH_HS256_SECRET="$GENERATED_SECRET"
fi
export BB_CLUSTER=true BB_CLUSTER_MEMBERS="$MEMBERS" BB_CLUSTER_HOST=127.0.0.1
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
# with other values; export your own to keep them across runs). Every node must have the same ones.
BB_KEYS_PEPPER="${BB_KEYS_PEPPER:-$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')}"
BB_KEYS_MASTER_KEY="${BB_KEYS_MASTER_KEY:-$(head -c 32 /dev/urandom | base64)}"
export BB_KEYS_PEPPER BB_KEYS_MASTER_KEY
# The event-bus secret signs the caller tokens every member checks: the same on all nodes,
# random for this run unless given (export your own to mint service tokens: token --service NAME).
GENERATED_BUS_SECRET=""
if [ -z "${BB_BUS_SECRET:-}" ]; then
  GENERATED_BUS_SECRET="$(head -c 32 /dev/urandom | base64)"
  BB_BUS_SECRET="$GENERATED_BUS_SECRET"
fi
export BB_BUS_SECRET

source "$ROOT/cluster/local-cluster-lib.sh"

# --- start: node 1 first (it migrates the schema), then the others together ----------------------
start_node 1
wait_started 1
for n in $(seq 2 "$NODES"); do start_node "$n"; done
for n in $(seq 2 "$NODES"); do wait_started "$n"; done
for n in $(seq 1 "$NODES"); do wait_health "$n" "$(port_of METRICS "$n")"; done
check_gateways

# --- how to use it -------------------------------------------------------------------------------
print_usage
