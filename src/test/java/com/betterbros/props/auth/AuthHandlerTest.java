package com.betterbros.props.auth;

import static com.betterbros.props.auth.TestKeys.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.http.AuthHandler;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A real HTTP server with AuthHandler in front of /api/me, called through WebClient. */
@ExtendWith(VertxExtension.class)
@DisplayName("AuthHandler over HTTP")
class AuthHandlerTest {

  private static final String ISS = "betterbros-test";
  private static final String AUD = "props-api";
  private static final Duration TTL = Duration.ofMinutes(5);

  private WebClient client;
  private int port;

  @BeforeEach
  void start(Vertx vertx, VertxTestContext ctx) {
    AuthConfig cfg = new AuthConfig("hs256", SECRET, null, ISS, AUD, null, null, null);
    client = WebClient.create(vertx);
    TokenVerifier.create(vertx, cfg, null)
        .compose(verifier -> {
          Router router = Router.router(vertx);
          router.route("/api/*").handler(new AuthHandler(verifier));
          router.get("/api/me").handler(rc -> {
            Principal p = AuthHandler.principal(rc);
            rc.json(new JsonObject().put("user", p.userId()).put("tier", p.tier().name()));
          });
          return vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1");
        })
        .onComplete(ctx.succeeding(server -> {
          port = server.actualPort();
          ctx.completeNow();
        }));
  }

  private Future<HttpResponse<Buffer>> get(String authorization) {
    var req = client.get(port, "127.0.0.1", "/api/me");
    if (authorization != null) {
      req.putHeader("Authorization", authorization);
    }
    return req.send();
  }

  private void expect401(VertxTestContext ctx, String authorization, String reasonPart) {
    get(authorization).onComplete(ctx.succeeding(resp -> ctx.verify(() -> {
      assertThat(resp.statusCode()).isEqualTo(401);
      assertThat(resp.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
      assertThat(resp.getHeader("Content-Type")).isEqualTo("application/json");
      JsonObject body = resp.bodyAsJsonObject();
      assertThat(body.fieldNames()).containsExactlyInAnyOrder("error", "message");
      assertThat(body.getString("error")).isEqualTo("unauthorized");
      assertThat(body.getString("message")).contains(reasonPart).endsWith(".");
      assertThat(resp.bodyAsString()).doesNotContain("Exception").doesNotContain("\tat ");
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("a valid bearer token reaches the route with its principal")
  void accepted(VertxTestContext ctx) {
    String token = TokenMinter.mint(SECRET, "user-42", Tier.ENTERPRISE, TTL, ISS, AUD);
    get("bearer " + token).onComplete(ctx.succeeding(resp -> ctx.verify(() -> {
      assertThat(resp.statusCode()).isEqualTo(200);
      assertThat(resp.bodyAsJsonObject())
          .isEqualTo(new JsonObject().put("user", "user-42").put("tier", "ENTERPRISE"));
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("no Authorization header gives 401 with the JSON error body")
  void missingHeader(VertxTestContext ctx) {
    expect401(ctx, null, "Missing Authorization header");
  }

  @Test
  @DisplayName("a non-Bearer scheme gives 401")
  void basicScheme(VertxTestContext ctx) {
    expect401(ctx, "Basic dXNlcjpwYXNz", "Bearer scheme");
  }

  @Test
  @DisplayName("an expired token gives 401 naming the expiry")
  void expired(VertxTestContext ctx) {
    JsonObject claims = TestKeys.claims("u", -600).put("iss", ISS).put("aud", AUD);
    expect401(ctx, "Bearer " + TokenMinter.sign(SECRET, claims), "token expired");
  }

  @Test
  @DisplayName("a token without exp gives 401")
  void noExp(VertxTestContext ctx) {
    JsonObject claims = new JsonObject().put("sub", "u").put("iss", ISS).put("aud", AUD);
    expect401(ctx, "Bearer " + TokenMinter.sign(SECRET, claims), "token has no exp claim");
  }

  @Test
  @DisplayName("a token signed with another secret gives 401")
  void badSignature(VertxTestContext ctx) {
    String token = TokenMinter.mint(
        "someone-elses-secret-0123456789-abcdef", "u", Tier.PRO, TTL, ISS, AUD);
    expect401(ctx, "Bearer " + token, "bad signature");
  }

  @Test
  @DisplayName("an alg=none token gives 401")
  void algNone(VertxTestContext ctx) {
    JsonObject claims = TestKeys.claims("admin", 600).put("iss", ISS).put("aud", AUD);
    expect401(ctx, "Bearer " + TestKeys.unsigned(claims), "unsigned token");
  }

  @Test
  @DisplayName("a wrong issuer gives 401")
  void wrongIssuer(VertxTestContext ctx) {
    String token = TokenMinter.mint(SECRET, "u", Tier.PRO, TTL, "someone-else", AUD);
    expect401(ctx, "Bearer " + token, "issuer mismatch");
  }

  @Test
  @DisplayName("a wrong audience gives 401")
  void wrongAudience(VertxTestContext ctx) {
    String token = TokenMinter.mint(SECRET, "u", Tier.PRO, TTL, ISS, "another-api");
    expect401(ctx, "Bearer " + token, "audience mismatch");
  }
}
