package com.betterbros.props.history;

import static com.betterbros.props.history.EspnSyncFixtures.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.bus.Addresses;
import com.betterbros.props.espn.EspnReplayServer;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A node without the synthetic season whose ESPN base URL is a local server replaying
 * {@link EspnSyncFixtures#ROUTES} (each test starts with the plain replay; a test may change what
 * the server answers), an enterprise client, and the {@code history.events.changed} events seen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EspnSyncNode {

  protected Vertx espnVertx;
  protected EspnReplayServer espn;
  protected Node node;
  protected ApiClient admin;
  protected final List<JsonObject> changed = new CopyOnWriteArrayList<>();

  /** A node with the given settings (memory store unless a subclass says otherwise). */
  protected Node start(Map<String, String> env) {
    return TestNodes.embedded(env);
  }

  @BeforeAll
  void startNode() {
    espnVertx = Vertx.vertx();
    espn = Await.result(new EspnReplayServer(espnVertx, EspnSyncFixtures.ROUTES).start());
    node = start(Map.of("BB_SYNTH_LOAD_ON_START", "false", "BB_ESPN_BASE_URL", espn.baseUrl(),
        "BB_ESPN_TIMEOUT_MS", "5000"));
    admin = new ApiClient(node.vertx(), node.httpPort(), node.devToken("operator", Tier.ENTERPRISE));
    node.vertx().eventBus().<JsonObject>consumer(Addresses.HISTORY_EVENTS_CHANGED, m -> changed.add(m.body()));
  }

  @AfterAll
  void stopNode() {
    if (node != null) {
      Await.result(node.stop());
    }
    Await.result(espnVertx.close());
  }

  @BeforeEach
  void replay() {
    espn.behave(espn::replay);
  }

  /** POSTs a sync, which must be accepted as a history_sync job, and waits for its end. */
  JsonObject sync(JsonObject body) {
    HttpResponse<Buffer> r = admin.post("/history/sync", body.toBuffer());
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(202);
    JsonObject accepted = r.bodyAsJsonObject();
    assertThat(accepted.getString("kind")).isEqualTo("history_sync");
    assertThat(accepted.getString("job_id")).isEqualTo(accepted.getString("id"));
    return await(admin, accepted.getString("job_id"));
  }
}
