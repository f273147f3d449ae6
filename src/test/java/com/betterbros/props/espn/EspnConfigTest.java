package com.betterbros.props.espn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EspnConfig")
class EspnConfigTest {

  @Test
  @DisplayName("defaults are the public NBA site API, 4 in flight, 8 s timeout, 3 retries from "
      + "500 ms")
  void defaults() {
    assertThat(EspnConfig.defaults()).isEqualTo(new EspnConfig(
        "https://site.api.espn.com/apis/site/v2/sports/basketball/nba", 4, Duration.ofSeconds(8), 3,
        Duration.ofMillis(500)));
  }

  @Test
  @DisplayName("a trailing slash on the base URL is dropped")
  void trailingSlash() {
    assertThat(EspnConfig.defaults().withBaseUrl("http://127.0.0.1:8080/nba//").baseUrl())
        .isEqualTo("http://127.0.0.1:8080/nba");
  }

  @Test
  @DisplayName("a bad value fails at construction with the key's name")
  void validation() {
    Duration s = Duration.ofSeconds(1);
    assertThatThrownBy(() -> new EspnConfig(" ", 1, s, 0, s))
        .hasMessage("espn.baseUrl must be set");
    assertThatThrownBy(() -> new EspnConfig("ftp://x", 1, s, 0, s))
        .hasMessageStartingWith("espn.baseUrl must be an http(s) URL");
    assertThatThrownBy(() -> new EspnConfig("http://x", 0, s, 0, s))
        .hasMessage("espn.maxConcurrent must be >= 1 (was 0)");
    assertThatThrownBy(() -> new EspnConfig("http://x", 1, Duration.ZERO, 0, s))
        .hasMessageStartingWith("espn.timeout must be positive");
    assertThatThrownBy(() -> new EspnConfig("http://x", 1, s, -1, s))
        .hasMessage("espn.maxRetries must be >= 0 (was -1)");
    assertThatThrownBy(() -> new EspnConfig("http://x", 1, s, 0, Duration.ofMillis(-1)))
        .hasMessageStartingWith("espn.backoff must not be negative");
  }
}
