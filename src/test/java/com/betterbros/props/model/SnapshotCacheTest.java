package com.betterbros.props.model;

import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.SeasonLoader;
import com.betterbros.props.props.Prop;
import com.betterbros.props.sim.Season;
import com.betterbros.props.sim.SeasonGenerator;
import com.betterbros.props.store.Stores;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SnapshotCache")
class SnapshotCacheTest {

  @Test
  @DisplayName("serves one snapshot until invalidated, then rebuilds with what was stored since (in-memory store)")
  void invalidation() {
    Stores stores = Stores.memory();
    Season season = SeasonGenerator.generate(42, 3);
    result(SeasonLoader.load(stores, season));
    SnapshotCache cache = new SnapshotCache(stores, Duration.ofHours(1));
    SnapshotCache.Snapshot first = result(cache.get());
    assertThat(result(cache.get())).isSameAs(first);
    Prop template = season.props().get(0);
    Prop added = new Prop("underdog:new-1", "underdog", "NBA", "new-1", template.playerId(), template.playerName(),
        template.team(), template.opponent(), template.gameId(), "points", 12.5, template.startTime(), "open", null,
        Instant.parse("2026-01-01T00:00:00Z"));
    result(stores.props().upsert(List.of(added), Instant.parse("2026-01-01T00:00:00Z")));
    assertThat(result(cache.get()).props()).doesNotContainKey("underdog:new-1");
    cache.invalidate();
    SnapshotCache.Snapshot second = result(cache.get());
    assertThat(second).isNotSameAs(first);
    assertThat(second.props()).containsKey("underdog:new-1");
  }
}
