package com.betterbros.props.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Repositories;
import com.betterbros.props.features.api.FeatureBatch;
import com.betterbros.props.features.api.FeatureBatchRequest;
import com.betterbros.props.features.api.FeatureItemView;
import com.betterbros.props.features.api.FeatureQuery;
import com.betterbros.props.features.api.Features;
import com.betterbros.props.features.api.FeaturesService;
import com.betterbros.props.features.core.FeatureBuilder;
import com.betterbros.props.features.core.FeatureSet;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.store.LocalCache;
import com.betterbros.props.testing.Await;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The features service on the event bus, over the handmade history")
class FeaturesServiceTest {

  private Vertx vertx;
  private Repositories stores;
  private LocalCache cache;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    stores = Repositories.memory();
    cache = new LocalCache(1_000);
    Await.result(stores.history().saveTeams(TinyHistory.TEAMS));
    Await.result(stores.history().savePlayers(TinyHistory.PLAYERS));
    Await.result(stores.history().saveGames(TinyHistory.GAMES));
    Await.result(stores.history().saveStats(TinyHistory.STATS));
    Await.result(stores.context().saveInjuries(TinyHistory.INJURIES));
    Instant tip = TinyHistory.GAMES.get(3).startTime();
    Await.result(stores.props().upsert(List.of(new Prop("prizepicks:x1", "prizepicks", "NBA", "x1", "p", "Pat Guard",
        "A", "B", TinyHistory.TARGET_GAME, "points", 22.5, tip, "closed", null, tip)), tip));
  }

  @AfterEach
  void stop() {
    Await.result(vertx.close());
  }

  @Test
  @DisplayName("without a line the posted prop's line is used; with no prop the line-relative features are null")
  void postedLine() {
    FeaturesService features = deploy(Duration.ofMinutes(10));
    Features posted = Await.result(features.forPlayer("p", query("points", null)));
    assertThat(posted.getPlayerId()).isEqualTo("p");
    assertThat(posted.getGameId()).isEqualTo(TinyHistory.TARGET_GAME);
    assertThat(posted.getStatType()).isEqualTo("points");
    assertThat(posted.getLine()).isEqualTo(22.5);
    assertThat(posted.getLineSource()).isEqualTo("prop");
    assertThat(posted.getFeatureSetVersion()).isEqualTo(FeatureSet.VERSION);
    double[] expected = FeatureBuilder.build(TinyHistory.index(), TinyHistory.request("p", "points", 22.5));
    Map<String, Double> values = posted.getFeatures();
    assertThat(values.keySet()).containsExactlyElementsOf(FeatureSet.NAMES);
    assertThat(posted.toJson().getJsonObject("features").fieldNames()).containsExactlyElementsOf(FeatureSet.NAMES);
    for (int i = 0; i < expected.length; i++) {
      assertThat(values.get(FeatureSet.NAMES.get(i))).as(FeatureSet.NAMES.get(i)).isEqualTo(expected[i]);
    }
    Features none = Await.result(features.forPlayer("p", query("steals", null)));
    assertThat(none.toJson().containsKey("line")).isTrue();
    assertThat(none.getLine()).isNull();
    assertThat(none.toJson().containsKey("line_source")).isTrue();
    assertThat(none.getLineSource()).isNull();
    for (String name : FeatureSet.LINE_RELATIVE) {
      assertThat(none.getFeatures()).containsKey(name);
      assertThat(none.getFeatures().get(name)).as(name).isNull();
    }
    assertThat(none.getFeatures().get("mean_3")).as("one steal a game").isEqualTo(1.0);
  }

  @Test
  @DisplayName("a batch answers each item in request order, as forPlayer answers it")
  void batch() {
    FeaturesService features = deploy(Duration.ofMinutes(10));
    FeatureBatch batch = Await.result(features.compute(new FeatureBatchRequest()
        .addItem(new FeatureItemView().setPlayerId("p").setGameId(TinyHistory.TARGET_GAME).setStatType("points")
            .setLine(25.5))
        .addItem(new FeatureItemView().setPlayerId("p").setGameId(TinyHistory.TARGET_GAME).setStatType("steals"))));
    assertThat(batch.getItems()).hasSize(2);
    assertThat(batch.getItems().get(0).toJson())
        .isEqualTo(Await.result(features.forPlayer("p", query("points", "25.5"))).toJson());
    assertThat(batch.getItems().get(1).getStatType()).isEqualTo("steals");
    assertThat(batch.getItems().get(1).getLine()).isNull();
    assertThat(batch.getItems().get(1).getLineSource()).isNull();
  }

  @Test
  @DisplayName("results are cached one hour under a key holding the feature-set and history versions")
  void cached() {
    FeaturesService features = deploy(Duration.ofMinutes(10));
    Await.result(features.forPlayer("p", query("points", "25.5")));
    String key = "feat:f2:" + Await.result(snapshots.get()).version() + ":p:g4:points:25.5";
    assertThat(Await.result(cache.get(key))).contains("\"mean_3\":20.0");
    Await.result(cache.put(key, new JsonObject().put("mean_3", -1.0).encode(), Duration.ofMinutes(1)));
    Features again = Await.result(features.forPlayer("p", query("points", "25.5")));
    assertThat(again.getFeatures().get("mean_3")).isEqualTo(-1.0);
    assertThat(again.getLineSource()).isEqualTo("request");
  }

  @Test
  @DisplayName("the node's history snapshot is kept until the history changes (or its time is up), then rebuilt")
  void indexLifetime() {
    FeaturesService kept = deploy(Duration.ofHours(1));
    assertThat(gamesPlayed(kept, "20.5")).isEqualTo(3);
    addEarlierGame();
    assertThat(gamesPlayed(kept, "21.5")).as("snapshot still the first one").isEqualTo(3);
    vertx.eventBus().publish(com.betterbros.props.bus.Addresses.HISTORY_EVENTS_CHANGED, new JsonObject());
    Await.sleep(100);
    assertThat(gamesPlayed(kept, "21.5")).as("rebuilt after the change event").isEqualTo(4);
    Await.result(vertx.close());
    vertx = Vertx.vertx();
    FeaturesService rebuilt = deploy(Duration.ZERO);
    assertThat(gamesPlayed(rebuilt, "22.5")).isEqualTo(4);
  }

  @Test
  @DisplayName("failures carry HTTP codes and name the field: 400, 404, 422")
  void failures() {
    FeaturesService features = deploy(Duration.ofMinutes(10));
    assertFailure(features.forPlayer("p", new FeatureQuery().setStatType("points")), 400, "game_id");
    assertFailure(features.forPlayer("p", query("points", "lots")), 400, "line");
    assertFailure(features.forPlayer("p", query("points", "-1")), 400, "line");
    ServiceException dunks = assertFailure(features.forPlayer("p", query("dunks", null)), 422, "stat_type");
    assertThat(dunks.getMessage()).contains("'dunks'");
    assertFailure(features.forPlayer("nobody", query("points", null)), 404, null);
    assertFailure(features.forPlayer("p", new FeatureQuery().setGameId("g-none").setStatType("points")), 404,
        null);
    JsonArray tooMany = new JsonArray();
    for (int i = 0; i <= FeaturesServiceImpl.MAX_ITEMS; i++) {
      tooMany.add(new JsonObject().put("player_id", "p").put("game_id", "g4").put("stat_type", "points"));
    }
    assertFailure(features.compute(new FeatureBatchRequest(new JsonObject().put("items", tooMany))), 400, "items");
    JsonArray mixed = new JsonArray().add(tooMany.getJsonObject(0)).add(new JsonObject()
        .put("player_id", "p").put("game_id", "g4").put("stat_type", "Fantasy Score"));
    assertFailure(features.compute(new FeatureBatchRequest(new JsonObject().put("items", mixed))), 422, "items[1].stat_type");
    assertFailure(features.compute(new FeatureBatchRequest(new JsonObject().put("items", "all"))), 400, "items");
    assertFailure(features.compute(new FeatureBatchRequest()), 400, "items");
    assertFailure(features.compute(null), 400, "items");
    assertFailure(features.forPlayer("p", null), 400, "game_id");
  }

  @Test
  @DisplayName("a player whose team is not in the game is a 422 on game_id")
  void wrongGame() {
    FeaturesService features = deploy(Duration.ofMinutes(10));
    Await.result(stores.history().saveGames(List.of(TinyHistory.game("g9", "2025-11-08", "B", "C", 1, 1, 97.0))));
    assertFailure(features.forPlayer("p", new FeatureQuery().setGameId("g9").setStatType("points")), 422,
        "game_id");
  }

  private HistorySnapshots snapshots;

  private FeaturesService deploy(Duration snapshotTtl) {
    snapshots = new HistorySnapshots(stores.history(), stores.context(), snapshotTtl);
    Await.result(vertx.deployVerticle(new FeaturesVerticle(stores.props(), cache, snapshots, FeaturesConfig.defaults())));
    return FeaturesService.createProxy(vertx, new DeliveryOptions().setSendTimeout(10_000));
  }

  private int gamesPlayed(FeaturesService features, String line) {
    return Await.result(features.forPlayer("p", query("points", line))).getFeatures().get("games_played").intValue();
  }

  private void addEarlierGame() {
    Game g0 = TinyHistory.game("g0", "2025-10-30", "A", "C", 3, 3, 99.0);
    PlayerGameStat row = TinyHistory.row("p", "g0", "A", "C", "2025-10-30", true, 12, 28);
    Await.result(stores.history().saveGames(List.of(g0)));
    Await.result(stores.history().saveStats(List.of(row)));
  }

  /** A query as HTTP sends it: every value a string (so "lots" reaches the service's validation). */
  private static FeatureQuery query(String stat, String line) {
    JsonObject q = new JsonObject().put("game_id", TinyHistory.TARGET_GAME).put("stat_type", stat);
    return new FeatureQuery(line == null ? q : q.put("line", line));
  }

  private static ServiceException assertFailure(io.vertx.core.Future<?> call, int code, String field) {
    Throwable t = Await.failure(call);
    assertThat(t).isInstanceOf(ServiceException.class);
    ServiceException se = (ServiceException) t;
    assertThat(se.failureCode()).as(se.getMessage()).isEqualTo(code);
    if (field != null) {
      assertThat(se.getDebugInfo().getString("field")).isEqualTo(field);
    }
    return se;
  }
}
