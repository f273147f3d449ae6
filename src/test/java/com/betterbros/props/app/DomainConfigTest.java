package com.betterbros.props.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.betterbros.props.config.EnvOverrides;
import com.betterbros.props.testing.TestNodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Each domain's settings: its own section, with the defaults the code had, BB_* overrides, and bad values named")
class DomainConfigTest {

  @Test
  @DisplayName("the bundled defaults: pools, TTLs and queue bounds as before they moved out of the code")
  void defaults() {
    AppConfig cfg = TestNodes.config(Map.of());
    assertThat(cfg.model().instances()).isEqualTo(1);
    assertThat(cfg.model().workerThreads()).isEqualTo(2);
    assertThat(cfg.model().cacheTtl()).isEqualTo(Duration.ofMinutes(5));
    assertThat(cfg.corr().instances()).isEqualTo(1);
    assertThat(cfg.corr().workerThreads()).isEqualTo(2);
    assertThat(cfg.corr().cacheTtl()).isEqualTo(Duration.ofHours(1));
    assertThat(cfg.optimize().instances()).isEqualTo(2);
    assertThat(cfg.optimize().workerThreads()).isEqualTo(2);
    assertThat(cfg.optimize().searchThreads()).isEqualTo(2);
    assertThat(cfg.features().computeThreads()).isEqualTo(2);
    assertThat(cfg.features().cacheTtl()).isEqualTo(Duration.ofHours(1));
    assertThat(cfg.features().snapshotTtl()).isEqualTo(Duration.ofMinutes(10));
    assertThat(cfg.experiments().maxPending()).isEqualTo(3);
    assertThat(cfg.experiments().trainingThreads()).isEqualTo(1);
    assertThat(cfg.experiments().promotionThreads()).isEqualTo(1);
    assertThat(cfg.experiments().sweepInterval()).isEqualTo(Duration.ofSeconds(60));
    assertThat(cfg.jobs().sweepInterval()).isEqualTo(Duration.ofSeconds(60));
    assertThat(cfg.context().cacheTtl()).isEqualTo(Duration.ofMinutes(15));
    assertThat(cfg.context().generationTtl()).isEqualTo(Duration.ofDays(1));
    assertThat(cfg.cache().redisMaxPoolSize()).isEqualTo(8);
    assertThat(cfg.cache().redisMaxPoolWaiting()).isEqualTo(64);
    assertThat(cfg.cache().redisMaxWaitingHandlers()).isEqualTo(256);
    assertThat(cfg.context().weather().maxConnections()).isEqualTo(4);
    assertThat(cfg.history().importMaxPending()).isEqualTo(2);
    assertThat(cfg.history().syncMaxPending()).isEqualTo(2);
    assertThat(cfg.history().espn().maxQueued()).isEqualTo(1_000);
    assertThat(cfg.history().espn().parserThreads()).isEqualTo(2);
    assertThat(cfg.platforms().parserThreads()).isEqualTo(2);
    assertThat(cfg.whatif().instances()).isEqualTo(1);
    assertThat(cfg.whatif().workerThreads()).isEqualTo(2);
    assertThat(cfg.whatif().shrinkage()).isEqualTo(5.0);
  }

  @Test
  @DisplayName("BB_* variables override each domain's section")
  void overrides() {
    AppConfig cfg = TestNodes.config(Map.of(
        "BB_MODEL_INSTANCES", "2",
        "BB_MODEL_WORKER_THREADS", "4",
        "BB_MODEL_CACHE_TTL_S", "60",
        "BB_CORR_CACHE_TTL_S", "120",
        "BB_OPTIMIZE_INSTANCES", "3",
        "BB_SNAPSHOT_TTL_S", "30",
        "BB_EXPERIMENTS_MAX_PENDING", "5",
        "BB_HISTORY_IMPORT_MAX_PENDING", "4",
        "BB_ESPN_MAX_QUEUED", "50",
        "BB_CONTEXT_CACHE_TTL_S", "10"));
    assertThat(cfg.model().instances()).isEqualTo(2);
    assertThat(cfg.model().workerThreads()).isEqualTo(4);
    assertThat(cfg.model().cacheTtl()).isEqualTo(Duration.ofSeconds(60));
    assertThat(cfg.corr().cacheTtl()).isEqualTo(Duration.ofSeconds(120));
    assertThat(cfg.optimize().instances()).isEqualTo(3);
    assertThat(cfg.features().snapshotTtl()).isEqualTo(Duration.ofSeconds(30));
    assertThat(cfg.experiments().maxPending()).isEqualTo(5);
    assertThat(cfg.history().importMaxPending()).isEqualTo(4);
    assertThat(cfg.history().espn().maxQueued()).isEqualTo(50);
    assertThat(cfg.context().cacheTtl()).isEqualTo(Duration.ofSeconds(10));
  }

  @ParameterizedTest(name = "{0}={1} fails naming {0}")
  @CsvSource({
      "BB_MODEL_INSTANCES, 0",
      "BB_MODEL_WORKER_THREADS, many",
      "BB_CORR_CACHE_TTL_S, 0",
      "BB_OPTIMIZE_WORKER_THREADS, -2",
      "BB_FEATURES_COMPUTE_THREADS, 0",
      "BB_SNAPSHOT_TTL_S, soon",
      "BB_EXPERIMENTS_MAX_PENDING, 0",
      "BB_JOBS_SWEEP_INTERVAL_S, 0",
      "BB_HISTORY_SYNC_MAX_PENDING, 0",
      "BB_ESPN_PARSER_THREADS, 0",
      "BB_WEATHER_MAX_CONNECTIONS, 0",
      "BB_PLATFORM_PARSER_THREADS, two",
      "BB_REDIS_MAX_POOL_SIZE, 0",
      "BB_CONTEXT_GENERATION_TTL_S, 60",
      "BB_WHATIF_WORKER_THREADS, 0",
      "BB_WHATIF_SHRINKAGE_GAMES, -1",
      "BB_PROPS_NOW, 2024-11-15"
  })
  @DisplayName("a bad pool, TTL or bound stops start-up naming its variable")
  void badValues(String variable, String value) {
    assertThatThrownBy(() -> TestNodes.config(Map.of(variable, value)))
        .hasMessageContaining(variable);
  }

  @Test
  @DisplayName("BB_PROPS_NOW fixes the props' clock at an ISO instant; unset, there is none")
  void propsNow() {
    assertThat(TestNodes.config(Map.of("BB_PROPS_NOW", "2024-11-15T17:00:00Z")).platforms().now())
        .isEqualTo(java.time.Instant.parse("2024-11-15T17:00:00Z"));
    assertThat(TestNodes.config(Map.of()).platforms().now()).isNull();
  }

  @Test
  @DisplayName("every BB_* variable is written beside its key in conf/application.yaml and listed in the README")
  void everyVariableDocumented() throws Exception {
    String yaml = Files.readString(Path.of("conf/application.yaml"));
    String readme = Files.readString(Path.of("README.md"));
    for (Map.Entry<String, String> e : EnvOverrides.KEYS.entrySet()) {
      String key = e.getValue().substring(e.getValue().lastIndexOf('.') + 1);
      assertThat(yaml).as("application.yaml names %s beside %s", e.getKey(), e.getValue())
          .containsPattern("(?m)^\\s*" + key + ":.*# " + e.getKey() + "\\b");
      assertThat(readme).as("README lists %s", e.getKey()).contains("`" + e.getKey() + "`");
    }
  }
}
