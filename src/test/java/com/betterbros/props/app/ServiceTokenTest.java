package com.betterbros.props.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.betterbros.props.access.BusTokens;
import com.betterbros.props.access.core.Caller;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.testing.TestNodes;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("token --service mints a bus token with BB_BUS_SECRET")
class ServiceTokenTest {

  private static final String BUS_SECRET = "c2VydmljZS10b2tlbi10ZXN0LWJ1cy1zZWNyZXQtMDEyMzQ1Njc4OQ==";

  @Test
  @DisplayName("the token verifies under the same secret as a service caller with the tier and on_behalf asked")
  void mints() {
    AppConfig cfg = TestNodes.config(Map.of("BB_BUS_SECRET", BUS_SECRET));
    String token = Main.token(cfg, Main.CommandLine.parse(
        new String[] {"--service", "odds-feed", "--tier", "pro", "--on-behalf", "--ttl", "2h"}));
    Caller caller = new BusTokens(cfg.busSecret()).verify(token);
    assertThat(caller).isEqualTo(new Caller("odds-feed", Tier.PRO, Caller.Kind.SERVICE, false, false, true));
    String plain = Main.token(cfg, Main.CommandLine.parse(new String[] {"--service", "scores"}));
    assertThat(new BusTokens(cfg.busSecret()).verify(plain).onBehalf()).isFalse();
    assertThat(new BusTokens(cfg.busSecret()).verify(plain).tier()).isEqualTo(Tier.FREE);
  }

  @Test
  @DisplayName("no BB_BUS_SECRET, a bad name, an unknown tier or a ttl beyond a year: refused, naming the option")
  void refuses() {
    AppConfig none = TestNodes.config(Map.of());
    assertThatThrownBy(() -> Main.token(none, Main.CommandLine.parse(new String[] {"--service", "s"})))
        .hasMessageContaining("BB_BUS_SECRET");
    AppConfig cfg = TestNodes.config(Map.of("BB_BUS_SECRET", BUS_SECRET));
    assertThatThrownBy(() -> Main.token(cfg, Main.CommandLine.parse(new String[] {"--service", "a b"})))
        .hasMessageContaining("--service");
    assertThatThrownBy(() -> Main.token(cfg, Main.CommandLine.parse(new String[] {"--service", "s", "--tier", "gold"})))
        .hasMessageContaining("--tier");
    assertThatThrownBy(() -> Main.token(cfg, Main.CommandLine.parse(new String[] {"--service", "s", "--ttl", "400d"})))
        .hasMessageContaining("--ttl");
    assertThatThrownBy(() -> TestNodes.config(Map.of("BB_CLUSTER", "true", "BB_BUS_SECRET", "")))
        .hasMessageContaining("auth.bus_secret");
  }
}
