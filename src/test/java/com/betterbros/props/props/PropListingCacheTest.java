package com.betterbros.props.props;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.props.api.PropPage;
import com.betterbros.props.props.core.PropOutcome;
import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.props.core.PropSort;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PropListingCache reuses a listing only while the memory store's stamp says it cannot have changed")
class PropListingCacheTest {

  private final MemoryPropRepository repo = new MemoryPropRepository();
  private final AtomicInteger computed = new AtomicInteger();
  private final PropListingCache cache = new PropListingCache(2);

  private static PropQuery upcoming(Instant now, int limit) {
    return new PropQuery(null, null, null, null, null, null, null, null, null, limit, 0, null, now, PropSort.UPCOMING);
  }

  private PropListingCache.Listing list(PropQuery q) {
    Function<PropQuery, Future<PropPage>> compute = query -> {
      computed.incrementAndGet();
      return repo.find(query).map(page -> PropPage.of(page, query.now()));
    };
    return cache.listing(q, repo.listingStamp(q.now()).result(), compute).result();
  }

  @Test
  @DisplayName("the same query under the same stamp is computed and encoded once; its bytes are the page's JSON")
  void sameStampReusesBytes() {
    repo.upsert(PropFixtures.board(), PropFixtures.SEEN);
    Instant now = PropFixtures.START.minusSeconds(60);
    PropListingCache.Listing first = list(upcoming(now, 50));
    PropListingCache.Listing again = list(upcoming(now.plusSeconds(30), 50));  // no start time passed

    assertThat(computed).hasValue(1);
    assertThat(again).isSameAs(first);
    assertThat(again.bytes()).isSameAs(first.bytes());
    assertThat(first.bytes().toJsonObject()).isEqualTo(first.page().toJson());
  }

  @Test
  @DisplayName("a write (a moved line, a settlement) or a start time passing recomputes, and the answer shows it")
  void writesAndStartTimesInvalidate() {
    repo.upsert(PropFixtures.board(), PropFixtures.SEEN);
    Instant now = PropFixtures.START.minusSeconds(60);
    list(upcoming(now, 50));

    repo.upsert(List.of(PropFixtures.prop("1", d -> d.line = 30.5)), PropFixtures.SEEN.plusSeconds(1));
    PropListingCache.Listing moved = list(upcoming(now, 50));
    assertThat(computed).hasValue(2);
    assertThat(moved.bytes().toString()).contains("30.5");

    repo.settle(Map.of(Prop1.ID, new PropOutcome(PropOutcome.OVER, 31.0, Instant.parse("2025-01-10T03:00:00Z"))));
    list(upcoming(now, 50));
    assertThat(computed).hasValue(3);

    // START passes: the props starting then are no longer open, the stamp's next start moves on
    assertThat(openCount(list(upcoming(now, 50)))).isEqualTo(4);  // 2, 3, 4 and 6 (1 settled, 5 suspended)
    PropListingCache.Listing later = list(upcoming(PropFixtures.START.plusSeconds(1), 50));
    assertThat(computed).hasValue(4);
    assertThat(openCount(later)).isEqualTo(2);  // 4 and 6: 2 and 3 started at START
    assertThat(repo.listingStamp(PropFixtures.START.plusSeconds(1)).result().orElseThrow().nextStart())
        .isEqualTo(PropFixtures.START.plus(Duration.ofHours(1)));
  }

  @Test
  @DisplayName("without a stamp nothing is kept, and at most maxEntries queries are kept")
  void noStampAndBound() {
    repo.upsert(PropFixtures.board(), PropFixtures.SEEN);
    Instant now = PropFixtures.START.minusSeconds(60);
    Function<PropQuery, Future<PropPage>> compute = query -> {
      computed.incrementAndGet();
      return repo.find(query).map(page -> PropPage.of(page, now));
    };
    cache.listing(upcoming(now, 5), Optional.empty(), compute);
    cache.listing(upcoming(now, 5), Optional.empty(), compute);
    assertThat(computed).hasValue(2);
    assertThat(cache.size()).isZero();

    for (int limit = 1; limit <= 4; limit++) {
      list(upcoming(now, limit));
    }
    assertThat(cache.size()).isEqualTo(2);
  }

  private static long openCount(PropListingCache.Listing listing) {
    return listing.bytes().toJsonObject().getJsonArray("items").stream()
        .filter(p -> "open".equals(((io.vertx.core.json.JsonObject) p).getString("status"))).count();
  }

  private static final class Prop1 {
    static final String ID = PropFixtures.prop("1").id();
  }
}
