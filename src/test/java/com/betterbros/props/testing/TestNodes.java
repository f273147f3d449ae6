package com.betterbros.props.testing;

import com.betterbros.props.access.BusSecret;
import com.betterbros.props.access.BusTokens;
import com.betterbros.props.access.core.Caller;
import com.betterbros.props.app.AppConfig;
import com.betterbros.props.app.ConfigLoader;
import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.http.ApiClient;
import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.Map;

/** Starts real nodes for integration tests from BB_* settings, exactly as an operator would. */
public final class TestNodes {

  private TestNodes() {}

  /** Test-only keys secrets, added to a PostgreSQL node's settings unless the test sets its own. */
  public static final Map<String, String> PG_KEYS = Map.of(
      "BB_KEYS_PEPPER", "test-only-pepper-0123456789abcdef",
      "BB_KEYS_MASTER_KEY", "dGVzdC1vbmx5LW1hc3Rlci1rZXktMzItYnl0ZXMhISE=");

  /** The test-only event-bus secret every clustered test node shares unless the test sets its own. */
  public static final String BUS_SECRET = "dGVzdC1vbmx5LWJ1cy1zZWNyZXQtMzItYnl0ZXMtbG9uZyEh";

  /** A bus token for a JVM service (kind service) signed with {@link #BUS_SECRET}, valid one hour. */
  public static String serviceToken(String service, Tier tier, boolean onBehalf) {
    return BusTokens.mint(BusSecret.from(BUS_SECRET, true).key(),
        new Caller(service, tier, Caller.Kind.SERVICE, false, false, onBehalf), java.time.Duration.ofHours(1));
  }

  /**
   * The configuration the given BB_* variables produce (over the bundled defaults); with
   * BB_STORE=postgres, {@link #PG_KEYS} fill in the keys secrets a test does not set, and with
   * BB_CLUSTER=true {@link #BUS_SECRET} fills in BB_BUS_SECRET (set it to "" to have none).
   */
  public static AppConfig config(Map<String, String> env) {
    Map<String, String> all = new HashMap<>(env);
    if ("postgres".equals(env.get("BB_STORE"))) {
      PG_KEYS.forEach(all::putIfAbsent);
    }
    if ("true".equals(env.get("BB_CLUSTER"))) {
      all.putIfAbsent("BB_BUS_SECRET", BUS_SECRET);
    }
    Vertx reader = Vertx.vertx();
    try {
      return Await.result(ConfigLoader.load(reader, all));
    } finally {
      reader.close();
    }
  }

  /** An embedded node on a free port with a short synthetic season, plus the given overrides. */
  public static Node embedded(Map<String, String> overrides) {
    Map<String, String> env = new HashMap<>();
    env.put("BB_HTTP_PORT", "0");
    env.put("BB_SYNTH_DAYS", "20");
    env.put("BB_SYNTH_TRAIN_ON_START", "false");
    env.putAll(overrides);
    return Await.result(Node.start(config(env)), 120);
  }

  /**
   * An embedded node with the 30-day synthetic season that trained and promoted its first model,
   * plus the given overrides; returns once the model serves (at most 5 minutes).
   */
  public static Node trained(Map<String, String> overrides) {
    Map<String, String> env = new HashMap<>(Map.of("BB_SYNTH_DAYS", "30", "BB_SYNTH_TRAIN_ON_START", "true"));
    env.putAll(overrides);
    Node node = embedded(env);
    ApiClient admin = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (!"ready".equals(admin.ok("/health").getJsonObject("model").getString("status"))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the node's first model was not ready within 5 minutes");
      }
      Await.sleep(250);
    }
    return node;
  }
}
