package com.betterbros.props.whatif;

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

/**
 * POST /whatif/sensitivity through HTTP on an embedded node (explicit legs need no model): the
 * answer agrees with /optimize/simulate, its dEV/dp with central differences of simulate's EV
 * (step 1e-3, tolerance 1e-4: a 3-leg block is exact to ~1e-13), and its break-even p zeroes the EV.
 */
@DisplayName("POST /whatif/sensitivity over HTTP")
class SensitivityApiIT {

  private static Node node;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    node = TestNodes.embedded(Map.of());
    api = new ApiClient(node.vertx(), node.httpPort(), node.devToken("pro-user", Tier.PRO));
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  static JsonObject slip() {
    return new JsonObject()
        .put("legs", new JsonArray().add(leg("a", 0.58)).add(leg("b", 0.61)).add(leg("c", 0.55)))
        .put("correlation", new JsonArray()
            .add(new JsonArray().add(1).add(0.35).add(-0.2))
            .add(new JsonArray().add(0.35).add(1).add(0.15))
            .add(new JsonArray().add(-0.2).add(0.15).add(1)))
        .put("payout", new JsonObject().put("platform", "prizepicks").put("mode", "flex"));
  }

  static JsonObject leg(String id, double p) {
    return new JsonObject().put("id", id).put("p", p);
  }

  private static JsonObject post(String uri, JsonObject body, int status) {
    HttpResponse<Buffer> resp = api.post(uri, body.toBuffer());
    assertThat(resp.statusCode()).as(uri + " " + body.encode() + " -> " + resp.bodyAsString()).isEqualTo(status);
    return resp.bodyAsJsonObject();
  }

  private static double simulatedEv(JsonObject body, int leg, double p) {
    JsonObject b = body.copy();
    JsonArray legs = new JsonArray();
    for (int i = 0; i < 3; i++) {
      legs.add(new JsonObject().put("p", i == leg ? p : body.getJsonArray("legs").getJsonObject(i).getDouble("p")));
    }
    return post("/optimize/simulate", b.put("legs", legs), 200).getDouble("ev");
  }

  @Test
  @DisplayName("EV, P(all), dEV/dp, break-even and the grid agree with /optimize/simulate")
  void agreesWithSimulate() {
    JsonObject body = slip().put("vary", new JsonObject().put("leg", 1).put("steps", 5));
    JsonObject r = post("/whatif/sensitivity", body, 200);
    JsonObject sameSlip = slip();
    // simulate's legs are {p} only (openapi.yaml): leg ids are sensitivity's
    sameSlip.getJsonArray("legs").forEach(leg -> ((JsonObject) leg).remove("id"));
    JsonObject sim = post("/optimize/simulate", sameSlip, 200);
    assertThat(r.getDouble("ev")).isCloseTo(sim.getDouble("ev"), within(1e-9));
    assertThat(r.getDouble("p_all")).isCloseTo(sim.getDouble("p_all"), within(1e-9));
    assertThat(r.getString("method")).isEqualTo("analytic");
    for (int i = 0; i < 3; i++) {
      JsonObject leg = r.getJsonArray("legs").getJsonObject(i);
      double p = leg.getDouble("p");
      double fd = (simulatedEv(slip(), i, p + 1e-3) - simulatedEv(slip(), i, p - 1e-3)) / 2e-3;
      assertThat(leg.getDouble("d_ev_dp")).as("dEV/dp_%d", i).isCloseTo(fd, within(1e-4));
      assertThat(simulatedEv(slip(), i, leg.getDouble("break_even_p"))).isCloseTo(0, within(1e-5));
    }
    assertThat(r.getJsonArray("pairs")).hasSize(3);
    JsonArray points = r.getJsonObject("grid").getJsonArray("points");
    assertThat(points).hasSize(5);
    assertThat(points.getJsonObject(0).getDouble("p")).isCloseTo(0.51, within(1e-12));
    assertThat(points.getJsonObject(4).getDouble("p")).isCloseTo(0.71, within(1e-12));
    assertThat(points.getJsonObject(4).getDouble("ev")).isCloseTo(simulatedEv(slip(), 1, 0.71), within(1e-9));
  }

  @Test
  @DisplayName("bad input is a 400 naming the field; a free token is a 403")
  void badInput() {
    rejects(slip().put("vary", new JsonObject().put("leg", 3)), "vary.leg");
    rejects(slip().put("vary", new JsonObject().put("steps", 1)), "vary.steps");
    rejects(slip().put("vary", new JsonObject().put("from", 0.6).put("to", 0.5)), "vary.to");
    rejects(slip().put("method", "monte_carlo"), "method");
    rejects(slip().put("vary", new JsonObject().put("lines", new JsonArray().add(10.5).add(11.5))), "vary.lines");
    JsonObject noPayout = slip();
    noPayout.remove("payout");
    rejects(noPayout, "payout");
    JsonObject badP = slip();
    badP.getJsonArray("legs").getJsonObject(1).put("p", 1.5);
    HttpResponse<Buffer> resp = api.post("/whatif/sensitivity", badP.toBuffer());
    assertThat(resp.statusCode()).isEqualTo(400);
    assertThat(resp.bodyAsJsonObject().getString("field")).startsWith("legs");
    ApiClient free = api.withToken(node.devToken("free-user", Tier.FREE));
    assertThat(free.post("/whatif/sensitivity", slip().toBuffer()).statusCode()).isEqualTo(403);
  }

  private static void rejects(JsonObject body, String field) {
    HttpResponse<Buffer> resp = api.post("/whatif/sensitivity", body.toBuffer());
    assertThat(resp.statusCode()).as(resp.bodyAsString()).isEqualTo(400);
    assertThat(resp.bodyAsJsonObject().getString("field")).as(resp.bodyAsString()).isEqualTo(field);
  }
}
