package com.betterbros.props.store;

import static com.betterbros.props.testing.Await.failure;
import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Repositories;
import com.betterbros.props.context.PgContextRepository;
import com.betterbros.props.history.PgHistoryRepository;
import com.betterbros.props.props.PgPropRepository;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Row;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PgStore migrates the schema, answers pings and bounds its pool")
class PgStoreIT {

  private static String url;
  private static Vertx vertx;
  private static PgStore store;

  @BeforeAll
  static void open() {
    url = TestDatabase.freshDatabase("betterbros_test_store");
    vertx = Vertx.vertx();
    store = result(PgStore.open(vertx, TestDatabase.config(url)));
  }

  @AfterAll
  static void close() {
    result(store.close());
    result(vertx.close());
  }

  private static List<String> strings(String sql) {
    List<String> out = new ArrayList<>();
    for (Row row : result(store.pool().query(sql).execute())) {
      out.add(row.getString(0));
    }
    return out;
  }

  @Test
  @DisplayName("Opening migrates every table once and the database answers a ping")
  void migratesAndPings() {
    assertThat(strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
        .containsExactlyInAnyOrder("teams", "players", "games", "player_game_stats",
            "prop_markets", "prop_line_history", "injuries", "context", "models", "experiments",
            "experiment_predictions", "identities", "unmatched_players", "jobs", "snapshots", "snapshot_items",
            "snapshot_outcomes", "backtests", "backtest_bets", "served_predictions", "whatif_scenarios", "api_keys", "provider_credentials",
            "users", "flyway_schema_history");
    assertThat(strings("SELECT version || ':' || success FROM flyway_schema_history ORDER BY installed_rank"))
        .containsExactly("1:true", "2:true", "3:true", "4:true", "5:true", "6:true", "7:true", "8:true", "9:true", "10:true");
    result(store.ping());
  }

  @Test
  @DisplayName("Opening an already migrated database applies nothing and works")
  void reopenIsIdempotent() {
    PgStore again = result(PgStore.open(vertx, TestDatabase.config(url)));
    try {
      result(again.ping());
      assertThat(strings("SELECT count(*)::text FROM flyway_schema_history")).containsExactly("10");
    } finally {
      result(again.close());
    }
  }

  @Test
  @DisplayName("Box scores reference players and games, but prop markets reference nothing outside")
  void foreignKeys() {
    String fks = "SELECT conrelid::regclass::text || '->' || confrelid::regclass::text"
        + " FROM pg_constraint WHERE contype = 'f'";
    assertThat(strings(fks)).containsExactlyInAnyOrder("player_game_stats->players",
        "player_game_stats->games", "prop_line_history->prop_markets", "experiments->models",
        "experiment_predictions->experiments", "snapshot_items->snapshots", "snapshot_outcomes->snapshots", "backtest_bets->backtests");
  }

  @Test
  @DisplayName("A pool of one connection with one waiter refuses queries beyond its wait queue")
  void poolIsBounded() {
    PgStore tiny = result(PgStore.open(vertx, new PgConfig(url, 1, 1, Duration.ofSeconds(5))));
    try {
      List<Future<?>> queries = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        queries.add(tiny.pool().query("SELECT pg_sleep(0.3)").execute());
      }
      result(queries.get(0));
      assertThat(failure(queries.get(3))).hasMessageContaining("max wait queue size of 1");
      result(tiny.ping());
    } finally {
      result(tiny.close());
    }
  }

  @Test
  @DisplayName("Opening against a server that does not answer fails, and a closed store fails its ping")
  void failures() {
    PgConfig nowhere = new PgConfig("postgresql://postgres@127.0.0.1:1/none", 1, 1, Duration.ofSeconds(1));
    assertThat(failure(PgStore.open(vertx, nowhere))).isNotNull();
    PgStore closing = result(PgStore.open(vertx, TestDatabase.config(url)));
    result(closing.close());
    assertThat(failure(closing.ping())).isNotNull();
  }

  @Test
  @DisplayName("app.Repositories bundles the pg repositories on one pool, or fresh memory ones")
  void stores() {
    Repositories pg = Repositories.postgres(store.pool());
    assertThat(pg.props()).isInstanceOf(PgPropRepository.class);
    assertThat(pg.history()).isInstanceOf(PgHistoryRepository.class);
    assertThat(pg.context()).isInstanceOf(PgContextRepository.class);
    Repositories a = Repositories.memory();
    Repositories b = Repositories.memory();
    assertThat(a.props()).isNotSameAs(b.props());
    assertThat(result(a.history().teams())).isEmpty();
  }
}
