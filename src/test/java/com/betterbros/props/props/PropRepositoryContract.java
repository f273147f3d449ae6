package com.betterbros.props.props;

import static com.betterbros.props.props.PropFixtures.SEEN;
import static com.betterbros.props.props.PropFixtures.START;
import static com.betterbros.props.props.PropFixtures.board;
import static com.betterbros.props.props.PropFixtures.prop;
import static com.betterbros.props.props.PropFixtures.withId;
import static com.betterbros.props.testing.Await.failure;
import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.props.core.LinePoint;
import com.betterbros.props.props.core.LineTerms;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.props.core.UpsertCounts;
import com.betterbros.props.store.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link PropRepository} contract: upsert classification, atomicity and round trips. Filters
 * and pages are in {@link PropQueryContract}, lifecycle, settlement and sorts in
 * {@link PropLifecycleContract}. Run against memory and PostgreSQL alike.
 */
abstract class PropRepositoryContract extends PropLifecycleContract {

  private static final Instant LATER = SEEN.plus(Duration.ofMinutes(5));

  @Test
  @DisplayName("Every field of a prop survives a round trip, nulls included and instants to the microsecond")
  void roundTrip() {
    Prop full = prop("full", d -> {
      d.trueProbOver = 0.6123456789;
      d.startTime = Instant.parse("2025-01-10T01:02:03.123456789Z");
      d.updatedAt = Instant.parse("2025-01-09T11:12:13.000001999Z");
      d.line = -3.5;
    });
    Prop sparse = prop("sparse", d -> {
      d.team = null; d.opponent = null; d.gameId = null; d.trueProbOver = null;
    });
    result(repo.upsert(List.of(full, sparse), SEEN));

    assertThat(result(repo.findById(full.id()))).isEqualTo(new Prop(full.id(), "prizepicks", "nba",
        "full", "nikola-jokic", "Nikola Jokić", "DEN", "LAL", "g1", "points", -3.5,
        Instant.parse("2025-01-10T01:02:03.123456Z"), "open", 0.6123456789,
        Instant.parse("2025-01-09T11:12:13.000001Z")));
    assertThat(result(repo.findById(sparse.id()))).isEqualTo(sparse);
  }

  @Test
  @DisplayName("A prop without updatedAt is stored as updated at the observation time")
  void missingUpdatedAtBecomesObservedAt() {
    result(repo.upsert(List.of(prop("1", d -> d.updatedAt = null)), LATER));
    assertThat(result(repo.findById("prizepicks:1")).updatedAt()).isEqualTo(LATER);
  }

  @Test
  @DisplayName("New props are inserted, each with a first line point at the observation time")
  void insertsWithHistory() {
    UpsertCounts counts = result(repo.upsert(board(), SEEN));
    assertThat(counts).isEqualTo(new UpsertCounts(6, 0, 0));
    assertThat(result(repo.lineHistory("underdog:4")))
        .containsExactly(new LinePoint("underdog:4", 8.5, SEEN));
  }

  @Test
  @DisplayName("Importing the same feed twice changes nothing the second time")
  void idempotent() {
    result(repo.upsert(board(), SEEN));
    UpsertCounts again = result(repo.upsert(board(), LATER));
    assertThat(again).isEqualTo(new UpsertCounts(0, 0, 6));
    for (Prop p : board()) {
      assertThat(result(repo.lineHistory(p.id()))).hasSize(1);
      assertThat(result(repo.findById(p.id()))).isEqualTo(p);
    }
  }

