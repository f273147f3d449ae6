package com.betterbros.props.optimize;

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
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Payouts and slip simulation over HTTP on an embedded node")
class OptimizeApiIT {

  private static Node node;
  private static ApiClient pro;
  private static ApiClient free;

  @BeforeAll
  static void start() {
    node = TestNodes.embedded(Map.of());
    pro = new ApiClient(node.vertx(), node.httpPort(), node.devToken("pro-user", Tier.PRO));
    free = pro.withToken(node.devToken("free-user", Tier.FREE));
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  static JsonArray legs(double... p) {
    JsonArray legs = new JsonArray();
    for (double x : p) {
      legs.add(new JsonObject().put("p", x));
    }
    return legs;
  }

  static JsonObject payout(String platform, String mode) {
    return new JsonObject().put("platform", platform).put("mode", mode);
  }

  static JsonArray matrix(double[][] r) {
    JsonArray rows = new JsonArray();
    for (double[] row : r) {
      JsonArray json = new JsonArray();
      for (double x : row) {
        json.add(x);
      }
      rows.add(json);
    }
    return rows;
  }

  static JsonObject simulate(JsonObject body) {
    HttpResponse<Buffer> resp = pro.post("/optimize/simulate", body.toBuffer());
    assertThat(resp.statusCode()).as(resp.bodyAsString()).isEqualTo(200);
    return resp.bodyAsJsonObject();
  }

  @Test
  @DisplayName("payouts give the version in force, every table with its per-leg breakeven, and the known versions")
  void payouts() {
    JsonObject body = pro.ok("/optimize/payouts");
    assertThat(body.getString("version")).isEqualTo("2025-01-01");
    assertThat(body.getString("effective_date")).isEqualTo("2025-01-01");
    assertThat(body.getString("source")).contains("PrizePicks");
    JsonObject pp = body.getJsonObject("platforms").getJsonObject("prizepicks");
    JsonObject power2 = pp.getJsonObject("power").getJsonObject("2");
    assertThat(power2.getJsonObject("multipliers").getMap()).containsExactly(Map.entry("2", 3.0));
    assertThat(power2.getDouble("breakeven")).isCloseTo(0.57735, within(1e-5));
    JsonObject flex5 = pp.getJsonObject("flex").getJsonObject("5");
    assertThat(flex5.getJsonObject("multipliers").getMap()).containsOnlyKeys("3", "4", "5");
    assertThat(flex5.getDouble("breakeven")).isCloseTo(0.54253, within(1e-5));
    JsonObject underdog = body.getJsonObject("platforms").getJsonObject("underdog");
    assertThat(underdog.getJsonObject("standard").fieldNames()).containsExactlyInAnyOrder("2", "3", "4", "5");
    assertThat(underdog.getJsonObject("insured").getJsonObject("3").getDouble("breakeven"))
        .isCloseTo(1 / Math.sqrt(3), within(1e-9));
    assertThat(body.getJsonArray("versions")).hasSize(1);
    assertThat(body.getJsonArray("versions").getJsonObject(0).getString("version")).isEqualTo("2025-01-01");
  }

  @Test
  @DisplayName("the free tier gets 403 on every /optimize route; the pro tier is let in")
  void proTierOnly() {
    assertThat(free.get("/optimize/payouts").statusCode()).isEqualTo(403);
    JsonObject body = new JsonObject().put("legs", legs(0.6, 0.6)).put("payout", payout("prizepicks", "power"));
    HttpResponse<Buffer> resp = free.post("/optimize/simulate", body.toBuffer());
    assertThat(resp.statusCode()).isEqualTo(403);
    assertThat(resp.bodyAsJsonObject().getString("error")).isEqualTo("forbidden");
    assertThat(pro.post("/optimize/simulate", body.toBuffer()).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("independent legs give the product and the Poisson-binomial hit distribution, and the EV follows the table")
  void independentLegs() {
    double[] p = {0.6, 0.55, 0.7};
    JsonObject r = simulate(new JsonObject().put("legs", legs(p)).put("payout", payout("prizepicks", "power")));
    assertThat(r.getDouble("p_all")).isCloseTo(0.6 * 0.55 * 0.7, within(1e-6));
    // P(k hits) for independent legs, by the recursion over legs
    double[] expected = {1, 0, 0, 0};
    for (double x : p) {
      for (int k = 3; k >= 0; k--) {
        expected[k] = expected[k] * (1 - x) + (k > 0 ? expected[k - 1] * x : 0);
      }
    }
    JsonArray hits = r.getJsonArray("hit_distribution");
    for (int k = 0; k <= 3; k++) {
      assertThat(hits.getDouble(k)).as("P(%d hits)", k).isCloseTo(expected[k], within(1e-6));
    }
    assertThat(r.getDouble("ev")).isCloseTo(0.231 * 5 - 1, within(1e-5));
    assertThat(r.getDouble("p_profit")).isCloseTo(0.231, within(1e-6));
    assertThat(r.getDouble("variance")).isCloseTo(0.231 * 25 - Math.pow(0.231 * 5, 2), within(1e-4));
    // one paying outcome, b = 4: (4 * 0.231 - 0.769) / 4
    assertThat(r.getDouble("kelly_fraction")).isCloseTo((4 * 0.231 - 0.769) / 4, within(1e-4));
    assertThat(r.getString("method")).isEqualTo("exact");
    JsonObject payout = r.getJsonObject("payout");
    assertThat(payout.getString("platform")).isEqualTo("prizepicks");
    assertThat(payout.getString("mode")).isEqualTo("power");
    assertThat(payout.getInteger("legs")).isEqualTo(3);
    assertThat(payout.getJsonObject("multipliers").getMap()).containsExactly(Map.entry("3", 5.0));
    assertThat(payout.getString("version")).isEqualTo("2025-01-01");
    // E[K] and Var(K) of the hit count from the same distribution
    double mean = 0;
    double second = 0;
    for (int k = 0; k <= 3; k++) {
      mean += k * expected[k];
      second += k * k * expected[k];
    }
    assertThat(r.getDouble("hits_mean")).isCloseTo(0.6 + 0.55 + 0.7, within(1e-9));
    assertThat(r.getDouble("hits_variance")).isCloseTo(second - mean * mean, within(1e-9));
    // without a payout: the probabilities alone, no economics
    JsonObject bare = simulate(new JsonObject().put("legs", legs(p)));
    assertThat(bare.getDouble("p_all")).isEqualTo(r.getDouble("p_all"));
    assertThat(bare.getJsonArray("hit_distribution")).isEqualTo(hits);
    assertThat(bare.getDouble("hits_variance")).isEqualTo(r.getDouble("hits_variance"));
    for (String absent : new String[] {"ev", "p_profit", "variance", "kelly_fraction", "payout"}) {
      assertThat(bare.containsKey(absent) && bare.getValue(absent) == null).as(absent).isTrue();
    }
  }

  @Test
  @DisplayName("three 0.5 legs: P(all) = 1/8 + (asin r12 + asin r13 + asin r23) / (4 pi), and flex pays by hits")
  void correlatedExact() {
    double r12 = 0.3;
    double r13 = 0.2;
    double r23 = 0.5;
    double[][] corr = {{1, r12, r13}, {r12, 1, r23}, {r13, r23, 1}};
    JsonObject r = simulate(new JsonObject().put("legs", legs(0.5, 0.5, 0.5)).put("correlation", matrix(corr))
        .put("payout", payout("prizepicks", "flex")));
    double orthant = 0.125 + (Math.asin(r12) + Math.asin(r13) + Math.asin(r23)) / (4 * Math.PI);
    assertThat(r.getDouble("p_all")).isCloseTo(orthant, within(1e-4));
    JsonArray hits = r.getJsonArray("hit_distribution");
    assertThat(hits.stream().mapToDouble(h -> ((Number) h).doubleValue()).sum()).isCloseTo(1, within(1e-9));
    assertThat(r.getDouble("ev")).isCloseTo(2.25 * hits.getDouble(3) + 1.25 * hits.getDouble(2) - 1, within(1e-9));
    assertThat(r.getDouble("p_profit")).isCloseTo(hits.getDouble(3) + hits.getDouble(2), within(1e-9));
  }

  @Test
  @DisplayName("Monte Carlo lands within 4 standard errors of exact, and the same seed gives the same answer")
  void monteCarloAgreesWithExact() {
    double[][] corr = {{1, 0.4, 0.1, 0}, {0.4, 1, 0.2, -0.1}, {0.1, 0.2, 1, 0.3}, {0, -0.1, 0.3, 1}};
    JsonObject body = new JsonObject().put("legs", legs(0.58, 0.6, 0.55, 0.62)).put("correlation", matrix(corr))
        .put("payout", payout("underdog", "insured"));
    JsonObject exact = simulate(body);
    JsonObject mc = simulate(body.copy().put("method", "monte_carlo").put("simulations", 200_000).put("seed", 7));
    double se = mc.getDouble("std_error");
    double pAll = mc.getDouble("p_all");
    assertThat(mc.getString("method")).isEqualTo("monte_carlo");
    assertThat(se).isCloseTo(Math.sqrt(pAll * (1 - pAll) / 200_000), within(1e-6));
    assertThat(pAll).isCloseTo(exact.getDouble("p_all"), within(4 * se));
    for (int k = 0; k <= 4; k++) {
      double h = exact.getJsonArray("hit_distribution").getDouble(k);
      assertThat(mc.getJsonArray("hit_distribution").getDouble(k)).as("P(%d hits)", k)
          .isCloseTo(h, within(4 * Math.sqrt(h * (1 - h) / 200_000) + 1e-9));
    }
    assertThat(simulate(body.copy().put("method", "monte_carlo").put("simulations", 200_000).put("seed", 7)))
        .isEqualTo(mc);
    assertThat(simulate(body.copy().put("method", "monte_carlo")).getInteger("simulations")).isEqualTo(200_000);
  }
}
