package com.betterbros.props.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.betterbros.props.auth.AuthFailure;
import com.betterbros.props.auth.Principal;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.auth.TokenVerifier;
import com.betterbros.props.history.PgHistoryRepository;
import com.betterbros.props.props.PgPropRepository;
import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.sim.Season;
import com.betterbros.props.store.PgStore;
import com.betterbros.props.store.TestDatabase;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The seed and token commands")
class MainCommandsIT {

  private static final String SECRET = "a-shared-hs256-secret-of-32-bytes-or-more";
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
  @DisplayName("token mints an hs256 token the verifier accepts with the given subject, tier and ttl")
  void token() {
    AppConfig cfg = TestNodes.config(Map.of("BB_AUTH_MODE", "hs256", "BB_AUTH_HS256_SECRET", SECRET));
    String token = Main.token(cfg, Main.CommandLine.parse(new String[] {"--sub", "alice", "--tier", "pro", "--ttl", "2h"}));
    TokenVerifier verifier = Await.result(TokenVerifier.create(vertx, cfg.auth(), null));
    Principal p = Await.result(verifier.verify(token));
    assertThat(p.userId()).isEqualTo("alice");
    assertThat(p.tier()).isEqualTo(Tier.PRO);
    long exp = p.claims().getLong("exp");
    long iat = p.claims().getLong("iat");
    assertThat(exp - iat).isEqualTo(Duration.ofHours(2).toSeconds());
    AppConfig other = TestNodes.config(Map.of("BB_AUTH_MODE", "hs256", "BB_AUTH_HS256_SECRET", SECRET + "-other"));
    TokenVerifier stranger = Await.result(TokenVerifier.create(vertx, other.auth(), null));
    assertThat(Await.failure(stranger.verify(token))).isInstanceOf(AuthFailure.class);
  }

  @Test
  @DisplayName("token refuses dev mode, a missing --sub, an unknown tier and a bad ttl")
  void tokenErrors() {
    AppConfig dev = TestNodes.config(Map.of());
    AppConfig hs = TestNodes.config(Map.of("BB_AUTH_MODE", "hs256", "BB_AUTH_HS256_SECRET", SECRET));
    assertThatThrownBy(() -> Main.token(dev, Main.CommandLine.parse(new String[] {"--sub", "a"})))
        .hasMessageContaining("BB_AUTH_MODE=hs256");
    assertThatThrownBy(() -> Main.token(hs, Main.CommandLine.parse(new String[0]))).hasMessageContaining("--sub");
    assertThatThrownBy(() -> Main.token(hs, Main.CommandLine.parse(new String[] {"--sub", "a", "--tier", "gold"})))
        .hasMessageContaining("--tier");
    assertThatThrownBy(() -> Main.token(hs, Main.CommandLine.parse(new String[] {"--sub", "a", "--ttl", "soon"})))
        .hasMessageContaining("--ttl");
    assertThatThrownBy(() -> Main.token(hs, Main.CommandLine.parse(new String[] {"--sub", "a", "--role", "root"})))
        .hasMessageContaining("--role must be operator or admin");
  }

  @Test
  @DisplayName("token --role admin writes the configured role claim (dotted: nested), which the verifier reads back")
  void tokenRole() {
    AppConfig flat = TestNodes.config(Map.of("BB_AUTH_MODE", "hs256", "BB_AUTH_HS256_SECRET", SECRET));
    Principal admin = Await.result(Await.result(TokenVerifier.create(vertx, flat.auth(), null)).verify(
        Main.token(flat, Main.CommandLine.parse(new String[] {"--sub", "root", "--role", "admin"}))));
    assertThat(admin.admin()).isTrue();
    assertThat(admin.tier()).isEqualTo(Tier.FREE);
    AppConfig nested = TestNodes.config(Map.of("BB_AUTH_MODE", "hs256", "BB_AUTH_HS256_SECRET", SECRET,
        "BB_JWT_ROLE_CLAIM", "app_metadata.role"));
    Principal op = Await.result(Await.result(TokenVerifier.create(vertx, nested.auth(), null)).verify(
        Main.token(nested, Main.CommandLine.parse(new String[] {"--sub", "ops", "--role", "operator"}))));
    assertThat(op.operator()).isTrue();
    assertThat(op.admin()).isFalse();
    assertThat(op.claims().getJsonObject("app_metadata").getString("role")).isEqualTo("operator");
  }

  @Test
  @DisplayName("seed loads the synthetic season into PostgreSQL; memory mode is refused")
  void seed() {
    String url = TestDatabase.freshDatabase("betterbros_test_seed");
    AppConfig cfg = TestNodes.config(Map.of("BB_STORE", "postgres", "BB_PG_URL", url));
    Season season = Await.result(Main.seed(vertx, cfg, Main.CommandLine.parse(new String[] {"--seed", "7", "--days", "4"})), 300);
    PgStore store = Await.result(PgStore.open(vertx, cfg.pg()));
    assertThat(Await.result(new PgHistoryRepository(store.pool()).teams())).hasSize(30);
    long props = Await.result(new PgPropRepository(store.pool()).find(PropQuery.all(1, 0))).total();
    assertThat(props).isEqualTo(season.props().size());
    assertThatThrownBy(() -> Main.seed(vertx, TestNodes.config(Map.of()), Main.CommandLine.parse(new String[0])))
        .hasMessageContaining("BB_STORE=postgres");
  }
}
