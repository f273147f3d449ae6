package com.betterbros.props.optimize;

import static com.betterbros.props.optimize.OptimizeApiIT.legs;
import static com.betterbros.props.optimize.OptimizeApiIT.matrix;
import static com.betterbros.props.optimize.OptimizeApiIT.payout;
import static org.assertj.core.api.Assertions.assertThat;

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

@DisplayName("Slip simulation rejects bad requests with the field to blame, on a gateway + optimize node")
class OptimizeErrorsIT {

  private static Node node;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    // An optimize node needs no store: this one runs no other domain.
    node = TestNodes.embedded(Map.of("BB_ROLES", "gateway,optimize"));
    api = new ApiClient(node.vertx(), node.httpPort(), node.devToken("pro-user", Tier.PRO));
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  private static JsonObject valid() {
    return new JsonObject().put("legs", legs(0.6, 0.55, 0.58)).put("payout", payout("prizepicks", "power"));
  }

  private static void rejects(JsonObject body, int status, String field, String inMessage) {
    HttpResponse<Buffer> resp = api.post("/optimize/simulate", body.toBuffer());
    assertThat(resp.statusCode()).as(body.encode() + " -> " + resp.bodyAsString()).isEqualTo(status);
    JsonObject error = resp.bodyAsJsonObject();
    assertThat(error.getString("field")).as(resp.bodyAsString()).isEqualTo(field);
    assertThat(error.getString("message")).containsIgnoringCase(inMessage);
  }

  @Test
  @DisplayName("a valid body passes, so each case below fails for its own field")
  void validBody() {
    assertThat(api.post("/optimize/simulate", valid().toBuffer()).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("legs: missing, too few, too many, p outside (0, 1) or missing, or given together with prop_ids")
  void badLegs() {
    rejects(valid().put("prop_ids", new JsonArray().add("prizepicks:1")), 400, "legs", "not both");
    rejects(new JsonObject().put("payout", payout("prizepicks", "power")), 400, "legs", "required");
    rejects(valid().put("legs", legs(0.6)), 400, "legs", "got 1");
    rejects(valid().put("legs", legs(0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6)), 400, "legs", "got 7");
    rejects(valid().put("legs", legs(0.6, 1.0, 0.6)), 400, "legs[1].p", "(0, 1)");
    rejects(valid().put("legs", legs(0.6, 0.6, 0.0)), 400, "legs[2].p", "(0, 1)");
    rejects(valid().put("legs", new JsonArray().add(new JsonObject()).add(new JsonObject().put("p", 0.5))),
        400, "legs[0].p", "required");
  }

  @Test
  @DisplayName("prop_ids: too few, too many, repeated, sides of the wrong length or value, and the other fields"
      + " checked before any other service is asked (this node runs no model)")
  void badPropIds() {
    JsonObject base = new JsonObject().put("payout", payout("prizepicks", "power"));
    rejects(base.copy().put("prop_ids", new JsonArray().add("a")), 400, "prop_ids", "got 1");
    rejects(base.copy().put("prop_ids", new JsonArray().add("a").add("b").add("c").add("d").add("e").add("f").add("g")),
        400, "prop_ids", "got 7");
    rejects(base.copy().put("prop_ids", new JsonArray().add("a").add("a")), 400, "prop_ids", "distinct");
    rejects(base.copy().put("prop_ids", new JsonArray().add("a").add("b")).put("sides", new JsonArray().add("over")),
        400, "sides", "2 strings");
    rejects(base.copy().put("prop_ids", new JsonArray().add("a").add("b"))
        .put("sides", new JsonArray().add("over").add("sideways")), 400, "sides", "sideways");
    rejects(new JsonObject().put("prop_ids", new JsonArray().add("a").add("b")).put("payout", payout("fanduel", "power")),
        400, "payout.platform", "fanduel");
    rejects(base.copy().put("prop_ids", new JsonArray().add("a").add("b")).put("method", "quasi"), 400, "method", "exact");
  }

  @Test
  @DisplayName("method, simulations, seed, unknown fields and a body that is not JSON")
  void badOptions() {
    rejects(valid().put("method", "quasi"), 400, "method", "exact or monte_carlo");
    rejects(valid().put("method", "monte_carlo").put("simulations", 10), 400, "simulations", "1,000");
    rejects(valid().put("method", "monte_carlo").put("simulations", 6_000_000), 400, "simulations", "5,000,000");
    rejects(valid().put("simulations", 10_000), 400, "simulations", "monte_carlo");
    rejects(valid().put("method", "monte_carlo").put("seed", 1.5), 400, "seed", "whole number");
    rejects(valid().put("correlations", new JsonArray()), 400, "correlations", "unknown field");
    HttpResponse<Buffer> notJson = api.post("/optimize/simulate", Buffer.buffer("{legs"));
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(notJson.bodyAsJsonObject().getString("field")).isEqualTo("body");
  }

  @Test
  @DisplayName("payout: not an object, or an unknown platform or mode, is a 400, a slip size without a table a 422")
  void badPayouts() {
    rejects(valid().put("payout", "power"), 400, "payout", "must be an object");
    rejects(valid().put("payout", payout("draftkings", "power")), 400, "payout.platform", "draftkings");
    rejects(valid().put("payout", payout("prizepicks", "insured")), 400, "payout.mode", "[flex, power]");
    rejects(valid().put("payout", new JsonObject().put("platform", "underdog")), 400, "payout.mode", "none");
    rejects(valid().put("legs", legs(0.6, 0.6, 0.6, 0.6, 0.6, 0.6)).put("payout", payout("underdog", "standard")),
        422, "payout", "underdog standard has no 6-leg payout table");
    rejects(valid().put("legs", legs(0.6, 0.6)).put("payout", payout("prizepicks", "flex")),
        422, "payout", "no 2-leg");
  }

  @Test
  @DisplayName("a matrix that is not a valid correlation matrix is a 400 on correlation saying which problem")
  void badMatrices() {
    double[][] asymmetric = {{1, 0.3, 0}, {0.2, 1, 0}, {0, 0, 1}};
    double[][] diagonal = {{1, 0.3, 0}, {0.3, 0.9, 0}, {0, 0, 1}};
    // pairwise fine, jointly impossible: eigenvalues 1.9, 1.9, -0.8
    double[][] notPsd = {{1, 0.9, 0.9}, {0.9, 1, -0.9}, {0.9, -0.9, 1}};
    double[][] small = {{1, 0.3}, {0.3, 1}};
    rejects(valid().put("correlation", matrix(asymmetric)), 400, "correlation", "symmetric");
    rejects(valid().put("correlation", matrix(diagonal)), 400, "correlation", "diagonal");
    rejects(valid().put("correlation", matrix(notPsd)), 400, "correlation", "semi-definite");
    rejects(valid().put("correlation", matrix(small)), 400, "correlation", "wrong size");
    JsonArray ragged = matrix(new double[][] {{1, 0, 0}, {0, 1}, {0, 0, 1}});
    rejects(valid().put("correlation", ragged), 400, "correlation", "wrong size");
    JsonArray text = matrix(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
    text.getJsonArray(0).set(1, "high");
    rejects(valid().put("correlation", text), 400, "correlation", "correlation[0][1]");
  }
}
