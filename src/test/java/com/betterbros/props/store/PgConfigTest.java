package com.betterbros.props.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PgConfig reads its JSON, names a bad key, and converts the URL for JDBC")
class PgConfigTest {

  private static final String URL = "postgresql://postgres@127.0.0.1:5432/betterbros";

  private static JsonObject valid() {
    return new JsonObject().put("url", URL).put("max_pool_size", 12)
        .put("max_wait_queue_size", 64).put("connect_timeout_ms", 2_500);
  }

  @Test
  @DisplayName("Every key is read into the record")
  void readsEveryKey() {
    assertThat(PgConfig.fromJson(valid()))
        .isEqualTo(new PgConfig(URL, 12, 64, Duration.ofMillis(2_500)));
    PgConfig shortScheme = PgConfig.fromJson(valid().put("url", "postgres://bb@db:6543/props"));
    assertThat(shortScheme.connectOptions().getPort()).isEqualTo(6543);
    assertThat(shortScheme.connectOptions().getDatabase()).isEqualTo("props");
  }

  @Test
  @DisplayName("Only the url is required; the bounds have defaults")
  void defaults() {
    assertThat(PgConfig.fromJson(new JsonObject().put("url", URL))).isEqualTo(new PgConfig(URL,
        PgConfig.DEFAULT_MAX_POOL_SIZE, PgConfig.DEFAULT_MAX_WAIT_QUEUE_SIZE,
        Duration.ofMillis(PgConfig.DEFAULT_CONNECT_TIMEOUT_MS)));
  }

  @Test
  @DisplayName("A missing or malformed url is refused, naming the key")
  void badUrl() {
    for (Object bad : new Object[] {null, 42, "mysql://root@localhost/db", "postgresql://h:notaport/db"}) {
      JsonObject json = valid().put("url", bad);
      assertThatThrownBy(() -> PgConfig.fromJson(json))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("url:");
    }
    assertThatThrownBy(() -> PgConfig.fromJson(null)).hasMessageStartingWith("url:");
  }

  @Test
  @DisplayName("Non-positive, fractional, textual or oversized bounds are refused, naming the key")
  void badBounds() {
    Object[][] cases = {
        {"max_pool_size", 0}, {"max_pool_size", "8"}, {"max_pool_size", 2.5},
        {"max_pool_size", 3_000_000_000L}, {"max_wait_queue_size", -1},
        {"max_wait_queue_size", true}, {"connect_timeout_ms", 0}, {"connect_timeout_ms", "5s"}};
    for (Object[] c : cases) {
      JsonObject json = valid().put((String) c[0], c[1]);
      assertThatThrownBy(() -> PgConfig.fromJson(json))
          .as("%s = %s", c[0], c[1])
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(c[0] + ":");
    }
  }

  @Test
  @DisplayName("toString masks the password")
  void masksPassword() {
    PgConfig cfg = new PgConfig("postgresql://bb:s3cret@db:5432/betterbros", 2, 2, Duration.ofSeconds(1));
    assertThat(cfg.toString()).contains("bb:***@db:5432").doesNotContain("s3cret");
    assertThat(cfg.connectOptions().getPassword()).isEqualTo("s3cret");
  }

  @Test
  @DisplayName("The JDBC URL keeps host, port, database and query but drops user and password")
  void jdbcUrl() {
    assertThat(PgStore.jdbcUrl("postgresql://bb:s3cret@db.internal:5433/props?sslmode=require"))
        .isEqualTo("jdbc:postgresql://db.internal:5433/props?sslmode=require");
    assertThat(PgStore.jdbcUrl("postgresql://postgres@127.0.0.1/betterbros"))
        .isEqualTo("jdbc:postgresql://127.0.0.1:5432/betterbros");
    assertThat(TestDatabase.withDatabase("postgresql://u:p@h:1/postgres?x=1", "other"))
        .isEqualTo("postgresql://u:p@h:1/other?x=1");
  }
}
