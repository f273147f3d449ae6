package com.betterbros.props.history;

import static com.betterbros.props.history.EspnSyncFixtures.GAME;
import static com.betterbros.props.history.EspnSyncFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.history.api.BoardGame;
import com.betterbros.props.history.api.BoardRequest;
import com.betterbros.props.history.api.HistoryService;
import com.betterbros.props.history.api.ResolvedBoard;
import com.betterbros.props.testing.Await;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * POST /history/sync against a local server replaying ESPN responses ({@link EspnSyncFixtures}):
 * never a live call. The node has no synthetic season, so everything in the history comes from
 * the sync. {@link EspnSyncPgIT} runs the same tests on PostgreSQL.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("ESPN sync on an embedded node (memory store), from replayed ESPN responses")
class EspnSyncIT extends EspnSyncNode {

  @Test
  @Order(1)
  @DisplayName("a final day: games with scores and sides, starters' box scores exactly as ESPN gave them, DNPs not stored")
  void finalDay() {
    JsonObject job = sync(body("2026-02-19", "2026-02-19"));
    assertThat(job.getString("status")).as(job.encode()).isEqualTo("succeeded");
    JsonObject result = job.getJsonObject("result");
    System.out.printf("%s first sync of 2026-02-19: %s%n", getClass().getSimpleName(),
        result.copy().put("errors", result.getJsonArray("errors").size()).encode());
    assertThat(result.getInteger("dates")).isEqualTo(1);
    assertThat(result.getInteger("games")).isEqualTo(10);
    assertThat(result.getInteger("games_final")).isEqualTo(10);
    assertThat(result.getInteger("summaries")).isEqualTo(1);
    assertThat(result.getJsonObject("box_scores")).isEqualTo(new JsonObject().put("imported", 17)
        .put("updated", 0).put("unchanged", 0));
    assertThat(result.getInteger("dnp")).isEqualTo(2);
    assertThat(result.getInteger("players_created")).as("17 who played, Post and Curry from the GS roster,"
        + " Tatum from the injury report").isEqualTo(20);
    assertThat(result.getInteger("teams_created")).isEqualTo(20);
    assertThat(result.getJsonObject("rosters").getInteger("fetched")).isEqualTo(1);
    // The fixtures hold one summary and one roster: the other 9 summaries and 19 rosters are ESPN 404s.
    JsonArray errors = result.getJsonArray("errors");
    assertThat(result.getInteger("errors_total")).isEqualTo(28);
    assertThat(errors.stream().map(e -> (JsonObject) e).filter(e -> e.containsKey("event")).count()).isEqualTo(9);
    assertThat(errors.getJsonObject(0).getString("message")).contains("summary: ESPN answered HTTP 404");
    assertThat(errors.stream().map(e -> (JsonObject) e).filter(e -> e.containsKey("team"))
        .map(e -> e.getString("team"))).hasSize(19).doesNotContain("GSW");

    JsonObject detail = admin.ok("/history/games/" + GAME);
    JsonObject game = detail.getJsonObject("game");
    assertThat(game.getString("home_team")).isEqualTo("GSW");
    assertThat(game.getString("away_team")).isEqualTo("BOS");
    assertThat(game.getBoolean("sides_known")).isTrue();
    assertThat(game.getString("status")).isEqualTo("final");
    assertThat(game.getInteger("home_score")).isEqualTo(112);
    assertThat(game.getInteger("away_score")).isEqualTo(108);
    assertThat(game.getString("start_time")).isEqualTo("2026-02-20T03:00:00Z");
    // Pace = 48 * (Poss_GS + Poss_BOS) / 2 / 48, Poss = FGA + 0.44 FTA - OREB + TOV = 92.92 and 97.92
    assertThat(game.getDouble("pace")).isEqualTo(95.42);
    JsonObject other = admin.ok("/history/games/nba-20260219-CHA-HOU").getJsonObject("game");
    assertThat(other.getString("home_team")).isEqualTo("CHA");
    assertThat(other.getInteger("home_score")).isEqualTo(104);
    assertThat(other.getInteger("away_score")).isEqualTo(111);
    assertThat(other.getValue("pace")).as("no summary, no pace").isNull();

    JsonArray box = detail.getJsonArray("box_scores");
    assertThat(box).hasSize(17);
    Map<String, JsonObject> starters = EspnSyncFixtures.starters();
    assertThat(starters).hasSize(10);
    starters.forEach((name, expected) -> {
      String id = com.betterbros.props.platforms.PlayerIds.slug(name);
      JsonObject row = box.stream().map(o -> (JsonObject) o).filter(r -> id.equals(r.getString("player_id")))
          .findFirst().orElseThrow(() -> new AssertionError("no box score for " + name));
      expected.forEach(e -> assertThat(((Number) row.getValue(e.getKey())).longValue())
          .as(name + " " + e.getKey()).isEqualTo(e.getValue()));
    });
    JsonObject podziemski = box.stream().map(o -> (JsonObject) o)
        .filter(r -> "brandin-podziemski".equals(r.getString("player_id"))).findFirst().orElseThrow();
    assertThat(podziemski.getString("team")).isEqualTo("GSW");
    assertThat(podziemski.getString("opponent")).isEqualTo("BOS");
    assertThat(podziemski.getBoolean("home")).isTrue();
    assertThat(podziemski.getInteger("points")).isEqualTo(19);
    assertThat(podziemski.getInteger("fga")).isEqualTo(14);

    assertThat(admin.ok("/history/players/quinten-post/games").getLong("total")).as("DNP: no row").isZero();
    assertThat(admin.get("/history/players/hugo-gonzalez/games").statusCode()).as("DNP, on no roster: never created")
        .isEqualTo(404);
    JsonArray identities = admin.ok("/history/players/brandin-podziemski/identities").getJsonArray("identities");
    assertThat(identities).hasSize(1);
    assertThat(identities.getJsonObject(0).getString("source")).isEqualTo("espn");
    assertThat(identities.getJsonObject(0).getString("external_id")).isEqualTo("4709138");
    JsonArray gs = admin.ok("/history/teams/GSW/players").getJsonArray("players");
    JsonObject curry = gs.stream().map(o -> (JsonObject) o).filter(p -> "stephen-curry".equals(p.getString("id")))
        .findFirst().orElseThrow();
    assertThat(curry.getString("position")).as("ESPN's PG").isEqualTo("G");
    assertThat(gs).hasSize(10);
    assertThat(admin.ok("/history/teams/GSW/stats?from=2026-02-19&to=2026-02-19").getInteger("wins")).isEqualTo(1);
  }

