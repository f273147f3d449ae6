package com.betterbros.props.snapshots;

import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.snapshots.core.GradedLeg;
import com.betterbros.props.snapshots.core.Outcome;
import com.betterbros.props.snapshots.core.Snapshot;
import com.betterbros.props.snapshots.core.SnapshotItem;
import com.betterbros.props.store.Page;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link SnapshotRepository} contract, run against memory and PostgreSQL alike. */
abstract class SnapshotRepositoryContract {

  static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  protected SnapshotRepository repo;

  protected abstract SnapshotRepository freshRepository();

  @BeforeEach
  void setUp() {
    repo = freshRepository();
  }

  static Snapshot snapshot(String id, String user, int minutes, int items) {
    return new Snapshot(id, user, "board " + id, "{\"status\":\"open\"}", "production", "m-1", "f2",
        T0.plusSeconds(60L * minutes), items, null);
  }

  static SnapshotItem item(String prop, Double pOver) {
    return new SnapshotItem(prop, "prizepicks", "p-" + prop, "Player " + prop, "DEN", "LAL", "g1", "points", 20.5,
        Instant.parse("2026-12-02T01:00:00Z"), "standard", pOver, pOver == null ? null : 1 - pOver,
        pOver == null ? null : pOver >= 0.5 ? "over" : "under", pOver == null ? null : 0.5774,
        pOver == null ? null : Math.max(pOver, 1 - pOver) - 0.5774, pOver == null ? null : 21.2,
        pOver == null ? "no_history" : null);
  }

  @Test
  @DisplayName("a snapshot and its items round-trip, in order, nulls kept, for its owner only")
  void roundTrip() {
    List<SnapshotItem> items = List.of(item("prizepicks:1", 0.61), item("prizepicks:2", null),
        item("prizepicks:3", 0.42));
    result(repo.create(snapshot("s1", "alice", 0, 3), items));
    assertThat(result(repo.find("s1", "alice"))).isEqualTo(snapshot("s1", "alice", 0, 3));
    assertThat(result(repo.find("s1", "bob"))).isNull();
    assertThat(result(repo.items("s1"))).containsExactlyElementsOf(items);
    assertThat(result(repo.items("unknown"))).isEmpty();
  }

  @Test
  @DisplayName("a user's list is newest first and paged; nobody else's snapshot is in it")
  void listing() {
    result(repo.create(snapshot("s1", "alice", 0, 0), List.of()));
    result(repo.create(snapshot("s2", "alice", 5, 0), List.of()));
    result(repo.create(snapshot("s3", "alice", 10, 0), List.of()));
    result(repo.create(snapshot("s4", "bob", 20, 0), List.of()));
    Page<Snapshot> page = result(repo.list("alice", 2, 0));
    assertThat(page.items()).extracting(Snapshot::id).containsExactly("s3", "s2");
    assertThat(page.total()).isEqualTo(3);
    assertThat(result(repo.list("alice", 2, 2)).items()).extracting(Snapshot::id).containsExactly("s1");
    assertThat(result(repo.list("carol", 10, 0)).total()).isZero();
  }

  @Test
  @DisplayName("only the owner deletes, and the items and grade go with the snapshot")
  void delete() {
    result(repo.create(snapshot("s1", "alice", 0, 1), List.of(item("prizepicks:1", 0.6))));
    result(repo.saveGrade("s1", List.of(new GradedLeg("prizepicks:1", Outcome.OVER, 25.0)), T0));
    assertThat(result(repo.delete("s1", "bob"))).isFalse();
    assertThat(result(repo.find("s1", "alice"))).isNotNull();
    assertThat(result(repo.delete("s1", "alice"))).isTrue();
    assertThat(result(repo.find("s1", "alice"))).isNull();
    assertThat(result(repo.items("s1"))).isEmpty();
    assertThat(result(repo.grade("s1"))).isEmpty();
    assertThat(result(repo.delete("s1", "alice"))).isFalse();
  }

  @Test
  @DisplayName("a grade replaces the last one and stamps the snapshot; the items never change")
  void grading() {
    List<SnapshotItem> items = List.of(item("prizepicks:1", 0.6), item("prizepicks:2", 0.3));
    result(repo.create(snapshot("s1", "alice", 0, 2), items));
    assertThat(result(repo.grade("s1"))).isEmpty();
    result(repo.saveGrade("s1", List.of(new GradedLeg("prizepicks:1", Outcome.PENDING, null),
        new GradedLeg("prizepicks:2", Outcome.UNDER, 12.0)), T0.plusSeconds(60)));
    Instant later = T0.plusSeconds(3600);
    assertThat(result(repo.saveGrade("s1", List.of(new GradedLeg("prizepicks:1", Outcome.PUSH, 20.5),
        new GradedLeg("prizepicks:2", Outcome.UNDER, 12.0)), later))).isTrue();
    Map<String, GradedLeg> grade = result(repo.grade("s1"));
    assertThat(grade).containsOnlyKeys("prizepicks:1", "prizepicks:2");
    assertThat(grade.get("prizepicks:1")).isEqualTo(new GradedLeg("prizepicks:1", Outcome.PUSH, 20.5));
    assertThat(result(repo.find("s1", "alice")).gradedAt()).isEqualTo(later);
    assertThat(result(repo.items("s1"))).containsExactlyElementsOf(items);
    assertThat(result(repo.saveGrade("unknown", List.of(), later))).isFalse();
  }

  @Test
  @DisplayName("a null owner (an admin's request) finds, lists and deletes any user's snapshot")
  void anyOwner() {
    result(repo.create(snapshot("s1", "alice", 0, 1), List.of(item("a", 0.6))));
    result(repo.create(snapshot("s2", "bob", 1, 1), List.of(item("b", 0.4))));
    assertThat(result(repo.find("s1", null)).userId()).isEqualTo("alice");
    Page<Snapshot> all = result(repo.list(null, 10, 0));
    assertThat(all.total()).isEqualTo(2);
    assertThat(all.items()).extracting(Snapshot::userId).containsExactly("bob", "alice");
    assertThat(result(repo.delete("s2", "alice"))).isFalse();
    assertThat(result(repo.delete("s2", null))).isTrue();
    assertThat(result(repo.find("s2", null))).isNull();
    assertThat(result(repo.items("s2"))).isEmpty();
    assertThat(result(repo.delete("s2", null))).isFalse();
    assertThat(result(repo.list(null, 10, 0)).total()).isEqualTo(1);
  }
}
