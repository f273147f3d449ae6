package com.betterbros.props.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.testing.Await;
import com.betterbros.props.experiments.api.ExperimentView;
import com.betterbros.props.experiments.api.ExperimentsService;
import com.betterbros.props.jobs.api.JobView;
import com.betterbros.props.jobs.api.JobsService;
import com.betterbros.props.keys.api.AccessKeyInfo;
import com.betterbros.props.keys.api.KeysService;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Owned resources over real HTTP, the same checks on every store: each user sees and acts on their
 * own, another user gets 404 (never 403) on every by-id route, and an admin (the role claim)
 * lists everyone's with {@code ?all=true} and reads, acts on and deletes any user's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class OwnedResourcesContract {

  static final String SECRET = "owned-resources-it-secret-0123456789abcdef";

  /** The list route of each kind of owned resource, and the kind its items are. */
  static final Map<String, String> LISTS = Map.of("/experiments", "experiment", "/jobs", "job",
      "/eval/backtests", "backtest", "/snapshots", "snapshot", "/whatif/scenarios", "scenario",
      "/keys", "key", "/keys/providers", "provider");

  /** The by-id read routes: kind -> path prefix. */
  static final Map<String, String> ITEMS = Map.of("experiment", "/experiments/", "job", "/jobs/",
      "backtest", "/eval/backtests/", "snapshot", "/snapshots/", "scenario", "/whatif/scenarios/");

  /** The delete routes: kind -> path prefix. */
  static final Map<String, String> DELETES = Map.of("backtest", "/eval/backtests/", "snapshot", "/snapshots/",
      "scenario", "/whatif/scenarios/", "key", "/keys/", "provider", "/keys/providers/");

  private Node node;
  OwnedWorld w;

  /** A node in HS256 mode keyed with {@link #SECRET}, with a synthetic or seeded season and no model yet. */
  protected abstract Node startNode();

  @BeforeAll
  void start() throws InterruptedException {
    node = startNode();
    w = new OwnedWorld(node, SECRET).build();
  }

  @AfterAll
  void stop() {
    if (node != null) {
      Await.result(node.stop());
    }
  }

  @Test
  @Order(1)
  @DisplayName("every list: the owner sees their own with user_id; an admin's ?all=true lists both users'")
  void lists() {
    LISTS.forEach((path, kind) -> {
      List<JsonObject> mine = items(w.alice.ok(path));
      assertThat(mine).as(path).extracting(o -> o.getString("user_id")).containsOnly("alice");
      assertThat(mine).as(path).extracting(o -> o.getString("id")).contains(w.id(kind, "alice"))
          .doesNotContain(w.id(kind, "bob"));
      assertThat(items(w.alice.ok(path + "?all=false"))).as(path).isEqualTo(mine);

      List<JsonObject> all = items(w.admin.ok(path + "?all=true"));
      assertThat(all).as(path).extracting(o -> o.getString("id")).contains(w.id(kind, "alice"), w.id(kind, "bob"));
      assertThat(all).as(path).allSatisfy(o -> assertThat(o.getString("user_id")).isNotBlank());
      assertThat(all).as(path).filteredOn(o -> o.getString("id").equals(w.id(kind, "bob")))
          .extracting(o -> o.getString("user_id")).containsExactly("bob");
      // without all=true an admin lists their own: none of alice's or bob's
      assertThat(items(w.admin.ok(path))).as(path).extracting(o -> o.getString("id"))
          .doesNotContain(w.id(kind, "alice"), w.id(kind, "bob"));
    });
  }

  @Test
  @Order(2)
  @DisplayName("all=true from a non-admin is 403 naming all; all=maybe is 400 naming all, for anyone")
  void allParameterChecked() {
    for (String path : LISTS.keySet()) {
      for (ApiClient nonAdmin : List.of(w.alice, w.carol)) {
        assertError(nonAdmin.get(path + "?all=true"), 403, "forbidden", path);
      }
      assertError(w.admin.get(path + "?all=maybe"), 400, "bad_request", path);
      assertError(w.alice.get(path + "?all=TRUE"), 400, "bad_request", path);
    }
  }

  @Test
  @Order(3)
  @DisplayName("another user gets 404 on every by-id read and action, and 404 deleting: nothing is removed")
  void othersGet404() {
    ITEMS.forEach((kind, prefix) -> {
      String alices = prefix + w.id(kind, "alice");
      assertThat(w.alice.get(alices).statusCode()).as(alices).isEqualTo(200);
      assertNotFound(w.bob.get(alices), alices);
      assertNotFound(w.carol.get(alices), alices);
    });
    assertNotFound(w.alice.get("/experiments/" + w.id("experiment", "bob") + "/predictions?limit=1"), "predictions");
    assertNotFound(w.carol.post("/experiments/" + w.id("experiment", "alice") + "/promote?force=true", null), "promote");
    assertNotFound(w.bob.get("/eval/backtests/" + w.id("backtest", "alice") + "/bets"), "bets");
    assertNotFound(w.bob.post("/snapshots/" + w.id("snapshot", "alice") + "/grade", null), "grade");
    assertNotFound(w.bob.get("/snapshots/compare?a=" + w.id("snapshot", "bob") + "&b=" + w.id("snapshot", "alice")),
        "compare");
    assertNotFound(w.bob.post("/whatif/scenarios/" + w.id("scenario", "alice") + "/run", null), "run");
    assertNotFound(w.bob.get("/export/snapshots/" + w.id("snapshot", "alice") + "?format=json"), "export snapshot");
    assertNotFound(w.bob.get("/export/backtests/" + w.id("backtest", "alice") + "/bets?format=json"), "export bets");
    DELETES.forEach((kind, prefix) -> assertNotFound(w.bob.delete(prefix + w.id(kind, "alice")), "delete " + kind));
    LISTS.forEach((path, kind) -> assertThat(items(w.alice.ok(path))).as(path).extracting(o -> o.getString("id"))
        .contains(w.id(kind, "alice")));
  }

  @Test
  @Order(4)
  @DisplayName("an admin reads any user's item by id, with its user_id, and acts on it")
  void adminReadsAndActs() {
    ITEMS.forEach((kind, prefix) -> {
      for (String user : List.of("alice", "bob")) {
        JsonObject item = w.admin.ok(prefix + w.id(kind, user));
        assertThat(item.getString("user_id")).as(kind).isEqualTo(user);
        assertThat(item).as(kind + " as its owner sees it").isEqualTo(
            (user.equals("alice") ? w.alice : w.bob).ok(prefix + w.id(kind, user)));
      }
    });
    // the admin promoted bob's experiment (OwnedWorld): the production model is its model
    JsonObject promoted = w.promotion.bodyAsJsonObject();
    assertThat(promoted.getString("experiment_id")).isEqualTo(w.id("experiment", "bob"));
    assertThat(promoted.getString("model_id")).isEqualTo(w.bob.ok("/experiments/" + w.id("experiment", "bob"))
        .getString("model_id")).isEqualTo(w.alice.ok("/model").getJsonObject("model").getString("id"));
    assertThat(w.admin.ok("/experiments/" + w.id("experiment", "bob") + "/predictions?limit=3").getLong("total"))
        .isPositive();
    assertThat(w.admin.ok("/eval/backtests/" + w.id("backtest", "alice") + "/bets?limit=5").getLong("total"))
        .isEqualTo(w.alice.ok("/eval/backtests/" + w.id("backtest", "alice") + "/bets?limit=5").getLong("total"));
    HttpResponse<Buffer> graded = w.admin.post("/snapshots/" + w.id("snapshot", "alice") + "/grade", null);
    assertThat(graded.statusCode()).as(graded.bodyAsString()).isEqualTo(200);
    assertThat(w.alice.ok("/snapshots/" + w.id("snapshot", "alice")).getValue("grade")).isNotNull();
    JsonObject diff = w.admin.ok("/snapshots/compare?a=" + w.id("snapshot", "alice") + "&b=" + w.id("snapshot", "bob"));
    assertThat(diff.getJsonObject("a").getString("user_id")).isEqualTo("alice");
    assertThat(diff.getJsonObject("b").getString("user_id")).isEqualTo("bob");
    HttpResponse<Buffer> run = w.admin.post("/whatif/scenarios/" + w.id("scenario", "bob") + "/run", null);
    assertThat(run.statusCode()).as(run.bodyAsString()).isEqualTo(200);
    assertThat(run.bodyAsJsonObject().getJsonObject("scenario").getString("user_id")).isEqualTo("bob");
    for (String export : List.of("/export/snapshots/" + w.id("snapshot", "alice") + "?format=json",
        "/export/backtests/" + w.id("backtest", "alice") + "/bets?format=json")) {
      assertThat(w.admin.ok(export)).as(export).isEqualTo(w.alice.ok(export));
    }
  }

  @Test
  @Order(5)
  @DisplayName("on the bus a null userId means any owner: typed clients list and read every user's items")
  void busNullOwner() {
    DeliveryOptions bus = new DeliveryOptions().setSendTimeout(10_000);
    ExperimentsService experiments = ExperimentsService.createProxy(node.vertx(), bus);
    assertThat(Await.result(experiments.list(null, null)).getItems()).extracting(ExperimentView::getUserId)
        .contains("alice", "bob");
    assertThat(Await.result(experiments.get(null, w.id("experiment", "alice"))).getUserId()).isEqualTo("alice");
    assertThat(Await.result(JobsService.createProxy(node.vertx(), bus).list(null, null)).getItems())
        .extracting(JobView::getId).contains(w.id("job", "alice"), w.id("job", "bob"));
    assertThat(Await.result(KeysService.createProxy(node.vertx(), bus).list(null)).getItems())
        .extracting(AccessKeyInfo::getUserId).contains("alice", "bob");
    // a user id still scopes: bob's experiment is not alice's
    assertThat(Await.failure(experiments.get("alice", w.id("experiment", "bob")))).isInstanceOf(ReplyException.class)
        .extracting(t -> ((ReplyException) t).failureCode()).isEqualTo(404);
  }

  @Test
  @Order(6)
  @DisplayName("an admin deletes any user's item: the owner then gets 404, and a revoked key stops working")
  void adminDeletes() {
    assertThat(w.alice.withToken(w.bobKey).get("/props?limit=1").statusCode()).isEqualTo(200);
    DELETES.forEach((kind, prefix) -> {
      HttpResponse<Buffer> r = w.admin.delete(prefix + w.id(kind, "bob"));
      assertThat(r.statusCode()).as(kind + " " + r.bodyAsString()).isEqualTo(204);
      assertNotFound(w.admin.delete(prefix + w.id(kind, "bob")), "deleted twice " + kind);
    });
    ITEMS.forEach((kind, prefix) -> {
      if (DELETES.containsKey(kind)) {
        assertNotFound(w.bob.get(prefix + w.id(kind, "bob")), "deleted " + kind);
      }
    });
    LISTS.forEach((path, kind) -> {
      if (DELETES.containsKey(kind)) {
        assertThat(items(w.bob.ok(path))).as(path).extracting(o -> o.getString("id"))
            .doesNotContain(w.id(kind, "bob"));
        assertThat(items(w.alice.ok(path))).as(path).extracting(o -> o.getString("id"))
            .contains(w.id(kind, "alice"));
      }
    });
    assertThat(w.alice.withToken(w.bobKey).get("/props?limit=1").statusCode()).isEqualTo(401);
  }

  static List<JsonObject> items(JsonObject page) {
    return page.getJsonArray("items").stream().map(o -> (JsonObject) o).toList();
  }

  static void assertNotFound(HttpResponse<Buffer> r, String what) {
    assertError(r, 404, "not_found", what);
  }

  static void assertError(HttpResponse<Buffer> r, int status, String error, String what) {
    assertThat(r.statusCode()).as(what + " " + r.bodyAsString()).isEqualTo(status);
    JsonObject body = r.bodyAsJsonObject();
    assertThat(body.getString("error")).as(what).isEqualTo(error);
    assertThat(body.getString("message")).as(what).isNotBlank();
    if (status != 404) {
      assertThat(body.getString("field")).as(what).isEqualTo("all");
    }
  }
}
