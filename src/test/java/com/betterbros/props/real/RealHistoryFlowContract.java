package com.betterbros.props.real;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.testing.Await;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The real-data walk-through on a node without the synthetic season: both shared seasons of box
 * scores imported in one gzip request, the shared PrizePicks board of 2024-11-15 imported, a
 * model trained walk-forward on box scores before the board's date, and the board predicted and
 * optimised. Run against memory and PostgreSQL alike.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class RealHistoryFlowContract {

  static final int ROWS = 56_532;
  /** Rows of 2025-26 whose PLAYER_NAME is empty for players the file never names (see the fixture README). */
  static final int NAMELESS = 238;
  /** The real 2024-11-15 board's day, before its first game: its props are open. */
  static final String BOARD_LIVE = "2024-11-15T17:00:00Z";

  protected Node node;
  protected ApiClient admin;
  protected ApiClient pro;
  protected ApiClient free;

  /** A node with the given extra settings on top of BB_SYNTH_LOAD_ON_START=false and BB_PROPS_NOW. */
  protected abstract Node start(Map<String, String> env);

  @BeforeAll
  void startNode() {
    // the props' clock stands on the board's day before its games, as when the board was live
    node = start(Map.of("BB_SYNTH_LOAD_ON_START", "false", "BB_HTTP_MAX_IMPORT_BYTES", "16777216",
        "BB_PROPS_NOW", BOARD_LIVE));
    admin = new ApiClient(node.vertx(), node.httpPort(), node.devToken("operator", Tier.ENTERPRISE));
    pro = admin.withToken(node.devToken("someone-else", Tier.PRO));
    free = admin.withToken(node.devToken("free-user", Tier.FREE));
  }

  @AfterAll
  void stopNode() {
    if (node != null) {
      Await.result(node.stop());
    }
  }

  JsonObject importFile(byte[] body, int expectStatus) {
    // As curl --data-binary sends it: the body is read as raw bytes whatever the content type says.
    HttpResponse<Buffer> r = admin.post("/history/import?format=nba_gamelog", Buffer.buffer(body),
        "application/x-www-form-urlencoded");
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(expectStatus);
    return r.bodyAsJsonObject();
  }

  JsonObject await(ApiClient client, String path) {
    long deadline = System.currentTimeMillis() + 240_000;
    while (System.currentTimeMillis() < deadline) {
      JsonObject job = client.ok(path);
      if ("succeeded".equals(job.getString("status")) || "failed".equals(job.getString("status"))) {
        return job;
      }
      Await.sleep(200);
    }
    throw new AssertionError(path + " did not finish in 240 s");
  }

  @Test
  @Order(1)
  @DisplayName("an empty node has no model and says why; free users cannot import")
  void emptyNode() {
    JsonObject predict = admin.post("/model/predict", new JsonObject().put("prop_ids", new JsonArray().add("x"))
        .toBuffer()).bodyAsJsonObject();
    assertThat(predict.getString("error")).isEqualTo("service_unavailable");
    assertThat(predict.getString("message")).contains("no production model");
    HttpResponse<Buffer> forbidden = free.post("/history/import?format=nba_gamelog",
        Buffer.buffer(RealData.bytes(RealData.SEASON_2024)));
    assertThat(forbidden.statusCode()).isEqualTo(403);
  }

  @Test
  @Order(2)
  @DisplayName("both seasons import in one gzip request as a job: every row but the nameless ones, errors named")
  void importBothSeasons() {
    JsonObject accepted = importFile(RealData.bothSeasonsGzip(), 202);
    String jobId = accepted.getString("job_id");
    assertThat(accepted.getString("status")).isEqualTo("queued");
    JsonObject job = await(admin, "/jobs/" + jobId);
    assertThat(job.getString("status")).as(job.encode()).isEqualTo("succeeded");
    assertThat(job.getInteger("progress")).isEqualTo(100);
    JsonObject result = job.getJsonObject("result");
    assertThat(result.getLong("rows")).isEqualTo(ROWS);
    assertThat(result.getLong("skipped")).isEqualTo(NAMELESS);
    assertThat(result.getInteger("imported")).isEqualTo(ROWS - NAMELESS);
    assertThat(result.getInteger("updated")).isZero();
    assertThat(result.getInteger("players_created")).isEqualTo(660);
    JsonArray errors = result.getJsonArray("errors");
    assertThat(errors).hasSize(100);
    assertThat(errors.getJsonObject(0).getString("column")).isEqualTo("PLAYER_ID");
    assertThat(errors.getJsonObject(0).getLong("line")).isGreaterThan(28_261);
    assertThat(errors.getJsonObject(0).getString("message")).contains("no PLAYER_NAME");
    assertThat(admin.ok("/jobs").getJsonArray("items")).extracting(o -> ((JsonObject) o).getString("id"))
        .contains(jobId);
    assertThat(pro.get("/jobs/" + jobId).statusCode()).as("another user's job").isEqualTo(404);
    assertThat(pro.ok("/jobs").getLong("total")).isZero();
    // the CSV has no rest days: they are derived from the player's own games (the first one has none)
    JsonArray firstGames = admin.ok("/history/players/lebron-james/games?to=2024-10-31").getJsonArray("items");
    assertThat(firstGames.getJsonObject(firstGames.size() - 1).getValue("rest_days")).isNull();
    assertThat(firstGames.getJsonObject(0).getInteger("rest_days")).isNotNull().isBetween(0, 10);
    assertThat(admin.ok("/history/players/lebron-james/splits?stat_types=points").getJsonObject("splits")
        .getJsonObject("by_rest_days").getJsonObject("1").getInteger("games")).isPositive();
  }

  @Test
  @Order(3)
  @DisplayName("importing the same file again changes nothing; a corrected row updates in place")
  void idempotentAndCorrections() {
    JsonObject again = await(admin, "/jobs/" + importFile(RealData.bothSeasonsGzip(), 202).getString("job_id"));
    assertThat(again.getJsonObject("result").getInteger("imported")).isZero();
    assertThat(again.getJsonObject("result").getInteger("updated")).isZero();
    assertThat(again.getJsonObject("result").getInteger("unchanged")).isEqualTo(ROWS - NAMELESS);
    String csv = "SEASON,PLAYER_ID,PLAYER_NAME,GAME_DATE,MIN,PTS,REB,AST,FG3M,FGA,FTA,FG3A\n"
        + "2024-25,2544,LeBron James,2024-10-22,34.65,17,5,4,1,16,1,4\n";
    JsonObject fixed = await(admin, "/jobs/" + importFile(csv.getBytes(), 202).getString("job_id"));
    assertThat(fixed.getJsonObject("result").getInteger("updated")).isEqualTo(1);
    JsonObject games = admin.ok("/history/players/lebron-james/games?from=2024-10-22&to=2024-10-22");
    assertThat(games.getJsonArray("items").getJsonObject(0).getInteger("points")).isEqualTo(17);
    assertThat(games.getJsonArray("items").getJsonObject(0).getValue("steals")).as("unknown, not 0").isNull();
  }

  @Test
  @Order(4)
  @DisplayName("a file that is not CSV, lacks columns or has too many rows is a 4xx naming the problem; nothing changes")
  void badFiles() {
    JsonObject notCsv = importFile("{\"players\": []}".getBytes(), 400);
    assertThat(notCsv.getString("field")).isEqualTo("body");
    assertThat(notCsv.getString("message")).contains("GAME_DATE");
    assertThat(importFile("PLAYER_NAME,GAME_DATE\nA,2024-11-15\n".getBytes(), 400).getString("message"))
        .contains("at least one stat column");
    HttpResponse<Buffer> wrongFormat = admin.post("/history/import?format=csv", Buffer.buffer("x".getBytes()));
    assertThat(wrongFormat.statusCode()).isEqualTo(400);
    assertThat(wrongFormat.bodyAsJsonObject().getString("field")).isEqualTo("format");
    StringBuilder big = new StringBuilder("PLAYER_ID,GAME_DATE,PTS\n");
    for (int i = 0; i <= 100_000; i++) {
      big.append(i).append(",2024-11-15,1\n");
    }
    assertThat(importFile(RealData.gzip(big.toString()), 413).getString("message")).contains("100000");
    assertThat(admin.ok("/history/players/lebron-james/games?limit=500").getLong("total")).isEqualTo(
        countRows("2544"));
  }

  @Test
  @Order(5)
  @DisplayName("the shared board: at least 98% of its NBA players matched, the rest listed, games created once")
  void board() {
    HttpResponse<Buffer> r = admin.post("/props/import?platform=prizepicks", Buffer.buffer(RealData.bytes(RealData.BOARD)));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    JsonObject summary = r.bodyAsJsonObject();
    int matched = summary.getInteger("players_matched");
    int unmatched = summary.getInteger("players_unmatched");
    System.out.printf("%s: board players matched %d of %d; unmatched: %s%n", getClass().getSimpleName(), matched,
        matched + unmatched, admin.ok("/history/identities/unmatched").getJsonArray("items").encode());
    assertThat((double) matched / (matched + unmatched)).as(summary.encode()).isGreaterThanOrEqualTo(0.98);
    assertThat(summary.getInteger("games_created")).isEqualTo(5);
    JsonObject listed = admin.ok("/history/identities/unmatched");
    assertThat(listed.getLong("total")).isEqualTo(unmatched);
    JsonObject again = admin.post("/props/import?platform=prizepicks", Buffer.buffer(RealData.bytes(RealData.BOARD)))
        .bodyAsJsonObject();
    assertThat(again.getInteger("games_created")).isZero();
    assertThat(again.getInteger("imported")).isZero();
    JsonObject edwards = admin.ok("/props?player=anthony-edwards&stat_type=points&limit=5");
    assertThat(edwards.getJsonArray("items")).isNotEmpty();
    JsonObject prop = edwards.getJsonArray("items").getJsonObject(0);
    assertThat(prop.getString("player_id")).isEqualTo("anthony-edwards");
    assertThat(prop.getString("game_id")).isEqualTo("nba-20241115-MIN-SAC");
    JsonObject game = admin.ok("/history/games/nba-20241115-MIN-SAC").getJsonObject("game");
    assertThat(game.getBoolean("sides_known")).isFalse();
    assertThat(game.getString("start_time")).isEqualTo("2024-11-16T03:10:00Z");
    assertThat(game.getString("date")).as("the US/Eastern date of a 22:10 ET tip").isEqualTo("2024-11-15");
  }

  @Test
  @Order(6)
  @DisplayName("a model trained on box scores before the board predicts every matched prop; the rest are item errors")
  void predictBoard() {
    JsonObject body = new JsonObject().put("model_type", "xgb_nb_regression").put("source", "history")
        .put("from", "2024-10-22").put("to", "2024-11-14")
        .put("stat_types", new JsonArray().add("points").add("rebounds").add("assists").add("threes")
            .add("pts_rebs_asts").add("pts_rebs").add("pts_asts").add("rebs_asts"))
        .put("hyper_parameters", new JsonObject().put("trees", 120));
    String exp = admin.post("/experiments", body.toBuffer()).bodyAsJsonObject().getString("id");
    JsonObject done = await(admin, "/experiments/" + exp);
    assertThat(done.getString("status")).as(done.encode()).isEqualTo("succeeded");
    assertThat(admin.post("/experiments/" + exp + "/promote", Buffer.buffer()).statusCode()).isEqualTo(200);
    // the model never saw a game after "to": its training and holdout lie inside the range
    String modelId = done.getString("model_id");
    long until = System.currentTimeMillis() + 10_000;
    while (!modelId.equals(admin.ok("/model").getJsonObject("model", new JsonObject()).getString("id"))
        && System.currentTimeMillis() < until) {
      Await.sleep(100);
    }
    JsonObject provenance = admin.ok("/model").getJsonObject("model").getJsonObject("provenance");
    assertThat(provenance.getString("source")).isEqualTo("history");
    assertThat(provenance.getString("train_from")).isGreaterThanOrEqualTo("2024-10-22");
    assertThat(provenance.getString("holdout_to")).isLessThanOrEqualTo("2024-11-14");
    assertThat(provenance.getString("train_to")).isLessThan(provenance.getString("holdout_from"));
    List<String> ids = new ArrayList<>();
    JsonArray props = admin.ok("/props?platform=prizepicks&limit=500").getJsonArray("items").copy();
    props.addAll(admin.ok("/props?platform=prizepicks&limit=500&offset=500").getJsonArray("items"));
    props.forEach(p -> ids.add(((JsonObject) p).getString("id")));
    assertThat(ids).hasSizeGreaterThan(500);
    JsonObject predicted = admin.post("/model/predict", new JsonObject().put("prop_ids", new JsonArray(ids))
        .toBuffer()).bodyAsJsonObject();
    JsonArray items = predicted.getJsonArray("items");
    int ok = 0;
    for (int i = 0; i < items.size(); i++) {
      JsonObject item = items.getJsonObject(i);
      JsonObject prop = props.getJsonObject(i);
      boolean trained = List.of("points", "rebounds", "assists", "threes", "pts_rebs_asts", "pts_rebs", "pts_asts",
          "rebs_asts").contains(prop.getString("stat_type"));
      if (trained && !prop.getString("player_id").equals(prop.getString("player_name"))) {
        if (item.containsKey("p_over")) {
          ok++;
          if (!"standard".equals(prop.getString("odds_type"))) {
            assertThat(item.getValue("edge")).as("no published payout").isNull();
            assertThat(item.getString("payout_note")).contains("does not publish");
          }
        }
      } else {
        assertThat(item.getString("error")).as(prop.encode()).isNotNull();
      }
    }
    System.out.printf("%s: %d of %d board props predicted%n", getClass().getSimpleName(), ok, items.size());
    assertThat(ok).isGreaterThan(400);
    assertThat(predicted.getInteger("predicted")).isEqualTo(ok);
    JsonArray six = new JsonArray();
    admin.ok("/props?game_id=nba-20241115-MIN-SAC&odds_type=standard&stat_type=points&limit=6").getJsonArray("items")
        .forEach(p -> six.add(((JsonObject) p).getString("id")));
    assertThat(six).hasSize(6);
    HttpResponse<Buffer> parlays = admin.post("/optimize/parlays", new JsonObject().put("prop_ids", six).put("size", 2)
        .put("payout", new JsonObject().put("platform", "prizepicks").put("mode", "power")).put("top_k", 3).toBuffer());
    assertThat(parlays.statusCode()).as(parlays.bodyAsString()).isEqualTo(200);
    assertThat(parlays.bodyAsJsonObject().getJsonArray("slips")).isNotEmpty();
    JsonArray demon = new JsonArray().add(six.getString(0)).add(admin.ok(
        "/props?game_id=nba-20241115-MIN-SAC&odds_type=demon&limit=1").getJsonArray("items").getJsonObject(0)
        .getString("id"));
    HttpResponse<Buffer> refused = admin.post("/optimize/simulate", new JsonObject().put("prop_ids", demon)
        .put("payout", new JsonObject().put("platform", "prizepicks").put("mode", "power")).toBuffer());
    assertThat(refused.statusCode()).as(refused.bodyAsString()).isEqualTo(422);
    assertThat(refused.bodyAsJsonObject().getString("message")).contains("does not publish");
    assertThat(admin.ok("/optimize/slips?limit=10").getJsonArray("slip_types")).isNotEmpty();
  }

  @Test
  @Order(7)
  @DisplayName("an Underdog board meets PrizePicks on the same ids; a manual alias ties an unknown name and re-points"
      + " its props; a boosted line keeps its multiplier")
  void underdogAndAliases() {
    byte[] underdog = RealData.bytes(RealData.UNDERDOG_HANDMADE);
    JsonObject summary = admin.post("/props/import?platform=underdog", Buffer.buffer(underdog)).bodyAsJsonObject();
    assertThat(summary.getInteger("imported")).isEqualTo(5);
    assertThat(summary.getInteger("players_matched")).isEqualTo(1);
    assertThat(summary.getInteger("players_unmatched")).isEqualTo(1);
    JsonObject unmatched = admin.ok("/history/identities/unmatched?source=underdog").getJsonArray("items")
        .getJsonObject(0);
    assertThat(unmatched.getString("name")).isEqualTo("Ant Edwards");
    assertThat(unmatched.getString("team")).isEqualTo("MIN");
    assertThat(unmatched.getInteger("props")).isEqualTo(3);
    assertThat(pro.post("/history/identities", new JsonObject().put("source", "underdog")
        .put("external_id", "ud-player-ant").put("player_id", "anthony-edwards").toBuffer()).statusCode())
        .as("pro tier").isEqualTo(403);
    assertThat(admin.post("/history/identities", new JsonObject().put("source", "underdog")
        .put("external_id", "ud-player-ant").put("player_id", "nobody-at-all").toBuffer()).statusCode()).isEqualTo(404);
    assertThat(admin.post("/history/identities", new JsonObject().put("source", "underdog")
        .put("player_id", "anthony-edwards").toBuffer()).bodyAsJsonObject().getString("field")).isEqualTo("external_id");
    HttpResponse<Buffer> nbaName = admin.post("/history/identities", new JsonObject().put("source", "nba")
        .put("name", "Ant Edwards").put("player_id", "anthony-edwards").toBuffer());
    assertThat(nbaName.statusCode()).isEqualTo(400);
    assertThat(nbaName.bodyAsJsonObject().getString("field")).isEqualTo("name");
    HttpResponse<Buffer> alias = admin.post("/history/identities", new JsonObject().put("source", "underdog")
        .put("external_id", "ud-player-ant").put("player_id", "anthony-edwards").toBuffer());
    assertThat(alias.statusCode()).as(alias.bodyAsString()).isEqualTo(201);
    long deadline = System.currentTimeMillis() + 10_000;
    while (admin.ok("/props?platform=underdog&player=anthony-edwards").getLong("total") < 3
        && System.currentTimeMillis() < deadline) {
      Await.sleep(100);
    }
    JsonObject points = admin.ok("/props?platform=underdog&player=anthony-edwards&stat_type=points")
        .getJsonArray("items").getJsonObject(0);
    assertThat(points.getString("player_id")).isEqualTo("anthony-edwards");
    assertThat(points.getString("game_id")).isEqualTo("nba-20241115-MIN-SAC");
    JsonObject again = admin.post("/props/import?platform=underdog", Buffer.buffer(underdog)).bodyAsJsonObject();
    assertThat(again.getInteger("players_unmatched")).isZero();
    assertThat(admin.ok("/history/identities/unmatched?source=underdog").getLong("total")).isZero();
    assertThat(admin.ok("/history/players/anthony-edwards/identities").getJsonArray("identities"))
        .extracting(o -> ((JsonObject) o).getString("source")).contains("nba", "prizepicks", "underdog");
    JsonArray discrepancies = admin.ok("/optimize/slips?limit=500").getJsonArray("discrepancies");
    assertThat(discrepancies).extracting(o -> ((JsonObject) o).getString("player_id") + "|"
        + ((JsonObject) o).getString("stat_type")).contains("anthony-edwards|points", "domantas-sabonis|rebounds");
    JsonObject boosted = admin.ok("/props?platform=underdog&player=anthony-edwards&stat_type=threes")
        .getJsonArray("items").getJsonObject(0);
    assertThat(boosted.getString("odds_type")).isEqualTo("boosted");
    assertThat(boosted.getString("sides")).isEqualTo("over");
    JsonObject priced = admin.post("/model/predict", new JsonObject().put("prop_ids", new JsonArray()
        .add(boosted.getString("id")).add(points.getString("id"))).toBuffer()).bodyAsJsonObject();
    JsonObject b = priced.getJsonArray("items").getJsonObject(0);
    JsonObject s = priced.getJsonArray("items").getJsonObject(1);
    assertThat(b.getString("side")).isEqualTo("over");
    assertThat(b.getJsonObject("breakevens").getValue("under")).isNull();
    assertThat(b.getJsonObject("breakevens").getDouble("over"))
        .isCloseTo(s.getJsonObject("breakevens").getDouble("over") / 1.5, org.assertj.core.data.Offset.offset(1e-3));
    // the slip search pays the boosted leg's multiplier on the whole entry, as simulate does
    String rebounds = admin.ok("/props?platform=underdog&player=domantas-sabonis&stat_type=rebounds")
        .getJsonArray("items").getJsonObject(0).getString("id");
    JsonArray pair = new JsonArray().add(boosted.getString("id")).add(rebounds);
    JsonObject payout = new JsonObject().put("platform", "underdog").put("mode", "standard");
    HttpResponse<Buffer> parlays = admin.post("/optimize/parlays", new JsonObject().put("prop_ids", pair)
        .put("size", 2).put("payout", payout).toBuffer());
    assertThat(parlays.statusCode()).as(parlays.bodyAsString()).isEqualTo(200);
    JsonObject slip = parlays.bodyAsJsonObject().getJsonArray("slips").getJsonObject(0);
    assertThat(slip.getDouble("leg_multiplier_product")).isEqualTo(1.5);
    JsonObject simulated = admin.post("/optimize/simulate", new JsonObject().put("prop_ids", pair)
        .put("payout", payout).toBuffer()).bodyAsJsonObject();
    assertThat(simulated.getJsonObject("payout").getDouble("leg_multiplier_product")).isEqualTo(1.5);
    assertThat(slip.getDouble("ev")).isCloseTo(simulated.getDouble("ev"), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  @Order(8)
  @DisplayName("the real board frozen with its predictions and graded against the real box scores of 2024-11-15")
  void snapshotGradedOnRealOutcomes() {
    String game = "nba-20241115-MIN-SAC";
    HttpResponse<Buffer> created = admin.post("/snapshots", new JsonObject().put("name", "MIN-SAC 2024-11-15")
        .put("filter", new JsonObject().put("platform", "prizepicks").put("game_id", game)).toBuffer());
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    String id = created.bodyAsJsonObject().getString("id");
    long props = admin.ok("/props?platform=prizepicks&game_id=" + game + "&limit=500").getLong("total");
    assertThat(created.bodyAsJsonObject().getLong("item_count")).isEqualTo(props);
    HttpResponse<Buffer> graded = admin.post("/snapshots/" + id + "/grade", Buffer.buffer());
    assertThat(graded.statusCode()).as(graded.bodyAsString()).isEqualTo(200);
    JsonObject grade = graded.bodyAsJsonObject();
    assertThat(grade.getInteger("settled")).isPositive();
    assertThat(grade.getDouble("brier")).isBetween(0.0, 1.0);
    // one leg's stat, checked against the player's game log as the history service answers it
    JsonObject snapshot = admin.ok("/snapshots/" + id);
    JsonObject leg = grade.getJsonArray("legs").stream().map(JsonObject.class::cast)
        .filter(l -> l.getValue("stat") != null).findFirst().orElseThrow();
    JsonObject item = snapshot.getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(i -> i.getString("prop_id").equals(leg.getString("prop_id"))).findFirst().orElseThrow();
    JsonObject row = admin.ok("/history/players/" + item.getString("player_id")
        + "/games?from=2024-11-15&to=2024-11-15&stats=" + item.getString("stat_type")).getJsonArray("items")
        .getJsonObject(0);
    assertThat(leg.getDouble("stat")).isEqualTo(row.getDouble(item.getString("stat_type")));
    double line = item.getDouble("line");
    assertThat(leg.getString("outcome"))
        .isEqualTo(leg.getDouble("stat") > line ? "over" : leg.getDouble("stat") < line ? "under" : "push");
    // the promoted model's calibration on its own holdout (days before the board)
    JsonObject calibration = admin.ok("/eval/calibration?segment=stat_type");
    assertThat(calibration.getInteger("n")).isPositive();
    assertThat(calibration.getJsonObject("model").getString("holdout_to")).isLessThanOrEqualTo("2024-11-14");
    System.out.printf("%s: snapshot of %s graded: %d settled, %d void, %d pending; Brier %.4f, recommended %d"
            + " (%d won of %d settled, ROI %s)%n", getClass().getSimpleName(), game, grade.getInteger("settled"),
        grade.getInteger("voids"), grade.getInteger("pending"), grade.getDouble("brier"),
        grade.getInteger("recommended"), grade.getInteger("recommended_won"), grade.getInteger("recommended_settled"),
        grade.getValue("roi"));
  }

  @Test
  @Order(9)
  @DisplayName("a walk-forward backtest of the real 2024-11-15 board: a model trained on the box scores before it")
  void backtestOfTheRealBoard() {
    HttpResponse<Buffer> started = admin.post("/eval/backtests", new JsonObject().put("from", "2024-11-15")
        .put("to", "2024-11-15").put("strategy", "single_legs").put("retrain_every_days", 1)
        .put("platforms", new io.vertx.core.json.JsonArray().add("prizepicks")).toBuffer());
    assertThat(started.statusCode()).as(started.bodyAsString()).isEqualTo(202);
    JsonObject job = await(admin, "/jobs/" + started.bodyAsJsonObject().getString("job_id"));
    assertThat(job.getString("status")).as(job.encode()).isEqualTo("succeeded");
    JsonObject backtest = admin.ok("/eval/backtests/" + job.getJsonObject("result").getString("backtest_id"));
    JsonObject model = backtest.getJsonArray("models").getJsonObject(0);
    assertThat(model.getString("source")).isEqualTo("history");
    assertThat(model.getString("train_to")).isLessThanOrEqualTo("2024-11-14");
    assertThat(backtest.getInteger("assumed_payout_days")).isEqualTo(1);
    assertThat(backtest.getInteger("priced_legs")).isPositive();
    JsonObject bets = admin.ok("/eval/backtests/" + backtest.getString("id") + "/bets?limit=500");
    double staked = 0;
    double returned = 0;
    for (Object o : bets.getJsonArray("items")) {
      staked += ((JsonObject) o).getDouble("stake");
      returned += ((JsonObject) o).getDouble("payout");
    }
    assertThat(bets.getInteger("total")).isEqualTo(backtest.getInteger("bets"));
    if (staked > 0) {
      assertThat(backtest.getDouble("roi")).isCloseTo((returned - staked) / staked, org.assertj.core.api.Assertions
          .within(1e-9));
    }
    JsonObject baseline = backtest.getJsonObject("baseline");
    System.out.printf("%s: backtest of 2024-11-15 (model trained on %d box scores to %s): %d legs priced, %d bets,"
            + " %d won, ROI %s; baseline (over on every leg) %d bets, ROI %s%n", getClass().getSimpleName(),
        model.getInteger("train_rows"), model.getString("train_to"), backtest.getInteger("priced_legs"),
        backtest.getInteger("bets"), backtest.getInteger("won"), backtest.getValue("roi"), baseline.getInteger("bets"),
        baseline.getValue("roi"));
  }

  private static long countRows(String playerId) {
    return RealData.text(RealData.SEASON_2024).lines().filter(l -> l.startsWith("2024-25," + playerId + ",")).count()
        + RealData.text(RealData.SEASON_2025).lines().filter(l -> l.startsWith("2025-26," + playerId + ",")).count();
  }
}
