package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.features.core.FeatureSet;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@DisplayName("Predictions and experiments on an embedded node that trained its first model at start")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModelExperimentsApiIT {

  private static Node node;
  private static ApiClient api;
  private static JsonArray openProps;
  private static String experimentId;

  @BeforeAll
  static void start() throws InterruptedException {
    node = TestNodes.embedded(Map.of("BB_SYNTH_DAYS", "30", "BB_SYNTH_TRAIN_ON_START", "true"));
    api = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (System.nanoTime() < deadline
        && !"ready".equals(api.ok("/health").getJsonObject("model").getString("status"))) {
      Thread.sleep(250);
    }
    assertThat(api.ok("/health").getJsonObject("model").getString("status")).isEqualTo("ready");
    openProps = api.ok("/props?status=open&stat_type=points&limit=3").getJsonArray("items");
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  private static HttpResponse<Buffer> post(String uri, JsonObject body) {
    return api.post(uri, body.toBuffer());
  }

  @Test
  @Order(1)
  @DisplayName("a batch of prop ids gets probabilities, breakeven, edge, side and explanations")
  void predictByIds() {
    JsonArray ids = new JsonArray(openProps.stream().map(p -> ((JsonObject) p).getString("id")).toList());
    HttpResponse<Buffer> resp = post("/model/predict", new JsonObject().put("prop_ids", ids).put("explain", true));
    assertThat(resp.statusCode()).as(resp.bodyAsString()).isEqualTo(200);
    JsonArray items = resp.bodyAsJsonObject().getJsonArray("items");
    assertThat(items).hasSize(3);
    for (Object o : items) {
      JsonObject p = (JsonObject) o;
      assertThat(p.getDouble("p_over")).isBetween(0.0, 1.0);
      assertThat(p.getDouble("p_over") + p.getDouble("p_under")).isCloseTo(1.0, within(1e-3));
      assertThat(p.getDouble("breakeven")).isCloseTo(Math.pow(3, -0.5), within(1e-4));
      assertThat(p.getDouble("edge")).isCloseTo(
          Math.max(p.getDouble("p_over"), p.getDouble("p_under")) - p.getDouble("breakeven"), within(1e-3));
      assertThat(p.getString("side")).isEqualTo(p.getDouble("p_over") >= 0.5 ? "over" : "under");
      assertThat(p.getString("model_version")).isNotBlank();
      assertThat(p.getJsonArray("explain")).hasSize(5);
      assertThat(FeatureSet.NAMES).contains(p.getJsonArray("explain").getJsonObject(0).getString("feature"));
    }
  }

  @Test
  @Order(1)
  @DisplayName("/corr takes residuals against the production regression model's projected means")
  void correlationsUseTheModelMean() throws InterruptedException {
    String modelId = api.ok("/health").getJsonObject("model").getJsonObject("model").getString("id");
    JsonObject first = api.ok("/props?status=open&platform=prizepicks&limit=1").getJsonArray("items")
        .getJsonObject(0);
    JsonArray game = api.ok("/props?platform=prizepicks&game_id=" + first.getString("game_id")
        + "&limit=500").getJsonArray("items");
    String ids = game.getJsonObject(0).getString("id") + "," + game.getJsonObject(1).getString("id");
    // the corr verticle loads the promoted model on its own: allow it a moment
    JsonObject matrix = api.ok("/corr/matrix?prop_ids=" + ids);
    for (int i = 0; i < 40 && !"model".equals(matrix.getString("residual_mean")); i++) {
      Thread.sleep(250);
      matrix = api.ok("/corr/matrix?prop_ids=" + ids);
    }
    assertThat(matrix.getString("residual_mean")).isEqualTo("model");
    assertThat(matrix.getString("model_version")).isEqualTo(modelId);
    JsonObject related = api.ok("/corr/related?prop_id=" + game.getJsonObject(0).getString("id"));
    assertThat(related.getString("residual_mean")).isEqualTo("model");
    assertThat(related.getString("model_version")).isEqualTo(modelId);
  }

  @Test
  @Order(2)
  @DisplayName("a line never posted can be priced, and a higher line is never likelier to go over")
  void unseenLines() {
    JsonObject prop = openProps.getJsonObject(0);
    JsonArray legs = new JsonArray();
    for (double line : new double[] {0.5, prop.getDouble("line"), 60.5}) {
      legs.add(new JsonObject().put("player_id", prop.getString("player_id")).put("game_id", prop.getString("game_id"))
          .put("stat_type", "points").put("line", line).put("platform", "underdog"));
    }
    JsonArray items = post("/model/predict", new JsonObject().put("props", legs)).bodyAsJsonObject().getJsonArray("items");
    double low = items.getJsonObject(0).getDouble("p_over");
    double mid = items.getJsonObject(1).getDouble("p_over");
    double high = items.getJsonObject(2).getDouble("p_over");
    assertThat(low).isGreaterThanOrEqualTo(mid);
    assertThat(mid).isGreaterThanOrEqualTo(high);
    assertThat(low).isGreaterThan(0.8);
    assertThat(high).isLessThan(0.2);
  }

  @Test
  @Order(3)
  @DisplayName("bad items are errors of their own (unknown prop 404, unsupported stat 422 naming it) beside the good"
      + " ones; a malformed body is a 400")
  void badInputs() {
    JsonObject prop = openProps.getJsonObject(0);
    HttpResponse<Buffer> mixed = post("/model/predict", new JsonObject().put("prop_ids", new JsonArray().add("nope:1")
        .add(prop.getString("id"))));
    assertThat(mixed.statusCode()).isEqualTo(200);
    JsonArray items = mixed.bodyAsJsonObject().getJsonArray("items");
    assertThat(items.getJsonObject(0).getString("error")).isEqualTo("not_found");
    assertThat(items.getJsonObject(0).getInteger("status")).isEqualTo(404);
    assertThat(items.getJsonObject(0).getString("prop_id")).isEqualTo("nope:1");
    assertThat(items.getJsonObject(1).getString("prop_id")).isEqualTo(prop.getString("id"));
    assertThat(items.getJsonObject(1).getDouble("p_over")).isBetween(0.0, 1.0);
    assertThat(mixed.bodyAsJsonObject().getInteger("errors")).isEqualTo(1);
    assertThat(mixed.bodyAsJsonObject().getInteger("predicted")).isEqualTo(1);
    HttpResponse<Buffer> stat = post("/model/predict", new JsonObject().put("props", new JsonArray().add(new JsonObject()
        .put("player_id", prop.getString("player_id")).put("game_id", prop.getString("game_id"))
        .put("stat_type", "fantasy_score").put("line", 30.5))));
    assertThat(stat.statusCode()).isEqualTo(200);
    JsonObject error = stat.bodyAsJsonObject().getJsonArray("items").getJsonObject(0);
    assertThat(error.getInteger("status")).isEqualTo(422);
    assertThat(error.getString("error")).isEqualTo("unsupported_stat_type");
    assertThat(error.getString("message")).contains("fantasy_score");
    assertThat(api.post("/model/predict", Buffer.buffer("{not json")).statusCode()).isEqualTo(400);
    HttpResponse<Buffer> both = post("/model/predict", new JsonObject().put("prop_ids", new JsonArray()).put("props", new JsonArray()));
    assertThat(both.statusCode()).isEqualTo(400);
    assertThat(post("/experiments", new JsonObject().put("model_type", "forest")).statusCode()).isEqualTo(400);
    HttpResponse<Buffer> hyper = post("/experiments", new JsonObject().put("hyper_parameters",
        new JsonObject().put("no_such_knob", 1)));
    assertThat(hyper.statusCode()).isEqualTo(400);
    assertThat(hyper.bodyAsJsonObject().getString("field")).isEqualTo("hyper_parameters");
    JsonArray one = new JsonArray().add(openProps.getJsonObject(0).getString("id"));
    assertThat(post("/model/predict", new JsonObject().put("prop_ids", one)
        .put("slip", new JsonObject().put("legs", 2.5))).statusCode()).isEqualTo(400);
    assertThat(post("/experiments", new JsonObject().put("stat_types", new JsonArray().add("dunks"))).statusCode())
        .isEqualTo(422);
  }

  @Test
  @Order(4)
  @DisplayName("an experiment runs as a job to metrics whose holdout rows recompute them")
  void experimentLifecycle() throws InterruptedException {
    HttpResponse<Buffer> created = post("/experiments", new JsonObject().put("model_type", "logistic_sgd").put("seed", 7));
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(202);
    experimentId = created.bodyAsJsonObject().getString("id");
    JsonObject e = api.ok("/experiments/" + experimentId);
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (System.nanoTime() < deadline && !e.getString("status").matches("succeeded|failed")) {
      assertThat(e.getInteger("progress")).isBetween(0, 100);
      Thread.sleep(250);
      e = api.ok("/experiments/" + experimentId);
    }
    assertThat(e.getString("status")).as(e.encode()).isEqualTo("succeeded");
    JsonObject metrics = e.getJsonObject("metrics");
    assertThat(metrics.fieldNames()).contains("brier", "log_loss", "ece", "auc", "n");
    assertThat(e.getJsonObject("baselines").fieldNames()).contains("line_implied", "rolling_hit_rate");
    int n = metrics.getInteger("n");
    double sum = 0;
    int seen = 0;
    for (int offset = 0; offset < n; offset += 500) {
      JsonObject page = api.ok("/experiments/" + experimentId + "/predictions?limit=500&offset=" + offset);
      assertThat(page.getLong("total")).isEqualTo(n);
      for (Object o : page.getJsonArray("items")) {
        JsonObject row = (JsonObject) o;
        double d = row.getDouble("p_over") - row.getInteger("outcome");
        sum += d * d;
        seen++;
      }
    }
    assertThat(seen).isEqualTo(n);
    assertThat(sum / n).isCloseTo(metrics.getDouble("brier"), within(1e-9));
  }

  @Test
  @Order(5)
  @DisplayName("experiments are private, comparable, and promotion needs the enterprise tier")
  void compareAndPromote() {
    ApiClient other = api.withToken(node.devToken("someone-else", Tier.ENTERPRISE));
    assertThat(other.get("/experiments/" + experimentId).statusCode()).isEqualTo(404);
    JsonArray all = api.ok("/experiments").getJsonArray("items");
    assertThat(all.size()).isGreaterThanOrEqualTo(1);
    assertThat(api.ok("/experiments?compare=" + experimentId).getJsonArray("items")).hasSize(1);
    assertThat(api.get("/experiments?compare=" + experimentId + ",x-missing").statusCode()).isEqualTo(404);
    ApiClient pro = api.withToken(node.devToken("dev-user", Tier.PRO));
    assertThat(pro.post("/experiments/" + experimentId + "/promote", null).statusCode()).isEqualTo(403);
    // The node's first model is in production: the candidate is scored against it on its own holdout.
    HttpResponse<Buffer> checked = api.post("/experiments/" + experimentId + "/promote", null);
    JsonObject comparison = checked.bodyAsJsonObject().getJsonObject("comparison");
    assertThat(comparison).as(checked.bodyAsString()).isNotNull();
    assertThat(comparison.getBoolean("comparable")).isTrue();
    assertThat(comparison.getInteger("rows")).isPositive();
    double candidateBrier = comparison.getJsonObject("candidate").getDouble("brier");
    double productionBrier = comparison.getJsonObject("production").getDouble("brier");
    if (candidateBrier > productionBrier) {
      assertThat(checked.statusCode()).as(checked.bodyAsString()).isEqualTo(409);
      assertThat(checked.bodyAsJsonObject().getString("message")).contains("brier").contains("force=true");
      assertThat(api.get("/experiments/" + experimentId + "/promote?force=maybe").statusCode()).isIn(400, 404, 405);
    } else {
      assertThat(checked.statusCode()).isEqualTo(200);
    }
    HttpResponse<Buffer> promoted = api.post("/experiments/" + experimentId + "/promote?force=true", null);
    assertThat(promoted.statusCode()).as(promoted.bodyAsString()).isEqualTo(200);
    assertThat(promoted.bodyAsJsonObject().getJsonObject("comparison").getBoolean("forced")).isTrue();
    assertThat(api.post("/experiments/" + experimentId + "/promote?force=maybe", null).bodyAsJsonObject()
        .getString("field")).isEqualTo("force");
    String modelId = promoted.bodyAsJsonObject().getString("model_id");
    assertThat(api.ok("/model").getJsonObject("model").getString("id")).isEqualTo(modelId);
    JsonArray ids = new JsonArray().add(openProps.getJsonObject(0).getString("id"));
    JsonObject item = post("/model/predict", new JsonObject().put("prop_ids", ids)).bodyAsJsonObject()
        .getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("model_version")).isEqualTo(modelId);
    // The promoted classifier prices one line at a time: a line far from the player's recent mean carries a note.
    JsonObject prop = openProps.getJsonObject(0);
    JsonObject far = post("/model/predict", new JsonObject().put("props", new JsonArray().add(new JsonObject()
        .put("player_id", prop.getString("player_id")).put("game_id", prop.getString("game_id"))
        .put("stat_type", "points").put("line", 0.5)))).bodyAsJsonObject().getJsonArray("items").getJsonObject(0);
    assertThat(far.getJsonArray("notes").encode()).as(far.encode()).contains("unreliable");
  }
}
