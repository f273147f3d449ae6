package com.betterbros.props.testing;

import com.betterbros.props.app.AppConfig;
import com.betterbros.props.app.ConfigLoader;
import com.betterbros.props.app.Node;
import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.Map;

/** Starts real nodes for integration tests from BB_* settings, exactly as an operator would. */
public final class TestNodes {

  private TestNodes() {}

  /** The configuration the given BB_* variables produce (over the bundled defaults). */
  public static AppConfig config(Map<String, String> env) {
    Vertx reader = Vertx.vertx();
    try {
      return Await.result(ConfigLoader.load(reader, env));
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
}
