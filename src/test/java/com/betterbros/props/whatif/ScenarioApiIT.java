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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Injury and lineup scenarios through HTTP on the synthetic season with a trained model
 * ({@link TestNodes#trained}): the answer re-prices the absent players' teammates, voids their own
 * props, and leaves the stored props and predictions exactly as they were.
 */
@DisplayName("POST /whatif/injury and /whatif/lineup on the synthetic season")
class ScenarioApiIT {

  private static Node node;
  private static ApiClient api;
  /** Open prizepicks props by team. */
  private static Map<String, List<JsonObject>> byTeam;

  @BeforeAll
  static void start() {
    node = TestNodes.trained(Map.of());
    api = new ApiClient(node.vertx(), node.httpPort(), node.devToken("pro-user", Tier.PRO));
    byTeam = new LinkedHashMap<>();
    for (Object o : api.ok("/props?status=open&platform=prizepicks&limit=500").getJsonArray("items")) {
      JsonObject p = (JsonObject) o;
      byTeam.computeIfAbsent(p.getString("team"), t -> new ArrayList<>()).add(p);
    }
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  static JsonObject post(String uri, JsonObject body, int status) {
    HttpResponse<Buffer> resp = api.post(uri, body.toBuffer());
    assertThat(resp.statusCode()).as(uri + " " + body.encode() + " -> " + resp.bodyAsString()).isEqualTo(status);
    return resp.bodyAsJsonObject();
  }

  /** The first injury scenario (one player of a team with props out) whose on/off deltas apply. */
  static JsonObject appliedScenario() {
    for (List<JsonObject> team : byTeam.values()) {
      for (String player : team.stream().map(p -> p.getString("player_id")).distinct().toList()) {
        JsonObject r = post("/whatif/injury", new JsonObject().put("players_out", new JsonArray().add(player))
            .put("platform", "prizepicks"), 200);
        if ("applied".equals(r.getJsonArray("players").getJsonObject(0).getString("status"))) {
          return r;
        }
      }
    }
    throw new AssertionError("no player of the synthetic season missed a game of his team");
  }

  @Test
  @DisplayName("an absent player's props void, his teammates' move, and nothing stored changes")
  void injuryReprices() {
    JsonObject first = appliedScenario();
    JsonObject out = first.getJsonArray("players").getJsonObject(0);
    String absent = out.getString("player_id");
    String game = out.getString("game_id");
    List<String> ids = first.getJsonArray("props").stream().map(o -> ((JsonObject) o).getString("prop_id")).toList();
    JsonObject propsBefore = api.ok("/props?game_id=" + game + "&limit=500");
    JsonObject predBefore = post("/model/predict", new JsonObject().put("prop_ids", new JsonArray(ids)), 200);

    JsonObject r = post("/whatif/injury", new JsonObject().put("players_out", new JsonArray().add(absent))
        .put("platform", "prizepicks").put("slip", new JsonObject().put("size", 2)), 200);
    assertThat(out.getInteger("games_without")).isPositive();
    assertThat(r.getString("model_version")).isEqualTo(predBefore.getString("model_version"));
    Map<String, JsonObject> served = new LinkedHashMap<>();
    predBefore.getJsonArray("items").forEach(o -> served.put(((JsonObject) o).getString("prop_id"), (JsonObject) o));
    int moved = 0;
    for (Object o : r.getJsonArray("props")) {
      JsonObject p = (JsonObject) o;
      assertThat(p.getDouble("old_p_over")).as("old p of %s = the served p", p.getString("prop_id"))
          .isCloseTo(served.get(p.getString("prop_id")).getDouble("p_over"), within(1e-4));
      if (p.getString("player_id").equals(absent)) {
        assertThat(p.getString("status")).isEqualTo("void");
        assertThat(p.getValue("new_p_over")).isNull();
      } else {
        assertThat(p.getString("status")).isEqualTo("repriced");
        moved += Math.abs(p.getDouble("new_p_over") - p.getDouble("old_p_over")) > 1e-4 ? 1 : 0;
      }
    }
    assertThat(moved).as("teammates whose p moved").isPositive();
    JsonObject slips = r.getJsonObject("slips");
    assertThat(slips.getJsonObject("before")).as(slips.encode()).isNotNull();
    assertThat(slips.getJsonObject("before").getJsonArray("slips")).isNotEmpty();
    assertThat(slips.getJsonObject("after").getJsonArray("slips").getJsonObject(0).getJsonArray("legs").encode())
        .as("a void leg is never in the slip after").doesNotContain(absent);

    assertThat(api.ok("/props?game_id=" + game + "&limit=500")).isEqualTo(propsBefore);
    JsonObject predAfter = post("/model/predict", new JsonObject().put("prop_ids", new JsonArray(ids)), 200);
    assertThat(predAfter.getJsonArray("items")).isEqualTo(predBefore.getJsonArray("items"));
  }

  @Test
  @DisplayName("a limited player is projected at his minutes; a lineup sets minutes and starters for one team")
  void limitedAndLineup() {
    List<JsonObject> team = byTeam.values().iterator().next();
    String player = team.get(0).getString("player_id");
    String teamId = team.get(0).getString("team");
    JsonObject r = post("/whatif/injury", new JsonObject().put("limited", new JsonArray()
        .add(new JsonObject().put("player_id", player).put("minutes", 12))), 200);
    assertThat(r.getJsonArray("players").getJsonObject(0).getString("role")).isEqualTo("limited");
    r.getJsonArray("props").stream().map(o -> (JsonObject) o).filter(p -> p.getString("player_id").equals(player))
        .forEach(p -> assertThat(p.getDouble("new_minutes")).isEqualTo(12.0));
    JsonObject lineup = post("/whatif/lineup", new JsonObject().put("team", teamId)
        .put("minutes", new JsonObject().put(player, 0)), 200);
    assertThat(lineup.getString("kind")).isEqualTo("lineup");
    assertThat(lineup.getJsonArray("players").getJsonObject(0).getString("role")).isEqualTo("out");
    String other = byTeam.entrySet().stream().filter(e -> !e.getKey().equals(teamId)).findFirst().orElseThrow()
        .getValue().get(0).getString("player_id");
    error("/whatif/lineup", new JsonObject().put("team", teamId).put("starters", new JsonArray().add(other)), 422, "starters");
    error("/whatif/lineup", new JsonObject().put("team", "NOPE").put("minutes", new JsonObject().put(player, 30)), 404, null);
    error("/whatif/lineup", new JsonObject().put("team", teamId), 400, "minutes");
  }

  @Test
  @DisplayName("bad scenarios: 400 naming the field, 404 naming an unknown player")
  void badScenarios() {
    error("/whatif/injury", new JsonObject(), 400, "players_out");
    error("/whatif/injury", new JsonObject().put("players_out", "x"), 400, "players_out");
    error("/whatif/injury", new JsonObject().put("players_out", new JsonArray().add("x")).put("date", "soon"), 400, "date");
    error("/whatif/injury", new JsonObject().put("limited", new JsonArray().add(new JsonObject().put("player_id", "x")
        .put("minutes", 60))), 400, "limited[0].minutes");
    error("/whatif/injury", new JsonObject().put("players_out", new JsonArray().add("x")).put("slip",
        new JsonObject().put("size", 9)), 400, "slip.size");
    error("/whatif/injury", new JsonObject().put("players_out", new JsonArray().add("x")).put("extra", 1), 400, "extra");
    HttpResponse<Buffer> unknown = api.post("/whatif/injury", new JsonObject().put("players_out",
        new JsonArray().add("no-such-player")).toBuffer());
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.bodyAsJsonObject().getString("message")).contains("no-such-player");
  }

  @Test
  @DisplayName("a saved scenario is listed, fetched, re-run and deleted by its owner; another user gets 404")
  void savedScenarios() {
    String player = byTeam.values().iterator().next().get(0).getString("player_id");
    JsonObject request = new JsonObject().put("players_out", new JsonArray().add(player)).put("platform", "prizepicks");
    JsonObject saved = post("/whatif/scenarios", new JsonObject().put("name", "star sits").put("kind", "injury")
        .put("request", request), 201);
    String id = saved.getString("id");
    assertThat(saved.getJsonObject("request")).isEqualTo(request);
    assertThat(api.ok("/whatif/scenarios/" + id)).isEqualTo(saved);
    assertThat(api.ok("/whatif/scenarios?limit=10").getJsonArray("items").stream()
        .map(o -> ((JsonObject) o).getString("id"))).contains(id);
    JsonObject run = post("/whatif/scenarios/" + id + "/run", new JsonObject(), 200);
    JsonObject direct = post("/whatif/injury", request, 200);
    assertThat(run.getJsonObject("scenario").getString("id")).isEqualTo(id);
    assertThat(run.getJsonObject("result").getJsonArray("props")).isEqualTo(direct.getJsonArray("props"));

    ApiClient other = api.withToken(node.devToken("someone-else", Tier.PRO));
    assertThat(other.get("/whatif/scenarios/" + id).statusCode()).isEqualTo(404);
    assertThat(other.post("/whatif/scenarios/" + id + "/run", new JsonObject().toBuffer()).statusCode()).isEqualTo(404);
    assertThat(other.delete("/whatif/scenarios/" + id).statusCode()).isEqualTo(404);
    assertThat(other.ok("/whatif/scenarios").getLong("total")).isZero();

    error("/whatif/scenarios", new JsonObject().put("name", "x").put("kind", "weather").put("request", request), 400, "kind");
    error("/whatif/scenarios", new JsonObject().put("kind", "injury").put("request", request), 400, "name");
    error("/whatif/scenarios", new JsonObject().put("name", "x").put("kind", "injury")
        .put("request", new JsonObject().put("date", "soon").put("players_out", new JsonArray().add(player))), 400,
        "request.date");
    assertThat(api.delete("/whatif/scenarios/" + id).statusCode()).isEqualTo(204);
    assertThat(api.get("/whatif/scenarios/" + id).statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("sensitivity of prop ids: legs and R from the model and corr services, a line grid from the model")
  void sensitivityOfPropIds() {
    List<JsonObject> team = byTeam.values().iterator().next();
    JsonArray ids = new JsonArray(team.stream().limit(3).map(p -> p.getString("id")).toList());
    JsonObject payout = new JsonObject().put("platform", "prizepicks").put("mode", "power");
    double line = team.get(0).getDouble("line");
    JsonObject r = post("/whatif/sensitivity", new JsonObject().put("prop_ids", ids).put("payout", payout)
        .put("vary", new JsonObject().put("leg", 0).put("lines", new JsonArray().add(line - 2).add(line).add(line + 2))), 200);
    JsonObject sim = post("/optimize/simulate", new JsonObject().put("prop_ids", ids).put("payout", payout), 200);
    assertThat(r.getDouble("ev")).isCloseTo(sim.getDouble("ev"), within(1e-9));
    assertThat(r.getString("model_version")).isEqualTo(sim.getString("model_version"));
    JsonObject leg = r.getJsonArray("legs").getJsonObject(0);
    assertThat(leg.getString("id")).isEqualTo(ids.getString(0));
    JsonArray points = r.getJsonObject("grid").getJsonArray("points");
    assertThat(points).hasSize(3);
    // at the posted line the grid's p is the leg's own p
    assertThat(points.getJsonObject(1).getDouble("p")).isCloseTo(leg.getDouble("p"), within(1e-9));
    assertThat(points.getJsonObject(1).getDouble("ev")).isCloseTo(r.getDouble("ev"), within(1e-9));
    // a higher line makes the over less likely and the under more
    double sign = "over".equals(leg.getString("side")) ? 1 : -1;
    assertThat(sign * (points.getJsonObject(0).getDouble("p") - points.getJsonObject(2).getDouble("p"))).isPositive();
  }

  @Test
  @DisplayName("a lineup's starter is projected at least the team's 5th-largest minutes")
  void lineupStarters() {
    String teamId = byTeam.keySet().iterator().next();
    JsonObject base = post("/whatif/lineup", new JsonObject().put("team", teamId)
        .put("minutes", new JsonObject().put(byTeam.get(teamId).get(0).getString("player_id"), 30)), 200);
    JsonObject low = base.getJsonArray("props").stream().map(o -> (JsonObject) o)
        .min((a, b) -> Double.compare(a.getDouble("old_minutes"), b.getDouble("old_minutes"))).orElseThrow();
    JsonObject r = post("/whatif/lineup", new JsonObject().put("team", teamId)
        .put("starters", new JsonArray().add(low.getString("player_id"))), 200);
    JsonObject starter = r.getJsonArray("players").getJsonObject(0);
    if ("starter".equals(starter.getString("role"))) {
      r.getJsonArray("props").stream().map(o -> (JsonObject) o)
          .filter(p -> p.getString("player_id").equals(low.getString("player_id")))
          .forEach(p -> assertThat(p.getDouble("new_minutes")).isGreaterThan(p.getDouble("old_minutes")));
    } else {
      assertThat(r.getJsonArray("players")).as("already projected a starter's load: nothing to change").isEmpty();
    }
  }

  static void error(String uri, JsonObject body, int status, String field) {
    HttpResponse<Buffer> resp = api.post(uri, body.toBuffer());
    assertThat(resp.statusCode()).as(resp.bodyAsString()).isEqualTo(status);
    if (field != null) {
      assertThat(resp.bodyAsJsonObject().getString("field")).as(resp.bodyAsString()).isEqualTo(field);
    }
  }
}
