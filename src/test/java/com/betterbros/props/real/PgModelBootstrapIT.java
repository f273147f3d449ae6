package com.betterbros.props.real;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.store.TestDatabase;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DisplayName;

@DisplayName("A PostgreSQL node with no model waits for history, then trains and promotes one in the background")
class PgModelBootstrapIT {

  @Test
  @DisplayName("/health and the predict 503 say the real state; after an import the first model is promoted")
  void bootstrap() {
    Node node = TestNodes.embedded(Map.of("BB_STORE", "postgres", "BB_PG_URL",
        TestDatabase.freshDatabase("betterbros_test_bootstrap"), "BB_SYNTH_LOAD_ON_START", "false",
        "BB_SYNTH_TRAIN_ON_START", "true"));
    try {
      ApiClient api = new ApiClient(node.vertx(), node.httpPort(), node.devToken("op", Tier.ENTERPRISE));
      long deadline = System.currentTimeMillis() + 30_000;
      while (!"waiting_for_history".equals(bootstrap(api).getString("status")) && System.currentTimeMillis() < deadline) {
        Await.sleep(200);
      }
      assertThat(bootstrap(api).getString("status")).isEqualTo("waiting_for_history");
      JsonObject refused = api.post("/model/predict", new JsonObject().put("prop_ids", new JsonArray().add("x"))
          .toBuffer()).bodyAsJsonObject();
      assertThat(refused.getString("message")).contains("import box scores");
      // The first five weeks of 2024-25 are enough to train on.
      String slice = RealData.text(RealData.SEASON_2024).lines()
          .filter(l -> l.startsWith("SEASON") || l.compareTo("2024-25,") > 0 && l.split(",")[3].compareTo("2024-11-25") < 0)
          .collect(Collectors.joining("\n", "", "\n"));
      assertThat(api.post("/history/import?format=nba_gamelog", Buffer.buffer(RealData.gzip(slice))).statusCode())
          .isEqualTo(202);
      deadline = System.currentTimeMillis() + 180_000;
      while (!"promoted".equals(bootstrap(api).getString("status")) && System.currentTimeMillis() < deadline) {
        Await.sleep(500);
      }
      JsonObject state = bootstrap(api);
      assertThat(state.getString("status")).as(state.encode()).isEqualTo("promoted");
      assertThat(api.ok("/model").getJsonObject("model").getString("id")).isEqualTo(state.getString("model_id"));
      assertThat(api.ok("/model").getJsonObject("model").getJsonObject("provenance").getString("source"))
          .isEqualTo("history");
    } finally {
      Await.result(node.stop());
    }
  }

  private static JsonObject bootstrap(ApiClient api) {
    return api.ok("/health").getJsonObject("model").getJsonObject("bootstrap");
  }
}
