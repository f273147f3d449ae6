package com.betterbros.props.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.access.core.AccessMatrix;
import com.betterbros.props.access.core.Caller;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.testing.Await;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One node's bus access: the outbound stamp (request caller or node) and the inbound guard")
class BusAccessTest {

  private Vertx vertx;
  private BusTokens tokens;
  private final AtomicInteger served = new AtomicInteger();

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    BusSecret secret = BusSecret.from(null, false);
    BusAccess.install(vertx, AccessMatrix.bundled(), secret, "n1");
    tokens = new BusTokens(secret);
    // stand-ins for the services: they answer with the subject and kind the token names
    for (String address : new String[] {"props.service", "experiments.service"}) {
      vertx.eventBus().<JsonObject>consumer(address, this::whoAmI);
    }
  }

  @AfterEach
  void stop() {
    BusAccess.of(vertx).uninstall();
    Await.result(vertx.close());
  }

  private void whoAmI(Message<JsonObject> m) {
    served.incrementAndGet();
    Caller c = tokens.verify(m.headers().get(BusTokens.HEADER));
    m.reply(new JsonObject().put("sub", c.subject()).put("kind", c.kind().label()));
  }

  @Test
  @DisplayName("outside any request a send carries the node's token; inside one, the bound caller's")
  void stamps() {
    JsonObject asNode = Await.result(send("props.service", "list", new JsonObject()));
    assertThat(asNode.getString("kind")).isEqualTo("node");
    assertThat(asNode.getString("sub")).isEqualTo("node:n1");
    JsonObject asAlice = Await.result(inRequest(Caller.user("alice", Tier.PRO, false, false),
        () -> send("experiments.service", "get", new JsonObject().put("userId", "alice").put("id", "e1"))));
    assertThat(asAlice.getString("sub")).isEqualTo("alice");
    assertThat(asAlice.getString("kind")).isEqualTo("user");
    // the binding lives on that request's context only: the next send outside it is the node again
    assertThat(Await.result(send("props.service", "list", new JsonObject())).getString("kind")).isEqualTo("node");
  }

  @Test
  @DisplayName("the guard: no token 401, a free caller on a pro address 403, alice for bob 403; the service never sees them")
  void guard() {
    ReplyException none = (ReplyException) Await.failure(vertx.eventBus().request("props.service", new JsonObject(),
        new DeliveryOptions().addHeader("action", "list").addHeader(BusTokens.HEADER, "")));
    assertThat(none.failureCode()).isEqualTo(401);
    assertThat(none.getMessage()).contains("auth-token");
    ReplyException free = (ReplyException) Await.failure(inRequest(Caller.user("fred", Tier.FREE, false, false),
        () -> send("experiments.service", "list", new JsonObject().put("userId", "fred"))));
    assertThat(free.failureCode()).isEqualTo(403);
    assertThat(free.getMessage()).isEqualTo("experiments.service list needs the pro tier or above");
    ReplyException bob = (ReplyException) Await.failure(inRequest(Caller.user("alice", Tier.PRO, false, false),
        () -> send("experiments.service", "get", new JsonObject().put("userId", "bob").put("id", "e1"))));
    assertThat(bob.failureCode()).isEqualTo(403);
    assertThat(bob.getMessage()).contains("userId bob");
    ReplyException tier = (ReplyException) Await.failure(inRequest(Caller.user("alice", Tier.PRO, false, false),
        () -> send("experiments.service", "create", new JsonObject().put("userId", "alice").put("tier", "enterprise"))));
    assertThat(tier.getMessage()).contains("exceeds the token's tier pro");
    ReplyException promote = (ReplyException) Await.failure(inRequest(Caller.user("alice", Tier.PRO, false, false),
        () -> send("experiments.service", "promote", new JsonObject().put("userId", "alice").put("id", "e1"))));
    assertThat(promote.getMessage()).contains("operator role");
    vertx.eventBus().publish("experiments.service", new JsonObject().put("userId", "x"),
        new DeliveryOptions().addHeader("action", "promote").addHeader(BusTokens.HEADER, "junk"));
    Await.sleep(200);
    assertThat(served.get()).isZero();
  }

  private Future<JsonObject> send(String address, String action, JsonObject body) {
    return vertx.eventBus().<JsonObject>request(address, body,
        new DeliveryOptions().addHeader("action", action).setSendTimeout(5_000)).map(Message::body);
  }

  /** Runs {@code work} as a gateway request would: on a fresh duplicated context bound to {@code caller}. */
  private <T> Future<T> inRequest(Caller caller, java.util.function.Supplier<Future<T>> work) {
    ContextInternal request = ((ContextInternal) vertx.getOrCreateContext()).duplicate();
    Promise<T> done = Promise.promise();
    request.runOnContext(v -> {
      assertThat(BusAccess.bind(request, caller)).isTrue();
      work.get().onComplete(done);
    });
    return done.future();
  }
}
