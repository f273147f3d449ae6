package com.betterbros.props.eval;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * /eval/live on an embedded node (synthetic season, 30 days, its first model trained): predictions
 * served for one open game are recorded once each; the box scores of that game, imported afterwards
 * as a game log, settle them; every figure is recomputed here from the served predictions and the
 * stats imported.
 */
@DisplayName("Live tracking: served predictions recorded once, settled by the box scores imported later")
class LiveTrackingIT {

  private static Node node;
  private static ApiClient admin;
  private static ApiClient alice;

  @BeforeAll
  static void start() throws InterruptedException {
    // every role but the live feed, which prices (serves) the whole open board by itself: this test
    // counts exactly the predictions it asks for
    node = TestNodes.trained(Map.of("BB_ROLES",
        "gateway,props,history,context,features,model,experiments,corr,optimize,jobs,eval,snapshots"));
    admin = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
    alice = admin.withToken(node.devToken("alice", Tier.PRO));
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  private static JsonObject until(String uri, Predicate<JsonObject> done) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    JsonObject r = alice.ok(uri);
    while (!done.test(r) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      r = alice.ok(uri);
    }
    assertThat(done.test(r)).as(r.encode()).isTrue();
    return r;
  }

  @Test
  @DisplayName("one open game: served, recorded once, pending, then settled by its box scores with every figure recomputed")
  void servedThenSettled() throws InterruptedException {
    String gameId = alice.ok("/props?status=open&platform=prizepicks&stat_type=points&limit=1").getJsonArray("items")
        .getJsonObject(0).getString("game_id");
    JsonObject game = alice.ok("/history/games/" + gameId).getJsonObject("game");
    String date = game.getString("date");
    JsonArray props = alice.ok("/props?status=open&platform=prizepicks&stat_type=points&game_id=" + gameId
        + "&limit=100").getJsonArray("items");
    JsonArray ids = new JsonArray(props.stream().map(o -> ((JsonObject) o).getString("id")).toList());
    JsonArray served = new JsonObject(alice.post("/model/predict", new JsonObject().put("prop_ids", ids).toBuffer())
        .bodyAsString()).getJsonArray("items");
    List<JsonObject> priced = served.stream().map(JsonObject.class::cast).filter(p -> p.getValue("p_over") != null)
        .toList();
    assertThat(priced).isNotEmpty();
    String live = "/eval/live?from=" + date + "&to=" + date;
    JsonObject before = until(live, r -> r.getInteger("served") == priced.size());
    assertThat(before.getInteger("pending")).isEqualTo(priced.size());
    assertThat(before.getValue("brier")).isNull();
    // served again: nothing new is recorded
    alice.post("/model/predict", new JsonObject().put("prop_ids", ids).toBuffer());
    Thread.sleep(500);
    assertThat(alice.ok(live).getInteger("served")).isEqualTo(priced.size());

    // the game is played: each player's points two above or below his line, alternately
    Map<String, Integer> points = new LinkedHashMap<>();
    Map<String, JsonObject> byPlayer = new LinkedHashMap<>();
    for (Object o : props) {
      JsonObject p = (JsonObject) o;
      byPlayer.putIfAbsent(p.getString("player_id"), p);
    }
    int i = 0;
    StringBuilder csv = new StringBuilder("SEASON,PLAYER_NAME,TEAM_ABBREVIATION,GAME_DATE,MATCHUP,MIN,PTS,REB,AST\n");
    for (JsonObject p : byPlayer.values()) {
      int pts = (int) Math.floor(p.getDouble("line")) + (i++ % 2 == 0 ? 3 : -2);
      points.put(p.getString("player_id"), Math.max(0, pts));
      String matchup = p.getString("team").equals(game.getString("home_team"))
          ? p.getString("team") + " vs. " + p.getString("opponent") : p.getString("team") + " @ " + p.getString("opponent");
      csv.append("2025-26,").append(p.getString("player_name")).append(',').append(p.getString("team")).append(',')
          .append(date).append(',').append(matchup).append(",30,").append(Math.max(0, pts)).append(",5,5\n");
    }
    HttpResponse<Buffer> imported = admin.post("/history/import?format=nba_gamelog", Buffer.buffer(csv.toString()),
        "text/csv");
    assertThat(imported.statusCode()).as(imported.bodyAsString()).isEqualTo(202);
    JsonObject after = until(live, r -> r.getInteger("pending") == 0);

    // recompute from the served predictions and the stats imported
    double brier = 0;
    int picks = 0;
    int won = 0;
    int lost = 0;
    double returned = 0;
    for (JsonObject p : priced) {
      double stat = points.get(p.getString("player_id"));
      double line = p.getDouble("line");
      int over = stat > line ? 1 : 0;
      brier += (p.getDouble("p_over") - over) * (p.getDouble("p_over") - over);
      if (p.getValue("edge") != null && p.getDouble("edge") > 0) {
        picks++;
        boolean win = (over == 1) == "over".equals(p.getString("side"));
        won += win ? 1 : 0;
        lost += win ? 0 : 1;
        returned += win ? 1 / p.getDouble("breakeven") : 0;
      }
    }
    assertThat(after.getInteger("settled")).isEqualTo(priced.size());
    assertThat(after.getDouble("brier")).isCloseTo(brier / priced.size(), within(1e-9));
    assertThat(after.getInteger("picks")).isEqualTo(picks);
    assertThat(after.getInteger("picks_won")).isEqualTo(won);
    if (picks > 0) {
      assertThat(after.getDouble("hit_rate")).isCloseTo((double) won / (won + lost), within(1e-9));
      assertThat(after.getDouble("roi")).isCloseTo((returned - picks) / picks, within(1e-9));
      // no line moved after the picks: every close is the line picked
      assertThat(after.getJsonObject("clv").getInteger("unchanged")).isEqualTo(picks);
    }
    JsonObject day = after.getJsonArray("days").getJsonObject(0);
    assertThat(day.getString("date")).isEqualTo(date);
    assertThat(day.getInteger("served")).isEqualTo(priced.size());
    assertThat(after.getJsonObject("models").getInteger(priced.get(0).getString("model_version")))
        .isEqualTo(priced.size());
  }

  @Test
  @DisplayName("bad queries name their field; the free tier is 403")
  void refusals() {
    assertThat(alice.get("/eval/live?window=0").bodyAsJsonObject().getString("field")).isEqualTo("window");
    assertThat(alice.get("/eval/live?from=2026-02-01&to=2026-01-01").statusCode()).isEqualTo(400);
    assertThat(alice.get("/eval/live?from=soon").bodyAsJsonObject().getString("field")).isEqualTo("from");
    ApiClient carol = admin.withToken(node.devToken("carol", Tier.FREE));
    assertThat(carol.get("/eval/live").statusCode()).isEqualTo(403);
  }
}
