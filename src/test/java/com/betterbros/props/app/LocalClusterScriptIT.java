package com.betterbros.props.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.store.TestDatabase;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's local cluster, for real: {@code cluster/run-local-cluster.sh 3} with every port moved
 * off its default, against a fresh PostgreSQL database; API calls through both gateways, every role
 * on two nodes or more (each node's /health on its metrics listener), node 2's metrics scraped, then
 * {@code cluster/stop-local-cluster.sh} and no node process left.
 */
@DisplayName("run-local-cluster.sh 3 on non-default ports: two gateways answer, every role on >= 2 nodes, stop leaves nothing")
class LocalClusterScriptIT {

  @TempDir
  Path logs;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  @Timeout(value = 170, unit = TimeUnit.SECONDS)
  void threeNodes() throws Exception {
    assertThat(LauncherIT.JAR).as("the packaged jar (mvn package runs before the ITs)").exists();
    Map<String, String> env = environment();
    List<Long> pids = new ArrayList<>();
    try {
      Process run = script(env, "cluster/run-local-cluster.sh", "3");
      assertThat(run.waitFor(140, TimeUnit.SECONDS)).as("run-local-cluster.sh finished in 140 s").isTrue();
      assertThat(run.exitValue()).as("run-local-cluster.sh output:%n%s", read(logs.resolve("run.out"))).isZero();
      for (int n = 1; n <= 3; n++) {
        pids.add(Long.parseLong(Files.readString(logs.resolve("node-" + n + ".pid")).trim()));
      }
      String secret = env.get("BB_AUTH_HS256_SECRET");
      String token = Main.token(TestNodes.config(Map.of("BB_AUTH_MODE", "hs256", "BB_AUTH_HS256_SECRET", secret)),
          Main.CommandLine.parse(new String[] {"--sub", "cluster-it", "--tier", "pro"}));
      for (String gateway : List.of(env.get("NODE1_HTTP_PORT"), env.get("NODE3_HTTP_PORT"))) {
        JsonObject health = new JsonObject(get(gateway, "/health", null, 200));
        assertThat(health.getJsonObject("cluster").getJsonArray("members")).hasSize(3);
        assertThat(new JsonObject(get(gateway, "/props?limit=5", token, 200)).getJsonArray("items")).isNotNull();
        get(gateway, "/history/teams", token, 200);
        assertThat(new JsonObject(get(gateway, "/auth/me", token, 200)).getString("user_id")).isEqualTo("cluster-it");
        get(gateway, "/props?limit=5", null, 401);
      }
      Map<String, Integer> nodesPerRole = new HashMap<>();
      for (int n = 1; n <= 3; n++) {
        JsonObject health = new JsonObject(get(env.get("NODE" + n + "_METRICS_PORT"), "/health", null, 200));
        health.getJsonArray("roles").forEach(role -> nodesPerRole.merge((String) role, 1, Integer::sum));
        assertThat(health.getJsonObject("store").getString("status")).isEqualTo("up");
      }
      for (Role role : Role.values()) {
        assertThat(nodesPerRole.getOrDefault(role.name().toLowerCase(), 0)).as("nodes with %s", role)
            .isGreaterThanOrEqualTo(2);
      }
      assertThat(nodesPerRole.get("gateway")).isEqualTo(2);
      String metrics = get(env.get("NODE2_METRICS_PORT"), "/metrics", null, 200);
      assertThat(metrics).contains("jvm_memory_used_bytes").contains("bb_jobs{").contains("vertx_eventbus_");

      Process stop = script(env, "cluster/stop-local-cluster.sh");
      assertThat(stop.waitFor(90, TimeUnit.SECONDS)).as("stop-local-cluster.sh finished in 90 s").isTrue();
      assertThat(stop.exitValue()).isZero();
      for (long pid : pids) {
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("node pid %s", pid).isFalse();
      }
      assertThat(read(logs.resolve("run.out"))).contains("stopped (pid " + pids.get(1) + ")")
          .as("every node stopped on its SIGTERM, none was killed").doesNotContain("killing it");
      for (int n = 1; n <= 3; n++) {
        assertThat(read(logs.resolve("node-" + n + ".log"))).as("node %s ran its graceful stop", n)
            .contains("node stopped");
      }
      for (String port : List.of(env.get("NODE1_HTTP_PORT"), env.get("NODE2_METRICS_PORT"), env.get("NODE3_BUS_PORT"))) {
        try (ServerSocket again = new ServerSocket(Integer.parseInt(port))) {
          assertThat(again.getLocalPort()).as("port %s is free again", port).isPositive();
        }
      }
    } finally {
      // whatever failed above, no node outlives the test
      for (long pid : pids) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  /** The script's environment: a fresh database, this JVM as JAVA_HOME, and 11 distinct free ports. */
  private Map<String, String> environment() throws IOException {
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("BB_PG_URL", TestDatabase.freshDatabase("betterbros_test_local_cluster"));
    env.put("LOGS_DIR", logs.toString());
    env.put("WAIT_SECONDS", "60");
    env.put("BB_AUTH_HS256_SECRET", HexFormat.of().formatHex(randomBytes()));
    env.put("BB_BUS_SECRET", TestNodes.BUS_SECRET);
    List<ServerSocket> held = new ArrayList<>();
    try {
      List<String> names = new ArrayList<>(List.of("NODE1_HTTP_PORT", "NODE3_HTTP_PORT"));
      for (int n = 1; n <= 3; n++) {
        names.addAll(List.of("NODE" + n + "_CLUSTER_PORT", "NODE" + n + "_BUS_PORT", "NODE" + n + "_METRICS_PORT"));
      }
      for (String name : names) {
        ServerSocket socket = new ServerSocket(0);
        held.add(socket);
        env.put(name, String.valueOf(socket.getLocalPort()));
      }
    } finally {
      for (ServerSocket socket : held) {
        socket.close();
      }
    }
    return env;
  }

  private Process script(Map<String, String> env, String... command) throws IOException {
    List<String> line = new ArrayList<>(List.of("bash"));
    line.addAll(List.of(command));
    ProcessBuilder builder = new ProcessBuilder(line)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("run.out").toFile()));
    // only this test's settings: a BB_* variable of the build's shell would reach every node
    builder.environment().keySet().removeIf(name -> name.startsWith("BB_"));
    builder.environment().putAll(env);
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    return builder.start();
  }

  private String get(String port, String path, String token, int expected) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(15));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET %s on port %s: %s", path, port, response.body()).isEqualTo(expected);
    return response.body();
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[32];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file) : "";
  }
}
