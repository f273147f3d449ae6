package com.betterbros.props.bench;

import com.betterbros.props.testing.Await;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code chaos <scenario> [--rate 200] [--days 14] [--warmup 0]}: a fault injected into a local three-node cluster
 * ({@code cluster/run-local-cluster.sh 3} on free loopback ports, a fresh PostgreSQL database seeded
 * with {@code --days} of the synthetic season) under {@link MixedLoad}, and its figures printed.
 * Scenarios: {@code kill-node} (kill -9 node 2, the gateway-less one), {@code kill-gateway} (kill -9
 * node 1; the driver fails over to node 3), {@code redis} (a throwaway redis-server stopped for 30 s),
 * {@code postgres} (a throwaway PostgreSQL stopped for 10 s and started again), {@code late-join} (a fourth node joins and must answer predictions byte-equal). Bounded: about 3 to 5
 * minutes each, cluster start included; everything it started is stopped at the end.
 */
public final class ChaosCommand {

  static final long BEFORE_MS = 15_000;
  static final long AFTER_MS = 15_000;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  private ChaosCommand() {}

  /** Runs the scenario named in {@code args[0]} with {@code --name value} options. */
  public static void main(String scenario, Map<String, String> options) throws Exception {
    int rate = (int) BenchMain.number(options, "rate", 200);
    int days = (int) BenchMain.number(options, "days", 14);
    long warmupMs = BenchMain.number(options, "warmup", 0) * 1000;
    if (warmupMs < 0 || warmupMs > 300_000) {
      throw new IllegalArgumentException("--warmup must be 0..300 seconds, got " + warmupMs / 1000);
    }
    if (rate < 1 || rate > 1000) {
      throw new IllegalArgumentException("--rate must be 1..1000 requests a second, got " + rate);
    }
    ChaosCommand chaos = new ChaosCommand();
    switch (scenario) {
      case "kill-node" -> chaos.kill(2, rate, days, warmupMs);
      case "kill-gateway" -> chaos.kill(1, rate, days, warmupMs);
      case "redis" -> ChaosRedisScenario.run(chaos, rate, days, warmupMs);
      case "postgres" -> ChaosPostgresScenario.run(chaos, rate, days, warmupMs);
      case "late-join" -> ChaosLateJoinScenario.run(chaos, days);
      default -> throw new IllegalArgumentException(
          "chaos scenarios: kill-node, kill-gateway, redis, postgres, late-join; got '" + scenario + "'");
    }
  }

  /**
   * kill -9 node {@code victim} 15 s into a 45 s load at {@code rate} over both gateways, after
   * {@code warmupMs} of the same load (0: the load starts on the just-started cluster).
   */
  private void kill(int victim, int rate, int days, long warmupMs) throws Exception {
    try (ChaosCluster cluster = new ChaosCluster(3, Map.of())) {
      Ready ready = ready(cluster, days);
      Vertx vertx = Vertx.vertx();
      try {
        MixedLoad load = new MixedLoad(vertx, List.of(cluster.httpPort(1), cluster.httpPort(3)), ready.token(),
            ready.propIds(), true, 10_000);
        load.start(rate);
        if (warmupMs > 0) {
          Thread.sleep(warmupMs);
          System.out.printf("warm-up: %d s at %d req/s before the measured load%n", warmupMs / 1000, rate);
        }
        Thread.sleep(BEFORE_MS);
        long faultMs = load.nowMs();
        cluster.kill(victim);
        System.out.printf("kill -9 node %d (pid %d) at %.1f s%n", victim, cluster.pid(victim), faultMs / 1000.0);
        Thread.sleep(AFTER_MS + 15_000);
        load.stop();
        Thread.sleep(11_000);
        int survivor = victim == 1 ? cluster.httpPort(3) : cluster.httpPort(1);
        List<MixedLoad.Ack> before = load.acknowledged().stream().filter(a -> a.atMs() < faultMs).toList();
        long missing = before.stream().filter(a -> status(survivor, "/snapshots/" + a.id(), ready.token()) != 200)
            .count();
        System.out.printf("chaos kill-%s: node %d of 3 killed (kill -9) under %d req/s over 2 gateways, %d s load"
            + " after %d s warm-up%n", victim == 1 ? "gateway" : "node", victim, rate,
            (BEFORE_MS + AFTER_MS + 15_000) / 1000, warmupMs / 1000);
        System.out.print(ChaosFigures.around(load.outcomes(), faultMs, BEFORE_MS, AFTER_MS));
        System.out.printf("  writes (POST /snapshots 201) acknowledged before the kill: %d, missing after: %d;"
            + " acknowledged in the whole run: %d%n", before.size(), missing, load.acknowledged().size());
        Await.result(load.close());
      } finally {
        Await.result(vertx.close());
      }
    }
  }

  /** What a scenario needs once the cluster is up: a token and open props' ids, predictions served. */
  record Ready(String token, List<String> propIds) {}

  /** Seeds, starts, and waits until both gateways serve predictions (the first model trained). */
  Ready ready(ChaosCluster cluster, int days) throws Exception {
    long t0 = System.nanoTime();
    cluster.seed(days);
    cluster.start();
    String token = cluster.token("chaos");
    JsonArray items = new JsonObject(get(cluster.httpPort(1), "/props?limit=100&status=open", token))
        .getJsonArray("items");
    List<String> ids = new ArrayList<>();
    items.forEach(p -> ids.add(((JsonObject) p).getString("id")));
    if (ids.size() < 10) {
      throw new IllegalStateException("only " + ids.size() + " open props after seeding " + days + " days");
    }
    String body = new JsonObject().put("prop_ids", new JsonArray(ids.subList(0, 10))).encode();
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (post(cluster.httpPort(1), "/model/predict", body, token).statusCode() != 200
        || post(cluster.httpPort(3), "/model/predict", body, token).statusCode() != 200) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no production model after 300 s; see " + cluster.logs());
      }
      Thread.sleep(2_000);
    }
    System.out.printf("cluster ready in %.0f s (seed %d days, 3 nodes, first model trained); logs %s%n",
        (System.nanoTime() - t0) / 1e9, days, cluster.logs());
    return new Ready(token, ids);
  }

  int status(int port, String path, String token) {
    try {
      return http.send(request(port, path, token).GET().build(), HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (Exception e) {
      return 0;
    }
  }

  String get(int port, String path, String token) throws Exception {
    HttpResponse<String> r = http.send(request(port, path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " on " + port + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  HttpResponse<byte[]> post(int port, String path, String body, String token) throws Exception {
    return http.send(request(port, path, token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpRequest.Builder request(int port, String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(15));
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  static Map<String, String> env(String... pairs) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }
}