  @Test
  @Order(2)
  @DisplayName("Out entries of the injury report are stored as spells from their date to the day read; Day-To-Day and Questionable are not")
  void injuries() {
    JsonObject stored = admin.ok("/context/injuries");
    assertThat(stored.getLong("total")).isEqualTo(2);
    JsonObject tatum = stored.getJsonArray("items").getJsonObject(0);
    assertThat(tatum.getString("player_id")).isEqualTo("jayson-tatum");
    assertThat(tatum.getString("team")).isEqualTo("BOS");
    assertThat(tatum.getString("start_date")).isEqualTo("2026-02-18");
    // the report was read today (US/Eastern; yesterday if the sync ran before midnight there)
    java.time.LocalDate today = java.time.LocalDate.now(com.betterbros.props.identity.GameIds.EASTERN);
    assertThat(tatum.getString("end_date")).isIn(today.toString(), today.minusDays(1).toString());
    assertThat(tatum.getString("status")).isEqualTo("out");
    JsonObject curry = admin.ok("/context/injuries?date=2026-02-19").getJsonArray("items").stream()
        .map(o -> (JsonObject) o).filter(i -> "GSW".equals(i.getString("team"))).findFirst().orElseThrow();
    assertThat(curry.getString("player_id")).as("id only in his player link").isEqualTo("stephen-curry");
    assertThat(curry.getString("team")).isEqualTo("GSW");
    assertThat(curry.getString("description")).contains("ruled out");
    JsonObject jobs = admin.ok("/jobs?kind=history_sync");
    JsonObject report = jobs.getJsonArray("items").getJsonObject(0).getJsonObject("result").getJsonObject("injuries");
    assertThat(report.getInteger("reported")).isEqualTo(4);
    assertThat(report.getInteger("stored")).isEqualTo(2);
    assertThat(report.getJsonObject("not_stored")).isEqualTo(new JsonObject().put("day-to-day", 1)
        .put("questionable", 1));
    assertThat(report.getString("rule")).contains("only Out and Doubtful");
  }

  @Test
  @Order(3)
  @DisplayName("running the same sync again changes nothing and publishes nothing")
  void idempotent() {
    int events = changed.size();
    assertThat(events).as("the first sync published a change").isEqualTo(1);
    JsonObject result = sync(body("2026-02-19", "2026-02-19")).getJsonObject("result");
    assertThat(result.getJsonObject("box_scores")).isEqualTo(new JsonObject().put("imported", 0)
        .put("updated", 0).put("unchanged", 17));
    assertThat(result.getJsonObject("games_saved").getInteger("imported")).isZero();
    assertThat(result.getJsonObject("games_saved").getInteger("updated")).isZero();
    assertThat(result.getInteger("players_created")).isZero();
    assertThat(result.getInteger("players_updated")).isZero();
    assertThat(result.getJsonObject("injuries").getInteger("unchanged")).isEqualTo(2);
    Await.sleep(200);
    assertThat(changed).hasSize(events);
  }

  @Test
  @Order(4)
  @DisplayName("a pre-game scoreboard gives the day's scheduled games with start time and sides; a board maps to them")
  void scheduledDay() {
    JsonObject result = sync(body("2026-02-20", "2026-02-20")).getJsonObject("result");
    assertThat(result.getInteger("games")).isEqualTo(9);
    assertThat(result.getInteger("games_scheduled")).isEqualTo(9);
    assertThat(result.getInteger("summaries")).isZero();
    JsonObject game = admin.ok("/history/games/nba-20260220-MEM-UTA").getJsonObject("game");
    assertThat(game.getString("status")).isEqualTo("scheduled");
    assertThat(game.getString("home_team")).isEqualTo("MEM");
    assertThat(game.getString("away_team")).as("ESPN's UTAH").isEqualTo("UTA");
    assertThat(game.getString("start_time")).isEqualTo("2026-02-21T00:00:00Z");
    assertThat(game.getValue("home_score")).isNull();
    JsonObject cha = admin.ok("/history/games/nba-20260220-CHA-CLE").getJsonObject("game");
    assertThat(cha.getInteger("home_rest_days")).as("CHA played on the 19th").isZero();
    HistoryService history = HistoryService.createProxy(node.vertx(), new DeliveryOptions().setSendTimeout(10_000));
    ResolvedBoard board = Await.result(history.resolveBoard(new BoardRequest().setSource("prizepicks")
        .setPlayers(List.of())
        .setGames(List.of(new BoardGame().setKey("g1").setSport("NBA")
            .setDate("2026-02-20").setTeam("UTA").setOpponent("MEM")))));
    assertThat(board.getGames()).containsEntry("g1", "nba-20260220-MEM-UTA");
    assertThat(board.getGamesCreated()).isZero();
  }
}
