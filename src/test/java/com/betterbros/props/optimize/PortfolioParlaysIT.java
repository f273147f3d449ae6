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
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("POST /optimize/parlays: top_k under max_exposure chosen jointly, and the portfolio simulated together")
class PortfolioParlaysIT {

  private static Node node;
  private static ApiClient pro;

  @BeforeAll
  static void start() {
    node = TestNodes.embedded(Map.of("BB_ROLES", "gateway,optimize"));
    pro = new ApiClient(node.vertx(), node.httpPort(), node.devToken("pro-user", Tier.PRO));
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  /**
   * Independent legs a (0.8), b (0.8), c and d (0.7, one player): 2-leg Power (3x), top_k 2,
   * max_exposure 0.5 (cap 1). Best first takes {a,b} (EV 3 * 0.64 - 1 = 0.92) and then nothing
   * fits ({c,d} is one player); jointly {a,c} and {b,d} (EV 0.68 each, total 1.36).
   */
  private static JsonObject trap() {
    double[] p = {0.8, 0.8, 0.7, 0.7};
    String[] players = {"pa", "pb", "pc", "pc"};
    JsonArray legs = new JsonArray();
    for (int i = 0; i < 4; i++) {
      legs.add(new JsonObject().put("id", "abcd".substring(i, i + 1)).put("p", p[i]).put("player", players[i])
          .put("team", "t" + i).put("game", i < 2 ? "g" + i : "g2"));
    }
    double[][] identity = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};
    return new JsonObject().put("legs", legs).put("correlation", matrix(identity)).put("size", 2)
        .put("payout", payout("prizepicks", "power")).put("top_k", 2)
        .put("constraints", new JsonObject().put("max_exposure", 0.5));
  }

  private static JsonObject ok(JsonObject body) {
    HttpResponse<Buffer> resp = pro.post("/optimize/parlays", body.toBuffer());
    assertThat(resp.statusCode()).as(resp.bodyAsString()).isEqualTo(200);
    return resp.bodyAsJsonObject();
  }

  private static void rejects(JsonObject body, String field, String inMessage) {
    HttpResponse<Buffer> resp = pro.post("/optimize/parlays", body.toBuffer());
    assertThat(resp.statusCode()).as(resp.bodyAsString()).isEqualTo(400);
    assertThat(resp.bodyAsJsonObject().getString("error")).isEqualTo("bad_request");
    assertThat(resp.bodyAsJsonObject().getString("field")).isEqualTo(field);
    assertThat(resp.bodyAsJsonObject().getString("message")).contains(inMessage);
  }

  @Test
  @DisplayName("greedy stops at {a,b} (total EV 0.92); exact and genetic pick {a,c} + {b,d} jointly (1.36) and say so")
  void jointBeatsGreedy() {
    JsonObject greedy = ok(trap().put("method", "greedy"));
    assertThat(greedy.getJsonArray("slips")).hasSize(1);
    assertThat(greedy.getJsonArray("slips").getJsonObject(0).getJsonArray("legs").getList()).containsExactly("a", "b");
    assertThat(greedy.getJsonObject("portfolio").getJsonObject("selection").getString("method")).isEqualTo("best_first");
    for (String method : new String[] {"exact", "genetic"}) {
      JsonObject joint = ok(trap().put("method", method));
      JsonArray slips = joint.getJsonArray("slips");
      assertThat(slips).as(method).hasSize(2);
      assertThat(slips.getJsonObject(0).getJsonArray("legs").getList()).containsExactly("a", "c");
      assertThat(slips.getJsonObject(1).getJsonArray("legs").getList()).containsExactly("b", "d");
      JsonObject portfolio = joint.getJsonObject("portfolio");
      JsonObject selection = portfolio.getJsonObject("selection");
      assertThat(selection.getString("method")).isEqualTo("set_packing");
      assertThat(selection.getBoolean("optimal")).isTrue();
      assertThat(selection.getDouble("total_ev")).isCloseTo(2 * (3 * 0.56 - 1), within(1e-9));
      assertThat(selection.getDouble("greedy_total_ev")).isCloseTo(3 * 0.64 - 1, within(1e-9));
      assertThat(selection.getInteger("greedy_slips")).isEqualTo(1);
      assertThat(selection.getInteger("pool_size")).isGreaterThanOrEqualTo(3);
      assertThat(portfolio.getInteger("max_exposure_cap")).isEqualTo(1);
    }
  }

  @Test
  @DisplayName("portfolio: P(at least one pays) = 1 - 0.44^2 and expected profit = 1.36 within 4 standard errors; seeded")
  void portfolioSimulation() {
    JsonObject body = trap().put("portfolio", new JsonObject().put("simulations", 200_000).put("seed", 11));
    JsonObject portfolio = ok(body).getJsonObject("portfolio");
    assertThat(portfolio.getInteger("slips")).isEqualTo(2);
    assertThat(portfolio.getInteger("legs")).isEqualTo(4);
    assertThat(portfolio.getDouble("stake")).isEqualTo(2.0);
    assertThat(portfolio.getInteger("simulations")).isEqualTo(200_000);
    assertThat(portfolio.getLong("seed")).isEqualTo(11);
    assertThat(portfolio.getString("method")).isEqualTo("monte_carlo");
    double se = portfolio.getDouble("p_any_pays_std_error");
    assertThat(se).isCloseTo(Math.sqrt(0.8064 * 0.1936 / 200_000), within(2e-5));
    assertThat(portfolio.getDouble("p_any_pays")).isCloseTo(1 - 0.44 * 0.44, within(4 * se));
    double profitSe = portfolio.getDouble("expected_profit_std_error");
    assertThat(profitSe).isPositive();
    assertThat(portfolio.getDouble("expected_profit")).isCloseTo(1.36, within(4 * profitSe));
    assertThat(portfolio.getDouble("total_ev")).isCloseTo(1.36, within(1e-9));
    // profit > 0 iff at least one slip wins (3 - 2 = 1 > 0)
    assertThat(portfolio.getDouble("p_profit")).isEqualTo(portfolio.getDouble("p_any_pays"));
    assertThat(ok(body).getJsonObject("portfolio")).isEqualTo(portfolio);
    JsonObject defaults = ok(trap()).getJsonObject("portfolio");
    assertThat(defaults.getInteger("simulations")).isEqualTo(50_000);
    assertThat(defaults.getLong("seed")).isEqualTo(42);
  }

  @Test
  @DisplayName("a bad max_exposure or portfolio option is a 400 naming it")
  void badInput() {
    rejects(trap().put("constraints", new JsonObject().put("max_exposure", 0)), "constraints.max_exposure", "(0, 1]");
    rejects(trap().put("constraints", new JsonObject().put("max_exposure", "half")), "constraints.max_exposure",
        "must be a number");
    rejects(trap().put("portfolio", new JsonObject().put("simulations", 10)), "portfolio.simulations",
        "between 1000 and 500000");
    rejects(trap().put("portfolio", new JsonObject().put("seed", 1.5)), "portfolio.seed", "whole number");
    rejects(trap().put("portfolio", new JsonObject().put("draws", 5)), "portfolio.draws", "unknown");
    rejects(trap().put("portfolio", 3), "portfolio", "must be an object");
  }
}
