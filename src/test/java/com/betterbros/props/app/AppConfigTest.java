package com.betterbros.props.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.betterbros.props.espn.EspnConfig;
import com.betterbros.props.testing.TestNodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Configuration: bundled defaults, BB_* overrides, and errors that name the key")
class AppConfigTest {

  @Test
  @DisplayName("the defaults are the embedded mode")
  void defaults() {
    AppConfig cfg = TestNodes.config(Map.of());
    assertThat(cfg.embedded()).isTrue();
    assertThat(cfg.http().host()).isEqualTo("127.0.0.1");
    assertThat(cfg.http().port()).isEqualTo(8080);
    assertThat(cfg.http().maxBodyBytes()).isEqualTo(1 << 20);
    assertThat(cfg.cluster().enabled()).isFalse();
    assertThat(cfg.auth().mode()).isEqualTo("dev");
    assertThat(cfg.cache().redisUrl()).isNull();
    assertThat(cfg.roles()).containsExactlyInAnyOrder(Role.values());
    assertThat(cfg.synthetic().seed()).isEqualTo(42);
  }

  @Test
  @DisplayName("BB_* variables override the YAML")
  void overrides() {
    AppConfig cfg = TestNodes.config(Map.of(
        "BB_HTTP_PORT", "9090",
        "BB_STORE", "postgres",
        "BB_PG_URL", "postgresql://postgres@127.0.0.1:5432/other",
        "BB_REDIS_URL", "redis://127.0.0.1:6379/2",
        "BB_CLUSTER", "true",
        "BB_CLUSTER_MEMBERS", "10.0.0.1, 10.0.0.2",
        "BB_ROLES", "gateway,props",
        "BB_SYNTH_SEED", "7",
        "BB_SYNTH_DAYS", "30"));
    assertThat(cfg.http().port()).isEqualTo(9090);
    assertThat(cfg.embedded()).isFalse();
    assertThat(cfg.pg().url()).endsWith("/other");
    assertThat(cfg.cache().redisUrl()).isEqualTo("redis://127.0.0.1:6379/2");
    assertThat(cfg.cluster().enabled()).isTrue();
    assertThat(cfg.cluster().members()).containsExactly("10.0.0.1", "10.0.0.2");
    assertThat(cfg.roles()).containsExactlyInAnyOrder(Role.GATEWAY, Role.PROPS);
    assertThat(cfg.synthetic().seed()).isEqualTo(7);
    assertThat(cfg.synthetic().days()).isEqualTo(30);
  }

  @ParameterizedTest(name = "{0}={1} fails naming {0}")
  @CsvSource({
      "BB_HTTP_PORT, eighty",
      "BB_HTTP_PORT, 70000",
      "BB_STORE, mysql",
      "BB_CLUSTER, maybe",
      "BB_ROLES, 'gateway,billing'",
      "BB_REDIS_URL, http://127.0.0.1:6379",
      "BB_SYNTH_DAYS, 0",
      "BB_AUTH_MODE, oauth",
      "BB_PROPS_PORT, 1",
      "BB_ESPN_BASE_URL, ftp://espn.example",
      "BB_ESPN_BASE_URL, not a url",
      "BB_ESPN_TIMEOUT_MS, 50",
      "BB_ESPN_TIMEOUT_MS, soon",
      "BB_SYNC_INTERVAL_S, -1",
      "BB_SYNC_INTERVAL_S, hourly"
  })
  @DisplayName("a bad value stops start-up with a message naming its variable")
  void badValues(String variable, String value) {
    assertThatThrownBy(() -> TestNodes.config(Map.of(variable, value)))
        .hasMessageContaining(variable);
  }

  @Test
  @DisplayName("ESPN and the periodic sync: public site API, 4 requests, 8 s, 3 retries from 500 ms, sync off")
  void espnDefaults() {
    AppConfig cfg = TestNodes.config(Map.of());
    assertThat(cfg.history().espn()).isEqualTo(EspnConfig.defaults());
    assertThat(cfg.history().syncInterval()).isZero();
    assertThat(cfg.history().periodicSync()).isFalse();
    AppConfig set = TestNodes.config(Map.of("BB_ESPN_BASE_URL", "http://127.0.0.1:9999/espn/",
        "BB_ESPN_TIMEOUT_MS", "2500", "BB_SYNC_INTERVAL_S", "900"));
    assertThat(set.history().espn().baseUrl()).isEqualTo("http://127.0.0.1:9999/espn");
    assertThat(set.history().espn().timeout()).isEqualTo(Duration.ofMillis(2500));
    assertThat(set.history().syncInterval()).isEqualTo(Duration.ofMinutes(15));
  }

  @ParameterizedTest(name = "espn.{0}: {1} fails naming espn.{0}")
  @CsvSource({"max_concurrent, 0", "max_retries, 11", "backoff_ms, -1", "base_url, '\"\"'",
      "base_url, ftp://espn.example"})
  @DisplayName("a bad ESPN key in the YAML file stops start-up naming the key")
  void badEspnYaml(String key, String value, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("application.yaml");
    Files.writeString(file, "espn:\n  " + key + ": " + value + "\n");
    assertThatThrownBy(() -> TestNodes.config(Map.of("BB_CONFIG", file.toString())))
        .hasMessageContaining("espn." + key);
  }

  @Test
  @DisplayName("dev auth refuses a non-loopback bind")
  void devAuthLoopbackOnly() {
    assertThatThrownBy(() -> TestNodes.config(Map.of("BB_HTTP_HOST", "0.0.0.0")))
        .hasMessageContaining("auth.mode");
  }
}
