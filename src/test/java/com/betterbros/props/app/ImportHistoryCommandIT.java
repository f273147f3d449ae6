package com.betterbros.props.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.betterbros.props.auth.Tier;
import com.betterbros.props.store.TestDatabase;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("import-history: into the configured PostgreSQL store, or through a running node's API")
class ImportHistoryCommandIT {

  private static final byte[] CSV = ("PLAYER_ID,PLAYER_NAME,TEAM_ABBREVIATION,GAME_DATE,MATCHUP,MIN,PTS,REB,AST\n"
      + "203999,Nikola Jokic,DEN,2024-11-15,DEN vs. NOP,36.5,31,13,11\n"
      + "1629627,Zion Williamson,NOP,2024-11-15,NOP @ DEN,30,22,7,4\n"
      + "1629627,Zion Williamson,NOP,not-a-date,NOP @ DEN,30,22,7,4\n").getBytes(StandardCharsets.UTF_8);

  private Vertx vertx;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
  }

  @AfterEach
  void stop() {
    Await.result(vertx.close());
  }

  @Test
  @DisplayName("without --url it imports straight into PostgreSQL, the same rules as the API; twice changes nothing")
  void local() {
    AppConfig cfg = TestNodes.config(Map.of("BB_STORE", "postgres", "BB_PG_URL",
        TestDatabase.freshDatabase("betterbros_test_import_cli")));
    JsonObject first = Await.result(ImportHistoryCommand.local(vertx, cfg, CSV), 60);
    assertThat(first.getLong("rows")).isEqualTo(3);
    assertThat(first.getInteger("imported")).isEqualTo(2);
    assertThat(first.getLong("skipped")).isEqualTo(1);
    assertThat(first.getInteger("games_created")).isEqualTo(1);
    assertThat(first.getJsonArray("errors").getJsonObject(0).getString("column")).isEqualTo("GAME_DATE");
    JsonObject again = Await.result(ImportHistoryCommand.local(vertx, cfg, CSV), 60);
    assertThat(again.getInteger("imported")).isZero();
    assertThat(again.getInteger("updated")).isZero();
    assertThat(again.getInteger("unchanged")).isEqualTo(2);
  }

  @Test
  @DisplayName("without --url on an embedded configuration it refuses: an embedded node keeps nothing")
  void embeddedRefused() {
    AppConfig cfg = TestNodes.config(Map.of());
    assertThatThrownBy(() -> ImportHistoryCommand.local(vertx, cfg, CSV)).hasMessageContaining("--url");
  }

  @Test
  @DisplayName("with --url and --token it posts to a running node and follows the job to its result")
  void remote() {
    Node node = TestNodes.embedded(Map.of("BB_SYNTH_LOAD_ON_START", "false"));
    try {
      JsonObject result = Await.result(ImportHistoryCommand.remote(vertx, "http://127.0.0.1:" + node.httpPort(),
          node.devToken("operator", Tier.ENTERPRISE), CSV), 60);
      assertThat(result.getInteger("imported")).isEqualTo(2);
      assertThat(Await.failure(ImportHistoryCommand.remote(vertx, "http://127.0.0.1:" + node.httpPort(),
          node.devToken("someone", Tier.FREE), CSV)).getMessage()).startsWith("403");
    } finally {
      Await.result(node.stop());
    }
  }
}
