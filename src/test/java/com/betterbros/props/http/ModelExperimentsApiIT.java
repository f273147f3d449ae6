package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.corr.api.CorrMatrix;
import com.betterbros.props.corr.api.CorrMatrixQuery;
import com.betterbros.props.corr.api.CorrPair;
import com.betterbros.props.corr.api.CorrRelated;
import com.betterbros.props.corr.api.CorrRelatedItem;
import com.betterbros.props.corr.api.CorrRelatedQuery;
import com.betterbros.props.corr.api.CorrService;
import com.betterbros.props.experiments.api.ExperimentList;
import com.betterbros.props.experiments.api.ExperimentListQuery;
import com.betterbros.props.experiments.api.ExperimentRequest;
import com.betterbros.props.experiments.api.ExperimentView;
import com.betterbros.props.experiments.api.ExperimentsService;
import com.betterbros.props.experiments.api.HoldoutPage;
import com.betterbros.props.experiments.api.HoldoutQuery;
import com.betterbros.props.experiments.api.HoldoutRowView;
import com.betterbros.props.experiments.api.Promotion;
import com.betterbros.props.experiments.api.PromotionComparison;
import com.betterbros.props.features.core.FeatureSet;
import com.betterbros.props.model.api.ModelMetrics;
import com.betterbros.props.model.api.ModelProvenance;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.model.api.ModelStatus;
import com.betterbros.props.model.api.PredictLeg;
import com.betterbros.props.model.api.PredictRequest;
import com.betterbros.props.model.api.Prediction;
import com.betterbros.props.model.api.PredictionBatch;
import com.betterbros.props.model.api.PredictionItemError;
import com.betterbros.props.model.api.SlipRequest;
import com.betterbros.props.model.api.StoredModelView;
import com.betterbros.props.model.api.TailReliabilityView;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.serviceproxy.ServiceException;
import java.time.LocalDate;
import java.util.List;
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
      JsonObject top = p.getJsonArray("explain").getJsonObject(0);
      assertThat(FeatureSet.NAMES).contains(top.getString("feature"));
      assertThat(top.getDouble("contribution")).isNotNull();
      assertThat(top.containsKey("value")).isTrue();
    }
  }

  @Test
  @Order(1)
  @DisplayName("a repeated batch comes from the cache (features not rebuilt) with the same answer as the first and as explain's")
  void cachedAnswerIsTheComputedOne() {
    JsonArray ids = new JsonArray(openProps.stream().map(p -> ((JsonObject) p).getString("id")).toList());
    JsonObject first = post("/model/predict", new JsonObject().put("prop_ids", ids)).bodyAsJsonObject();
    JsonObject again = post("/model/predict", new JsonObject().put("prop_ids", ids)).bodyAsJsonObject();
    assertThat(again.getJsonArray("items")).isEqualTo(first.getJsonArray("items"));
    // explain bypasses the cache and builds every leg's features: the same probabilities
    JsonArray explained = post("/model/predict", new JsonObject().put("prop_ids", ids).put("explain", true))
        .bodyAsJsonObject().getJsonArray("items");
    for (int i = 0; i < ids.size(); i++) {
      JsonObject cached = first.getJsonArray("items").getJsonObject(i);
      JsonObject computed = explained.getJsonObject(i);
      for (String field : new String[] {"p_over", "p_under", "edge", "confidence", "projected_mean"}) {
        assertThat(cached.getValue(field)).as(field).isEqualTo(computed.getValue(field));
      }
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

  @Test
  @Order(6)
  @DisplayName("the typed bus clients read every field of the JSON the gateway answers")
  void typedClients() {
    DeliveryOptions bus = new DeliveryOptions().setSendTimeout(60_000);
    ModelService model = ModelService.createProxy(node.vertx(), bus);
    ModelStatus status = Await.result(model.status());
    assertThat(status.toJson()).isEqualTo(api.ok("/model"));
    assertThat(status.getStatus()).isEqualTo("ready");
    assertThat(status.getNodeId()).isEqualTo(status.toJson().getString("node_id")).isNotBlank();
    StoredModelView stored = status.getModel();
    assertThat(stored.getId()).isEqualTo("m-" + experimentId);
    assertThat(stored.getModelType()).isEqualTo("logistic_sgd");
    assertThat(stored.getFeatureSetVersion()).isEqualTo(FeatureSet.VERSION);
    assertThat(stored.getProduction()).isTrue();
    assertThat(stored.getSizeBytes()).isPositive();
    assertThat(stored.getCreatedAt()).isNotBlank();
    ModelProvenance provenance = stored.getProvenance();
    assertThat(provenance.getExperimentId()).isEqualTo(experimentId);
    assertThat(provenance.getSeed()).isEqualTo(7L);
    assertThat(provenance.getModelType()).isEqualTo("logistic_sgd");
    assertThat(provenance.getFeatureSetVersion()).isEqualTo(FeatureSet.VERSION);
    assertThat(provenance.getSource()).isIn("props", "history");
    assertThat(provenance.getHyperParameters().fieldNames()).contains("epochs");
    assertThat(provenance.getTrainRows()).isPositive();
    assertThat(provenance.getTrainFrom()).isNotNull();
    assertThat(LocalDate.parse(provenance.getTrainTo())).isBefore(LocalDate.parse(provenance.getHoldoutFrom()));
    assertThat(provenance.getHoldoutTo()).isNotNull();
    assertThat(provenance.getStatTypes()).isNotEmpty();
    ModelMetrics metrics = stored.getMetrics();
    assertThat(metrics.getBrier()).isEqualTo(metrics.toJson().getDouble("brier"));
    assertThat(metrics.getLogLoss()).isPositive();
    assertThat(metrics.getEce()).isBetween(0.0, 1.0);
    assertThat(metrics.getAuc()).isBetween(0.0, 1.0);
    assertThat(metrics.getN()).isPositive();
    TailReliabilityView low = metrics.getTails().getPBelow01();
    TailReliabilityView high = metrics.getTails().getPAbove09();
    for (TailReliabilityView tail : List.of(low, high)) {
      assertThat(tail.getN()).isNotNegative();
      if (tail.getN() > 0) {
        assertThat(tail.getMeanP()).isBetween(0.0, 1.0);
        assertThat(tail.getObserved()).isBetween(0.0, 1.0);
        assertThat(tail.getWilson95()).hasSize(2);
      } else {
        assertThat(tail.getMeanP()).isNull();
        assertThat(tail.getWilson95()).isNull();
      }
    }

    // predictions: one of each kind, and an explicit leg with a slip; the typed reply is the HTTP body
    JsonObject prop = openProps.getJsonObject(0);
    PredictRequest byIds = new PredictRequest().setPropIds(List.of("nope:1", prop.getString("id")));
    PredictionBatch batch = Await.result(model.predict(byIds));
    assertThat(batch.toJson()).isEqualTo(post("/model/predict", byIds.toJson()).bodyAsJsonObject());
    assertThat(batch.getModelVersion()).isEqualTo(stored.getId());
    assertThat(batch.getPredicted()).isEqualTo(1);
    assertThat(batch.getErrors()).isEqualTo(1);
    assertThat(batch.getItems()).hasSize(2);
    PredictionItemError missing = (PredictionItemError) batch.getItems().get(0);
    assertThat(missing.getPropId()).isEqualTo("nope:1");
    assertThat(missing.getError()).isEqualTo("not_found");
    assertThat(missing.getStatus()).isEqualTo(404);
    assertThat(missing.getMessage()).contains("nope:1");
    assertThat(missing.getLeg()).isNull();
    Prediction p = (Prediction) batch.getItems().get(1);
    assertThat(batch.predictions()).hasSize(1);
    assertThat(p.getPropId()).isEqualTo(prop.getString("id"));
    assertThat(p.getPlatform()).isEqualTo(prop.getString("platform"));
    assertThat(p.getPlayerId()).isEqualTo(prop.getString("player_id"));
    assertThat(p.getGameId()).isEqualTo(prop.getString("game_id"));
    assertThat(p.getStatType()).isEqualTo("points");
    assertThat(p.getLine()).isEqualTo(prop.getDouble("line"));
    assertThat(p.getOddsType()).isEqualTo(prop.getString("odds_type"));
    assertThat(p.getSides()).isEqualTo(prop.getString("sides"));
    assertThat(p.getMultipliers().getOver()).isEqualTo(prop.getDouble("over_multiplier"));
    assertThat(p.getMultipliers().getUnder()).isEqualTo(prop.getDouble("under_multiplier"));
    assertThat(p.getPOver() + p.getPUnder()).isCloseTo(1.0, within(1e-3));
    assertThat(p.getProjectedMean()).as("a classifier has no mean").isNull();
    assertThat(p.getInterval80()).isNull();
    assertThat(p.getFairOdds().getOver()).isCloseTo(1 / p.getPOver(), withinPercentage(1));
    assertThat(p.getFairOdds().getUnder()).isCloseTo(1 / p.getPUnder(), withinPercentage(1));
    assertThat(p.getSide()).isIn("over", "under");
    assertThat(p.getConfidence()).isBetween(0.0, 1.0);
    assertThat(p.getModelVersion()).isEqualTo(stored.getId());
    assertThat(p.getSlip().getLegs()).isEqualTo(2);
    assertThat(p.getSlip().getPlatform()).isEqualTo(prop.getString("platform"));
    assertThat(p.getSlip().getMultiplier()).isPositive();
    assertThat(p.getBreakeven()).isEqualTo("over".equals(p.getSide()) ? p.getBreakevens().getOver()
        : p.getBreakevens().getUnder());
    assertThat(p.getEdge()).isCloseTo(("over".equals(p.getSide()) ? p.getPOver() : p.getPUnder()) - p.getBreakeven(),
        within(1e-3));
    assertThat(p.getPayoutNote()).isNull();
    assertThat(p.getExplain()).isNull();
    PredictRequest explicit = new PredictRequest()
        .setProps(List.of(new PredictLeg().setPlayerId(prop.getString("player_id")).setGameId(prop.getString("game_id"))
            .setStatType("points").setLine(0.5).setPlatform("underdog").setTeam(null),
            new PredictLeg().setPlayerId("nobody").setGameId(prop.getString("game_id")).setStatType("points")
                .setLine(10.5)))
        .setExplain(true).setSlip(new SlipRequest().setPlatform("prizepicks").setLegs(3));
    PredictionBatch legs = Await.result(model.predict(explicit));
    Prediction far = (Prediction) legs.getItems().get(0);
    assertThat(far.getPropId()).isNull();
    assertThat(far.getPlatform()).isEqualTo("underdog");
    assertThat(far.getSlip().getPlatform()).isEqualTo("prizepicks");
    assertThat(far.getSlip().getLegs()).isEqualTo(3);
    assertThat(far.getNotes()).anyMatch(n -> n.contains("unreliable"));
    assertThat(far.getExplain()).hasSize(5);
    assertThat(FeatureSet.NAMES).contains(far.getExplain().get(0).getFeature());
    assertThat(far.getExplain().get(0).getContribution()).isEqualTo(far.toJson().getJsonArray("explain")
        .getJsonObject(0).getDouble("contribution"));
    // the line itself is a feature: its value in the explanation is the leg's line
    far.getExplain().stream().filter(c -> c.getFeature().equals("line")).findFirst()
        .ifPresent(c -> assertThat(((Number) c.getValue()).doubleValue()).isEqualTo(far.getLine()));
    PredictionItemError nobody = (PredictionItemError) legs.getItems().get(1);
    assertThat(nobody.getLeg()).isEqualTo("nobody|" + prop.getString("game_id") + "|points");
    assertThat(nobody.getPropId()).isNull();
    ServiceException noBody = (ServiceException) Await.failure(model.predict(null));
    assertThat(noBody.failureCode()).isEqualTo(400);
    assertThat(noBody.getDebugInfo().getString("field")).isEqualTo("body");
    ServiceException nullSlip = (ServiceException) Await.failure(model.predict(new PredictRequest(
        new JsonObject().put("prop_ids", new JsonArray().add(prop.getString("id"))).putNull("slip"))));
    assertThat(nullSlip.getDebugInfo().getString("field")).as("a raw null slip is still a 400").isEqualTo("slip");

    // experiments: the one trained above, read back typed
    ExperimentsService experiments = ExperimentsService.createProxy(node.vertx(), bus);
    ExperimentView e = Await.result(experiments.get("dev-user", experimentId));
    assertThat(e.toJson()).isEqualTo(api.ok("/experiments/" + experimentId));
    assertThat(e.getId()).isEqualTo(experimentId);
    assertThat(e.getStatus()).isEqualTo("succeeded");
    assertThat(e.getProgress()).isEqualTo(100);
    assertThat(e.getError()).isNull();
    assertThat(e.getModelId()).isEqualTo(stored.getId());
    assertThat(e.getCreatedAt()).isNotBlank();
    assertThat(e.getUpdatedAt()).isNotBlank();
    ExperimentRequest request = e.getRequest();
    assertThat(request.getModelType()).isEqualTo("logistic_sgd");
    assertThat(request.getSeed()).isEqualTo(7L);
    assertThat(request.getFrom()).isNull();
    assertThat(request.getTo()).isNull();
    assertThat(request.getHoldoutFraction()).isEqualTo(0.25);
    assertThat(request.getSource()).isEqualTo("auto");
    assertThat(request.getStatTypes()).isSorted().isNotEmpty();
    assertThat(request.getHyperParameters().fieldNames()).contains("epochs", "learning_rate", "minibatch_size");
    assertThat(e.getMetrics().toJson()).isEqualTo(metrics.toJson());
    assertThat(e.getBaselines()).containsKeys("line_implied", "rolling_hit_rate", "season_hit_rate",
        "poisson_season_mean");
    assertThat(e.getBaselines().get("line_implied").getBrier()).isCloseTo(0.25, within(1e-9));
    ExperimentList compared = Await.result(experiments.list("dev-user",
        new ExperimentListQuery().setCompare(experimentId)));
    assertThat(compared.toJson()).isEqualTo(api.ok("/experiments?compare=" + experimentId));
    assertThat(compared.getTotal()).isEqualTo(1);
    assertThat(compared.getItems().get(0).toJson()).isEqualTo(e.toJson());
    assertThat(Await.result(experiments.list("dev-user", null)).getTotal())
        .isEqualTo(api.ok("/experiments").getInteger("total"));
    HoldoutPage page = Await.result(experiments.predictions("dev-user", experimentId,
        new HoldoutQuery().setLimit(2).setOffset(1)));
    assertThat(page.toJson()).isEqualTo(api.ok("/experiments/" + experimentId + "/predictions?limit=2&offset=1"));
    assertThat(page.getTotal()).isEqualTo(metrics.getN());
    assertThat(page.getLimit()).isEqualTo(2);
    assertThat(page.getOffset()).isEqualTo(1);
    HoldoutRowView row = page.getItems().get(0);
    assertThat(row.getPropId()).isNotBlank();
    assertThat(row.getOutcome()).isIn(0, 1);
    assertThat(row.getPOver()).isBetween(0.0, 1.0);
    assertThat(Await.result(experiments.predictions("dev-user", experimentId, null)).getLimit()).isEqualTo(50);
    Promotion again = Await.result(experiments.promote("dev-user", experimentId, false));
    assertThat(again.getModelId()).isEqualTo(stored.getId());
    assertThat(again.getExperimentId()).isEqualTo(experimentId);
    assertThat(again.getAt()).isNotBlank();
    PromotionComparison already = again.getComparison();
    assertThat(already.getMetric()).isEqualTo("brier");
    assertThat(already.getComparable()).isFalse();
    assertThat(already.getReason()).isEqualTo("already the production model");
    assertThat(already.getForced()).isFalse();
    assertThat(already.getRows()).isNull();
    assertThat(already.getCandidate()).isNull();
    assertThat(already.getVerdict()).isNull();
    assertThat(already.getRefusal()).isNull();
    ServiceException notMine = (ServiceException) Await.failure(experiments.get("someone-else", experimentId));
    assertThat(notMine.failureCode()).isEqualTo(404);

    // correlations: a game's first two props
    CorrService corr = CorrService.createProxy(node.vertx(), bus);
    JsonArray game = api.ok("/props?platform=" + prop.getString("platform") + "&game_id=" + prop.getString("game_id")
        + "&limit=500").getJsonArray("items");
    String a = game.getJsonObject(0).getString("id");
    String b = game.getJsonObject(1).getString("id");
    CorrMatrix matrix = Await.result(corr.matrix(new CorrMatrixQuery().setPropIds(a + "," + b).setSides("over,under")));
    assertThat(matrix.toJson()).isEqualTo(api.ok("/corr/matrix?prop_ids=" + a + "," + b + "&sides=over,under"));
    assertThat(matrix.getPropIds()).containsExactly(a, b);
    assertThat(matrix.getSides()).containsExactly("over", "under");
    assertThat(matrix.getMatrix()).hasSize(2);
    assertThat(matrix.getMatrix().get(0).get(0)).isEqualTo(1.0);
    assertThat(matrix.getMatrix().get(0).get(1)).isEqualTo(matrix.getMatrix().get(1).get(0));
    assertThat(matrix.getRepaired()).isFalse();
    assertThat(matrix.getResidualMean()).isIn("model", "projection", "mixed");
    assertThat(matrix.getModelVersion()).isEqualTo("projection".equals(matrix.getResidualMean()) ? null
        : stored.getId());
    CorrPair pair = matrix.getPairs().get(0);
    assertThat(pair.getA()).isEqualTo(a);
    assertThat(pair.getB()).isEqualTo(b);
    assertThat(pair.getRho()).isEqualTo(matrix.getMatrix().get(0).get(1));
    assertThat(pair.getN()).isNotNegative();
    assertThat(pair.getRelation()).isNotBlank();
    if (pair.getN() >= 3) {
      assertThat(pair.getSample()).isBetween(-1.0, 1.0);
    }
    CorrRelated related = Await.result(corr.related(new CorrRelatedQuery().setPropId(a).setLimit(3)));
    assertThat(related.toJson()).isEqualTo(api.ok("/corr/related?prop_id=" + a + "&limit=3"));
    assertThat(related.getPropId()).isEqualTo(a);
    assertThat(related.getTotal()).isGreaterThanOrEqualTo(related.getItems().size());
    assertThat(related.getResidualMean()).isIn("model", "projection");
    CorrRelatedItem item = related.getItems().get(0);
    assertThat(item.getPropId()).isNotEqualTo(a);
    assertThat(item.getPlayerId()).isNotBlank();
    assertThat(item.getPlayerName()).isNotBlank();
    assertThat(item.getTeam()).isNotBlank();
    assertThat(item.getStatType()).isNotBlank();
    assertThat(item.getLine()).isNotNegative();
    assertThat(Math.abs(item.getRho())).isLessThanOrEqualTo(1.0);
    assertThat(item.getRelation()).isNotBlank();
    ServiceException noIds = (ServiceException) Await.failure(corr.matrix(null));
    assertThat(noIds.getDebugInfo().getString("field")).isEqualTo("prop_ids");
  }
}
