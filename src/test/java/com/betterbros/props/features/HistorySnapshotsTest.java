package com.betterbros.props.features;

import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Repositories;
import com.betterbros.props.app.SeasonLoader;
import com.betterbros.props.bus.Addresses;
import com.betterbros.props.features.core.HistorySnapshot;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.sim.Season;
import com.betterbros.props.sim.SeasonGenerator;
import com.betterbros.props.testing.Await;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One history snapshot per node: shared, versioned by content, rebuilt once per change")
class HistorySnapshotsTest {

  private Vertx vertx;
  private Repositories stores;
  private Season season;

  @BeforeEach
  void setUp() {
    vertx = Vertx.vertx();
    stores = Repositories.memory();
    season = SeasonGenerator.generate(42, 3);
    result(SeasonLoader.load(stores, season));
  }

  @AfterEach
  void tearDown() {
    result(vertx.close());
  }

  private HistorySnapshots snapshots() {
    HistorySnapshots s = new HistorySnapshots(stores.history(), stores.context(), Duration.ofHours(1));
    s.listen(vertx);
    return s;
  }

  @Test
  @DisplayName("the same snapshot is served until the history changes; then it is rebuilt with what changed")
  void rebuiltOnChange() {
    HistorySnapshots snapshots = snapshots();
    HistorySnapshot first = result(snapshots.get());
    assertThat(result(snapshots.get()) == first).isTrue();
    assertThat(first.stats()).hasSize(season.stats().size());
    PlayerGameStat s = season.stats().get(0);
    PlayerGameStat corrected = PlayerGameStat.of(s.playerId(), s.gameId(), s.teamId(), s.opponentId(), s.date(),
        s.home(), s.restDays(), s.minutes(), (int) s.points() + 10, (int) s.rebounds(), (int) s.assists(),
        (int) s.threes(), (int) s.steals(), (int) s.blocks(), (int) s.turnovers());
    result(stores.history().saveStats(List.of(corrected)));
    assertThat(result(snapshots.get()) == first).as("no event yet").isTrue();
    vertx.eventBus().publish(Addresses.HISTORY_EVENTS_CHANGED, new JsonObject().put("source", "test"));
    Await.sleep(100);
    HistorySnapshot second = result(snapshots.get());
    assertThat(second == first).isFalse();
    assertThat(second.version()).isNotEqualTo(first.version());
    assertThat(second.index().playerStatsBefore(s.playerId(), s.date().plusDays(1)).getLast().points())
        .isEqualTo(s.points() + 10);
  }

  @Test
  @DisplayName("the version is a fingerprint of the content: two nodes over the same history agree, a rebuild without change keeps it")
  void contentVersion() {
    HistorySnapshot a = result(snapshots().get());
    HistorySnapshot b = result(snapshots().get());
    assertThat(b == a).isFalse();
    assertThat(b.version()).isEqualTo(a.version());
    HistorySnapshots one = snapshots();
    String before = result(one.get()).version();
    one.invalidate();
    assertThat(result(one.get()).version()).isEqualTo(before);
  }

  @Test
  @DisplayName("callers during a rebuild wait for the one rebuild and all get the same new snapshot")
  void oneRebuild() {
    HistorySnapshots snapshots = snapshots();
    HistorySnapshot first = result(snapshots.get());
    snapshots.invalidate();
    snapshots.invalidate();
    var x = snapshots.get();
    var y = snapshots.get();
    HistorySnapshot a = result(x);
    assertThat(a == result(y)).as("one rebuild for both callers").isTrue();
    assertThat(a == first).as("a new snapshot").isFalse();
  }

  @Test
  @DisplayName("past the TTL the snapshot in hand is served while one rebuild runs; the next call gets the new one")
  void ttlRefreshesInTheBackground() {
    HistorySnapshots snapshots = new HistorySnapshots(stores.history(), stores.context(), Duration.ofMillis(50));
    snapshots.listen(vertx);
    HistorySnapshot first = result(snapshots.get());
    Await.sleep(100);
    assertThat(result(snapshots.get()) == first).as("served at once, stale by age only").isTrue();
    HistorySnapshot second = first;
    long deadline = System.currentTimeMillis() + 5_000;
    while (second == first && System.currentTimeMillis() < deadline) {
      Await.sleep(20);
      second = result(snapshots.get());
    }
    assertThat(second == first).as("rebuilt behind the served one").isFalse();
    assertThat(second.version()).as("same content").isEqualTo(first.version());
  }

  @Test
  @DisplayName("a change during a rebuild is waited for: the caller gets a snapshot built after it")
  void changeDuringRebuild() {
    HistorySnapshots snapshots = snapshots();
    HistorySnapshot first = result(snapshots.get());
    snapshots.invalidate();
    var during = snapshots.get();
    snapshots.invalidate();
    var after = snapshots.get();
    HistorySnapshot a = result(during);
    HistorySnapshot b = result(after);
    assertThat(a == first).isFalse();
    assertThat(b == a).as("one more rebuild for the second change").isFalse();
  }
}
