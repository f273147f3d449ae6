package com.betterbros.props.props;

import static com.betterbros.props.props.PropFixtures.SEEN;
import static com.betterbros.props.props.PropFixtures.START;
import static com.betterbros.props.props.PropFixtures.board;
import static com.betterbros.props.props.PropFixtures.prop;
import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.props.core.PropOutcome;
import com.betterbros.props.store.PgTestStore;
import com.betterbros.props.testing.Await;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PgPropRepository's listing stamps: renewed by a write, an event, a start time passing or the max age")
class PgListingStampsIT {

  private static final Duration LONG = Duration.ofMinutes(10);
  private static final Instant NOW = START.minusSeconds(60);
  private static PgTestStore db;

  @BeforeAll
  static void openDatabase() {
    db = PgTestStore.open("betterbros_test_listing_stamps");
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @BeforeEach
  void empty() {
    db.truncate();
  }

  private static PropListingCache.Stamp stamp(PgPropRepository repo, Instant now) {
    return result(repo.listingStamp(now)).orElseThrow();
  }

  @Test
  @DisplayName("without a change the stamp stays, answered without a query; its next start is the first start after now")
  void stableWithoutChange() {
    PgPropRepository repo = new PgPropRepository(db.pool(), LONG);
    result(repo.upsert(board(), SEEN));
    PropListingCache.Stamp first = stamp(repo, NOW);
    Future<Optional<PropListingCache.Stamp>> again = repo.listingStamp(NOW.plusSeconds(30));

    assertThat(again.isComplete()).as("answered from the last read").isTrue();
    assertThat(again.result()).contains(first);
    assertThat(first.nextStart()).isEqualTo(START);
    assertThat(stamp(repo, START.plusSeconds(1)).nextStart()).isEqualTo(START.plus(Duration.ofHours(1)));
  }

  @Test
  @DisplayName("its own write that changed a prop (upsert, settle) renews the stamp; an unchanged re-import does not")
  void ownWrites() {
    PgPropRepository repo = new PgPropRepository(db.pool(), LONG);
    result(repo.upsert(board(), SEEN));
    PropListingCache.Stamp s0 = stamp(repo, NOW);
    result(repo.upsert(board(), SEEN.plusSeconds(1)));
    assertThat(stamp(repo, NOW)).isEqualTo(s0);

    result(repo.upsert(List.of(prop("1", d -> d.line = 30.5)), SEEN.plusSeconds(2)));
    PropListingCache.Stamp s1 = stamp(repo, NOW);
    assertThat(s1).isNotEqualTo(s0);

    result(repo.settle(Map.of("prizepicks:1", new PropOutcome(PropOutcome.OVER, 31.0, START.plusSeconds(9_000)))));
    assertThat(stamp(repo, NOW)).isNotEqualTo(s1);
  }

  @Test
  @DisplayName("another node's write is seen on its event (changed), or without one after the max age")
  void otherNodesWrites() {
    PgPropRepository writer = new PgPropRepository(db.pool(), LONG);
    PgPropRepository reader = new PgPropRepository(db.pool(), LONG);
    PgPropRepository bounded = new PgPropRepository(db.pool(), Duration.ofMillis(300));
    result(writer.upsert(board(), SEEN));
    PropListingCache.Stamp kept = stamp(reader, NOW);
    PropListingCache.Stamp keptBounded = stamp(bounded, NOW);

    result(writer.upsert(List.of(prop("1", d -> d.line = 30.5)), SEEN.plusSeconds(2)));
    assertThat(stamp(reader, NOW)).as("no event yet: the reader cannot know").isEqualTo(kept);
    reader.changed();
    assertThat(stamp(reader, NOW)).isNotEqualTo(kept);

    Await.sleep(400);
    assertThat(stamp(bounded, NOW)).as("past the max age").isNotEqualTo(keptBounded);
  }

  @Test
  @DisplayName("a zero max age gives no stamp: every listing reads the store")
  void zeroMaxAge() {
    PgPropRepository repo = new PgPropRepository(db.pool());
    result(repo.upsert(board(), SEEN));
    assertThat(result(repo.listingStamp(NOW))).isEmpty();
  }
}
