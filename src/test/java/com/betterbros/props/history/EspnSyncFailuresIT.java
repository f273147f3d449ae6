package com.betterbros.props.history;

import static com.betterbros.props.history.EspnSyncFixtures.EVENT;
import static com.betterbros.props.history.EspnSyncFixtures.await;
import static com.betterbros.props.history.EspnSyncFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.auth.Tier;
import com.betterbros.props.context.api.ContextService;
import com.betterbros.props.context.api.InjuriesSaved;
import com.betterbros.props.context.api.InjuryBatch;
import com.betterbros.props.context.api.InjuryView;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.testing.Await;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.serviceproxy.ServiceException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("ESPN sync: ESPN failures, bad requests, tiers, ownership and the per-node queue")
class EspnSyncFailuresIT extends EspnSyncNode {

  @Test
  @DisplayName("an ESPN 500 on a summary, after the retries, is an error entry while the rest of the day succeeds")
  void summaryFails() {
    espn.behave(req -> {
      if (req.uri().equals("/summary?event=" + EVENT)) {
        espn.answer(req, 500, "{\"code\":500,\"message\":\"Internal Server Error\"}");
      } else {
        espn.replay(req);
      }
    });
    JsonObject job = sync(body("2026-02-19", "2026-02-19"));
    assertThat(job.getString("status")).as(job.encode()).isEqualTo("succeeded");
    JsonObject result = job.getJsonObject("result");
    JsonObject error = result.getJsonArray("errors").stream().map(e -> (JsonObject) e)
        .filter(e -> EVENT.equals(e.getString("event"))).findFirst().orElseThrow();
    assertThat(error.getString("message")).contains("HTTP 500").contains("after 4 attempts");
    assertThat(espn.uris.stream().filter(u -> u.equals("/summary?event=" + EVENT))).as("1 + 3 retries").hasSize(4);
    assertThat(result.getInteger("games")).isEqualTo(10);
    assertThat(result.getInteger("summaries")).isZero();
    assertThat(result.getJsonObject("box_scores").getInteger("imported")).isZero();
    assertThat(result.getJsonObject("injuries").getInteger("stored")).isEqualTo(2);
    JsonObject game = admin.ok("/history/games/" + EspnSyncFixtures.GAME);
    assertThat(game.getJsonObject("game").getInteger("home_score")).isEqualTo(112);
    assertThat(game.getJsonArray("box_scores")).isEmpty();
  }

