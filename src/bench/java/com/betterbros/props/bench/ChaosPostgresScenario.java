package com.betterbros.props.bench;

import com.betterbros.props.testing.Await;
import io.vertx.core.Vertx;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

/**
 * {@code chaos postgres}: the cluster on a {@link ThrowawayPostgres} of its own port; 15 s into the load
 * the server is stopped (pg_ctl stop -m fast), kept down {@value #DOWN_MS} ms, and started again.
 * Reports the slowest answer to a request sent while it was down (the goal: none slower than the bus
 * timeout, 10 s), when requests succeeded again after it was back (goal: within 5 s), and whether every
 * snapshot acknowledged before the stop is still readable after.
 */
final class ChaosPostgresScenario {

  static final long DOWN_MS = 10_000;
  static final long BUS_TIMEOUT_MS = 10_000;

  private ChaosPostgresScenario() {}

  static void run(ChaosCommand chaos, int rate, int days, long warmupMs) throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    try (ThrowawayPostgres pg = new ThrowawayPostgres(port);
        ChaosCluster cluster = new ChaosCluster(3, Map.of("BB_PG_URL", pg.url()))) {
      ChaosCommand.Ready ready = chaos.ready(cluster, days);
      Vertx vertx = Vertx.vertx();
      try {
        MixedLoad load = new MixedLoad(vertx, List.of(cluster.httpPort(1), cluster.httpPort(3)), ready.token(),
            ready.propIds(), false, 30_000);
        load.start(rate);
        Thread.sleep(warmupMs + ChaosCommand.BEFORE_MS);
        long downMs = load.nowMs();
        pg.stop();
        System.out.printf("PostgreSQL (port %d) stopped at %.1f s%n", port, downMs / 1000.0);
        Thread.sleep(DOWN_MS);
        pg.start();
        long backMs = load.nowMs();
        System.out.printf("PostgreSQL started again at %.1f s (accepting connections)%n", backMs / 1000.0);
        Thread.sleep(20_000);
        load.stop();
        Thread.sleep(31_000);
        List<MixedLoad.Outcome> all = load.outcomes();
        List<MixedLoad.Outcome> whileDown = all.stream()
            .filter(o -> o.sentMs() >= downMs && o.sentMs() < backMs).toList();
        long slowest = whileDown.stream().mapToLong(o -> o.doneMs() - o.sentMs()).max().orElse(0);
        long overTimeout = whileDown.stream().filter(o -> o.doneMs() - o.sentMs() > BUS_TIMEOUT_MS).count();
        long lastFailure = all.stream().filter(o -> !o.ok() && o.sentMs() >= backMs)
            .mapToLong(MixedLoad.Outcome::doneMs).max().orElse(backMs);
        int gateway = cluster.httpPort(1);
        List<MixedLoad.Ack> before = load.acknowledged().stream().filter(a -> a.atMs() < downMs).toList();
        long missing = before.stream().filter(a -> chaos.status(gateway, "/snapshots/" + a.id(), ready.token()) != 200)
            .count();
        System.out.printf("chaos postgres: PostgreSQL down %d s under %d req/s over 2 gateways%n", DOWN_MS / 1000, rate);
        System.out.print(ChaosFigures.timeline(all, downMs));
        System.out.printf("  sent while it was down: %d requests, %d failed; slowest answer %d ms,"
            + " %d slower than the bus timeout (%d ms)%n", whileDown.size(), whileDown.stream().filter(o -> !o.ok())
            .count(), slowest, overTimeout, BUS_TIMEOUT_MS);
        System.out.print(ChaosFigures.byKind(whileDown));
        System.out.printf("  requests succeed again %.1f s after PostgreSQL was back (the last failed request sent"
            + " after it answered then)%n", (lastFailure - backMs) / 1000.0);
        System.out.printf("  writes (POST /snapshots 201) acknowledged before the stop: %d, missing after: %d%n",
            before.size(), missing);
        Await.result(load.close());
      } finally {
        Await.result(vertx.close());
      }
    }
  }
}
