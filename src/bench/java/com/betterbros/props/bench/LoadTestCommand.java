package com.betterbros.props.bench;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code loadtest [--seconds 20] [--warmup 5] [--connections 64] [--max-requests 5000000] [--days 30]
 * [--targets props,predict,health] | --serve SECONDS}: an embedded node (synthetic season of {@code --days}, seed 42,
 * first model trained) and, in the same JVM, a bare vertx-web server ({@link BareServer}) answering
 * the node's own bytes; each target is driven at fixed concurrency on the bare server, then on the
 * node, each for a warm-up and then {@code --seconds} (or {@code --max-requests} per run), from a
 * third Vert.x instance's HTTP client ({@link LoadDriver}). Loopback only. The node's rate limits are
 * raised out of the way (they stay in the path: each connection is its own user, 1,000,000 requests a
 * minute); everything else is the embedded default.
 */
public final class LoadTestCommand {

  /** One target's figures on the node and on the bare server. */
  public record Row(String target, LoadDriver.Result node, LoadDriver.Result bare) {
    /** Node requests/s over bare requests/s. */
    public double ratio() {
      return node.perSecond() / bare.perSecond();
    }
  }

  /** The run's settings and rows. */
  public record Report(int connections, long seconds, long warmup, List<Row> rows) {
    /** The report as printed: one line per target and server, then the ratio. */
    public String format() {
      StringBuilder out = new StringBuilder(String.format(
          "loadtest: %d connections, %d s per run after %d s warm-up, one JVM (%d cores, java %s)%n",
          connections, seconds, warmup, Runtime.getRuntime().availableProcessors(), Runtime.version()));
      out.append(String.format("%-26s %-5s %10s %10s %8s %8s %7s %11s%n", "target", "on", "requests", "req/s",
          "p50 ms", "p99 ms", "errors", "node/bare"));
      for (Row r : rows) {
        out.append(line(r.target(), "node", r.node(), String.format("%.3f", r.ratio())));
        out.append(line(r.target(), "bare", r.bare(), ""));
        if (r.node().firstError() != null) {
          out.append("  first node error: ").append(r.node().firstError()).append('\n');
        }
      }
      return out.toString();
    }

    private static String line(String target, String on, LoadDriver.Result r, String ratio) {
      return String.format("%-26s %-5s %10d %10.0f %8.2f %8.2f %7d %11s%n", target, on, r.requests(), r.perSecond(),
          r.percentileMs(0.50), r.percentileMs(0.99), r.errors(), ratio);
    }
  }

  private LoadTestCommand() {}

  /** Runs it with {@code --name value} options and prints the report. */
  public static void main(Map<String, String> options) {
    long serve = BenchMain.number(options, "serve", 0);
    if (serve > 0) {
      serve(serve, (int) BenchMain.number(options, "days", 30));
      return;
    }
    System.out.print(run(BenchMain.number(options, "seconds", 20), BenchMain.number(options, "warmup", 5),
        (int) BenchMain.number(options, "connections", 64), BenchMain.number(options, "max-requests", 5_000_000),
        (int) BenchMain.number(options, "days", 30), List.of(options.getOrDefault("targets", "props,predict,health").split(",")))
        .format());
  }