  @Test
  @DisplayName("a sync in which no ESPN request succeeds fails, saying why")
  void nothingFetched() {
    espn.behave(req -> espn.answer(req, 404, "{\"code\":404}"));
    JsonObject job = sync(body("2026-03-01", "2026-03-02"));
    assertThat(job.getString("status")).isEqualTo("failed");
    assertThat(job.getString("error")).contains("no ESPN request succeeded").contains("scoreboard")
        .contains("HTTP 404");
    assertThat(job.getJsonObject("result").getInteger("errors_total")).as("2 scoreboards, the injury report")
        .isEqualTo(3);
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource(delimiter = '|', value = {
      "{}|source",
      "{\"source\":\"nba\",\"from\":\"2026-02-19\",\"to\":\"2026-02-19\"}|source",
      "{\"source\":\"espn\",\"to\":\"2026-02-19\"}|from",
      "{\"source\":\"espn\",\"from\":\"2026-02-19\"}|to",
      "{\"source\":\"espn\",\"from\":\"2026-02-19\",\"to\":\"19/02/2026\"}|to",
      "{\"source\":\"espn\",\"from\":20260219,\"to\":\"2026-02-19\"}|from",
      "{\"source\":\"espn\",\"from\":\"2026-02-20\",\"to\":\"2026-02-19\"}|from",
      "{\"source\":\"espn\",\"from\":\"2026-01-01\",\"to\":\"2026-03-04\"}|to",
      "[1, 2]|body",
      "not json|body"
  })
  @DisplayName("a bad body is a 400 naming the field; no job is created")
  void badBodies(String body, String field) {
    HttpResponse<Buffer> r = admin.post("/history/sync", Buffer.buffer(body));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(400);
    assertThat(r.bodyAsJsonObject().getString("field")).isEqualTo(field);
  }

  @Test
  @DisplayName("free and pro users cannot sync (403); another user cannot see the job (404)")
  void tiersAndOwnership() {
    ApiClient free = admin.withToken(node.devToken("free-user", Tier.FREE));
    ApiClient pro = admin.withToken(node.devToken("pro-user", Tier.PRO));
    JsonObject b = body("2026-02-20", "2026-02-20");
    assertThat(free.post("/history/sync", b.toBuffer()).statusCode()).isEqualTo(403);
    assertThat(pro.post("/history/sync", b.toBuffer()).statusCode()).isEqualTo(403);
    String jobId = admin.post("/history/sync", b.toBuffer()).bodyAsJsonObject().getString("job_id");
    assertThat(pro.get("/jobs/" + jobId).statusCode()).isEqualTo(404);
    assertThat(await(admin, jobId).getString("status")).isEqualTo("succeeded");
  }

  @Test
  @DisplayName("a third sync while two are queued or running on the node is a 429")
  void boundedQueue() {
    List<Runnable> held = new CopyOnWriteArrayList<>();
    espn.behave(req -> {
      Context ctx = Vertx.currentContext();
      held.add(() -> ctx.runOnContext(v -> espn.replay(req)));
    });
    JsonObject b = body("2026-02-20", "2026-02-20");
    String first = admin.post("/history/sync", b.toBuffer()).bodyAsJsonObject().getString("job_id");
    String second = admin.post("/history/sync", b.toBuffer()).bodyAsJsonObject().getString("job_id");
    HttpResponse<Buffer> third = admin.post("/history/sync", b.toBuffer());
    assertThat(third.statusCode()).as(third.bodyAsString()).isEqualTo(429);
    assertThat(third.getHeader("Retry-After")).isNotNull();
    espn.behave(espn::replay);
    held.forEach(Runnable::run);
    assertThat(await(admin, first).getString("status")).isEqualTo("succeeded");
    assertThat(await(admin, second).getString("status")).isEqualTo("succeeded");
  }

  @Test
  @DisplayName("context.saveInjuries checks every entry and names the bad field")
  void saveInjuriesValidates() {
    ContextService context = ContextService.createProxy(node.vertx(), new DeliveryOptions().setSendTimeout(10_000));
    JsonObject good = new JsonObject().put("player_id", "x-player").put("player_name", "X Player")
        .put("team", "bos").put("start_date", "2026-02-10").put("end_date", "2026-02-10").put("status", "Out");
    Throwable bad = Await.failure(context.saveInjuries(new InjuryBatch().setInjuries(List.of(
        new InjuryView(good), new InjuryView(good.copy().put("start_date", "10/02/2026"))))));
    assertThat(((ServiceException) bad).failureCode()).isEqualTo(400);
    assertThat(((ServiceException) bad).getDebugInfo().getString("field")).isEqualTo("injuries[1].start_date");
    Throwable reversed = Await.failure(context.saveInjuries(new InjuryBatch().setInjuries(List.of(
        new InjuryView(good.copy().put("end_date", "2026-02-09"))))));
    assertThat(((ServiceException) reversed).getDebugInfo().getString("field")).isEqualTo("injuries[0].end_date");
    InjuriesSaved saved = Await.result(context.saveInjuries(
        new InjuryBatch().setInjuries(List.of(new InjuryView(good)))));
    assertThat(saved.getInserted()).isEqualTo(1);
    JsonObject stored = admin.ok("/context/injuries?team=BOS&date=2026-02-10").getJsonArray("items").getJsonObject(0);
    assertThat(stored.getString("team")).isEqualTo("BOS");
    assertThat(stored.getString("status")).isEqualTo("out");
  }
}
