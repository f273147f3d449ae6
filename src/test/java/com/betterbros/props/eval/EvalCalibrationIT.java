package com.betterbros.props.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.eval.api.Calibration;
import com.betterbros.props.eval.api.CalibrationQuery;
import com.betterbros.props.eval.api.EvalService;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.math.CalibrationMetrics;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * GET /eval/calibration on an embedded node (synthetic season, 30 days) that trained its first
 * model: a user's own experiment is scored on its stored holdout, and the figures are recomputed
 * here from that holdout as /experiments/{id}/predictions lists it.
 */
@DisplayName("Calibration of a model on its holdout, over HTTP and the bus, recomputed from the holdout rows")
class EvalCalibrationIT {

  private static Node node;
  private static ApiClient alice;
  private static ApiClient bob;
  private static ApiClient free;
  private static String experimentId;

  @BeforeAll
  static void start() throws InterruptedException {
    node = TestNodes.trained(Map.of());
    ApiClient admin = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
    alice = admin.withToken(node.devToken("alice", Tier.PRO));
    bob = admin.withToken(node.devToken("bob", Tier.PRO));
    free = admin.withToken(node.devToken("carol", Tier.FREE));
    HttpResponse<Buffer> created = alice.post("/experiments",
        new JsonObject().put("model_type", "logistic_sgd").put("seed", 7).toBuffer());
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(202);
    experimentId = created.bodyAsJsonObject().getString("id");
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (System.nanoTime() < deadline
        && !"succeeded".equals(alice.ok("/experiments/" + experimentId).getString("status"))) {
      Thread.sleep(250);
    }
    assertThat(alice.ok("/experiments/" + experimentId).getString("status")).isEqualTo("succeeded");
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  @Test
  @DisplayName("a user's experiment: n, Brier, log loss, ECE and every bin recomputed from its holdout rows")
  void recomputedFromHoldout() {
    List<JsonObject> rows = holdout();
    JsonObject c = alice.ok("/eval/calibration?model=" + experimentId);
    assertThat(c.getInteger("n")).isEqualTo(rows.size()).isPositive();
    double[] p = rows.stream().mapToDouble(r -> r.getDouble("p_over")).toArray();
    int[] y = rows.stream().mapToInt(r -> r.getInteger("outcome")).toArray();
    assertThat(c.getDouble("brier")).isCloseTo(CalibrationMetrics.brier(p, y), within(1e-9));
    assertThat(c.getDouble("log_loss")).isCloseTo(CalibrationMetrics.logLoss(p, y), within(1e-9));
    assertThat(c.getDouble("ece")).isCloseTo(CalibrationMetrics.ece(p, y, 10), within(1e-9));
    Map<Integer, int[]> byBin = new HashMap<>();
    for (int i = 0; i < p.length; i++) {
      int[] nk = byBin.computeIfAbsent(Math.min(9, (int) (p[i] * 10)), k -> new int[2]);
      nk[0]++;
      nk[1] += y[i];
    }
    JsonArray bins = c.getJsonArray("bins");
    assertThat(bins).hasSize(byBin.size());
    for (Object o : bins) {
      JsonObject bin = (JsonObject) o;
      int[] nk = byBin.get((int) Math.round(bin.getDouble("lower") * 10));
      assertThat(bin.getInteger("n")).isEqualTo(nk[0]);
      assertThat(bin.getDouble("observed")).isCloseTo((double) nk[1] / nk[0], within(1e-12));
      assertThat(bin.getDouble("ci_low")).isLessThanOrEqualTo(bin.getDouble("observed"));
      assertThat(bin.getDouble("ci_high")).isGreaterThanOrEqualTo(bin.getDouble("observed"));
    }
    JsonObject d = c.getJsonObject("brier_decomposition");
    assertThat(d.getDouble("reliability") - d.getDouble("resolution") + d.getDouble("uncertainty"))
        .isCloseTo(c.getDouble("brier"), within(0.005));
    JsonObject model = c.getJsonObject("model");
    assertThat(model.getString("ref")).isEqualTo(experimentId);
    assertThat(model.getString("experiment_id")).isEqualTo(experimentId);
    assertThat(model.getString("model_type")).isEqualTo("logistic_sgd");
    assertThat(rows).allMatch(r -> r.getString("game_date").compareTo(model.getString("holdout_from")) >= 0);
  }

  @Test
  @DisplayName("segments partition the forecasts; player keeps the top n; equal-mass bins")
  void segments() {
    JsonObject c = alice.ok("/eval/calibration?model=" + experimentId
        + "&segment=stat_type,home_away,rest_days,edge_bucket,player&top=3&binning=equal_mass&bins=5");
    int n = c.getInteger("n");
    assertThat(c.getString("binning")).isEqualTo("equal_mass");
    assertThat(c.getJsonArray("bins")).hasSizeLessThanOrEqualTo(5);
    JsonArray segments = c.getJsonArray("segments");
    for (String s : List.of("stat_type", "home_away", "rest_days", "edge_bucket")) {
      int sum = segments.stream().map(JsonObject.class::cast).filter(x -> s.equals(x.getString("segment")))
          .mapToInt(x -> x.getInteger("n")).sum();
      assertThat(sum).as("segment %s covers every forecast", s).isEqualTo(n);
    }
    assertThat(segments.stream().map(JsonObject.class::cast).filter(x -> "player".equals(x.getString("segment"))))
        .hasSizeLessThanOrEqualTo(3);
    assertThat(segments.stream().map(JsonObject.class::cast))
        .allMatch(x -> x.getBoolean("small") == (x.getInteger("n") < 30));
  }

  @Test
  @DisplayName("production is anyone's to evaluate; another user's experiment is 404; the free tier is 403")
  void ownershipAndTiers() {
    JsonObject production = bob.ok("/eval/calibration");
    assertThat(production.getJsonObject("model").getString("ref")).isEqualTo("production");
    assertThat(production.getJsonObject("model").getString("model_id"))
        .isEqualTo(bob.ok("/model").getJsonObject("model").getString("id"));
    assertThat(bob.get("/eval/calibration?model=" + experimentId).statusCode()).isEqualTo(404);
    assertThat(alice.get("/eval/calibration?model=x-unknown").statusCode()).isEqualTo(404);
    HttpResponse<Buffer> forbidden = free.get("/eval/calibration");
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.bodyAsJsonObject().getString("error")).isEqualTo("forbidden");
  }

