package com.betterbros.props.props;

import static com.betterbros.props.props.PropFixtures.SEEN;
import static com.betterbros.props.props.PropFixtures.START;
import static com.betterbros.props.props.PropFixtures.board;
import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.props.core.Lifecycle;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropOutcome;
import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.props.core.PropSort;
import com.betterbros.props.props.core.UpsertCounts;
import com.betterbros.props.store.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle half of the {@link PropRepository} contract, on {@link PropFixtures#board()} at
 * exact instants: the status filter is {@link Lifecycle} at the query's {@code now}, outcomes are
 * recorded once and survive re-imports of the same line, the settlement cursor pages, and every
 * {@link PropSort} order is the same (and page-stable) in both stores.
 */
abstract class PropLifecycleContract extends PropQueryContract {

  /** Half an hour after g1's start: g1 has started, g2 (an hour later) and g3 (a day later) not. */
  static final Instant MID_G1 = START.plus(Duration.ofMinutes(30));
  static final Instant SETTLED_AT = Instant.parse("2025-01-10T04:00:00.123456789Z");

  private List<String> ids(String status, PropSort sort, Instant now, int limit, int offset) {
    PropQuery q = new PropQuery(null, null, null, null, null, null, null, null, status, limit, offset, null, now,
        sort);
    return result(repo.find(q)).items().stream().map(Prop::id).toList();
  }

  private List<String> ids(String status, Instant now) {
    return ids(status, PropSort.START_TIME, now, 100, 0);
  }

  @Test
  @DisplayName("open = posted open and not started; closed = started or pulled; settled = an outcome recorded")
  void statusAtAnInstant() {
    result(repo.upsert(board(), SEEN));
    Instant before = START.minusSeconds(1);
    assertThat(ids("open", before)).containsExactly("prizepicks:1", "prizepicks:2", "prizepicks:3", "underdog:4",
        "prizepicks:6");
    assertThat(ids("closed", before)).containsExactly("underdog:5");
    // at the start time exactly the prop is closed (open means starting strictly later)
    assertThat(ids("open", START)).containsExactly("underdog:4", "prizepicks:6");
    assertThat(ids("closed", MID_G1)).containsExactly("prizepicks:1", "prizepicks:2", "prizepicks:3",
        "underdog:5");
    assertThat(ids("settled", MID_G1)).isEmpty();
    assertThat(result(repo.settle(Map.of("prizepicks:1", PropOutcome.of(30, 24.5, SETTLED_AT),
        "prizepicks:2", PropOutcome.voided(SETTLED_AT))))).isEqualTo(2);
    assertThat(ids("settled", MID_G1)).containsExactly("prizepicks:1", "prizepicks:2");
    assertThat(ids("closed", MID_G1)).containsExactly("prizepicks:3", "underdog:5");
    assertThat(ids("open", MID_G1)).containsExactly("underdog:4", "prizepicks:6");
    for (Prop p : result(repo.find(PropQuery.all(100, 0))).items()) {
      assertThat(ids(Lifecycle.status(p, MID_G1), MID_G1)).as(p.id()).contains(p.id());
    }
  }

  @Test
  @DisplayName("An outcome round-trips (void without actual, settled_at to the microsecond) and is recorded once")
  void outcomeRoundTrip() {
    result(repo.upsert(board(), SEEN));
    result(repo.settle(Map.of("prizepicks:1", PropOutcome.of(24.5, 24.5, SETTLED_AT),
        "prizepicks:2", PropOutcome.voided(SETTLED_AT))));
    Instant micros = Instant.parse("2025-01-10T04:00:00.123456Z");
    assertThat(result(repo.findById("prizepicks:1")).outcome()).isEqualTo(new PropOutcome("push", 24.5, micros));
    assertThat(result(repo.findById("prizepicks:2")).outcome()).isEqualTo(new PropOutcome("void", null, micros));
    assertThat(result(repo.findById("prizepicks:3")).outcome()).isNull();
    // a second settlement of a settled prop changes nothing
    assertThat(result(repo.settle(Map.of("prizepicks:1", PropOutcome.of(40, 24.5, SETTLED_AT))))).isZero();
    assertThat(result(repo.findById("prizepicks:1")).outcome().result()).isEqualTo("push");
  }

  @Test
  @DisplayName("Re-importing a settled prop's line keeps its outcome (unchanged); a moved line clears it")
  void reimportKeepsOutcome() {
    result(repo.upsert(board(), SEEN));
    result(repo.settle(Map.of("prizepicks:1", PropOutcome.of(30, 24.5, SETTLED_AT),
        "prizepicks:2", PropOutcome.of(10, 11.5, SETTLED_AT))));
    Instant later = SEEN.plusSeconds(60);
    assertThat(result(repo.upsert(board(), later))).isEqualTo(new UpsertCounts(0, 0, 6));
    assertThat(result(repo.findById("prizepicks:1")).outcome().result()).isEqualTo("over");
    Prop moved = board().stream().filter(p -> p.id().equals("prizepicks:2")).findFirst().orElseThrow()
        .withLine(12.5, later);
    assertThat(result(repo.upsert(List.of(moved), later))).isEqualTo(new UpsertCounts(0, 1, 0));
    assertThat(result(repo.findById("prizepicks:2")).outcome()).isNull();
    assertThat(ids("closed", MID_G1)).contains("prizepicks:2");
  }

  @Test
  @DisplayName("unsettled: started props without an outcome, in (start time, id) order, paged by a cursor")
  void unsettledCursor() {
    result(repo.upsert(board(), SEEN));
    result(repo.settle(Map.of("prizepicks:2", PropOutcome.voided(SETTLED_AT))));
    Instant afterG2 = START.plus(Duration.ofHours(2));
    List<Prop> first = result(repo.unsettled(afterG2, null, null, 2));
    assertThat(first).extracting(Prop::id).containsExactly("prizepicks:1", "prizepicks:3");
    Prop last = first.get(1);
    assertThat(result(repo.unsettled(afterG2, last.startTime(), last.id(), 2))).extracting(Prop::id)
        .containsExactly("underdog:4", "underdog:5");
    assertThat(result(repo.unsettled(MID_G1, null, null, 10))).extracting(Prop::id)
        .containsExactly("prizepicks:1", "prizepicks:3");
    assertThat(result(repo.unsettled(START.minusSeconds(1), null, null, 10))).isEmpty();
  }

  @Test
  @DisplayName("Every sort gives the documented order, and pages of two concatenate to it")
  void sorts() {
    result(repo.upsert(board(), SEEN));
    Map<PropSort, List<String>> expected = Map.of(
        PropSort.UPCOMING, List.of("underdog:4", "prizepicks:6", "underdog:5", "prizepicks:3", "prizepicks:2",
            "prizepicks:1"),
        PropSort.START_TIME, List.of("prizepicks:1", "prizepicks:2", "prizepicks:3", "underdog:4", "underdog:5",
            "prizepicks:6"),
        PropSort.START_TIME_DESC, List.of("prizepicks:6", "underdog:5", "underdog:4", "prizepicks:3",
            "prizepicks:2", "prizepicks:1"),
        PropSort.LINE, List.of("underdog:4", "prizepicks:2", "prizepicks:6", "prizepicks:1", "prizepicks:3",
            "underdog:5"),
        PropSort.LINE_DESC, List.of("underdog:5", "prizepicks:3", "prizepicks:1", "prizepicks:6", "prizepicks:2",
            "underdog:4"),
        PropSort.PLAYER, List.of("prizepicks:6", "underdog:5", "prizepicks:3", "underdog:4", "prizepicks:1",
            "prizepicks:2"));
    expected.forEach((sort, order) -> {
      assertThat(ids(null, sort, MID_G1, 100, 0)).as(sort.wire()).containsExactlyElementsOf(order);
      List<String> paged = new ArrayList<>();
      for (int offset = 0; offset < 6; offset += 2) {
        paged.addAll(ids(null, sort, MID_G1, 2, offset));
      }
      assertThat(paged).as(sort.wire() + " paged").containsExactlyElementsOf(order);
    });
    // filtered, the upcoming order still puts the open props first and counts every match
    Page<Prop> closedFirst = result(repo.find(new PropQuery(null, null, "points", null, null, null, null, null,
        null, 2, 0, null, MID_G1, PropSort.UPCOMING)));
    assertThat(closedFirst.items()).extracting(Prop::id).containsExactly("prizepicks:6", "underdog:5");
    assertThat(closedFirst.total()).isEqualTo(4);
    // time bounds entirely before or after now
    assertThat(result(repo.find(new PropQuery(null, null, null, null, null, null, null, START.plusSeconds(1), null,
        10, 0, null, MID_G1, PropSort.UPCOMING))).items()).extracting(Prop::id)
        .containsExactly("prizepicks:3", "prizepicks:2", "prizepicks:1");
    assertThat(result(repo.find(new PropQuery(null, null, null, null, null, null, START.plus(Duration.ofDays(1)), null,
        null, 10, 0, null, MID_G1, PropSort.UPCOMING))).items()).extracting(Prop::id).containsExactly("prizepicks:6");
  }
}
