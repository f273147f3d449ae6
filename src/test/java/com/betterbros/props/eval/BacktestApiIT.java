package com.betterbros.props.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * /eval/backtests on an embedded node (synthetic season, 30 days, its first model trained): jobs
 * that finish with a backtest whose every figure is recomputed here from its bets, the settlement
 * rules checked bet by bet, the Kelly caps, a fixed model refused when it trained on the range,
 * bad requests named, and nobody else's backtests.
 */
@DisplayName("Backtests: walk-forward jobs, figures recomputed from the bets, and nobody else's")
class BacktestApiIT {

  private static Node node;
  private static ApiClient alice;
  private static ApiClient bob;
  private static ApiClient carol;
  private static LocalDate last;
  private static String trainTo;

  @BeforeAll
  static void start() throws InterruptedException {
    node = TestNodes.trained(Map.of());
    ApiClient admin = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
    alice = admin.withToken(node.devToken("alice", Tier.PRO));
    bob = admin.withToken(node.devToken("bob", Tier.PRO));
    carol = admin.withToken(node.devToken("carol", Tier.FREE));
    // the production model's holdout ends on the last day with settled props
    JsonObject provenance = alice.ok("/model").getJsonObject("model").getJsonObject("provenance");
    last = LocalDate.parse(provenance.getString("holdout_to"));
    trainTo = provenance.getString("train_to");
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  private static HttpResponse<Buffer> post(ApiClient user, JsonObject body) {
    return user.post("/eval/backtests", body.toBuffer());
  }

  /** Starts a backtest, waits for its job, and returns the stored backtest. */
  private static JsonObject run(ApiClient user, JsonObject body) throws InterruptedException {
    HttpResponse<Buffer> started = post(user, body);
    assertThat(started.statusCode()).as(started.bodyAsString()).isEqualTo(202);
    String jobId = started.bodyAsJsonObject().getString("job_id");
    assertThat(started.bodyAsJsonObject().getString("kind")).isEqualTo("backtest");
    JsonObject job = user.ok("/jobs/" + jobId);
    long deadline = System.nanoTime() + 240_000_000_000L;
    while (System.nanoTime() < deadline && !List.of("succeeded", "failed").contains(job.getString("status"))) {
      Thread.sleep(200);
      job = user.ok("/jobs/" + jobId);
    }
    assertThat(job.getString("status")).as(job.encode()).isEqualTo("succeeded");
    String id = job.getJsonObject("result").getString("backtest_id");
    JsonObject backtest = user.ok("/eval/backtests/" + id);
    assertThat(backtest.getString("job_id")).isEqualTo(jobId);
    assertThat(job.getJsonObject("result").getDouble("roi")).isEqualTo(backtest.getDouble("roi"));
    return backtest;
  }

  private static List<JsonObject> bets(ApiClient user, String id) {
    List<JsonObject> out = new ArrayList<>();
    long total;
    do {
      JsonObject page = user.ok("/eval/backtests/" + id + "/bets?limit=500&offset=" + out.size());
      total = page.getLong("total");
      page.getJsonArray("items").forEach(o -> out.add((JsonObject) o));
    } while (out.size() < total);
    return out;
  }

  /** ROI, profit, counts, curve, drawdown and losing run recomputed from the bets. */
  private static void recompute(JsonObject backtest, List<JsonObject> bets) {
    double staked = 0;
    double returned = 0;
    int won = 0;
    int lost = 0;
    int run = 0;
    int longest = 0;
    Map<String, Double> dayProfit = new LinkedHashMap<>();
    for (JsonObject b : bets) {
      staked += b.getDouble("stake");
      returned += b.getDouble("payout");
      assertThat(b.getBoolean("won")).isEqualTo(b.getDouble("payout") > b.getDouble("stake"));
      if (b.getBoolean("won")) {
        won++;
        run = 0;
      } else if (b.getDouble("payout") < b.getDouble("stake")) {
        lost++;
        longest = Math.max(longest, ++run);
      }
      dayProfit.merge(b.getString("date"), b.getDouble("payout") - b.getDouble("stake"), Double::sum);
    }
    assertThat(backtest.getInteger("bets")).isEqualTo(bets.size());
    assertThat(backtest.getInteger("won")).isEqualTo(won);
    assertThat(backtest.getInteger("lost")).isEqualTo(lost);
    assertThat(backtest.getDouble("staked")).isCloseTo(staked, within(1e-6));
    assertThat(backtest.getDouble("profit")).isCloseTo(returned - staked, within(1e-6));
    assertThat(backtest.getDouble("roi")).isCloseTo((returned - staked) / staked, within(1e-9));
    assertThat(backtest.getInteger("longest_losing_run")).isEqualTo(longest);
    double bankroll = backtest.getJsonObject("request").getDouble("bankroll");
    double peak = bankroll;
    double drawdown = 0;
    for (Object o : backtest.getJsonArray("bankroll_curve")) {
      JsonObject point = (JsonObject) o;
      bankroll += dayProfit.getOrDefault(point.getString("date"), 0.0);
      assertThat(point.getDouble("bankroll")).isCloseTo(bankroll, within(1e-6));
      peak = Math.max(peak, bankroll);
      drawdown = Math.max(drawdown, (peak - bankroll) / peak);
    }
    assertThat(backtest.getDouble("max_drawdown")).isCloseTo(drawdown, within(1e-9));
    JsonArray ci = backtest.getJsonArray("roi_ci");
    assertThat(ci.getDouble(0)).isLessThanOrEqualTo(backtest.getDouble("roi"));
    assertThat(ci.getDouble(1)).isGreaterThanOrEqualTo(backtest.getDouble("roi"));
  }

  @Test
  @DisplayName("single legs, retrained weekly: every figure and every payout recomputed from /bets; the baseline beside")
  void singleLegs() throws InterruptedException {
    JsonObject body = new JsonObject().put("from", last.minusDays(7).toString()).put("to", last.toString())
        .put("strategy", "single_legs").put("min_edge", 0.02).put("retrain_every_days", 4);
    JsonObject backtest = run(alice, body);
    List<JsonObject> bets = bets(alice, backtest.getString("id"));
    assertThat(bets).isNotEmpty();
    recompute(backtest, bets);
    for (JsonObject b : bets) {
      JsonObject leg = b.getJsonArray("legs").getJsonObject(0);
      double stake = b.getDouble("stake");
      assertThat(stake).isEqualTo(1.0);
      assertThat(leg.getDouble("p") - leg.getDouble("breakeven")).isGreaterThanOrEqualTo(0.02 - 1e-12);
      double expected = switch (leg.getString("outcome")) {
        case "won" -> stake / leg.getDouble("breakeven");
        case "lost" -> 0;
        default -> stake;
      };
      assertThat(b.getDouble("payout")).isCloseTo(expected, within(1e-9));
      String outcome = leg.getValue("stat") == null ? "void" : leg.getDouble("stat") == leg.getDouble("line") ? "push"
          : (leg.getDouble("stat") > leg.getDouble("line")) == "over".equals(leg.getString("side")) ? "won" : "lost";
      assertThat(leg.getString("outcome")).isEqualTo(outcome);
    }
    JsonArray models = backtest.getJsonArray("models");
    assertThat(models).hasSize(2);
    models.forEach(m -> assertThat(((JsonObject) m).getString("train_to"))
        .isLessThan(((JsonObject) m).getString("from")));
    JsonObject baseline = backtest.getJsonObject("baseline");
    assertThat(baseline.getInteger("bets")).isGreaterThan(bets.size());
    assertThat(baseline.getDouble("staked")).isEqualTo(baseline.getInteger("bets").doubleValue());
    assertThat(backtest.getJsonObject("request").getString("model_version"))
        .isEqualTo(alice.ok("/model").getJsonObject("model").getString("id"));
    // the same bets as a file
    String id = backtest.getString("id");
    HttpResponse<Buffer> csv = alice.get("/export/backtests/" + id + "/bets?format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.getHeader("Content-Disposition")).contains("backtest-" + id + "-bets");
    List<org.apache.commons.csv.CSVRecord> rows;
    try {
      rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(new java.io.StringReader(csv.bodyAsString())).getRecords();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertThat(rows).hasSize(bets.size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(Double.parseDouble(rows.get(i).get("payout"))).isEqualTo(bets.get(i).getDouble("payout"));
      assertThat(rows.get(i).get("legs")).startsWith(bets.get(i).getJsonArray("legs").getJsonObject(0)
          .getString("prop_id"));
    }
    assertThat(bob.get("/export/backtests/" + id + "/bets?format=xlsx").statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("top slips under fractional Kelly: stakes within the per-bet and per-day caps of the day's bankroll")
  void topSlipsKelly() throws InterruptedException {
    JsonObject body = new JsonObject().put("from", last.minusDays(5).toString()).put("to", last.toString())
        .put("strategy", "top_slips").put("slip", new JsonObject().put("size", 3).put("k", 2))
        .put("staking", "kelly").put("kelly_fraction", 0.25).put("max_bet_fraction", 0.03)
        .put("max_day_fraction", 0.1).put("bankroll", 1000).put("retrain_every_days", 7);
    JsonObject backtest = run(alice, body);
    List<JsonObject> bets = bets(alice, backtest.getString("id"));
    assertThat(bets).isNotEmpty();
    recompute(backtest, bets);
    Map<String, Double> startOfDay = new LinkedHashMap<>();
    double bankroll = 1000;
    for (Object o : backtest.getJsonArray("bankroll_curve")) {
      startOfDay.put(((JsonObject) o).getString("date"), bankroll);
      bankroll = ((JsonObject) o).getDouble("bankroll");
    }
    Map<String, Double> dayStakes = new LinkedHashMap<>();
    for (JsonObject b : bets) {
      double start = startOfDay.get(b.getString("date"));
      assertThat(b.getString("kind")).isEqualTo("slip");
      assertThat(b.getJsonArray("legs")).hasSize(3);
      assertThat(b.getDouble("ev")).isPositive();
      assertThat(b.getDouble("stake")).isLessThanOrEqualTo(Math.min(0.25 * b.getDouble("kelly"), 0.03) * start + 1e-9);
      dayStakes.merge(b.getString("date"), b.getDouble("stake"), Double::sum);
    }
    dayStakes.forEach((day, total) -> assertThat(total).isLessThanOrEqualTo(0.1 * startOfDay.get(day) + 1e-9));
    assertThat(backtest.getJsonObject("request").getJsonObject("slip").getString("mode")).isEqualTo("power");
  }

  @Test
  @DisplayName("a fixed model is used only on games after its training; on the range it is a 422")
  void fixedModel() throws InterruptedException {
    JsonObject overlapping = new JsonObject().put("from", trainTo).put("to", last.toString())
        .put("strategy", "single_legs").put("retrain_every_days", 0);
    HttpResponse<Buffer> refused = post(alice, overlapping);
    assertThat(refused.statusCode()).as(refused.bodyAsString()).isEqualTo(422);
    assertThat(refused.bodyAsJsonObject().getString("field")).isEqualTo("model");
    LocalDate after = LocalDate.parse(trainTo).plusDays(1);
    JsonObject backtest = run(alice, overlapping.copy().put("from", after.toString()));
    assertThat(backtest.getJsonArray("models")).hasSize(1);
    assertThat(backtest.getJsonArray("models").getJsonObject(0).getString("train_to")).isEqualTo(trainTo);
  }

  @Test
  @DisplayName("bad requests name their field and start nothing")
  void badRequests() {
    String from = last.minusDays(3).toString();
    JsonObject ok = new JsonObject().put("from", from).put("to", last.toString()).put("strategy", "single_legs");
    Map<JsonObject, String> bad = new LinkedHashMap<>();
    bad.put(ok.copy().put("stratgy", "x"), "stratgy");
    bad.put(ok.copy().put("strategy", "martingale"), "strategy");
    bad.put(ok.copy().put("to", "2020-01-01"), "to");
    bad.put(ok.copy().put("from", "yesterday"), "from");
    bad.put(ok.copy().put("bankroll", -5), "bankroll");
    bad.put(ok.copy().put("staking", "all_in"), "staking");
    bad.put(ok.copy().put("strategy", "top_slips").put("slip", new JsonObject().put("size", 9)), "slip.size");
    bad.put(ok.copy().put("strategy", "top_slips").put("slip", new JsonObject().put("method", "greedy")),
        "slip.method");
    bad.put(ok.copy().put("platforms", new JsonArray().add("fanduel")), "platforms");
    bad.put(ok.copy().put("retrain_every_days", "weekly"), "retrain_every_days");
    int jobsBefore = alice.ok("/jobs?kind=backtest").getInteger("total");
    bad.forEach((body, field) -> {
      HttpResponse<Buffer> r = post(alice, body);
      assertThat(r.statusCode()).as(body.encode() + " " + r.bodyAsString()).isEqualTo(400);
      assertThat(r.bodyAsJsonObject().getString("field")).isEqualTo(field);
    });
    HttpResponse<Buffer> flex2 = post(alice, ok.copy().put("strategy", "top_slips")
        .put("slip", new JsonObject().put("size", 2).put("mode", "flex")));
    assertThat(flex2.statusCode()).isEqualTo(422);
    assertThat(flex2.bodyAsJsonObject().getString("field")).isEqualTo("slip");
    HttpResponse<Buffer> steals = post(alice, ok.copy().put("stat_types", new JsonArray().add("steals")));
    assertThat(steals.statusCode()).isEqualTo(422);
    assertThat(steals.bodyAsJsonObject().getString("field")).isEqualTo("stat_types");
    assertThat(post(alice, ok.copy().put("model", "x-unknown")).statusCode()).isEqualTo(404);
    assertThat(alice.ok("/jobs?kind=backtest").getInteger("total")).isEqualTo(jobsBefore);
  }

  @Test
  @DisplayName("another user's backtest is a 404 to read, list bets of or delete, and stays; the free tier is 403")
  void ownership() throws InterruptedException {
    JsonObject backtest = run(alice, new JsonObject().put("from", last.minusDays(2).toString())
        .put("to", last.toString()).put("strategy", "single_legs").put("min_edge", 0.05));
    String id = backtest.getString("id");
    assertThat(bob.get("/eval/backtests/" + id).statusCode()).isEqualTo(404);
    assertThat(bob.get("/eval/backtests/" + id + "/bets").statusCode()).isEqualTo(404);
    assertThat(bob.delete("/eval/backtests/" + id).statusCode()).isEqualTo(404);
    assertThat(bob.ok("/eval/backtests").getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("id")))
        .doesNotContain(id);
    assertThat(alice.ok("/eval/backtests").getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("id")))
        .contains(id);
    assertThat(carol.post("/eval/backtests", new JsonObject().toBuffer()).statusCode()).isEqualTo(403);
    assertThat(alice.delete("/eval/backtests/" + id).statusCode()).isEqualTo(204);
    assertThat(alice.get("/eval/backtests/" + id).statusCode()).isEqualTo(404);
    assertThat(alice.get("/eval/backtests/" + id + "/bets").statusCode()).isEqualTo(404);
  }
}
