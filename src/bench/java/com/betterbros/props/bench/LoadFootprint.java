package com.betterbros.props.bench;

import com.betterbros.props.app.FootprintProbe;
import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code heap} command's {@code load} stage: the node of {@code loadtest} (embedded, 30-day synthetic
 * season, first model trained, rate limits raised out of the way) measured before load and while
 * {@link LoadDriver} drives {@code GET /props?limit=50}, {@code POST /model/predict} (100 props) and
 * {@code GET /health} in turn from a second Vert.x instance in the same JVM (loopback). Under each
 * target, half-way through its run, a sampler thread takes the heap used after a full GC (the live
 * set with the requests in flight); it reads VmRSS every 250 ms and keeps the largest.
 */
public final class LoadFootprint {

  private LoadFootprint() {}

  /** Runs the stage, {@code seconds} per target at {@code connections}, printing its measurements. */
  public static void run(long seconds, int connections) {
    Node node = TestNodes.trained(Map.of("BB_SYNTH_DAYS", "30", "BB_RATELIMIT_DEFAULT_ENTERPRISE", "1000000",
        "BB_RATELIMIT_HEAVY_ENTERPRISE", "1000000"));
    Vertx clients = Vertx.vertx();
    try {
      ApiClient api = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
      JsonArray ids = new JsonArray();
      api.get("/props?limit=100&status=open").bodyAsJsonObject().getJsonArray("items")
          .forEach(p -> ids.add(((JsonObject) p).getString("id")));
      List<String> tokens = new ArrayList<>();
      for (int i = 0; i < connections; i++) {
        tokens.add(node.devToken("footprint-" + i, Tier.ENTERPRISE));
      }
      LoadDriver driver = new LoadDriver(clients, connections, tokens);
      Buffer predictBody = new JsonObject().put("prop_ids", ids).toBuffer();
      List<LoadDriver.Target> targets = List.of(
          new LoadDriver.Target("GET /props?limit=50", HttpMethod.GET, "/props?limit=50", null),
          new LoadDriver.Target("POST /model/predict (" + ids.size() + ")", HttpMethod.POST, "/model/predict",
              predictBody),
          new LoadDriver.Target("GET /health", HttpMethod.GET, "/health", null));
      driver.run(node.httpPort(), targets.get(0), 2_000, Long.MAX_VALUE); // warm the JIT and caches
      FootprintProbe.measure("before load (30-day season, model trained)");
      for (LoadDriver.Target target : targets) {
        underLoad(driver, node.httpPort(), target, seconds, connections);
      }
    } finally {
      Await.result(clients.close());
      Await.result(node.stop());
    }
  }

  private static void underLoad(LoadDriver driver, int port, LoadDriver.Target target, long seconds, int connections) {
    AtomicLong heap = new AtomicLong(-1);
    AtomicLong maxRss = new AtomicLong(-1);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    Thread sampler = Thread.ofPlatform().name("footprint-sampler").start(() -> {
      long gcAt = System.nanoTime() + seconds * 500_000_000L;
      while (System.nanoTime() < end) {
        maxRss.accumulateAndGet(FootprintProbe.status("VmRSS"), Math::max);
        if (heap.get() < 0 && System.nanoTime() >= gcAt) {
          heap.set(FootprintProbe.usedAfterGc());
        }
        try {
          Thread.sleep(250);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    LoadDriver.Result result = driver.run(port, target, seconds * 1000, Long.MAX_VALUE);
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.out.printf("note: %s at %d connections: %d requests, %.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors%n",
        target.name(), connections, result.requests(), result.perSecond(), result.percentileMs(0.50),
        result.percentileMs(0.99), result.errors());
    System.out.println(new FootprintProbe.Measure("under load: " + target.name(), heap.get(), maxRss.get(),
        FootprintProbe.status("VmHWM")).line());
  }
}
