package com.betterbros.props.history;

import static com.betterbros.props.history.EspnSyncFixtures.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.espn.EspnReplayServer;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.identity.GameIds;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The periodic ESPN sync, switched on in config")
class EspnSyncPeriodicIT {

  @Test
  @DisplayName("every interval it syncs yesterday and today as the system user, skipping turns while one runs")
  void syncsOnItsOwn() {
    Vertx espnVertx = Vertx.vertx();
    EspnReplayServer espn = Await.result(new EspnReplayServer(espnVertx, EspnSyncFixtures.ROUTES).start());
    List<Runnable> held = new CopyOnWriteArrayList<>();
    espn.behave(req -> {
      Context ctx = Vertx.currentContext();
      held.add(() -> ctx.runOnContext(v -> espn.replay(req)));
    });
    Node node = TestNodes.embedded(Map.of("BB_SYNTH_LOAD_ON_START", "false", "BB_ESPN_BASE_URL", espn.baseUrl(),
        "BB_ESPN_TIMEOUT_MS", "20000", "BB_SYNC_INTERVAL_S", "1"));
    try {
      ApiClient system = new ApiClient(node.vertx(), node.httpPort(), node.devToken("system", Tier.ENTERPRISE));
      JsonArray jobs = waitForJobs(system, 1);
      JsonObject first = jobs.getJsonObject(0);
      LocalDate today = LocalDate.now(GameIds.EASTERN);
      assertThat(first.getString("kind")).isEqualTo("history_sync");
      assertThat(first.getJsonObject("request")).isEqualTo(new JsonObject().put("source", "espn")
          .put("from", today.minusDays(1).toString()).put("to", today.toString()).put("days", 2)
          .put("trigger", "periodic"));
      Await.sleep(2_500);
      assertThat(system.ok("/jobs?kind=history_sync").getLong("total")).as("turns skipped while the first is stuck")
          .isEqualTo(1);
      espn.behave(espn::replay);
      held.forEach(Runnable::run);
      JsonObject done = await(system, first.getString("id"));
      assertThat(done.getString("status")).as(done.encode()).isEqualTo("succeeded");
      assertThat(done.getJsonObject("result").getJsonObject("injuries").getInteger("stored")).isEqualTo(2);
      assertThat(waitForJobs(system, 2).size()).as("the timer goes on once it has finished").isGreaterThanOrEqualTo(2);
    } finally {
      Await.result(node.stop());
      Await.result(espnVertx.close());
    }
  }

  private static JsonArray waitForJobs(ApiClient client, int atLeast) {
    long deadline = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < deadline) {
      JsonArray items = client.ok("/jobs?kind=history_sync").getJsonArray("items");
      if (items.size() >= atLeast) {
        return items;
      }
      Await.sleep(100);
    }
    throw new AssertionError("fewer than " + atLeast + " periodic sync jobs after 20 s");
  }
}
