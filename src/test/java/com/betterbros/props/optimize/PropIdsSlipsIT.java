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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("prop_ids for simulate and parlays, and slip detection, on an embedded node that trained its first model")
class PropIdsSlipsIT {

  private static Node node;
  private static ApiClient api;
  /** Open prizepicks points/rebounds/assists props, grouped by game (board order). */
  private static Map<String, List<JsonObject>> byGame;

  @BeforeAll
  static void start() throws InterruptedException {
    node = TestNodes.embedded(Map.of("BB_SYNTH_DAYS", "30", "BB_SYNTH_TRAIN_ON_START", "true"));
    api = new ApiClient(node.vertx(), node.httpPort(), node.devToken("pro-user", Tier.PRO));
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (System.nanoTime() < deadline
        && !"ready".equals(api.ok("/health").getJsonObject("model").getString("status"))) {
      Thread.sleep(250);
    }
    assertThat(api.ok("/health").getJsonObject("model").getString("status")).isEqualTo("ready");
    byGame = new HashMap<>();
    for (String stat : new String[] {"points", "rebounds", "assists"}) {
      for (Object o : api.ok("/props?status=open&platform=prizepicks&stat_type=" + stat + "&limit=500").getJsonArray("items")) {
        JsonObject p = (JsonObject) o;
        byGame.computeIfAbsent(p.getString("game_id"), g -> new ArrayList<>()).add(p);
      }
    }
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  private static JsonObject post(String uri, JsonObject body, int status) {
    HttpResponse<Buffer> resp = api.post(uri, body.toBuffer());
    assertThat(resp.statusCode()).as(uri + " " + body.encode() + " -> " + resp.bodyAsString()).isEqualTo(status);
    return resp.bodyAsJsonObject();
  }

  private static Map<String, JsonObject> predict(List<String> ids) {
    JsonArray items = post("/model/predict", new JsonObject().put("prop_ids", new JsonArray(ids)), 200)
        .getJsonArray("items");
    Map<String, JsonObject> out = new HashMap<>();
    items.forEach(o -> out.put(((JsonObject) o).getString("prop_id"), (JsonObject) o));
    return out;
  }

  private static List<JsonObject> largestGame() {
    return byGame.values().stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow();
  }

  @Test
  @DisplayName("simulate with a same-game pair: p from /model/predict on the given or better side, R from /corr/matrix")
  void simulateWithPropIds() {
    List<JsonObject> game = largestGame();
    String a = game.get(0).getString("id");
    String b = game.stream().filter(p -> !p.getString("player_id").equals(game.get(0).getString("player_id")))
        .findFirst().orElseThrow().getString("id");
    Map<String, JsonObject> predicted = predict(List.of(a, b));
    JsonObject payout = new JsonObject().put("platform", "prizepicks").put("mode", "power");
    JsonObject r = post("/optimize/simulate", new JsonObject().put("prop_ids", new JsonArray().add(a).add(b))
        .put("payout", payout), 200);
    JsonArray legs = r.getJsonArray("legs");
    for (int i = 0; i < 2; i++) {
      JsonObject leg = legs.getJsonObject(i);
      JsonObject pred = predicted.get(leg.getString("prop_id"));
      assertThat(leg.getString("side")).isEqualTo(pred.getString("side"));
      assertThat(leg.getDouble("p")).isCloseTo(Math.max(pred.getDouble("p_over"), pred.getDouble("p_under")), within(1e-9));
    }
    JsonArray corr = r.getJsonArray("correlation");
    String sides = legs.getJsonObject(0).getString("side") + "," + legs.getJsonObject(1).getString("side");
    double rho = api.ok("/corr/matrix?prop_ids=" + a + "," + b + "&sides=" + sides).getJsonArray("matrix")
        .getJsonArray(0).getDouble(1);
    assertThat(corr.getJsonArray(0).getDouble(1)).isNotZero().isCloseTo(rho, within(1e-12));
    assertThat(r.getString("model_version")).isEqualTo(api.ok("/model").getJsonObject("model").getString("id"));
    // the same slip given explicitly gives the same answer
    JsonObject explicit = post("/optimize/simulate", new JsonObject().put("payout", payout).put("correlation", corr)
        .put("legs", new JsonArray().add(new JsonObject().put("p", legs.getJsonObject(0).getDouble("p")))
            .add(new JsonObject().put("p", legs.getJsonObject(1).getDouble("p")))), 200);
    assertThat(r.getDouble("p_all")).isEqualTo(explicit.getDouble("p_all"));
    assertThat(r.getDouble("p_all")).isNotCloseTo(
        legs.getJsonObject(0).getDouble("p") * legs.getJsonObject(1).getDouble("p"), within(1e-6));
    // explicit sides: the first leg taken under gets p_under and the correlation flips sign
    JsonObject flipped = post("/optimize/simulate", new JsonObject().put("prop_ids", new JsonArray().add(a).add(b))
        .put("sides", new JsonArray().add("under").add("over")).put("payout", payout), 200);
    assertThat(flipped.getJsonArray("legs").getJsonObject(0).getDouble("p"))
        .isCloseTo(predicted.get(a).getDouble("p_under"), within(1e-9));
    double flippedRho = api.ok("/corr/matrix?prop_ids=" + a + "," + b + "&sides=under,over").getJsonArray("matrix")
        .getJsonArray(0).getDouble(1);
    assertThat(flipped.getJsonArray("correlation").getJsonArray(0).getDouble(1)).isCloseTo(flippedRho, within(1e-12));
  }

  @Test
  @DisplayName("parlays with prop ids from two games, one of more than 8 legs: slips are made of the given ids")
  void parlaysWithPropIds() {
    List<JsonObject> big = largestGame();
    assertThat(big.size()).as("legs in the largest game").isGreaterThan(8);
    List<String> ids = new ArrayList<>(big.stream().limit(10).map(p -> p.getString("id")).toList());
    byGame.values().stream().filter(g -> g != big).findFirst().orElseThrow()
        .stream().limit(4).forEach(p -> ids.add(p.getString("id")));
    JsonObject r = post("/optimize/parlays", new JsonObject().put("prop_ids", new JsonArray(ids)).put("size", 3)
        .put("payout", new JsonObject().put("platform", "prizepicks").put("mode", "power")).put("top_k", 3), 200);
    JsonArray slips = r.getJsonArray("slips");
    assertThat(slips).isNotEmpty();
    for (Object o : slips) {
      JsonObject slip = (JsonObject) o;
      assertThat(slip.getJsonArray("legs")).hasSize(3);
      assertThat(ids).containsAll(slip.getJsonArray("legs").stream().map(String::valueOf).toList());
    }
    for (int i = 1; i < slips.size(); i++) {
      assertThat(slips.getJsonObject(i).getDouble("ev")).isLessThanOrEqualTo(slips.getJsonObject(i - 1).getDouble("ev"));
    }
    Map<String, JsonObject> predicted = predict(ids);
    JsonArray legs = r.getJsonArray("legs");
    assertThat(legs).hasSize(ids.size());
    for (Object o : legs) {
      JsonObject leg = (JsonObject) o;
      JsonObject pred = predicted.get(leg.getString("prop_id"));
      assertThat(leg.getDouble("p")).isCloseTo(Math.max(pred.getDouble("p_over"), pred.getDouble("p_under")), within(1e-9));
    }
  }

  @Test
  @DisplayName("slip detection: every qualifying leg clears its breakeven, and discrepancies have different lines")
  void slips() {
    JsonObject r = api.ok("/optimize/slips?limit=500");
    assertThat(r.getString("model_version")).isEqualTo(api.ok("/model").getJsonObject("model").getString("id"));
    JsonArray types = r.getJsonArray("slip_types");
    assertThat(types).isNotEmpty();
    int qualifying = 0;
    for (Object o : types) {
      JsonObject t = (JsonObject) o;
      double breakeven = t.getDouble("breakeven");
      assertThat(t.getInteger("total")).isGreaterThanOrEqualTo(t.getJsonArray("qualifying").size());
      for (Object l : t.getJsonArray("qualifying")) {
        JsonObject leg = (JsonObject) l;
        assertThat(leg.getDouble("p")).isGreaterThanOrEqualTo(breakeven);
        assertThat(leg.getDouble("edge")).isCloseTo(leg.getDouble("p") - breakeven, within(1e-12));
        assertThat(leg.getString("prop_id")).startsWith(t.getString("platform") + ":");
        qualifying++;
      }
    }
    assertThat(qualifying).isPositive();
    JsonArray found = r.getJsonArray("discrepancies");
    assertThat(found).isNotEmpty();
    assertThat(r.getInteger("total_discrepancies")).isGreaterThanOrEqualTo(found.size());
    for (Object o : found) {
      JsonObject d = (JsonObject) o;
      JsonObject pp = d.getJsonObject("prizepicks");
      JsonObject ud = d.getJsonObject("underdog");
      assertThat(pp.getDouble("line")).isNotEqualTo(ud.getDouble("line"));
      assertThat(pp.getString("prop_id")).startsWith("prizepicks:");
      assertThat(ud.getString("prop_id")).startsWith("underdog:");
    }
    JsonObject d = found.getJsonObject(0);
    Map<String, JsonObject> predicted = predict(List.of(d.getJsonObject("prizepicks").getString("prop_id"),
        d.getJsonObject("underdog").getString("prop_id")));
    assertThat(d.getJsonObject("underdog").getDouble("p_over"))
        .isEqualTo(predicted.get(d.getJsonObject("underdog").getString("prop_id")).getDouble("p_over"));
    assertThat(api.ok("/optimize/slips?limit=1").getJsonArray("discrepancies")).hasSize(1);
    assertThat(api.get("/optimize/slips?limit=501").statusCode()).isEqualTo(400);
  }

  @Test
  @DisplayName("open props of games without history (a real imported board) are skipped, not fatal")
  void importedBoardWithoutHistory() {
    // the real 2023 board, moved to 2099 so that its props are open by the node's clock
    String feed = new String(com.betterbros.props.platforms.Fixtures.bytes(com.betterbros.props.platforms.Fixtures.UNDERDOG),
        java.nio.charset.StandardCharsets.UTF_8).replaceAll("\"2023-(\\d\\d-\\d\\dT)", "\"2099-$1")
        .replaceAll("\"2024-(\\d\\d-\\d\\dT)", "\"2100-$1");
    var imported = api.withToken(node.devToken()).post("/props/import?platform=underdog", io.vertx.core.buffer.Buffer.buffer(feed));
    assertThat(imported.statusCode()).isEqualTo(200);
    assertThat(api.ok("/props?platform=underdog&sport=NBA&status=open&from=2099-01-01&limit=1").getLong("total"))
        .isPositive();
    JsonObject r = api.ok("/optimize/slips?limit=500");
    for (Object o : r.getJsonArray("slip_types")) {
      for (Object l : ((JsonObject) o).getJsonArray("qualifying")) {
        assertThat(((JsonObject) l).getString("prop_id")).contains(":syn-");
      }
    }
  }

  @Test
  @DisplayName("an unknown prop id is a 404, too few ids a 400")
  void unknownProp() {
    String known = largestGame().get(0).getString("id");
    JsonObject payout = new JsonObject().put("platform", "prizepicks").put("mode", "power");
    post("/optimize/simulate", new JsonObject().put("prop_ids", new JsonArray().add(known).add("nope:1"))
        .put("payout", payout), 404);
    post("/optimize/parlays", new JsonObject().put("prop_ids", new JsonArray().add("nope:1").add(known)).put("size", 2)
        .put("payout", payout), 404);
    post("/optimize/parlays", new JsonObject().put("prop_ids", new JsonArray().add(known)).put("size", 2)
        .put("payout", payout), 400);
  }

  @Test
  @DisplayName("a node without a production model answers 503 for prop_ids and slip detection")
  void noModel() {
    Node bare = TestNodes.embedded(Map.of("BB_SYNTH_TRAIN_ON_START", "false"));
    try {
      ApiClient client = new ApiClient(bare.vertx(), bare.httpPort(), bare.devToken("pro-user", Tier.PRO));
      JsonArray items = client.ok("/props?status=open&stat_type=points&limit=2").getJsonArray("items");
      JsonArray ids = new JsonArray().add(items.getJsonObject(0).getString("id")).add(items.getJsonObject(1).getString("id"));
      JsonObject payout = new JsonObject().put("platform", "prizepicks").put("mode", "power");
      assertThat(client.post("/optimize/simulate", new JsonObject().put("prop_ids", ids).put("payout", payout).toBuffer())
          .statusCode()).isEqualTo(503);
      assertThat(client.post("/optimize/parlays", new JsonObject().put("prop_ids", ids).put("size", 2)
          .put("payout", payout).toBuffer()).statusCode()).isEqualTo(503);
      assertThat(client.get("/optimize/slips").statusCode()).isEqualTo(503);
    } finally {
      Await.result(bare.stop());
    }
  }
}
