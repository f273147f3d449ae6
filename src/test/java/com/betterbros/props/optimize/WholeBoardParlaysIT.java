package com.betterbros.props.optimize;

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
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("POST /optimize/parlays with the default method on whole boards answers 200 within its time budget")
class WholeBoardParlaysIT {

  private static Node node;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    // the real board's 594x594 matrix is about 0.8 MB of JSON; rate limits would count 10 calls
    node = TestNodes.trained(Map.of("BB_HTTP_MAX_BODY_BYTES", "4194304", "BB_RATELIMIT_ENABLED", "false"));
    api = new ApiClient(node.vertx(), node.httpPort(), node.devToken("pro-user", Tier.PRO));
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  private static JsonObject ok(JsonObject body) {
    long t0 = System.nanoTime();
    HttpResponse<Buffer> resp = api.post("/optimize/parlays", body.toBuffer());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(resp.statusCode()).as(resp.bodyAsString()).isEqualTo(200);
    JsonObject reply = resp.bodyAsJsonObject();
    System.out.println("parlays size " + body.getInteger("size") + ": " + ms + " ms over HTTP, search "
        + reply.getJsonObject("search").encode());
    return reply;
  }

  // what every whole-board answer must hold: slips, a search report whose bound covers them, the budget kept
  private static void holds(JsonObject reply, int size) {
    JsonArray slips = reply.getJsonArray("slips");
    assertThat(slips).isNotEmpty();
    assertThat(slips.getJsonObject(0).getJsonArray("legs")).hasSize(size);
    JsonObject search = reply.getJsonObject("search");
    assertThat(search.getString("method")).isEqualTo("exact");
    double best = slips.getJsonObject(0).getDouble("ev");
    assertThat(search.getDouble("upper_bound")).isGreaterThanOrEqualTo(best - 1e-9);
    if (search.getBoolean("optimal")) {
      assertThat(search.getDouble("gap")).isZero();
      assertThat(search.getValue("fallback")).isNull();
    } else {
      assertThat(search.getString("fallback")).isEqualTo("genetic");
      assertThat(search.getDouble("gap")).isGreaterThanOrEqualTo(0.0);
    }
    assertThat(search.getLong("exact_ms")).isLessThanOrEqualTo(2_000);
    // the budget plus one genetic generation; generous on a machine shared with other builds
    assertThat(search.getLong("elapsed_ms")).isLessThan(6_000);
  }

  @Test
  @DisplayName("the real 2024-11-15 PrizePicks board (594 legs, 5 games, up to 182 legs a game), sizes 2-6")
  void realBoard() throws IOException {
    JsonObject board;
    try (InputStream in = getClass().getResourceAsStream("/real/prizepicks_2024-11-15.json")) {
      board = new JsonObject(Buffer.buffer(in.readAllBytes()));
    }
    Map<String, JsonObject> players = new HashMap<>();
    for (Object o : board.getJsonArray("included")) {
      JsonObject inc = (JsonObject) o;
      if ("new_player".equals(inc.getString("type"))) {
        players.put(inc.getString("id"), inc.getJsonObject("attributes"));
      }
    }
    // p: seeded (15) uniform in [0.50, 0.62), since the file has lines, not probabilities; R: 0.35 for
    // one player's legs, 0.10 for one game's, 0 across games (nested equicorrelation blocks: PSD)
    SplittableRandom random = new SplittableRandom(15);
    JsonArray legs = new JsonArray();
    List<String[]> keys = new ArrayList<>();
    for (Object o : board.getJsonArray("data")) {
      JsonObject proj = (JsonObject) o;
      if (!"7".equals(proj.getJsonObject("relationships").getJsonObject("league").getJsonObject("data").getString("id"))) {
        continue;
      }
      String playerId = proj.getJsonObject("relationships").getJsonObject("new_player").getJsonObject("data")
          .getString("id");
      String game = proj.getJsonObject("attributes").getString("game_id");
      JsonObject player = players.getOrDefault(playerId, new JsonObject());
      legs.add(new JsonObject().put("id", proj.getString("id")).put("p", 0.50 + 0.12 * random.nextDouble())
          .put("player", playerId).put("team", player.getString("team", game)).put("game", game));
      keys.add(new String[] {playerId, game});
    }
    assertThat(legs.size()).isBetween(300, 600);
    JsonArray matrix = new JsonArray();
    for (int i = 0; i < keys.size(); i++) {
      JsonArray row = new JsonArray();
      for (int j = 0; j < keys.size(); j++) {
        row.add(i == j ? 1 : keys.get(i)[0].equals(keys.get(j)[0]) ? 0.35 : keys.get(i)[1].equals(keys.get(j)[1]) ? 0.1 : 0);
      }
      matrix.add(row);
    }
    for (int size = 2; size <= 6; size++) {
      JsonObject reply = ok(new JsonObject().put("legs", legs).put("correlation", matrix).put("size", size)
          .put("payout", new JsonObject().put("platform", "prizepicks").put("mode", "power")).put("top_k", 3));
      holds(reply, size);
    }
  }

  @Test
  @DisplayName("the synthetic day's whole open PrizePicks board as prop_ids, sizes 2-6")
  void syntheticBoard() {
    List<String> ids = new ArrayList<>();
    for (int offset = 0; ; offset += 500) {
      JsonArray items = api.ok("/props?status=open&platform=prizepicks&limit=500&offset=" + offset).getJsonArray("items");
      items.forEach(o -> ids.add(((JsonObject) o).getString("id")));
      if (items.size() < 500) {
        break;
      }
    }
    System.out.println("synthetic open prizepicks board: " + ids.size() + " legs");
    assertThat(ids.size()).isBetween(300, 1_000);
    for (int size = 2; size <= 6; size++) {
      JsonObject reply = ok(new JsonObject().put("prop_ids", new JsonArray(ids)).put("size", size)
          .put("payout", new JsonObject().put("platform", "prizepicks").put("mode", "power")));
      holds(reply, size);
      assertThat(reply.getJsonArray("legs")).hasSize(ids.size());
    }
  }
}
