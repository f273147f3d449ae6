package com.betterbros.props.bench;

import com.betterbros.props.store.TestDatabase;
import com.betterbros.props.testing.TestNodes;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A {@code cluster/run-local-cluster.sh} cluster for a chaos scenario: a fresh PostgreSQL database
 * (seeded with a short synthetic season), every port a free loopback port, the shell's BB_* variables
 * dropped, rate limits raised out of the way; nodes are killed with SIGKILL and started again by pid.
 * Runs from the repository root with {@code target/betterbros-props.jar} built.
 */
final class ChaosCluster implements AutoCloseable {

  static final Path JAR = Path.of("target/betterbros-props.jar");

  private final Map<String, String> env = new HashMap<>();
  private final Path logs;
  private final int nodes;

  /** {@code extra}: more environment for every node (e.g. BB_REDIS_URL, BB_PG_URL). */
  ChaosCluster(int nodes, Map<String, String> extra) throws IOException {
    if (!Files.exists(JAR)) {
      throw new IllegalStateException(JAR + " is missing: build it first (mvn -B -ntp package -DskipTests)");
    }
    this.nodes = nodes;
    this.logs = Files.createTempDirectory("bb-chaos-");
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("LOGS_DIR", logs.toString());
    env.put("WAIT_SECONDS", "120");
    byte[] secret = new byte[32];
    ThreadLocalRandom.current().nextBytes(secret);
    env.put("BB_AUTH_HS256_SECRET", HexFormat.of().formatHex(secret));
    env.put("BB_BUS_SECRET", TestNodes.BUS_SECRET);
    env.put("BB_KEYS_PEPPER", HexFormat.of().formatHex(secret).substring(0, 40));
    env.put("BB_KEYS_MASTER_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
    env.put("BB_RATELIMIT_DEFAULT_ENTERPRISE", "1000000");
    env.put("BB_RATELIMIT_HEAVY_ENTERPRISE", "1000000");
    env.put("NODE_JAVA_OPTS", "-Xmx768m");
    env.putAll(extra);
    env.putIfAbsent("BB_PG_URL", TestDatabase.freshDatabase("betterbros_chaos"));
    List<ServerSocket> held = new ArrayList<>();
    try {
      for (int n = 1; n <= nodes + 2; n++) {
        for (String kind : List.of("HTTP", "CLUSTER", "BUS", "METRICS")) {
          ServerSocket socket = new ServerSocket(0);
          held.add(socket);
          env.put("NODE" + n + "_" + kind + "_PORT", String.valueOf(socket.getLocalPort()));
        }
      }
    } finally {
      for (ServerSocket socket : held) {
        socket.close();
      }
    }
  }

  /**
   * Seeds {@code days} of the synthetic season into the database (before {@link #start}) and fixes
   * the nodes' props clock ({@code BB_PROPS_NOW}) at 17:00 UTC of the season's last day, so its board
   * is open.
   */
  void seed(int days) throws Exception {
    String out = run(List.of(java(), "-jar", JAR.toString(), "seed", "--days", String.valueOf(days)),
        Map.of("BB_STORE", "postgres"), 300);
    java.util.regex.Matcher today = java.util.regex.Pattern.compile("to (\\d{4}-\\d{2}-\\d{2})").matcher(out);
    if (!today.find()) {
      throw new IllegalStateException("seed did not name the season's last day:\n" + out);
    }
    env.put("BB_PROPS_NOW", today.group(1) + "T17:00:00Z");
  }

  /** Starts the cluster with the script and waits until it is up. */
  void start() throws Exception {
    run(List.of("bash", "cluster/run-local-cluster.sh", String.valueOf(nodes)), Map.of(), 400);
  }

  /** A bearer token (enterprise tier, so the raised limits apply) for {@code sub}. */
  String token(String sub) throws Exception {
    String out = run(List.of(java(), "-jar", JAR.toString(), "token", "--sub", sub, "--tier", "enterprise",
        "--ttl", "2h"), Map.of("BB_AUTH_MODE", "hs256"), 60);
    String[] lines = out.trim().split("\n");
    return lines[lines.length - 1].trim();
  }

  int httpPort(int n) {
    return Integer.parseInt(env.get("NODE" + n + "_HTTP_PORT"));
  }

  int metricsPort(int n) {
    return Integer.parseInt(env.get("NODE" + n + "_METRICS_PORT"));
  }

  long pid(int n) throws IOException {
    return Long.parseLong(Files.readString(logs.resolve("node-" + n + ".pid")).trim());
  }

  /** kill -9 node {@code n}. */
  void kill(int n) throws Exception {
    ProcessHandle.of(pid(n)).ifPresent(ProcessHandle::destroyForcibly);
  }

  /**
   * Starts node {@code n} (odd: gateway and every domain role; even: every domain role) the way the
   * script does, joining the running members; returns at once (poll its metrics port's /health).
   */
  void startNode(int n, boolean gateway) throws IOException {
    String roles = (gateway ? "gateway," : "")
        + "props,history,context,features,model,experiments,corr,optimize,jobs,eval,snapshots,live,whatif,keys,users";
    StringBuilder members = new StringBuilder();
    for (int m = 1; m <= Math.max(n, nodes); m++) {
      members.append(members.isEmpty() ? "" : ",").append("127.0.0.1:").append(env.get("NODE" + m + "_CLUSTER_PORT"));
    }
    ProcessBuilder builder = new ProcessBuilder(java(), "-Dhazelcast.wait.seconds.before.join=1",
        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx768m",
        "-jar", JAR.toString(), "serve")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("node-" + n + ".log").toFile()));
    clean(builder);
    builder.environment().putAll(Map.of("BB_CLUSTER", "true", "BB_CLUSTER_MEMBERS", members.toString(),
        "BB_CLUSTER_HOST", "127.0.0.1", "BB_STORE", "postgres", "BB_AUTH_MODE", "hs256", "BB_ROLES", roles,
        "BB_HTTP_PORT", gateway ? env.get("NODE" + n + "_HTTP_PORT") : "0",
        "BB_CLUSTER_PORT", env.get("NODE" + n + "_CLUSTER_PORT"),
        "BB_CLUSTER_BUS_PORT", env.get("NODE" + n + "_BUS_PORT"),
        "BB_METRICS_PORT", env.get("NODE" + n + "_METRICS_PORT")));
    Process p = builder.start();
    Files.writeString(logs.resolve("node-" + n + ".pid"), String.valueOf(p.pid()));
    Files.writeString(logs.resolve("node-" + n + ".roles"), roles);
  }

  Path logs() {
    return logs;
  }

  /** Stops every node with the stop script (SIGTERM, then SIGKILL); whatever is left is killed. */
  @Override
  public void close() throws Exception {
    List<Long> pids = new ArrayList<>();
    for (int n = 1; n <= nodes + 2; n++) {
      if (Files.exists(logs.resolve("node-" + n + ".pid"))) {
        pids.add(pid(n));
      }
    }
    try {
      run(List.of("bash", "cluster/stop-local-cluster.sh"), Map.of("GRACE_SECONDS", "15"), 120);
    } finally {
      for (long pid : pids) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  private String run(List<String> command, Map<String, String> more, long seconds) throws Exception {
    Path out = Files.createTempFile(logs, "cmd-", ".out");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(out.toFile());
    clean(builder);
    builder.environment().putAll(more);
    Process p = builder.start();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " took over " + seconds + " s; see " + out);
    }
    String text = Files.readString(out);
    if (p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited " + p.exitValue() + ":\n" + text);
    }
    return text;
  }

  /** Only this run's settings: a BB_* variable of the calling shell would reach every node. */
  private void clean(ProcessBuilder builder) {
    builder.environment().keySet().removeIf(name -> name.startsWith("BB_"));
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().putAll(env);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