  @Test
  @DisplayName("A moved line updates the prop and adds a history point; a new status updates without one")
  void lineAndStatusChanges() {
    result(repo.upsert(board(), SEEN));
    List<Prop> feed = new ArrayList<>(board());
    feed.set(5, prop("1", d -> { d.line = 25.5; d.updatedAt = LATER; }));
    feed.set(4, prop("2", d -> { d.statType = "rebounds"; d.line = 11.5; d.status = "suspended"; }));

    assertThat(result(repo.upsert(feed, LATER))).isEqualTo(new UpsertCounts(0, 2, 4));
    assertThat(result(repo.findById("prizepicks:1"))).isEqualTo(feed.get(5));
    assertThat(result(repo.lineHistory("prizepicks:1"))).containsExactly(
        new LinePoint("prizepicks:1", 24.5, SEEN), new LinePoint("prizepicks:1", 25.5, LATER));
    assertThat(result(repo.findById("prizepicks:2")).status()).isEqualTo("suspended");
    assertThat(result(repo.lineHistory("prizepicks:2"))).hasSize(1);
    var both = result(repo.lineHistories(List.of("prizepicks:1", "prizepicks:2", "nobody:9")));
    assertThat(both).containsOnlyKeys("prizepicks:1", "prizepicks:2");
    assertThat(both.get("prizepicks:1")).isEqualTo(result(repo.lineHistory("prizepicks:1")));
    assertThat(result(repo.lineHistories(List.of()))).isEmpty();
  }

  @Test
  @DisplayName("A prop that differs only in its observation time is left as stored; any other change updates it"
      + " without a line point")
  void unchangedIsLeftAlone() {
    result(repo.upsert(List.of(prop("1")), SEEN));
    Prop seenAgain = prop("1", d -> d.updatedAt = LATER);
    assertThat(result(repo.upsert(List.of(seenAgain), LATER))).isEqualTo(new UpsertCounts(0, 0, 1));
    assertThat(result(repo.findById("prizepicks:1"))).isEqualTo(prop("1"));
    Prop resolved = prop("1", d -> { d.playerName = "N. Jokic"; d.updatedAt = LATER; }).withIds("jokic-canonical",
        "nba-20250110-DEN-LAL");
    assertThat(result(repo.upsert(List.of(resolved), LATER))).isEqualTo(new UpsertCounts(0, 1, 0));
    assertThat(result(repo.findById("prizepicks:1"))).isEqualTo(resolved);
    assertThat(result(repo.lineHistory("prizepicks:1"))).hasSize(1);
  }

  @Test
  @DisplayName("Payout terms and the platform's player id round-trip")
  void payoutTermsRoundTrip() {
    Prop base = prop("7");
    Prop demon = new Prop(base.id(), base.platform(), base.sport(), base.externalId(), base.playerId(),
        base.playerName(), base.team(), base.opponent(), base.gameId(), base.statType(), base.line(),
        base.startTime(), base.status(), null, base.updatedAt(), "219164",
        new LineTerms("demon", "over", null, null));
    Prop boosted = new Prop("underdog:9", "underdog", base.sport(), "9", base.playerId(), base.playerName(),
        null, null, null, base.statType(), base.line(), base.startTime(), base.status(), null, base.updatedAt(),
        "ud-1", new LineTerms("boosted", "over", 1.25, null));
    result(repo.upsert(List.of(demon, boosted, prop("8")), SEEN));
    assertThat(result(repo.findById(demon.id()))).isEqualTo(demon);
    assertThat(result(repo.findById(boosted.id()))).isEqualTo(boosted);
    PropQuery demons = new PropQuery(null, null, null, null, null, null, null, null, null, 10, 0, "demon");
    assertThat(result(repo.find(demons)).items()).containsExactly(demon);
    PropQuery standard = new PropQuery(null, null, null, null, null, null, null, null, null, 10, 0, "standard");
    assertThat(result(repo.find(standard)).items()).extracting(Prop::id).containsExactly("prizepicks:8");
    assertThat(result(repo.findByIds(List.of(demon.id(), "nope", boosted.id())))).containsOnlyKeys(demon.id(),
        boosted.id());
  }

