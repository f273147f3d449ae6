package com.betterbros.props.live;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code live [--subscribers 1000]}: an embedded node (synthetic season, 30 days, seed 42) with a
 * trained model and N /ws/edges subscribers (no filter, so each receives every event); then a
 * re-import of the whole open PrizePicks board with every line 1.0 higher (one import, every priced
 * prop an edge.changed). Measured: from the import request to the moment each subscriber has its
 * last event, p50/p99/max over subscribers; the events each received (all must be equal); the
 * node's CPU over that window and its heap after GC. Baseline in the same run: the same import,
 * lines back, with one subscriber. The subscribers run in the same JVM (their own Vert.x), so the
 * CPU figure includes the clients' decoding.
 */
public final class LiveFeedBenchmark {

  private LiveFeedBenchmark() {}

  public static String run(int subscribers) {
    Node node = TestNodes.trained(Map.of("BB_LIVE_MAX_CONNECTIONS_PER_USER", "1000", "BB_BUS_TIMEOUT_MS", "60000"));
    Vertx clients = Vertx.vertx();
    StringBuilder out = new StringBuilder();
    try {
      ApiClient admin = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
      List<JsonObject> open = LiveBoards.openBoard(admin);
      String token = node.devToken("bench", Tier.PRO);
      out.append(String.format("open prizepicks props: %d; subscribers: %d%n", open.size(), subscribers));
      long heapBefore = usedAfterGc();
      Round one = round(clients, node, admin, token, 1, open, 1.0);
      Round many = round(clients, node, admin, token, subscribers, open, 0.0);
      out.append(one.report("baseline, 1 subscriber")).append(many.report(subscribers + " subscribers"));
      out.append(String.format("heap after GC: %.0f MiB before connecting, %.0f MiB with %d subscribers after the import%n",
          heapBefore / 1048576.0, many.heapAfter / 1048576.0, subscribers));
      out.append(String.format("ratio p99 %d subscribers / 1 subscriber: %.2f%n", subscribers,
          many.p(0.99) / one.p(0.99)));
      return out.toString();
    } finally {
      Await.result(clients.close());
      Await.result(node.stop());
    }
  }

  private record Round(long[] lastMs, long[] counts, long firstMs, double cpuCores, long heapAfter, long wallMs) {
    double p(double q) {
      long[] s = lastMs.clone();
      Arrays.sort(s);
      return s[(int) Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
    }

    String report(String name) {
      long min = Arrays.stream(counts).min().orElse(0);
      long max = Arrays.stream(counts).max().orElse(0);
      return String.format("%s: first event after %d ms; last event at p50 %.0f ms, p99 %.0f ms, max %d ms;"
          + " events per subscriber %d..%d; node CPU %.2f cores over %d ms%n", name, firstMs, p(0.5), p(0.99),
          Arrays.stream(lastMs).max().orElse(0), min, max, cpuCores, wallMs);
    }
  }

  // connects n subscribers, imports the board with lines shifted by `shift`, waits for quiet
  private static Round round(Vertx clients, Node node, ApiClient admin, String token, int n, List<JsonObject> open,
      double shift) {
    WebSocketClient client = clients.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(n + 10)
        .setMaxMessageSize(4 * 1024 * 1024));
    long[] last = new long[n];
    long[] counts = new long[n];
    long[] first = {Long.MAX_VALUE};
    boolean[] counting = {false};
    List<WebSocket> sockets = new ArrayList<>();
    List<Future<WebSocket>> pending = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int k = i;
      pending.add(client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(node.httpPort())
          .setURI("/ws/edges").addHeader("Authorization", "Bearer " + token)).onSuccess(ws -> {
            ws.textMessageHandler(t -> {
              if (counting[0] && t.startsWith("{\"type\":\"edge.")) {
                long now = System.nanoTime();
                counts[k]++;
                last[k] = now;
                synchronized (first) {
                  first[0] = Math.min(first[0], now);
                }
              }
            });
            ws.writeTextMessage("{\"op\":\"subscribe\",\"filter\":{}}");
          }));
      if (pending.size() == 100) {  // connect in waves of 100
        pending.forEach(f -> sockets.add(Await.result(f)));
        pending.clear();
      }
    }
    pending.forEach(f -> sockets.add(Await.result(f)));
    Await.sleep(3_000);  // snapshots delivered
    counting[0] = true;
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    JsonObject summary = admin.post("/props/import?platform=prizepicks", LiveBoards.board(open, shift)).bodyAsJsonObject();
    long total = -1;
    long quietSince = System.nanoTime();
    long cpuAtLast = cpu0;
    while (System.nanoTime() - quietSince < 5_000_000_000L) {  // 5 s without a new event: done
      long now = Arrays.stream(counts).sum();
      if (now != total) {
        total = now;
        quietSince = System.nanoTime();
        cpuAtLast = os.getProcessCpuTime();
      }
      Await.sleep(50);
    }
    // CPU and wall time from the import request to the last delivery (sampled every 50 ms)
    long wall = Math.max(1, (quietSince - t0) / 1_000_000);
    double cores = (cpuAtLast - cpu0) / 1e6 / wall;
    long[] lastMs = Arrays.stream(last).map(t -> (t - t0) / 1_000_000).toArray();
    sockets.forEach(WebSocket::close);
    Await.result(client.close());
    if (summary.getInteger("updated", 0) == 0) {
      throw new IllegalStateException("the import moved no line: " + summary.encode());
    }
    return new Round(lastMs, counts, (first[0] - t0) / 1_000_000, cores, usedAfterGc(), wall);
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
