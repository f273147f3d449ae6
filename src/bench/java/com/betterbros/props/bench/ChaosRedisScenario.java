package com.betterbros.props.bench;

import com.betterbros.props.testing.Await;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.File;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code chaos redis}: the cluster's caches and rate limits on a throwaway {@code redis-server} on a
 * free loopback port of its own (the machine's Redis on 6379 is never touched), stopped (SIGTERM) for
 * 30 s 15 s into the load and started again on the same port. Reports responses >= 500, errors, what
 * gateway 1's /health said every second (during the outage and after), and when it said "up" again.
 */
final class ChaosRedisScenario {

  static final long OUTAGE_MS = 30_000;

  private ChaosRedisScenario() {}

  static void run(ChaosCommand chaos, int rate, int days, long warmupMs) throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Process redis = startRedis(port);
    try (ChaosCluster cluster = new ChaosCluster(3, Map.of("BB_REDIS_URL", "redis://127.0.0.1:" + port + "/0"))) {
      ChaosCommand.Ready ready = chaos.ready(cluster, days);
      Vertx vertx = Vertx.vertx();
      try {
        MixedLoad load = new MixedLoad(vertx, List.of(cluster.httpPort(1), cluster.httpPort(3)), ready.token(),
            ready.propIds(), false, 10_000);
        load.start(rate);
        Map<Long, String> health = new TreeMap<>();
        long stopAt = warmupMs + ChaosCommand.BEFORE_MS;
        long backAt = stopAt + OUTAGE_MS;
        long endAt = backAt + 30_000;
        long restartedMs = -1;
        long faultMs = -1;
        while (load.nowMs() < endAt) {
          long now = load.nowMs();
          if (faultMs < 0 && now >= stopAt) {
            faultMs = now;
            redis.destroy();
            redis.waitFor(10, TimeUnit.SECONDS);
            System.out.printf("redis-server (port %d) stopped at %.1f s%n", port, now / 1000.0);
          }
          if (restartedMs < 0 && now >= backAt) {
            redis = startRedis(port);
            restartedMs = load.nowMs();
            System.out.printf("redis-server started again at %.1f s%n", restartedMs / 1000.0);
          }
          health.put(load.nowMs(), healthStatus(chaos, cluster.httpPort(1)));
          Thread.sleep(1_000);
        }
        load.stop();
        Thread.sleep(11_000);
        System.out.printf("chaos redis: Redis stopped %d s under %d req/s over 2 gateways%n", OUTAGE_MS / 1000, rate);
        List<MixedLoad.Outcome> all = load.outcomes();
        System.out.print(ChaosFigures.around(all, faultMs, 0, OUTAGE_MS));
        long fault = faultMs;
        long restarted = restartedMs;
        List<String> during = new ArrayList<>(health.entrySet().stream()
            .filter(e -> e.getKey() > fault + 2_000 && e.getKey() < restarted).map(Map.Entry::getValue).distinct()
            .toList());
        long upAgain = health.entrySet().stream().filter(e -> e.getKey() > restarted && "up".equals(e.getValue()))
            .mapToLong(Map.Entry::getKey).min().orElse(-1);
        long errorsAfter = all.stream().filter(o -> o.sentMs() > restarted + 5_000 && !o.ok()).count();
        long after = all.stream().filter(o -> o.sentMs() > restarted + 5_000).count();
        System.out.printf("  /health during the outage (2 s after the stop until the restart): %s%n", during);
        System.out.printf("  /health \"up\" again %.1f s after Redis restarted; from 5 s after the restart: %d"
            + " requests, %d errors%n", upAgain < 0 ? Double.NaN : (upAgain - restarted) / 1000.0, after, errorsAfter);
        Await.result(load.close());
      } finally {
        Await.result(vertx.close());
      }
    } finally {
      redis.destroy();
      redis.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static String healthStatus(ChaosCommand chaos, int port) {
    try {
      return new JsonObject(chaos.get(port, "/health", null)).getString("status");
    } catch (Exception e) {
      return "unreachable: " + e.getMessage();
    }
  }

  private static Process startRedis(int port) throws Exception {
    Process p = new ProcessBuilder("redis-server", "--bind", "127.0.0.1", "--port", String.valueOf(port),
        "--save", "", "--appendonly", "no").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(System.getProperty("java.io.tmpdir"),
            "bb-chaos-redis-" + port + ".log"))).start();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      try (var socket = new java.net.Socket("127.0.0.1", port)) {
        return p;
      } catch (java.io.IOException notYet) {
        Thread.sleep(100);
      }
    }
    p.destroyForcibly();
    throw new IllegalStateException("redis-server did not listen on " + port + " within 10 s");
  }
}
