package com.betterbros.props.props;

import static com.betterbros.props.props.PropFixtures.SEEN;
import static com.betterbros.props.props.PropFixtures.START;
import static com.betterbros.props.props.PropFixtures.board;
import static com.betterbros.props.testing.Await.failure;
import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.store.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The listing half of the {@link PropRepository} contract: every filter of {@link PropQuery},
 * ordering and pagination, on the six-prop board of {@link PropFixtures#board()}.
 */
abstract class PropQueryContract {

  private static final Instant HOUR_LATER = START.plus(Duration.ofHours(1));

  protected PropRepository repo;

  /** An empty repository; called before each test. */
  protected abstract PropRepository freshRepository();

  @BeforeEach
  void setUp() {
    repo = freshRepository();
  }

  private List<String> ids(PropQuery query) {
    return result(repo.find(query)).items().stream().map(Prop::id).toList();
  }

  private static PropQuery query(String platform, String sport, String statType, String player,
      String team, String gameId, Instant from, Instant to, String status) {
    return new PropQuery(platform, sport, statType, player, team, gameId, from, to, status, 100, 0);
  }

  @Test
  @DisplayName("With no filter every prop is listed by start time, then id")
  void orderedByStartTimeThenId() {
    result(repo.upsert(board(), SEEN));
    assertThat(ids(PropQuery.all(100, 0))).containsExactly("prizepicks:1", "prizepicks:2",
        "prizepicks:3", "underdog:4", "underdog:5", "prizepicks:6");
  }

  @Test
  @DisplayName("Platform, sport, stat type and game filters match exactly (status: PropLifecycleContract)")
  void exactFilters() {
    result(repo.upsert(board(), SEEN));
    assertThat(ids(query("underdog", null, null, null, null, null, null, null, null)))
        .containsExactly("underdog:4", "underdog:5");
    assertThat(ids(query(null, "wnba", null, null, null, null, null, null, null)))
        .containsExactly("prizepicks:6");
    assertThat(ids(query(null, null, "points", null, null, null, null, null, null)))
        .containsExactly("prizepicks:1", "prizepicks:3", "underdog:5", "prizepicks:6");
    assertThat(ids(query(null, null, null, null, null, "g2", null, null, null)))
        .containsExactly("underdog:4", "underdog:5");
    assertThat(ids(query("prizepicks", "nba", "points", null, "DEN", "g1", null, null, null)))
        .containsExactly("prizepicks:1");
    assertThat(ids(query("draftkings", null, null, null, null, null, null, null, null))).isEmpty();
  }

  @Test
  @DisplayName("The team filter matches the prop's team only, never its opponent")
  void teamIsNotOpponent() {
    result(repo.upsert(board(), SEEN));
    assertThat(ids(query(null, null, null, null, "DEN", null, null, null, null)))
        .containsExactly("prizepicks:1", "prizepicks:2");
  }

  @Test
  @DisplayName("The player filter matches an exact id or a case-insensitive substring of the name")
  void playerFilter() {
    result(repo.upsert(board(), SEEN));
    assertThat(ids(query(null, null, null, "nikola-jokic", null, null, null, null, null)))
        .containsExactly("prizepicks:1", "prizepicks:2");
    assertThat(ids(query(null, null, null, "JOKIĆ", null, null, null, null, null)))
        .containsExactly("prizepicks:1", "prizepicks:2");
    assertThat(ids(query(null, null, null, "on", null, null, null, null, null)))
        .containsExactly("prizepicks:3", "underdog:4", "underdog:5", "prizepicks:6");
    assertThat(ids(query(null, null, null, "nikola", null, null, null, null, null)))
        .containsExactly("prizepicks:1", "prizepicks:2");
    assertThat(ids(query(null, null, null, "lebron", null, null, null, null, null)))
        .containsExactly("prizepicks:3");
    assertThat(ids(query(null, null, null, "jokic", null, null, null, null, null))).isEmpty();
    assertThat(ids(query(null, null, null, "%", null, null, null, null, null))).isEmpty();
  }

  @Test
  @DisplayName("Start-time bounds include from and exclude to, at the microsecond")
  void timeBounds() {
    result(repo.upsert(board(), SEEN));
    assertThat(ids(query(null, null, null, null, null, null, HOUR_LATER, null, null)))
        .containsExactly("underdog:4", "underdog:5", "prizepicks:6");
    assertThat(ids(query(null, null, null, null, null, null, null, HOUR_LATER, null)))
        .containsExactly("prizepicks:1", "prizepicks:2", "prizepicks:3");
    assertThat(ids(query(null, null, null, null, null, null, HOUR_LATER.plusNanos(1), null, null)))
        .containsExactly("prizepicks:6");
    assertThat(ids(query(null, null, null, null, null, null, null, HOUR_LATER.plusNanos(1), null)))
        .containsExactly("prizepicks:1", "prizepicks:2", "prizepicks:3", "underdog:4", "underdog:5");
    assertThat(ids(query(null, null, null, null, null, null, START, HOUR_LATER.plusSeconds(1), null)))
        .hasSize(5);
    assertThat(ids(query(null, null, null, null, null, null, HOUR_LATER, HOUR_LATER, null))).isEmpty();
  }

  @Test
  @DisplayName("A page holds at most limit items from offset, and total counts every match")
  void pagination() {
    result(repo.upsert(board(), SEEN));
    Page<Prop> page = result(repo.find(PropQuery.all(2, 2)));
    assertThat(page.items()).extracting(Prop::id).containsExactly("prizepicks:3", "underdog:4");
    assertThat(page).extracting(Page::total, Page::limit, Page::offset).containsExactly(6L, 2, 2);
    assertThat(result(repo.find(PropQuery.all(10, 5))).items()).extracting(Prop::id)
        .containsExactly("prizepicks:6");
    Page<Prop> beyond = result(repo.find(PropQuery.all(10, 50)));
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(6);
    Page<Prop> countOnly = result(repo.find(PropQuery.all(0, 0)));
    assertThat(countOnly.items()).isEmpty();
    assertThat(countOnly.total()).isEqualTo(6);
    Page<Prop> filtered = result(repo.find(
        new PropQuery(null, null, "points", null, null, null, null, null, null, 1, 1)));
    assertThat(filtered.items()).extracting(Prop::id).containsExactly("prizepicks:3");
    assertThat(filtered.total()).isEqualTo(4);
  }

  @Test
  @DisplayName("A negative limit or offset is refused")
  void negativeWindow() {
    assertThat(failure(repo.find(PropQuery.all(-1, 0)))).isInstanceOf(IllegalArgumentException.class);
    assertThat(failure(repo.find(PropQuery.all(10, -1)))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("Listing an empty store gives an empty page with total 0")
  void emptyStore() {
    Page<Prop> page = result(repo.find(PropQuery.all(10, 0)));
    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isZero();
  }
}
