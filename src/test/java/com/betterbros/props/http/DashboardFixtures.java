package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.testing.Await;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** What the dashboard's browser tests set up or recompute through the API: a backtest, the feed's presence, hit rates. */
final class DashboardFixtures {

  private DashboardFixtures() {}

  /** single_legs over the last 3 days of the model's holdout, the model as trained. */
  static JsonObject finishedBacktest(ApiClient admin) throws InterruptedException {
    LocalDate last = LocalDate.parse(admin.ok("/model").getJsonObject("model").getJsonObject("provenance").getString("holdout_to"));
    JsonObject request = new JsonObject().put("from", last.minusDays(2).toString()).put("to", last.toString())
        .put("strategy", "single_legs").put("retrain_every_days", 0);
    HttpResponse<Buffer> started = admin.post("/eval/backtests", request.toBuffer());
    assertThat(started.statusCode()).as(started.bodyAsString()).isEqualTo(202);
    String job = started.bodyAsJsonObject().getString("job_id");
    JsonObject j = admin.ok("/jobs/" + job);
    long deadline = System.nanoTime() + 240_000_000_000L;
    while (!List.of("succeeded", "failed").contains(j.getString("status")) && System.nanoTime() < deadline) {
      Thread.sleep(250);
      j = admin.ok("/jobs/" + job);
    }
    assertThat(j.getString("status")).as(j.encode()).isEqualTo("succeeded");
    return admin.ok("/eval/backtests/" + j.getJsonObject("result").getString("backtest_id"));
  }

  /** Whether the node serves the live feed: a WebSocket handshake on /ws/edges with the token succeeds. */
  static boolean feedMounted(Node node, String token) {
    try {
      var socket = Await.result(node.vertx().createWebSocketClient().connect(new WebSocketConnectOptions()
          .setHost("127.0.0.1").setPort(node.httpPort()).setURI("/ws/edges").addSubProtocol("bearer").addSubProtocol(token)), 10);
      Await.result(socket.close(), 10);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * The side's hits over the player's last 5, last 10 and season games before the prop's game
   * (the season from 1 August), recomputed here from /history/players/{id}/games: "h of n games".
   */
  static List<String> hitRates(ApiClient admin, JsonObject prop, String side) {
    String compact = prop.getString("game_id").substring(2, 10);
    LocalDate day = LocalDate.parse(compact.substring(0, 4) + "-" + compact.substring(4, 6) + "-" + compact.substring(6, 8));
    LocalDate season = LocalDate.of(day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1, 8, 1);
    JsonArray games = admin.ok("/history/players/" + prop.getString("player_id") + "/games?from=" + season + "&to="
        + day.minusDays(1) + "&limit=200").getJsonArray("items");
    List<Double> known = games.stream().map(JsonObject.class::cast).map(g -> g.getDouble(prop.getString("stat_type")))
        .filter(Objects::nonNull).toList();
    double line = prop.getDouble("line");
    Function<List<Double>, String> count = list -> list.stream()
        .filter(v -> "under".equals(side) ? v < line : v > line).count() + " of " + list.size() + " games";
    return List.of(count.apply(known.subList(0, Math.min(5, known.size()))),
        count.apply(known.subList(0, Math.min(10, known.size()))), count.apply(known));
  }
}
