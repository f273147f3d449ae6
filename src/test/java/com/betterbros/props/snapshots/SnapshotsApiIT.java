package com.betterbros.props.snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.platforms.Fixtures;
import com.betterbros.props.snapshots.api.SnapshotDetail;
import com.betterbros.props.snapshots.api.SnapshotListQuery;
import com.betterbros.props.snapshots.api.SnapshotPage;
import com.betterbros.props.snapshots.api.SnapshotsService;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * /snapshots on an embedded node (synthetic season, 30 days) that trained its first model: boards
 * frozen with their predictions, immutable when lines move, compared, graded against the
 * history (the grade recomputed here from its legs), owned by their user.
 */
@DisplayName("Snapshots: frozen boards, compared, graded, and nobody else's")
class SnapshotsApiIT {

  private static Node node;
  private static ApiClient alice;
  private static ApiClient bob;
  private static ApiClient carol;
  /** Imports change the shared board: enterprise (the dev token's tier). */
  private static ApiClient admin;

  @BeforeAll
  static void start() throws InterruptedException {
    node = TestNodes.trained(Map.of());
    admin = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
    alice = admin.withToken(node.devToken("alice", Tier.PRO));
    bob = admin.withToken(node.devToken("bob", Tier.PRO));
    carol = admin.withToken(node.devToken("carol", Tier.FREE));
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  private static JsonObject create(ApiClient user, JsonObject body, int status) {
    HttpResponse<Buffer> r = user.post("/snapshots", body.toBuffer());
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(status);
    return r.bodyAsJsonObject();
  }

  @Test
  @DisplayName("a past day's board is frozen with its predictions, then graded: every leg settled, ROI recomputed")
  void freezeAndGrade() {
    String day = alice.ok("/props?status=settled&platform=prizepicks&stat_type=points&limit=1")
        .getJsonArray("items").getJsonObject(0).getString("start_time").substring(0, 10);
    JsonObject filter = new JsonObject().put("platform", "prizepicks").put("stat_type", "points")
        .put("status", "settled").put("from", day).put("to", day);
    JsonObject created = create(alice, new JsonObject().put("name", "points " + day).put("filter", filter), 201);
    String id = created.getString("id");
    assertThat(created.getString("model")).isEqualTo("production");
    assertThat(created.getString("model_version")).isEqualTo(alice.ok("/model").getJsonObject("model").getString("id"));
    assertThat(created.getString("feature_set_version")).isEqualTo("f2");
    JsonObject snapshot = alice.ok("/snapshots/" + id);
    JsonArray items = snapshot.getJsonArray("items");
    assertThat(items).hasSize(created.getInteger("item_count")).isNotEmpty();
    assertThat(snapshot.getValue("grade")).isNull();
    // the frozen probabilities are what the model said for those props
    JsonObject first = items.getJsonObject(0);
    JsonObject predicted = new JsonObject(alice.post("/model/predict", new JsonObject()
        .put("prop_ids", new JsonArray().add(first.getString("prop_id"))).toBuffer()).bodyAsString())
        .getJsonArray("items").getJsonObject(0);
    assertThat(first.getDouble("p_over")).isEqualTo(predicted.getDouble("p_over"));
    assertThat(first.getDouble("edge")).isEqualTo(predicted.getDouble("edge"));

    HttpResponse<Buffer> graded = alice.post("/snapshots/" + id + "/grade", Buffer.buffer());
    assertThat(graded.statusCode()).as(graded.bodyAsString()).isEqualTo(200);
    JsonObject g = graded.bodyAsJsonObject();
    assertThat(g.getInteger("pending")).isZero();
    assertThat(g.getInteger("settled") + g.getInteger("pushes") + g.getInteger("voids")).isEqualTo(items.size());
    // recompute from the legs: 1 unit a recommended leg, a win returns 1 / breakeven, push or void the stake
    Map<String, JsonObject> legs = new HashMap<>();
    g.getJsonArray("legs").forEach(o -> legs.put(((JsonObject) o).getString("prop_id"), (JsonObject) o));
    double staked = 0;
    double returned = 0;
    int won = 0;
    int settled = 0;
    for (Object o : items) {
      JsonObject item = (JsonObject) o;
      JsonObject leg = legs.get(item.getString("prop_id"));
      String outcome = leg.getString("outcome");
      if (!"pending".equals(outcome) && leg.getValue("stat") != null) {
        double stat = leg.getDouble("stat");
        double line = item.getDouble("line");
        assertThat(outcome).isEqualTo(stat > line ? "over" : stat < line ? "under" : "push");
      }
      if (item.getValue("edge") == null || item.getDouble("edge") <= 0) {
        continue;
      }
      staked += 1;
      if (outcome.equals("over") || outcome.equals("under")) {
        settled++;
        if (outcome.equals(item.getString("side"))) {
          won++;
          returned += 1 / item.getDouble("breakeven");
        }
      } else {
        returned += 1;
      }
    }
    assertThat(g.getDouble("staked")).isEqualTo(staked);
    assertThat(g.getDouble("returned")).isCloseTo(returned, within(1e-9));
    assertThat(g.getInteger("recommended_won")).isEqualTo(won);
    if (staked > 0) {
      assertThat(g.getDouble("roi")).isCloseTo((returned - staked) / staked, within(1e-9));
      assertThat(g.getDouble("hit_rate")).isCloseTo((double) won / settled, within(1e-9));
    }
    JsonObject after = alice.ok("/snapshots/" + id);
    assertThat(after.getString("graded_at")).isNotNull();
    assertThat(after.getJsonObject("grade").getDouble("brier")).isEqualTo(g.getDouble("brier"));
    assertThat(after.getJsonArray("items")).isEqualTo(items);
  }

  @Test
  @DisplayName("a moved line leaves the snapshot as it was; the next snapshot and the comparison show the move")
  void immutableAndCompared() {
    Buffer feed = Buffer.buffer(Fixtures.bytes(Fixtures.PRIZEPICKS));
    assertThat(admin.post("/props/import?platform=prizepicks", feed).statusCode()).isEqualTo(200);
    JsonObject filter = new JsonObject().put("platform", "prizepicks").put("stat_type", "points")
        .put("to", "2024-01-01");
    String a = create(alice, new JsonObject().put("name", "before").put("filter", filter), 201).getString("id");
    JsonObject before = alice.ok("/snapshots/" + a);
    JsonObject moved = before.getJsonArray("items").getJsonObject(0);
    String externalId = moved.getString("prop_id").substring("prizepicks:".length());
    JsonObject raw = new JsonObject(feed);
    raw.getJsonArray("data").stream().map(JsonObject.class::cast).filter(p -> p.getString("id").equals(externalId))
        .findFirst().orElseThrow().getJsonObject("attributes").put("line_score", moved.getDouble("line") + 1.5);
    assertThat(admin.post("/props/import?platform=prizepicks", raw.toBuffer()).bodyAsJsonObject()
        .getInteger("updated")).isEqualTo(1);
    assertThat(alice.ok("/snapshots/" + a).getJsonArray("items")).isEqualTo(before.getJsonArray("items"));
    String b = create(alice, new JsonObject().put("name", "after").put("filter", filter), 201).getString("id");
    JsonObject diff = alice.ok("/snapshots/compare?a=" + a + "&b=" + b);
    JsonObject summary = diff.getJsonObject("summary");
    assertThat(summary.getInteger("common")).isEqualTo(before.getJsonArray("items").size());
    assertThat(summary.getInteger("added")).isZero();
    assertThat(summary.getInteger("removed")).isZero();
    assertThat(summary.getInteger("line_moved")).isEqualTo(1);
    JsonObject change = diff.getJsonArray("changes").stream().map(JsonObject.class::cast)
        .filter(c -> c.getString("prop_id").equals(moved.getString("prop_id"))).findFirst().orElseThrow();
    assertThat(change.getDouble("line_delta")).isEqualTo(1.5);
    // 2023 players are not in the synthetic history: the model could not price them, and says why
    assertThat(before.getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(i -> i.getValue("p_over") == null)).allMatch(i -> i.getString("error") != null);
  }

  @Test
  @DisplayName("another user's snapshot is a 404 to read, compare, grade or delete, and stays; the free tier is 403")
  void ownership() {
    String team = alice.ok("/props?status=open&platform=prizepicks&stat_type=assists&limit=1").getJsonArray("items")
        .getJsonObject(0).getString("team");
    JsonObject filter = new JsonObject().put("platform", "prizepicks").put("stat_type", "assists")
        .put("status", "open").put("team", team);
    String id = create(alice, new JsonObject().put("name", "mine").put("filter", filter), 201).getString("id");
    assertThat(bob.get("/snapshots/" + id).statusCode()).isEqualTo(404);
    assertThat(bob.get("/snapshots/compare?a=" + id + "&b=" + id).statusCode()).isEqualTo(404);
    assertThat(bob.post("/snapshots/" + id + "/grade", Buffer.buffer()).statusCode()).isEqualTo(404);
    assertThat(bob.delete("/snapshots/" + id).statusCode()).isEqualTo(404);
    assertThat(alice.get("/snapshots/" + id).statusCode()).isEqualTo(200);
    assertThat(bob.ok("/snapshots").getJsonArray("items").stream().map(JsonObject.class::cast)
        .map(s -> s.getString("id"))).doesNotContain(id);
    assertThat(carol.get("/snapshots").statusCode()).isEqualTo(403);
    assertThat(alice.delete("/snapshots/" + id).statusCode()).isEqualTo(204);
    assertThat(alice.get("/snapshots/" + id).statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("bad requests name their field; a filter over the size limit or another model is 422")
  void badRequests() {
    JsonObject open = new JsonObject().put("status", "open").put("team", "DEN");
    assertThat(create(alice, new JsonObject().put("filter", open), 400).getString("field")).isEqualTo("name");
    assertThat(create(alice, new JsonObject().put("name", "x").put("filter", "status=open"), 400).getString("field"))
        .isEqualTo("filter");
    assertThat(create(alice, new JsonObject().put("name", "x").put("filter", open).put("model", "x-123"), 422)
        .getString("field")).isEqualTo("model");
    assertThat(create(alice, new JsonObject().put("name", "x").put("filter", new JsonObject().put("status", "settled")),
        422).getString("field")).isEqualTo("filter");
    assertThat(create(alice, new JsonObject().put("name", "x").put("filter", new JsonObject().put("platform", "fanduel")),
        400).getString("field")).isEqualTo("platform");
    HttpResponse<Buffer> noB = alice.get("/snapshots/compare?a=s-1");
    assertThat(noB.statusCode()).isEqualTo(400);
    assertThat(noB.bodyAsJsonObject().getString("field")).isEqualTo("b");
    assertThat(alice.get("/snapshots?limit=0").statusCode()).isEqualTo(400);
  }

  @Test
  @DisplayName("the typed bus client lists and reads the caller's snapshots")
  void typedClient() {
    String team = alice.ok("/props?status=open&platform=underdog&stat_type=rebounds&limit=1").getJsonArray("items")
        .getJsonObject(0).getString("team");
    JsonObject filter = new JsonObject().put("platform", "underdog").put("stat_type", "rebounds")
        .put("status", "open").put("team", team);
    String id = create(alice, new JsonObject().put("name", "typed").put("filter", filter), 201).getString("id");
    SnapshotsService snapshots = SnapshotsService.createProxy(node.vertx(), new DeliveryOptions().setSendTimeout(10_000));
    SnapshotPage page = Await.result(snapshots.list("alice", new SnapshotListQuery().setLimit(100)));
    assertThat(page.getItems()).anyMatch(s -> s.getId().equals(id) && s.getName().equals("typed"));
    SnapshotDetail detail = Await.result(snapshots.get("alice", id));
    assertThat(detail.toJson()).isEqualTo(alice.ok("/snapshots/" + id));
    assertThat(detail.getItems()).hasSize(detail.getItemCount());
    assertThat(detail.getFilter().getString("team")).isEqualTo(team);
  }
}
