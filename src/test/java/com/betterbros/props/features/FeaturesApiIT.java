package com.betterbros.props.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.features.core.FeatureBuilder;
import com.betterbros.props.features.core.FeatureRequest;
import com.betterbros.props.features.core.FeatureSet;
import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.sim.Season;
import com.betterbros.props.sim.SeasonGenerator;
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
 * The features API on an embedded node (synthetic season seed 42, 20 days) over real HTTP; the
 * expected values come from FeatureBuilder over the same season generated in the test.
 */
@DisplayName("Features API on an embedded node, over real HTTP")
class FeaturesApiIT {

  private static Node node;
  private static ApiClient api;
  private static HistoryIndex index;
  private static JsonObject prop;

  /** A closed points prop from the season's 12th day on, so the player has games behind him. */
  @BeforeAll
  static void start() {
    node = TestNodes.embedded(Map.of());
    api = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
    Season season = SeasonGenerator.generate(42, 20);
    index = HistoryIndex.of(season.games(), season.stats(), season.injuries(), season.players());
    prop = api.ok("/props?status=settled&stat_type=points&from=2025-11-01&limit=1").getJsonArray("items").getJsonObject(0);
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  @Test
  @DisplayName("one player's features over HTTP equal FeatureBuilder's for the same request")
  void single() {
    JsonObject body = api.ok(path(prop.getString("player_id")) + "?game_id=" + prop.getString("game_id")
        + "&stat_type=points&line=17.5");
    assertThat(body.getString("feature_set_version")).isEqualTo(FeatureSet.VERSION);
    assertThat(body.getDouble("line")).isEqualTo(17.5);
    assertThat(body.getString("line_source")).isEqualTo("request");
    assertMatchesBuilder(body, 17.5);
    assertThat(body.getJsonObject("features").getDouble("games_played")).isPositive();
  }

  @Test
  @DisplayName("without a line the posted prop's line is used; for an unposted stat the line features are null")
  void postedLine() {
    String player = prop.getString("player_id");
    String game = prop.getString("game_id");
    JsonObject body = api.ok(path(player) + "?game_id=" + game + "&stat_type=points");
    assertThat(body.getString("line_source")).isEqualTo("prop");
    JsonObject posted = api.ok("/props?player=" + player + "&game_id=" + game + "&stat_type=points&limit=1")
        .getJsonArray("items").getJsonObject(0);
    assertThat(body.getDouble("line")).isEqualTo(posted.getDouble("line"));
    assertMatchesBuilder(body, posted.getDouble("line"));
    JsonObject steals = api.ok(path(player) + "?game_id=" + game + "&stat_type=steals");
    assertThat(steals.getValue("line")).isNull();
    assertThat(steals.getJsonObject("features").getValue("line_minus_mean_10")).isNull();
    assertThat(steals.getJsonObject("features").getValue("mean_10")).isNotNull();
  }

  @Test
  @DisplayName("a batch answers in request order with the same values as single requests")
  void batch() {
    String player = prop.getString("player_id");
    String game = prop.getString("game_id");
    JsonArray items = new JsonArray()
        .add(item(player, game, "rebounds").put("line", 5.5))
        .add(item(player, game, "points").put("line", "17.5"))
        .add(item(player, game, "pts_rebs_asts"));
    HttpResponse<Buffer> resp = api.post("/features/compute", new JsonObject().put("items", items).toBuffer());
    assertThat(resp.statusCode()).as(resp.bodyAsString()).isEqualTo(200);
    JsonArray out = resp.bodyAsJsonObject().getJsonArray("items");
    assertThat(out).hasSize(3);
    assertThat(out.getJsonObject(0).getString("stat_type")).isEqualTo("rebounds");
    assertThat(out.getJsonObject(1)).isEqualTo(api.ok(path(player) + "?game_id=" + game + "&stat_type=points&line=17.5"));
    assertThat(out.getJsonObject(2)).isEqualTo(api.ok(path(player) + "?game_id=" + game + "&stat_type=pts_rebs_asts"));
    assertMatchesBuilder(out.getJsonObject(0), 5.5);
  }

  @Test
  @DisplayName("400 names the missing or bad field, 404 for an unknown player or game, 422 names the stat type")
  void failures() {
    String player = path(prop.getString("player_id"));
    String game = prop.getString("game_id");
    assertStatus(api.get(player + "?stat_type=points"), 400, "game_id");
    assertStatus(api.get(player + "?game_id=" + game), 400, "stat_type");
    assertStatus(api.get(player + "?game_id=" + game + "&stat_type=points&line=high"), 400, "line");
    assertStatus(api.get(path("nobody-at-all") + "?game_id=" + game + "&stat_type=points"), 404, null);
    assertStatus(api.get(player + "?game_id=g-nope&stat_type=points"), 404, null);
    HttpResponse<Buffer> dunks = api.get(player + "?game_id=" + game + "&stat_type=dunks");
    assertStatus(dunks, 422, "stat_type");
    assertThat(dunks.bodyAsJsonObject().getString("message")).contains("dunks");
    JsonArray tooMany = new JsonArray();
    for (int i = 0; i < 1_001; i++) {
      tooMany.add(item(prop.getString("player_id"), game, "points"));
    }
    assertStatus(api.post("/features/compute", new JsonObject().put("items", tooMany).toBuffer()), 400, "items");
    assertStatus(api.post("/features/compute", Buffer.buffer("{not json")), 400, "body");
    JsonArray bad = new JsonArray().add(item(prop.getString("player_id"), game, "points")).add(new JsonObject());
    assertStatus(api.post("/features/compute", new JsonObject().put("items", bad).toBuffer()), 400,
        "items[1].player_id");
  }

  private static void assertMatchesBuilder(JsonObject body, double line) {
    FeatureRequest req = FeatureRequest.forGame(prop.getString("player_id"), prop.getString("team"),
        index.game(body.getString("game_id")), body.getString("stat_type"), line);
    double[] expected = FeatureBuilder.build(index, req);
    JsonObject features = body.getJsonObject("features");
    assertThat(features.fieldNames()).containsExactlyElementsOf(FeatureSet.NAMES);
    for (int i = 0; i < expected.length; i++) {
      assertThat(features.getDouble(FeatureSet.NAMES.get(i))).as(FeatureSet.NAMES.get(i)).isEqualTo(expected[i]);
    }
  }

  private static void assertStatus(HttpResponse<Buffer> resp, int status, String field) {
    assertThat(resp.statusCode()).as(resp.bodyAsString()).isEqualTo(status);
    if (field != null) {
      assertThat(resp.bodyAsJsonObject().getString("field")).isEqualTo(field);
    }
  }

  private static JsonObject item(String player, String game, String stat) {
    return new JsonObject().put("player_id", player).put("game_id", game).put("stat_type", stat);
  }

  private static String path(String player) {
    return "/features/players/" + player;
  }
}
