package com.betterbros.props.props;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.betterbros.props.props.api.PropFilter;
import com.betterbros.props.props.core.PropSort;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A listing's query string is parsed once, and a bad one is refused every time")
class ListingQueriesTest {

  @Test
  @DisplayName("the same raw query string is parsed once; its query has now = EPOCH and the filter's fields")
  void parsedOnce() {
    AtomicInteger parsed = new AtomicInteger();
    String raw = "limit=7&status=open&platform=PrizePicks&stat_type=Points&memo=" + System.nanoTime();
    PropFilter filter = new PropFilter(new JsonObject().put("limit", "7").put("status", "open")
        .put("platform", "PrizePicks").put("stat_type", "Points"));
    var first = ListingQueries.key(raw, () -> {
      parsed.incrementAndGet();
      return filter;
    });
    var second = ListingQueries.key(raw, () -> {
      parsed.incrementAndGet();
      return filter;
    });
    assertThat(parsed).hasValue(1);
    assertThat(second).isSameAs(first);
    assertThat(first.limit()).isEqualTo(7);
    assertThat(first.status()).isEqualTo("open");
    assertThat(first.platform()).isEqualTo("prizepicks");
    assertThat(first.statType()).isEqualTo("points");
    assertThat(first.now()).isEqualTo(Instant.EPOCH);
    assertThat(first.sort()).isEqualTo(PropSort.UPCOMING);
    assertThat(ListingQueries.at(first, Instant.parse("2026-01-01T00:00:00Z")).now())
        .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  @DisplayName("a query that fails is a 400 naming its field, and is parsed (and refused) again next time")
  void failuresNotRemembered() {
    AtomicInteger parsed = new AtomicInteger();
    String raw = "sort=sideways&n=" + System.nanoTime();
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> ListingQueries.key(raw, () -> {
        parsed.incrementAndGet();
        return new PropFilter(new JsonObject().put("sort", "sideways"));
      })).isInstanceOf(ServiceException.class)
          .satisfies(e -> assertThat(((ServiceException) e).failureCode()).isEqualTo(400))
          .satisfies(e -> assertThat(((ServiceException) e).getDebugInfo().getString("field")).isEqualTo("sort"));
    }
    assertThat(parsed).hasValue(2);
  }
}
