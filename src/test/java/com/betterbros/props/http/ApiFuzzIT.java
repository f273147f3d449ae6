package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzzer of our own (seed 20261205): requests generated from openapi.yaml's operations
 * (every path, method and documented query parameter) with hostile ids (path traversal, NUL, bad
 * escapes, unicode, 2,000-character ids), hostile query values (huge numbers, NaN, bad dates,
 * invalid UTF-8) and hostile bodies (malformed JSON, wrong types, huge numbers, deep nesting,
 * unicode), from free, pro and enterprise callers, against one embedded node. No response may be
 * a 5xx, none may hang (each has a 10 s timeout), and /health is up afterwards. Routes that call
 * outside services (POST /props/refresh, POST /history/sync) and the WebSocket are left out.
 */
@DisplayName("API fuzz: 10,000 seeded hostile requests from openapi.yaml, no 5xx, no hang")
class ApiFuzzIT {

  private static final long SEED = 20261205L;
  private static final int REQUESTS = 10_000;
  private static final int CONCURRENCY = 16;
  private static final Set<String> SKIPPED = Set.of("POST /props/refresh", "POST /history/sync", "GET /ws/edges");

  private static Node node;
  private static WebClient client;
  private static List<String> tokens;

  @BeforeAll
  static void start() {
    // budgets far above 10,000 requests: the limiter runs on every request but refuses none, so the
    // hostile inputs reach the routes instead of stopping at a 429
    Map<String, String> env = new java.util.HashMap<>(Map.of("BB_SYNTH_DAYS", "5", "BB_SYNTH_TRAIN_ON_START", "false",
        "BB_EXPERIMENTS_MAX_PENDING", "1"));
    for (String budget : new String[] {"DEFAULT_FREE", "DEFAULT_PRO", "DEFAULT_ENTERPRISE", "HEAVY_FREE", "HEAVY_PRO",
        "HEAVY_ENTERPRISE"}) {
      env.put("BB_RATELIMIT_" + budget, "1000000");
    }
    node = TestNodes.embedded(env);
    client = WebClient.create(node.vertx(), new WebClientOptions(),
        new io.vertx.core.http.PoolOptions().setHttp1MaxSize(CONCURRENCY));
    tokens = List.of(node.devToken("fuzz-free", Tier.FREE), node.devToken("fuzz-pro", Tier.PRO),
        node.devToken("fuzz-ent", Tier.ENTERPRISE));
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  @Test
  @DisplayName("10,000 requests: 0 responses >= 500 (except 503 'no production model'), 0 timeouts, /health up after")
  void fuzz() {
    String spec = new String(ApiDocs.read("openapi.yaml"), StandardCharsets.UTF_8);
    List<QueryParameterGuard.Operation> ops = new ArrayList<>();
    QueryParameterGuard.fromSpec(spec).operations().forEach(op -> {
      if (!SKIPPED.contains(op.method().name() + " " + op.template())) {
        ops.add(op);
      }
    });
    Random rnd = new Random(SEED);
    Map<Integer, Integer> byStatus = new TreeMap<>();
    List<String> serverErrors = new ArrayList<>();
    AtomicInteger hangs = new AtomicInteger();
    AtomicInteger noModel = new AtomicInteger();
    long started = System.nanoTime();
    for (int sent = 0; sent < REQUESTS; sent += CONCURRENCY) {
      List<Future<?>> batch = new ArrayList<>();
      for (int i = 0; i < CONCURRENCY; i++) {
        QueryParameterGuard.Operation op = ops.get(rnd.nextInt(ops.size()));
        String uri = FuzzInputs.uri(op.template(), op.allowed(), rnd);
        Buffer body = op.method() == HttpMethod.GET || op.method() == HttpMethod.DELETE ? null : FuzzInputs.body(rnd);
        String token = tokens.get(rnd.nextInt(tokens.size()));
        HttpRequest<Buffer> req = client.request(op.method(), node.httpPort(), "127.0.0.1", uri)
            .timeout(10_000).bearerTokenAuthentication(token);
        Future<?> f = (body == null ? req.send() : req.putHeader("Content-Type", "application/json").sendBuffer(body))
            .onSuccess(r -> {
              synchronized (byStatus) {
                byStatus.merge(r.statusCode(), 1, Integer::sum);
                if (r.statusCode() >= 500) {
                  if (r.statusCode() == 503 && r.bodyAsString().contains("no production model")) {
                    noModel.incrementAndGet();
                  } else {
                    serverErrors.add(op.method() + " " + uri + " -> " + r.statusCode() + " " + r.bodyAsString());
                  }
                }
              }
            })
            .onFailure(err -> {
              if (err instanceof java.util.concurrent.TimeoutException || String.valueOf(err.getMessage()).contains("timeout")) {
                hangs.incrementAndGet();
              }
              synchronized (byStatus) {
                byStatus.merge(-1, 1, Integer::sum);
              }
            })
            .recover(err -> Future.succeededFuture());
        batch.add(f);
      }
      Await.result(Future.join(batch), 60);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    JsonObject health = new JsonObject(Await.result(client.get(node.httpPort(), "127.0.0.1", "/health").send())
        .bodyAsString());
    System.out.printf("FUZZ seed=%d requests=%d operations=%d in %.1f s; by status %s; 5xx=%d; "
        + "503 no-model=%d; hangs=%d; health=%s%n", SEED, REQUESTS, ops.size(), seconds, byStatus,
        serverErrors.size(), noModel.get(), hangs.get(), health.getString("status"));
    serverErrors.stream().limit(20).forEach(e -> System.out.println("FUZZ 5xx: " + e));
    assertThat(serverErrors).as("responses >= 500").isEmpty();
    assertThat(hangs.get()).as("requests without an answer in 10 s").isZero();
    assertThat(byStatus.getOrDefault(-1, 0)).as("requests that failed at the transport").isZero();
    assertThat(health.getString("status")).isNotEqualTo("down");
  }

  /** Hostile ids, query values and bodies. */
  static final class FuzzInputs {

    private static final String[] IDS = {"x1", "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%00",
        "a%00b", "%zz", "%C3%28", "%F0%9F%8F%80", "caf%C3%A9", "null", "-1", "0", "1e309", "9".repeat(40),
        "a".repeat(2000), "%27%20OR%201%3D1--", "%3Cscript%3E", "prizepicks:syn-1", "x-%E2%80%AE"};
    private static final String[] VALUES = {"", "-1", "0", "1", "999999999999999999999999", "1e309", "-1e309",
        "NaN", "Infinity", "abc", "%00", "%C3%28", "%zz", "true", "2024-13-45", "2024-01-01", "%F0%9F%8F%80",
        "a".repeat(3000), "%27%20OR%201%3D1--", "points", "prizepicks", "open", "1,2,3", "%2F..%2F"};

    private FuzzInputs() {}

    static String uri(String template, Set<String> allowed, Random rnd) {
      String path = template.replaceAll("\\{[^}]+}", IDS[rnd.nextInt(IDS.length)]);
      StringBuilder q = new StringBuilder();
      List<String> names = new ArrayList<>(allowed);
      int n = names.isEmpty() ? 0 : rnd.nextInt(Math.min(4, names.size()) + 1);
      for (int i = 0; i < n; i++) {
        q.append(q.length() == 0 ? '?' : '&').append(names.get(rnd.nextInt(names.size()))).append('=')
            .append(VALUES[rnd.nextInt(VALUES.length)]);
      }
      if (rnd.nextInt(20) == 0) {
        q.append(q.length() == 0 ? '?' : '&').append("unknown_").append(rnd.nextInt(100)).append("=1");
      }
      return path + q;
    }

    static Buffer body(Random rnd) {
      return switch (rnd.nextInt(8)) {
        case 0 -> Buffer.buffer(new String[] {"{", "[", "{\"a\":", "nul", "{\"a\":1,}", "\u0000", "", "}{"}
            [rnd.nextInt(8)]);
        case 1 -> Buffer.buffer(new String[] {"null", "[]", "\"str\"", "42", "true", "1e309"}[rnd.nextInt(6)]);
        case 2 -> Buffer.buffer("[".repeat(2000) + "]".repeat(2000));
        case 3 -> Buffer.buffer("{\"name\":\"" + "\\u0000".repeat(3) + "\",\"prop_ids\":[\"\\u0000\"]}");
        default -> randomObject(rnd).toBuffer();
      };
    }

    private static final String[] FIELDS = {"name", "filter", "prop_ids", "size", "payout", "platform", "mode",
        "legs", "model_type", "hyper_parameters", "stat_types", "from", "to", "seed", "holdout_fraction", "source",
        "player_id", "alias", "team", "game_id", "minutes", "scenario", "limit", "threshold", "bankroll",
        "ids", "slip", "kelly_fraction", "out", "starters", "domain", "expires_at", "trees", "max_depth"};

    private static JsonObject randomObject(Random rnd) {
      JsonObject o = new JsonObject();
      int n = 1 + rnd.nextInt(5);
      for (int i = 0; i < n; i++) {
        o.put(FIELDS[rnd.nextInt(FIELDS.length)], randomValue(rnd, 0));
      }
      return o;
    }

    private static Object randomValue(Random rnd, int depth) {
      return switch (rnd.nextInt(depth > 2 ? 8 : 10)) {
        case 0 -> null;
        case 1 -> rnd.nextBoolean();
        case 2 -> rnd.nextInt();
        case 3 -> new double[] {1e308, -1e308, 0.0, -0.0, 1e-320, 0.5, 99999.5}[rnd.nextInt(7)];
        case 4 -> Long.MAX_VALUE;
        case 5 -> new String[] {"", "\u0000", "é🏀", "a".repeat(5000), "../../x", "2024-02-30", "points",
            "prizepicks", "xgb_classifier", "\uD800"}[rnd.nextInt(10)];
        case 6 -> URLEncoder.encode("x" + rnd.nextInt(), StandardCharsets.UTF_8);
        case 7 -> "x1";
        case 8 -> new JsonArray().add(randomValue(rnd, depth + 1)).add(randomValue(rnd, depth + 1));
        default -> new JsonObject().put(FIELDS[rnd.nextInt(FIELDS.length)], randomValue(rnd, depth + 1));
      };
    }
  }
}