  /** The whole run; blocks the calling thread. */
  public static Report run(long seconds, long warmup, int connections, long maxRequests, int days, List<String> targets) {
    Map<String, String> env = new HashMap<>(Map.of("BB_SYNTH_DAYS", String.valueOf(days),
        "BB_RATELIMIT_DEFAULT_ENTERPRISE", "1000000", "BB_RATELIMIT_HEAVY_ENTERPRISE", "1000000"));
    Node node = targets.contains("predict") ? TestNodes.trained(env) : TestNodes.embedded(env);
    Vertx bareVertx = Vertx.vertx();
    Vertx clients = Vertx.vertx();
    try {
      String token = node.devToken("loadtest", Tier.ENTERPRISE);
      ApiClient api = new ApiClient(node.vertx(), node.httpPort(), token);
      Buffer props = ok(api.get("/props?limit=50"), "GET /props?limit=50");
      JsonArray ids = new JsonArray();
      api.get("/props?limit=100&status=open").bodyAsJsonObject().getJsonArray("items")
          .forEach(p -> ids.add(((JsonObject) p).getString("id")));
      Buffer predictBody = new JsonObject().put("prop_ids", ids).toBuffer();
      Buffer predict = targets.contains("predict") ? ok(api.post("/model/predict", predictBody), "POST /model/predict")
          : Buffer.buffer("{}");
      Buffer health = api.get("/health").body();
      BareServer bare = BareServer.start(bareVertx, props, health, predict);
      // one user per connection: no user's budget (1,000,000 a minute) runs out within a run
      List<String> tokens = new ArrayList<>();
      for (int i = 0; i < connections; i++) {
        tokens.add(node.devToken("loadtest-" + i, Tier.ENTERPRISE));
      }
      LoadDriver driver = new LoadDriver(clients, connections, tokens);
      List<Row> rows = new ArrayList<>();
      for (String name : targets) {
        LoadDriver.Target target = switch (name.trim()) {
          case "props" -> new LoadDriver.Target("GET /props?limit=50", HttpMethod.GET, "/props?limit=50", null);
          case "predict" -> new LoadDriver.Target("POST /model/predict (" + ids.size() + ")", HttpMethod.POST,
              "/model/predict", predictBody);
          case "health" -> new LoadDriver.Target("GET /health", HttpMethod.GET, "/health", null);
          default -> throw new IllegalArgumentException("--targets: props, predict or health, got '" + name + "'");
        };
        rows.add(new Row(target.name(), timed(driver, node.httpPort(), target, seconds, warmup, maxRequests),
            timed(driver, bare.port(), target, seconds, warmup, maxRequests)));
      }
      Await.result(bare.close());
      return new Report(connections, seconds, warmup, rows);
    } finally {
      Await.result(clients.close());
      Await.result(bareVertx.close());
      Await.result(node.stop());
    }
  }

  /**
   * {@code --serve S}: the same node and bare server (GET /props and /health only), kept up for
   * {@code S} seconds for an external load generator (wrk); prints each one's URL and the token.
   */
  static void serve(long seconds, int days) {
    Node node = TestNodes.embedded(Map.of("BB_SYNTH_DAYS", String.valueOf(days),
        "BB_RATELIMIT_DEFAULT_ENTERPRISE", "1000000"));
    Vertx bareVertx = Vertx.vertx();
    try {
      String token = node.devToken("loadtest", Tier.ENTERPRISE);
      ApiClient api = new ApiClient(node.vertx(), node.httpPort(), token);
      Buffer props = ok(api.get("/props?limit=50"), "GET /props?limit=50");
      BareServer bare = BareServer.start(bareVertx, props, api.get("/health").body(), Buffer.buffer("{}"));
      System.out.printf("serving %d s%nnode: http://127.0.0.1:%d/props?limit=50%nbare: http://127.0.0.1:%d/props?limit=50%n"
          + "token: %s%n", seconds, node.httpPort(), bare.port(), token);
      System.out.flush();
      Thread.sleep(seconds * 1000);
      Await.result(bare.close());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      Await.result(bareVertx.close());
      Await.result(node.stop());
    }
  }

  private static LoadDriver.Result timed(LoadDriver driver, int port, LoadDriver.Target target, long seconds,
      long warmup, long maxRequests) {
    if (warmup > 0) {
      driver.run(port, target, warmup * 1000, maxRequests);
    }
    return driver.run(port, target, seconds * 1000, maxRequests);
  }

  private static Buffer ok(io.vertx.ext.web.client.HttpResponse<Buffer> response, String what) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.bodyAsString());
    }
    return response.body();
  }
}
