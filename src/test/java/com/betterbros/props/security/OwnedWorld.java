package com.betterbros.props.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.TokenMinter;
import com.betterbros.props.http.ApiClient;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two users' owned resources on a running node (HS256 auth with a known secret): for alice and bob
 * each an experiment, a backtest (and its job), a snapshot, a saved scenario, an access key and a
 * provider credential. Bob's experiment is trained, then promoted by the admin — another user's
 * experiment — so that snapshots and backtests have a production model to price with.
 */
final class OwnedWorld {

  final ApiClient alice;
  final ApiClient bob;
  /** Enterprise tier, no admin role: may promote, but only what is hers. */
  final ApiClient carol;
  /** Pro tier with the role claim {@code admin}. */
  final ApiClient admin;
  /** id of each resource kind ("experiment", "job", "backtest", "snapshot", "scenario", "key", "provider"), per user. */
  final Map<String, Map<String, String>> ids = new HashMap<>();
  /** The admin's promotion of bob's experiment: status and body. */
  HttpResponse<Buffer> promotion;
  /** Bob's access key itself ({@code bbp_...}). */
  String bobKey;

  OwnedWorld(Node node, String secret) {
    alice = new ApiClient(node.vertx(), node.httpPort(), token(secret, "alice", "pro", null));
    bob = alice.withToken(token(secret, "bob", "pro", null));
    carol = alice.withToken(token(secret, "carol", "enterprise", null));
    admin = alice.withToken(token(secret, "root", "pro", "admin"));
  }

  static String token(String secret, String sub, String tier, String role) {
    long now = System.currentTimeMillis() / 1000;
    JsonObject claims = new JsonObject().put("sub", sub).put("tier", tier).put("iat", now).put("exp", now + 3600);
    if (role != null) {
      claims.put("role", role);
    }
    return TokenMinter.sign(secret, claims);
  }

  String id(String kind, String user) {
    return ids.get(kind).get(user);
  }

  /** Creates everything; fails the test class when a step does not answer as it should. */
  OwnedWorld build() throws InterruptedException {
    String bobExperiment = create(bob, "experiment", "/experiments", new JsonObject().put("model_type", "logistic_sgd")
        .put("seed", 3), 202);
    create(alice, "experiment", "/experiments", new JsonObject().put("model_type", "logistic_sgd").put("seed", 5), 202);
    JsonObject trained = await(bob, "/experiments/" + bobExperiment);
    assertThat(trained.getString("status")).as(trained.encode()).isEqualTo("succeeded");
    await(alice, "/experiments/" + id("experiment", "alice"));
    promotion = admin.post("/experiments/" + bobExperiment + "/promote?force=true", null);
    assertThat(promotion.statusCode()).as(promotion.bodyAsString()).isEqualTo(200);
    String modelId = promotion.bodyAsJsonObject().getString("model_id");
    // the model nodes load it on the promotion event: wait until the one answering serves it
    JsonObject model = alice.ok("/model").getJsonObject("model");
    for (int i = 0; i < 120 && (model == null || !modelId.equals(model.getString("id"))); i++) {
      Thread.sleep(250);
      model = alice.ok("/model").getJsonObject("model");
    }
    assertThat(model).as("GET /model after the promotion").isNotNull();
    assertThat(model.getString("id")).isEqualTo(modelId);

    JsonObject provenance = model.getJsonObject("provenance");
    LocalDate from = LocalDate.parse(provenance.getString("train_to")).plusDays(1);
    JsonObject backtest = new JsonObject().put("from", from.toString()).put("to", provenance.getString("holdout_to"))
        .put("strategy", "single_legs").put("retrain_every_days", 0);
    for (ApiClient user : List.of(alice, bob)) {
      JsonObject job = post(user, "/eval/backtests", backtest, 202);
      put("job", user == alice ? "alice" : "bob", job.getString("job_id"));
    }
    for (String user : List.of("alice", "bob")) {
      JsonObject job = await(user.equals("alice") ? alice : bob, "/jobs/" + id("job", user));
      assertThat(job.getString("status")).as(job.encode()).isEqualTo("succeeded");
      put("backtest", user, job.getJsonObject("result").getString("backtest_id"));
    }

    String day = alice.ok("/props?status=settled&platform=prizepicks&stat_type=points&limit=1")
        .getJsonArray("items").getJsonObject(0).getString("start_time").substring(0, 10);
    JsonObject filter = new JsonObject().put("platform", "prizepicks").put("stat_type", "points")
        .put("status", "settled").put("from", day).put("to", day);
    JsonObject scenario = new JsonObject().put("kind", "sensitivity").put("request", new JsonObject()
        .put("legs", new JsonArray().add(leg("a", 0.58)).add(leg("b", 0.61)).add(leg("c", 0.55)))
        .put("correlation", new JsonArray().add(new JsonArray().add(1).add(0.35).add(-0.2))
            .add(new JsonArray().add(0.35).add(1).add(0.15)).add(new JsonArray().add(-0.2).add(0.15).add(1)))
        .put("payout", new JsonObject().put("platform", "prizepicks").put("mode", "flex")));
    for (String user : List.of("alice", "bob")) {
      ApiClient who = user.equals("alice") ? alice : bob;
      create(who, "snapshot", "/snapshots", new JsonObject().put("name", user + "'s board").put("filter", filter), 201);
      create(who, "scenario", "/whatif/scenarios", scenario.copy().put("name", user + "'s slip"), 201);
      JsonObject key = post(who, "/keys", new JsonObject().put("name", user + "'s script")
          .put("scopes", new JsonArray().add("read")), 201);
      put("key", user, key.getString("id"));
      if (user.equals("bob")) {
        bobKey = key.getString("key");
      }
      create(who, "provider", "/keys/providers", new JsonObject().put("provider", "odds").put("name", user + "'s feed")
          .put("secret", "s3cret-of-" + user), 201);
    }
    return this;
  }

  private static JsonObject leg(String id, double p) {
    return new JsonObject().put("id", id).put("p", p);
  }

  private String create(ApiClient user, String kind, String uri, JsonObject body, int status) {
    String id = post(user, uri, body, status).getString("id");
    put(kind, user == alice ? "alice" : "bob", id);
    return id;
  }

  private void put(String kind, String user, String id) {
    assertThat(id).as(kind + " of " + user).isNotBlank();
    ids.computeIfAbsent(kind, k -> new HashMap<>()).put(user, id);
  }

  private static JsonObject post(ApiClient user, String uri, JsonObject body, int status) {
    HttpResponse<Buffer> r = user.post(uri, body.toBuffer());
    assertThat(r.statusCode()).as("POST " + uri + " -> " + r.bodyAsString()).isEqualTo(status);
    return r.bodyAsJsonObject();
  }

  /** Polls a job or experiment until it has finished (at most 5 minutes); returns its last state. */
  private static JsonObject await(ApiClient user, String uri) throws InterruptedException {
    JsonObject state = user.ok(uri);
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (System.nanoTime() < deadline && !List.of("succeeded", "failed").contains(state.getString("status"))) {
      Thread.sleep(250);
      state = user.ok(uri);
    }
    return state;
  }
}
