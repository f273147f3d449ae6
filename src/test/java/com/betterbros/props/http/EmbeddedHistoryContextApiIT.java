package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
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

@DisplayName("History and context APIs on an embedded node, over real HTTP")
class EmbeddedHistoryContextApiIT {

  private static Node node;
  private static ApiClient api;
  private static JsonObject prop;

  /** A prop from the season's 12th day, so both teams have games behind them. */
  @BeforeAll
  static void start() {
    node = TestNodes.embedded(Map.of());
    api = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
    prop = api.ok("/props?status=settled&stat_type=points&from=2025-11-01&limit=1").getJsonArray("items").getJsonObject(0);
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  @Test
  @DisplayName("30 teams, each with a roster of at least 13 players")
  void teamsAndRosters() {
    JsonArray teams = api.ok("/history/teams").getJsonArray("items");
    assertThat(teams).hasSize(30);
    String team = teams.getJsonObject(0).getString("id");
    assertThat(api.ok("/history/teams/" + team + "/players").getJsonArray("players").size()).isGreaterThanOrEqualTo(13);
    assertThat(api.get("/history/teams/XXX/players").statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("a player's games come newest first with the chosen stat columns, paginated")
  void playerGames() {
    String player = prop.getString("player_id");
    JsonObject games = api.ok("/history/players/" + player + "/games?stats=points,assists&limit=3");
    JsonArray items = games.getJsonArray("items");
    assertThat(items).hasSizeLessThanOrEqualTo(3).isNotEmpty();
    assertThat(games.getLong("total")).isGreaterThanOrEqualTo(items.size());
    JsonObject row = items.getJsonObject(0);
    assertThat(row.fieldNames()).contains("points", "assists", "game_id", "date").doesNotContain("rebounds");
    if (items.size() > 1) {
      assertThat(row.getString("date")).isGreaterThanOrEqualTo(items.getJsonObject(1).getString("date"));
    }
    HttpResponse<Buffer> bad = api.get("/history/players/" + player + "/games?stats=dunks");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.bodyAsJsonObject().getString("field")).isEqualTo("stats");
    assertThat(api.get("/history/players/nobody-at-all/games").statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("splits add up: home and away games make the overall count")
  void splits() {
    JsonObject splits = api.ok("/history/players/" + prop.getString("player_id") + "/splits").getJsonObject("splits");
    int overall = splits.getJsonObject("overall").getInteger("games");
    assertThat(overall).isPositive();
    assertThat(splits.getJsonObject("home").getInteger("games") + splits.getJsonObject("away").getInteger("games"))
        .isEqualTo(overall);
    JsonObject rest = splits.getJsonObject("by_rest_days");
    assertThat(rest.getJsonObject("0").getInteger("games") + rest.getJsonObject("1").getInteger("games")
        + rest.getJsonObject("2+").getInteger("games")).isEqualTo(overall);
    assertThat(splits.getJsonObject("last_5").getInteger("games")).isEqualTo(Math.min(5, overall));
    assertThat(api.get("/history/players/" + prop.getString("player_id") + "/splits?last_n=0").statusCode())
        .isEqualTo(400);
  }

  @Test
  @DisplayName("team stats: wins plus losses equal games; ratings follow from points and pace")
  void teamStats() {
    JsonObject stats = api.ok("/history/teams/" + prop.getString("team") + "/stats");
    assertThat(stats.getInteger("wins") + stats.getInteger("losses")).isEqualTo(stats.getInteger("games"));
    double expected = 100 * stats.getDouble("points_for") / stats.getDouble("pace");
    assertThat(stats.getDouble("offensive_rating")).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.1));
    assertThat(stats.getJsonArray("players")).isNotEmpty();
  }

  @Test
  @DisplayName("matchups list only games against the opponent; opponent is required")
  void matchups() {
    String player = prop.getString("player_id");
    String opponent = prop.getString("opponent");
    JsonObject m = api.ok("/history/matchups?player_id=" + player + "&opponent=" + opponent);
    for (Object g : m.getJsonArray("games")) {
      assertThat(((JsonObject) g).getString("opponent")).isEqualTo(opponent);
    }
    assertThat(api.get("/history/matchups?player_id=" + player).statusCode()).isEqualTo(400);
  }

  @Test
  @DisplayName("context: injuries filter by team, team form, matchup projections, indoor weather")
  void context() {
    JsonObject injuries = api.ok("/context/injuries");
    assertThat(injuries.getInteger("total")).isPositive();
    String injuredTeam = injuries.getJsonArray("items").getJsonObject(0).getString("team");
    JsonObject teamInjuries = api.ok("/context/injuries?team=" + injuredTeam);
    assertThat(teamInjuries.getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("team")))
        .containsOnly(injuredTeam);
    assertThat(api.get("/context/injuries?date=soon").statusCode()).isEqualTo(400);

    JsonObject team = api.ok("/context/teams/" + prop.getString("team"));
    assertThat(team.getJsonObject("recent_form").getInteger("games")).isBetween(1, 10);
    assertThat(team.getDouble("pace")).isBetween(85.0, 115.0);

    JsonObject matchup = api.ok("/context/games/" + prop.getString("game_id") + "/matchup");
    assertThat(matchup.getJsonObject("game").getString("id")).isEqualTo(prop.getString("game_id"));
    assertThat(matchup.getDouble("projected_total")).isBetween(180.0, 260.0);
    assertThat(api.get("/context/games/g-nope/matchup").statusCode()).isEqualTo(404);

    JsonObject weather = api.ok("/context/weather?game_id=" + prop.getString("game_id"));
    assertThat(weather.getString("status")).isEqualTo("not_applicable");
    assertThat(api.get("/context/weather").statusCode()).isEqualTo(400);
  }
}
