# Functions of cluster/run-local-cluster.sh (sourced by it; not a command of its own). They use its
# variables: JAVA, JVM_FLAGS, JAR, LOGS, NODES, WAIT_SECONDS, and its roles_of, is_gateway, port_of.

STARTED=()

# Stops what this run started, after showing the failing node's log.
fail() {
  local n="$1" why="$2"
  printf 'run-local-cluster: node %s %s; last lines of %s:\n' "$n" "$why" "$LOGS/node-$n.log" >&2
  tail -n 25 "$LOGS/node-$n.log" >&2 || true
  for pid in "${STARTED[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  rm -f "$LOGS"/node-*.pid
  exit 1
}

start_node() {
  local n="$1" roles http=0
  roles="$(roles_of "$n")"
  if is_gateway "$n"; then http="$(port_of HTTP "$n")"; fi
  BB_ROLES="$roles" BB_HTTP_PORT="$http" BB_CLUSTER_PORT="$(port_of CLUSTER "$n")" \
    BB_CLUSTER_BUS_PORT="$(port_of BUS "$n")" BB_METRICS_PORT="$(port_of METRICS "$n")" \
    nohup "$JAVA" "${JVM_FLAGS[@]}" -jar "$JAR" serve >"$LOGS/node-$n.log" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$LOGS/node-$n.pid"
  echo "$roles" >"$LOGS/node-$n.roles"
  STARTED+=("$pid")
  if is_gateway "$n"; then
    say "node $n: pid $pid, API 127.0.0.1:$http, roles $roles"
  else
    say "node $n: pid $pid, no API port, roles $roles"
  fi
  say "        hazelcast $(port_of CLUSTER "$n"), event bus $(port_of BUS "$n"), metrics 127.0.0.1:$(port_of METRICS "$n"), log $LOGS/node-$n.log"
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

# Every node answers /health on its metrics listener (gateways on their API port too).
wait_health() {
  local n="$1" port="$2" deadline=$((SECONDS + WAIT_SECONDS))
  until curl -fsS -o /dev/null --max-time 3 "http://127.0.0.1:$port/health" 2>/dev/null; do
    alive "$n" || fail "$n" "exited during start-up"
    [ "$SECONDS" -lt "$deadline" ] || fail "$n" "did not answer /health on port $port within ${WAIT_SECONDS}s"
    sleep 1
  done
}

# Each gateway reaches the domains over the bus (503 until the subscriptions have spread).
check_gateways() {
  TOKEN="$("$JAVA" "${JVM_FLAGS[@]}" -jar "$JAR" token --sub run-local-cluster --tier free --ttl 90s 2>/dev/null \
    | tail -n 1 || true)"
  local n port status reached
  for n in $(seq 1 "$NODES"); do
    is_gateway "$n" || continue
    port="$(port_of HTTP "$n")"
    reached=""
    status=""
    for _ in $(seq 1 15); do
      status="$(curl -s -o /dev/null -w '%{http_code}' --max-time 12 \
        -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$port/history/teams" || true)"
      if [ "$status" = 200 ]; then reached=yes; break; fi
      sleep 1
    done
    if [ -z "$reached" ]; then
      say "warning: GET /history/teams through node $n still answers HTTP ${status:-?}; see $LOGS/node-*.log"
    fi
  done
}

print_usage() {
  local gateways="" n
  for n in $(seq 1 "$NODES"); do
    if is_gateway "$n"; then gateways="$gateways http://127.0.0.1:$(port_of HTTP "$n")"; fi
  done
  local first="${gateways# }"
  first="${first%% *}"
  say ""
  say "cluster up: $NODES nodes, gateways$gateways; every domain role on every node"
  say "  curl -s $first/health                              # no token; lists the cluster members"
  say "  curl -s http://127.0.0.1:$(port_of METRICS 2)/metrics     # node 2's metrics (any node: its NODE<n>_METRICS_PORT)"
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
  say "  curl -s -H \"Authorization: Bearer \$TOKEN\" \"$first/props?limit=5\""
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
}