  @Test
  @DisplayName("An id repeated in one call is applied in order: inserted, then updated")
  void repeatedIdInOneCall() {
    Prop first = prop("1", d -> d.line = 20.5);
    Prop second = prop("1", d -> d.line = 21.5);
    assertThat(result(repo.upsert(List.of(first, second, second), SEEN)))
        .isEqualTo(new UpsertCounts(1, 1, 1));
    assertThat(result(repo.findById("prizepicks:1")).line()).isEqualTo(21.5);
    assertThat(result(repo.lineHistory("prizepicks:1"))).extracting(LinePoint::line)
        .containsExactly(20.5, 21.5);
  }

  @Test
  @DisplayName("A batch with one invalid prop fails as a whole and stores nothing")
  void atomic() {
    result(repo.upsert(List.of(prop("1")), SEEN));
    List<UnaryOperator<Prop>> spoilers = List.of(
        bad -> withId(prop("bad"), null),
        bad -> prop("bad", d -> d.line = Double.NaN),
        bad -> prop("bad", d -> d.trueProbOver = 1.5),
        bad -> prop("bad", d -> d.startTime = null));
    for (UnaryOperator<Prop> spoiler : spoilers) {
      List<Prop> feed = List.of(prop("1", d -> d.line = 30.5), prop("new"), spoiler.apply(null));
      assertThat(failure(repo.upsert(feed, LATER))).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(failure(repo.upsert(List.of(prop("new")), null)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(result(repo.findById("prizepicks:1")).line()).isEqualTo(24.5);
    assertThat(result(repo.lineHistory("prizepicks:1"))).hasSize(1);
    assertThat(result(repo.findById("prizepicks:new"))).isNull();
    assertThat(result(repo.find(PropQuery.all(10, 0))).total()).isEqualTo(1);
  }

  @Test
  @DisplayName("An empty feed is a no-op, and unknown ids give null and an empty history")
  void emptyAndUnknown() {
    assertThat(result(repo.upsert(List.of(), SEEN))).isEqualTo(new UpsertCounts(0, 0, 0));
    assertThat(result(repo.findById("prizepicks:nope"))).isNull();
    assertThat(result(repo.lineHistory("prizepicks:nope"))).isEmpty();
  }

  @Test
  @DisplayName("Line history is oldest first, whatever order the observations were written in")
  void historyOldestFirst() {
    Instant earlier = SEEN.minus(Duration.ofHours(2));
    result(repo.upsert(List.of(prop("1", d -> d.line = 20.5)), SEEN));
    result(repo.upsert(List.of(prop("1", d -> d.line = 19.5)), earlier));
    result(repo.upsert(List.of(prop("1", d -> d.line = 21.5)), LATER));
    assertThat(result(repo.lineHistory("prizepicks:1"))).containsExactly(
        new LinePoint("prizepicks:1", 19.5, earlier),
        new LinePoint("prizepicks:1", 20.5, SEEN),
        new LinePoint("prizepicks:1", 21.5, LATER));
  }

  @Test
  @DisplayName("100,000 props are inserted in one call, and a second call finds them all unchanged")
  void bulk() {
    int n = 100_000;
    List<Prop> feed = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int k = i;
      feed.add(prop(Integer.toString(k), d -> {
        d.playerId = "player-" + (k % 500);
        d.playerName = "Player " + (k % 500);
        d.line = 10.5 + k % 20;
        d.startTime = START.plus(Duration.ofMinutes(k % 1_000));
      }));
    }
    long t0 = System.nanoTime();
    assertThat(result(repo.upsert(feed, SEEN))).isEqualTo(new UpsertCounts(n, 0, 0));
    long t1 = System.nanoTime();
    assertThat(result(repo.upsert(feed, LATER))).isEqualTo(new UpsertCounts(0, 0, n));
    long t2 = System.nanoTime();
    System.out.printf("%s: upsert of %,d new props %.2f s, same feed again %.2f s%n",
        getClass().getSimpleName(), n, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    Page<Prop> page = result(repo.find(new PropQuery(null, null, null, "player 7", null, null,
        null, null, null, 5, 0)));
    assertThat(page.total()).isEqualTo(11 * 200);
    assertThat(page.items()).hasSize(5);
  }
}
