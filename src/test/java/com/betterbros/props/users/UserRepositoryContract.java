package com.betterbros.props.users;

import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.store.Page;
import com.betterbros.props.users.core.User;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link UserRepository} contract, run against memory and PostgreSQL alike. */
abstract class UserRepositoryContract {

  static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  protected UserRepository repo;

  protected abstract UserRepository freshRepository();

  @BeforeEach
  void setUp() {
    repo = freshRepository();
  }

  static User sighting(String id, String email, String tier, int minutes) {
    return User.firstSeen(id, email, tier, T0.plusSeconds(60L * minutes));
  }

  @Test
  @DisplayName("a first sighting creates the row, active, created and last seen at the sighting")
  void firstSight() {
    User stored = result(repo.seen(sighting("alice", "a@x.io", "free", 0), true));
    assertThat(stored).isEqualTo(new User("alice", "a@x.io", "free", true, T0, T0));
    assertThat(result(repo.find("alice"))).isEqualTo(stored);
    assertThat(result(repo.find("nobody"))).isNull();
  }

  @Test
  @DisplayName("a signed-in token's sighting records its tier and email; a key's only last_seen; created stays")
  void laterSightings() {
    result(repo.seen(sighting("alice", "a@x.io", "free", 0), true));
    User pro = result(repo.seen(sighting("alice", "alice@new.io", "pro", 5), true));
    assertThat(pro).isEqualTo(new User("alice", "alice@new.io", "pro", true, T0, T0.plusSeconds(300)));
    User noEmail = result(repo.seen(sighting("alice", null, "enterprise", 6), true));
    assertThat(noEmail.email()).as("a token without email keeps the stored one").isEqualTo("alice@new.io");
    assertThat(noEmail.tier()).isEqualTo("enterprise");
    User viaKey = result(repo.seen(sighting("alice", null, "free", 9), false));
    assertThat(viaKey).isEqualTo(new User("alice", "alice@new.io", "enterprise", true, T0, T0.plusSeconds(540)));
    User older = result(repo.seen(sighting("alice", null, "enterprise", 1), true));
    assertThat(older.lastSeen()).as("last_seen never moves back").isEqualTo(T0.plusSeconds(540));
  }

  @Test
  @DisplayName("setActive flips the flag, a sighting never does, and an unknown id is null")
  void activeFlag() {
    result(repo.seen(sighting("bob", null, "pro", 0), true));
    assertThat(result(repo.setActive("bob", false)).active()).isFalse();
    User seen = result(repo.seen(sighting("bob", "b@x.io", "enterprise", 3), true));
    assertThat(seen.active()).isFalse();
    assertThat(seen.tier()).isEqualTo("enterprise");
    assertThat(result(repo.find("bob")).active()).isFalse();
    assertThat(result(repo.setActive("bob", true)).active()).isTrue();
    assertThat(result(repo.setActive("nobody", false))).isNull();
    assertThat(result(repo.find("nobody"))).isNull();
  }

  @Test
  @DisplayName("lists newest first, pages with the total, filters on active")
  void list() {
    for (int i = 0; i < 5; i++) {
      result(repo.seen(sighting("u" + i, null, "free", i), true));
    }
    result(repo.setActive("u1", false));
    result(repo.setActive("u3", false));
    Page<User> first = result(repo.list(null, 2, 0));
    assertThat(first.items()).extracting(User::id).containsExactly("u4", "u3");
    assertThat(first.total()).isEqualTo(5);
    assertThat(result(repo.list(null, 2, 4)).items()).extracting(User::id).containsExactly("u0");
    Page<User> past = result(repo.list(null, 2, 10));
    assertThat(past.items()).isEmpty();
    assertThat(past.total()).isEqualTo(5);
    assertThat(result(repo.list(false, 10, 0)).items()).extracting(User::id).containsExactly("u3", "u1");
    Page<User> active = result(repo.list(true, 10, 1));
    assertThat(active.items()).extracting(User::id).containsExactly("u2", "u0");
    assertThat(active.total()).isEqualTo(3);
    assertThat(result(repo.list(false, 10, 5)).total()).isEqualTo(2);
  }
}
