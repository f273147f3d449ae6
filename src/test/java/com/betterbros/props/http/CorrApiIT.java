package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.platforms.Fixtures;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Correlation API over real HTTP on an embedded node")
class CorrApiIT {

  private static Node node;
  private static ApiClient api;
  private static List<JsonObject> sameGame;

  @BeforeAll
  static void start() {
    node = TestNodes.embedded(Map.of("BB_SYNTH_DAYS", "30"));
    api = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
    JsonObject first = api.ok("/props?status=open&platform=prizepicks&limit=1").getJsonArray("items").getJsonObject(0);
    sameGame = api.ok("/props?platform=prizepicks&game_id=" + first.getString("game_id") + "&limit=500")
        .getJsonArray("items").stream().map(JsonObject.class::cast).toList();
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  @Test
  @DisplayName("correlations and experiments need the pro tier: a free token is a 403 naming the routes")
  void proTier() {
    ApiClient free = api.withToken(node.devToken("free-user", com.betterbros.props.auth.Tier.FREE));
    for (String uri : List.of("/corr/matrix?prop_ids=" + sameGame.get(0).getString("id") + ","
        + sameGame.get(1).getString("id"), "/corr/related?prop_id=" + sameGame.get(0).getString("id"), "/experiments")) {
      var r = free.get(uri);
      assertThat(r.statusCode()).as(uri).isEqualTo(403);
      assertThat(r.bodyAsJsonObject().getString("message")).contains("pro tier");
    }
    assertThat(free.post("/experiments", new JsonObject().toBuffer()).statusCode()).isEqualTo(403);
    ApiClient pro = api.withToken(node.devToken("pro-user", com.betterbros.props.auth.Tier.PRO));
    assertThat(pro.get("/corr/related?prop_id=" + sameGame.get(0).getString("id")).statusCode()).isEqualTo(200);
    assertThat(pro.get("/experiments").statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("a 3-leg matrix is symmetric with a unit diagonal, oriented by the sides, with pair details")
  void matrix() {
    String ids = sameGame.get(0).getString("id") + "," + sameGame.get(1).getString("id") + ","
        + sameGame.get(5).getString("id");
    JsonObject over = api.ok("/corr/matrix?prop_ids=" + ids);
    JsonArray m = over.getJsonArray("matrix");
    assertThat(m).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(m.getJsonArray(i).getDouble(i)).isEqualTo(1.0);
      for (int j = 0; j < 3; j++) {
        assertThat(m.getJsonArray(i).getDouble(j)).isEqualTo(m.getJsonArray(j).getDouble(i));
      }
    }
    // no production model on this node (no training at start): residuals against the projection
    assertThat(over.getString("residual_mean")).isEqualTo("projection");
    assertThat(over.getValue("model_version")).isNull();
    assertThat(over.getJsonArray("pairs")).hasSize(3);
    assertThat(over.getJsonArray("pairs").getJsonObject(0).fieldNames()).contains("rho", "n", "p_value", "relation");
    JsonObject mixed = api.ok("/corr/matrix?prop_ids=" + ids + "&sides=over,under,over");
    assertThat(mixed.getJsonArray("matrix").getJsonArray(0).getDouble(1))
        .isEqualTo(-over.getJsonArray("matrix").getJsonArray(0).getDouble(1));
  }

  @Test
  @DisplayName("related props come from the same game, most correlated first")
  void related() {
    JsonObject rel = api.ok("/corr/related?prop_id=" + sameGame.get(0).getString("id") + "&limit=5");
    JsonArray items = rel.getJsonArray("items");
    assertThat(items).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    double previous = Double.MAX_VALUE;
    for (Object o : items) {
      double rho = Math.abs(((JsonObject) o).getDouble("rho"));
      assertThat(rho).isLessThanOrEqualTo(previous);
      previous = rho;
    }
  }

  @Test
  @DisplayName("bad requests: one id, unknown id, bad side, a prop without history")
  void badRequests() {
    String id = sameGame.get(0).getString("id");
    assertThat(api.get("/corr/matrix?prop_ids=" + id).statusCode()).isEqualTo(400);
    assertThat(api.get("/corr/matrix?prop_ids=" + id + ",nope:1").statusCode()).isEqualTo(404);
    assertThat(api.get("/corr/matrix?prop_ids=" + id + "," + sameGame.get(1).getString("id") + "&sides=over,sideways")
        .bodyAsJsonObject().getString("field")).isEqualTo("sides");
    assertThat(api.get("/corr/related").statusCode()).isEqualTo(400);
    api.post("/props/import?platform=prizepicks", Buffer.buffer(Fixtures.bytes(Fixtures.PRIZEPICKS)));
    String real = api.ok("/props?platform=prizepicks&to=2024-01-01&limit=1").getJsonArray("items").getJsonObject(0)
        .getString("id");
    var noHistory = api.get("/corr/matrix?prop_ids=" + id + "," + real);
    assertThat(noHistory.statusCode()).as(noHistory.bodyAsString()).isEqualTo(422);
  }
}
