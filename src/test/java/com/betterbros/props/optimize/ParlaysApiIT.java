package com.betterbros.props.optimize;

import static com.betterbros.props.optimize.OptimizeApiIT.matrix;
import static com.betterbros.props.optimize.OptimizeApiIT.payout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("POST /optimize/parlays over HTTP on a gateway + optimize node")
class ParlaysApiIT {

  private static Node node;
  private static ApiClient pro;
  private static ApiClient free;

  /** Four games of two legs; game g2's pair (0.62, 0.63, r = 0.5) is the clear best 2-leg Power slip. */
  private static final double[] P = {0.55, 0.57, 0.62, 0.63, 0.56, 0.54, 0.58, 0.53};
  private static final double[] R_IN_GAME = {0.2, 0.5, 0.1, 0.3};

  @BeforeAll
  static void start() {
    node = TestNodes.embedded(Map.of("BB_ROLES", "gateway,optimize"));
    pro = new ApiClient(node.vertx(), node.httpPort(), node.devToken("pro-user", Tier.PRO));
    free = pro.withToken(node.devToken("free-user", Tier.FREE));
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  static JsonArray board() {
    JsonArray legs = new JsonArray();
    for (int i = 0; i < P.length; i++) {
      int g = i / 2 + 1;
      legs.add(new JsonObject().put("id", "leg" + i).put("p", P[i]).put("player", "pl" + i)
          .put("team", "t" + g + (i % 2 == 0 ? "h" : "a")).put("game", "g" + g));
    }
    return legs;
  }

  static double[][] correlation() {
    double[][] r = new double[P.length][P.length];
    for (int i = 0; i < P.length; i++) {
      r[i][i] = 1;
      int mate = i ^ 1;
      r[i][mate] = R_IN_GAME[i / 2];
    }
    return r;
  }

  static JsonObject valid() {
    return new JsonObject().put("legs", board()).put("correlation", matrix(correlation())).put("size", 2)
        .put("payout", payout("prizepicks", "power"));
  }

  static JsonObject ok(JsonObject body) {
    HttpResponse<Buffer> resp = pro.post("/optimize/parlays", body.toBuffer());
    assertThat(resp.statusCode()).as(resp.bodyAsString()).isEqualTo(200);
    return resp.bodyAsJsonObject();
  }

  static void rejects(JsonObject body, int status, String field, String inMessage) {
    HttpResponse<Buffer> resp = pro.post("/optimize/parlays", body.toBuffer());
    assertThat(resp.statusCode()).as(body.encode() + " -> " + resp.bodyAsString()).isEqualTo(status);
    assertThat(resp.bodyAsJsonObject().getString("field")).as(resp.bodyAsString()).isEqualTo(field);
    assertThat(resp.bodyAsJsonObject().getString("message")).containsIgnoringCase(inMessage);
  }

  @Test
  @DisplayName("exact: the best slip, its hit distribution and EV = 3 P(all) - 1, with method, evaluated and elapsed_ms")
  void exact() {
    JsonObject r = ok(valid());
    assertThat(r.getString("method")).isEqualTo("exact");
    assertThat(r.getLong("evaluated")).isPositive();
    assertThat(r.getLong("elapsed_ms")).isNotNegative();
    assertThat(r.getJsonObject("payout").getInteger("legs")).isEqualTo(2);
    JsonObject best = r.getJsonArray("slips").getJsonObject(0);
    assertThat(r.getJsonArray("slips")).hasSize(1);
    assertThat(best.getJsonArray("legs").getList()).containsExactly("leg2", "leg3");
    JsonArray hits = best.getJsonArray("hit_distribution");
    assertThat(hits).hasSize(3);
    assertThat(best.getDouble("p_all")).isEqualTo(hits.getDouble(2)).isGreaterThan(0.62 * 0.63);
    assertThat(best.getDouble("ev")).isCloseTo(3 * best.getDouble("p_all") - 1, within(1e-9));
    assertThat(best.getDouble("kelly_fraction")).isBetween(0.0, 1.0);
  }

  @Test
  @DisplayName("genetic is reproducible by seed, greedy answers, and top_k with max_exposure never repeats a leg")
  void methodsAndExposure() {
    JsonObject genetic = ok(valid().put("method", "genetic").put("seed", 7));
    assertThat(genetic.getString("method")).isEqualTo("genetic");
    assertThat(genetic.getLong("seed")).isEqualTo(7);
    assertThat(ok(valid().put("method", "genetic").put("seed", 7)).getJsonArray("slips"))
        .isEqualTo(genetic.getJsonArray("slips"));
    assertThat(ok(valid().put("method", "greedy")).getString("method")).isEqualTo("greedy");
    JsonObject capped = ok(valid().put("top_k", 3).put("constraints", new JsonObject().put("max_exposure", 0.34)));
    Set<Object> legs = new HashSet<>();
    int count = 0;
    for (Object s : capped.getJsonArray("slips")) {
      for (Object leg : ((JsonObject) s).getJsonArray("legs")) {
        legs.add(leg);
        count++;
      }
    }
    assertThat(capped.getJsonArray("slips")).hasSize(3);
    assertThat(legs).hasSize(count);
  }

  @Test
  @DisplayName("without a matrix, legs of different games are independent: P(all) is the product")
  void independentWithoutMatrix() {
    JsonArray legs = new JsonArray();
    for (int i = 0; i < 3; i++) {
      legs.add(new JsonObject().put("id", "x" + i).put("p", 0.6 + 0.01 * i).put("player", "p" + i)
          .put("team", "t" + i).put("game", "g" + i));
    }
    JsonObject r = ok(new JsonObject().put("legs", legs).put("size", 2).put("payout", payout("prizepicks", "power")));
    JsonObject best = r.getJsonArray("slips").getJsonObject(0);
    assertThat(best.getJsonArray("legs").getList()).containsExactly("x1", "x2");
    assertThat(best.getDouble("p_all")).isCloseTo(0.61 * 0.62, within(1e-12));
  }

  @Test
  @DisplayName("the free tier gets 403")
  void proOnly() {
    HttpResponse<Buffer> resp = free.post("/optimize/parlays", valid().toBuffer());
    assertThat(resp.statusCode()).isEqualTo(403);
  }

  @Test
  @DisplayName("bad input is a 400 naming the field")
  void badRequests() {
    rejects(valid().put("prop_ids", new JsonArray().add("a")), 400, "legs", "not both");
    JsonObject ids = valid();
    ids.remove("legs");
    ids.remove("correlation");
    rejects(ids.copy().put("prop_ids", new JsonArray().add("a")), 400, "prop_ids", "got 1");
    rejects(ids.copy().put("prop_ids", new JsonArray().add("a").add("b")).put("sides", new JsonArray()), 400, "sides",
        "unknown field");
    rejects(valid().put("legz", 1), 400, "legz", "unknown field");
    rejects(valid().put("legs", null), 400, "legs", "required");
    JsonObject badP = valid();
    badP.getJsonArray("legs").getJsonObject(1).put("p", 1.2);
    rejects(badP, 400, "legs[1].p", "(0, 1)");
    for (Object bad : new Object[] {0, -1.5, "1.2"}) {
      JsonObject badMultiplier = valid();
      badMultiplier.getJsonArray("legs").getJsonObject(2).put("multiplier", bad);
      rejects(badMultiplier, 400, "legs[2].multiplier", "finite number > 0");
    }
    JsonObject dup = valid();
    dup.getJsonArray("legs").getJsonObject(3).put("id", "leg0");
    rejects(dup, 400, "legs[3].id", "repeats");
    JsonObject noTeam = valid();
    noTeam.getJsonArray("legs").getJsonObject(2).remove("team");
    rejects(noTeam, 400, "legs[2].team", "required");
    rejects(valid().put("size", 7), 400, "size", "between 2 and 6");
    rejects(valid().put("size", 1.5), 400, "size", "whole number");
    rejects(valid().put("correlation", null), 400, "correlation", "share a game");
    rejects(valid().put("correlation", matrix(new double[][] {{1, 0}, {0, 1}})), 400, "correlation", "wrong size");
    rejects(valid().put("method", "annealing"), 400, "method", "exact, genetic or greedy");
    rejects(valid().put("top_k", 21), 400, "top_k", "between 1 and 20");
    rejects(valid().put("method", "greedy").put("seed", 3), 400, "seed", "genetic");
    rejects(valid().put("method", "greedy").put("time_limit_ms", 100), 400, "time_limit_ms", "only to method exact");
    rejects(valid().put("time_limit_ms", 9), 400, "time_limit_ms", "between 10 and 8000");
    rejects(valid().put("time_limit_ms", 8001), 400, "time_limit_ms", "between 10 and 8000");
    rejects(valid().put("time_limit_ms", 1.5), 400, "time_limit_ms", "whole number");
    rejects(valid().put("constraints", new JsonObject().put("min_teams", 0)), 400, "constraints.min_teams", "whole");
    rejects(valid().put("constraints", new JsonObject().put("max_exposure", 1.5)), 400, "constraints.max_exposure",
        "(0, 1]");
    rejects(valid().put("constraints", new JsonObject().put("max_legs", 2)), 400, "constraints.max_legs", "unknown");
  }

  @Test
  @DisplayName("infeasible constraints are a 422 naming the constraint; a size without a table a 422 on payout")
  void unprocessable() {
    rejects(valid().put("constraints", new JsonObject().put("min_leg_edge", 0.3)), 422, "min_leg_edge", "breakeven");
    rejects(valid().put("constraints", new JsonObject().put("min_teams", 3)), 422, "min_teams", "exceeds");
    rejects(valid().put("constraints", new JsonObject().put("max_per_team", 1).put("max_per_game", 1)
        .put("min_teams", 2)).put("size", 5).put("payout", payout("prizepicks", "power")), 422, "max_per_game", "max_per_game");
    rejects(valid().put("payout", payout("prizepicks", "flex")), 422, "payout", "no 2-leg");
  }
}
