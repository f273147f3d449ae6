package com.betterbros.props.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.betterbros.props.auth.Tier;
import com.betterbros.props.config.ConfigException;
import com.betterbros.props.testing.TestNodes;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The ratelimit section: tier budgets per group, the heavy routes, BB_* overrides, bad values named")
class RateLimitConfigTest {

  @Test
  @DisplayName("the defaults: 60/600/6000 a minute on default, 10/60/600 on heavy, Redis bounded at 50 ms")
  void defaults() {
    RateLimitConfig c = TestNodes.config(Map.of()).rateLimit();
    assertThat(c.enabled()).isTrue();
    assertThat(c.perMinute("default", Tier.FREE)).isEqualTo(60);
    assertThat(c.perMinute("default", Tier.PRO)).isEqualTo(600);
    assertThat(c.perMinute("default", Tier.ENTERPRISE)).isEqualTo(6_000);
    assertThat(c.perMinute("heavy", Tier.FREE)).isEqualTo(10);
    assertThat(c.perMinute("heavy", Tier.ENTERPRISE)).isEqualTo(600);
    assertThat(c.redisTimeout()).isEqualTo(Duration.ofMillis(50));
    assertThat(c.routes().groupOf("POST", "/optimize/slips")).isEqualTo("heavy");
    assertThat(c.routes().groupOf("POST", "/eval/backtests")).isEqualTo("heavy");
    assertThat(c.routes().groupOf("GET", "/export/props")).isEqualTo("heavy");
    assertThat(c.routes().groupOf("POST", "/whatif/scenarios/s1/run")).isEqualTo("heavy");
    assertThat(c.routes().groupOf("GET", "/props")).isEqualTo("default");
    assertThat(c.routes().groupOf("GET", "/eval/backtests/b1")).isEqualTo("default");
  }

  @Test
  @DisplayName("BB_RATELIMIT_* variables override budgets, routes and the Redis bound")
  void overrides() {
    RateLimitConfig c = TestNodes.config(Map.of(
        "BB_RATELIMIT_DEFAULT_FREE", "5",
        "BB_RATELIMIT_HEAVY_PRO", "2",
        "BB_RATELIMIT_HEAVY_ROUTES", "* /corr",
        "BB_RATELIMIT_REDIS_TIMEOUT_MS", "80",
        "BB_RATELIMIT_ENABLED", "false")).rateLimit();
    assertThat(c.perMinute("default", Tier.FREE)).isEqualTo(5);
    assertThat(c.perMinute("heavy", Tier.PRO)).isEqualTo(2);
    assertThat(c.routes().groupOf("GET", "/corr/matrix")).isEqualTo("heavy");
    assertThat(c.routes().groupOf("POST", "/optimize/slips")).isEqualTo("default");
    assertThat(c.redisTimeout()).isEqualTo(Duration.ofMillis(80));
    assertThat(c.enabled()).isFalse();
  }

  @Test
  @DisplayName("a zero budget or a malformed route entry stops start-up naming the key")
  void badValues() {
    assertThatThrownBy(() -> TestNodes.config(Map.of("BB_RATELIMIT_DEFAULT_PRO", "0")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("ratelimit.groups.default.pro");
    assertThatThrownBy(() -> TestNodes.config(Map.of("BB_RATELIMIT_HEAVY_ROUTES", "optimize")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("'optimize'");
  }
}
