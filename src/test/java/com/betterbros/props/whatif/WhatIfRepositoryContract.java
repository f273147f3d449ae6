package com.betterbros.props.whatif;

import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.store.Page;
import com.betterbros.props.whatif.core.Scenario;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link WhatIfRepository} contract, run against memory and PostgreSQL alike. */
abstract class WhatIfRepositoryContract {

  static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  protected WhatIfRepository repo;

  protected abstract WhatIfRepository freshRepository();

  @BeforeEach
  void setUp() {
    repo = freshRepository();
  }

  static Scenario scenario(String id, String user, int minutes) {
    return new Scenario(id, user, "scenario " + id, "injury", "{\"players_out\":[\"nikola-jokic\"],\"date\":\"2026-12-02\"}",
        T0.plusSeconds(60L * minutes));
  }

  @Test
  @DisplayName("a scenario round-trips for its owner only; a duplicate id fails")
  void roundTrip() {
    result(repo.create(scenario("w1", "alice", 0)));
    assertThat(result(repo.find("w1", "alice"))).isEqualTo(scenario("w1", "alice", 0));
    assertThat(result(repo.find("w1", "bob"))).isNull();
    assertThat(result(repo.find("nope", "alice"))).isNull();
    assertThat(com.betterbros.props.testing.Await.failure(repo.create(scenario("w1", "alice", 1)))).isNotNull();
  }

  @Test
  @DisplayName("a user's list is newest first and paged; nobody else's scenario is in it")
  void listing() {
    result(repo.create(scenario("w1", "alice", 0)));
    result(repo.create(scenario("w2", "alice", 2)));
    result(repo.create(scenario("w3", "alice", 1)));
    result(repo.create(scenario("w4", "bob", 3)));
    Page<Scenario> first = result(repo.list("alice", 2, 0));
    assertThat(first.items()).extracting(Scenario::id).containsExactly("w2", "w3");
    assertThat(first.total()).isEqualTo(3);
    assertThat(result(repo.list("alice", 2, 2)).items()).extracting(Scenario::id).containsExactly("w1");
    assertThat(result(repo.list("carol", 10, 0)).total()).isZero();
  }

  @Test
  @DisplayName("delete removes the owner's scenario only")
  void deleting() {
    result(repo.create(scenario("w1", "alice", 0)));
    assertThat(result(repo.delete("w1", "bob"))).isFalse();
    assertThat(result(repo.find("w1", "alice"))).isNotNull();
    assertThat(result(repo.delete("w1", "alice"))).isTrue();
    assertThat(result(repo.find("w1", "alice"))).isNull();
    assertThat(result(repo.delete("w1", "alice"))).isFalse();
  }

  @Test
  @DisplayName("a null owner (an admin's request) finds, lists and deletes any user's scenario")
  void anyOwner() {
    result(repo.create(scenario("w1", "alice", 0)));
    result(repo.create(scenario("w2", "bob", 1)));
    assertThat(result(repo.find("w2", null)).userId()).isEqualTo("bob");
    Page<Scenario> all = result(repo.list(null, 10, 0));
    assertThat(all.total()).isEqualTo(2);
    assertThat(all.items()).extracting(Scenario::userId).containsExactly("bob", "alice");
    assertThat(result(repo.delete("w1", "bob"))).isFalse();
    assertThat(result(repo.delete("w1", null))).isTrue();
    assertThat(result(repo.find("w1", null))).isNull();
    assertThat(result(repo.list(null, 10, 0)).total()).isEqualTo(1);
  }
}
