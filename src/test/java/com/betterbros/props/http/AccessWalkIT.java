package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.access.core.AccessCheck;
import com.betterbros.props.access.core.AccessLevel;
import com.betterbros.props.access.core.AccessMatrix;
import com.betterbros.props.access.core.Caller;
import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.auth.TokenMinter;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Walks every openapi.yaml operation as no token, free, pro and enterprise against a real node and
 * compares each answer with the tier matrix: no token is 401 unless the operation needs none; a
 * caller below the operation's level 403; anyone else neither 401 nor 403 (whatever the operation
 * then says of the harmless id {@code walk-1} and the body {@code {}}). GET /ws/edges without an
 * upgrade is compared on 401/403 only.
 */
@DisplayName("Every route × {none, free, pro, enterprise} answers as the tier matrix says")
class AccessWalkIT {

  private static final String SECRET = "access-walk-it-secret-0123456789abcdef";
  private static final String[] WHO = {"none", "free", "pro", "enterprise"};
  private static Node node;
  private static WebClient client;

  @BeforeAll
  static void start() {
    Map<String, String> env = new java.util.HashMap<>(Map.of("BB_AUTH_MODE", "hs256", "BB_AUTH_HS256_SECRET", SECRET,
        "BB_SYNTH_DAYS", "3", "BB_SYNTH_TRAIN_ON_START", "false",
        // the outside services a shared write would call: refused at once on a closed port
        "BB_PRIZEPICKS_URL", "http://127.0.0.1:9/pp", "BB_UNDERDOG_URL", "http://127.0.0.1:9/ud",
        "BB_ESPN_BASE_URL", "http://127.0.0.1:9/espn"));
    for (String group : new String[] {"DEFAULT", "HEAVY"}) {
      for (String tier : new String[] {"FREE", "PRO", "ENTERPRISE"}) {
        env.put("BB_RATELIMIT_" + group + "_" + tier, "1000000");
      }
    }
    node = TestNodes.embedded(env);
    client = WebClient.create(node.vertx());
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      Await.result(node.stop());
    }
  }

  @Test
  @DisplayName("401 without a token unless none, 403 below the level, neither at or above it; counts printed")
  @SuppressWarnings("unchecked")
  void walk() throws Exception {
    Map<String, Object> spec;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi.yaml")) {
      spec = new Yaml().load(in);
    }
    AccessMatrix matrix = AccessMatrix.bundled();
    SoftAssertions soft = new SoftAssertions();
    Map<String, Integer> counts = new TreeMap<>();
    List<String> serverErrors = new ArrayList<>();
    int requests = 0;
    for (var path : ((Map<String, Map<String, Object>>) spec.get("paths")).entrySet()) {
      for (var op : path.getValue().entrySet()) {
        if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
          continue;
        }
        String key = op.getKey().toUpperCase() + " " + path.getKey();
        AccessLevel level = matrix.route(key).min();
        boolean body = ((Map<String, Object>) op.getValue()).containsKey("requestBody");
        String uri = path.getKey().replaceAll("\\{[^}]+}", "walk-1");
        for (int i = 0; i < WHO.length; i++) {
          Caller caller = i == 0 ? null : Caller.user("walker-" + WHO[i], Tier.values()[i - 1], false, false);
          HttpResponse<Buffer> resp = send(HttpMethod.valueOf(op.getKey().toUpperCase()), uri, body,
              caller == null ? null : token(caller));
          requests++;
          int status = resp.statusCode();
          counts.merge(WHO[i] + " " + status, 1, Integer::sum);
          String said = key + " as " + WHO[i] + " (needs " + level.label() + ") -> " + status + " " + resp.bodyAsString();
          if (caller == null && level != AccessLevel.NONE) {
            soft.assertThat(status).as(said).isEqualTo(401);
          } else if (!AccessCheck.allows(level, caller == null ? Caller.user("x", Tier.FREE, false, false) : caller)) {
            soft.assertThat(status).as(said).isEqualTo(403);
          } else {
            soft.assertThat(status).as(said).isNotIn(401, 403);
          }
          if (status >= 500) {
            serverErrors.add(said);
          }
        }
      }
    }
    System.out.println("ACCESS WALK: " + requests + " requests; by caller and status: " + counts);
    serverErrors.forEach(e -> System.out.println("ACCESS WALK 5xx: " + e));
    assertThat(requests).isEqualTo(4 * matrix.routes().size());
    soft.assertAll();
  }

  private static String token(Caller caller) {
    return TokenMinter.mint(SECRET, caller.subject(), caller.tier(), Duration.ofMinutes(10), null, null);
  }

  private static HttpResponse<Buffer> send(HttpMethod method, String uri, boolean body, String token) {
    var req = client.request(method, node.httpPort(), "127.0.0.1", uri).timeout(20_000);
    if (token != null) {
      req.bearerTokenAuthentication(token);
    }
    if (body) {
      req.putHeader("Content-Type", "application/json");
      return Await.result(req.sendBuffer(Buffer.buffer("{}")), 30);
    }
    return Await.result(req.send(), 30);
  }
}