  @Test
  @DisplayName("bad queries are 400 naming the field; a range outside the holdout is 422")
  void badQueries() {
    for (String[] bad : new String[][] {{"segment=team", "segment"}, {"bins=0", "bins"},
        {"binning=quantile", "binning"}, {"from=2026-01-02&to=2026-01-01", "from"}, {"top=0", "top"}}) {
      HttpResponse<Buffer> r = alice.get("/eval/calibration?model=" + experimentId + "&" + bad[0]);
      assertThat(r.statusCode()).as(bad[0]).isEqualTo(400);
      assertThat(r.bodyAsString()).as(bad[0]).contains(bad[1]);
    }
    HttpResponse<Buffer> outside = alice.get("/eval/calibration?model=" + experimentId + "&from=2030-01-01");
    assertThat(outside.statusCode()).isEqualTo(422);
    assertThat(outside.bodyAsJsonObject().getString("message")).contains("holdout runs from");
  }

  @Test
  @DisplayName("the typed bus client answers what HTTP answers")
  void typedClient() {
    Calibration c = Await.result(EvalService.createProxy(node.vertx(), new DeliveryOptions().setSendTimeout(10_000))
        .calibration("alice", new CalibrationQuery().setModel(experimentId).setSegment("stat_type")));
    JsonObject http = alice.ok("/eval/calibration?model=" + experimentId + "&segment=stat_type");
    assertThat(c.toJson()).isEqualTo(http);
    assertThat(c.getN()).isEqualTo(http.getInteger("n"));
    assertThat(c.getSegments()).isNotEmpty().allMatch(s -> s.getSegment().equals("stat_type"));
    assertThat(c.getBins().get(0).getCiHigh()).isGreaterThanOrEqualTo(c.getBins().get(0).getObserved());
  }

  private static List<JsonObject> holdout() {
    List<JsonObject> rows = new ArrayList<>();
    for (int offset = 0; ; offset += 500) {
      JsonObject page = alice.ok("/experiments/" + experimentId + "/predictions?limit=500&offset=" + offset);
      page.getJsonArray("items").forEach(o -> rows.add((JsonObject) o));
      if (rows.size() >= page.getInteger("total")) {
        return rows;
      }
    }
  }
}
