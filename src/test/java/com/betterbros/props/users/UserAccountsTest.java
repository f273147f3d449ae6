package com.betterbros.props.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.auth.Account;
import com.betterbros.props.auth.Principal;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.bus.Failures;
import com.betterbros.props.users.api.UserAccount;
import com.betterbros.props.users.api.UserPage;
import com.betterbros.props.users.api.UserQuery;
import com.betterbros.props.users.api.UserSighting;
import com.betterbros.props.users.api.UsersService;
import com.betterbros.props.users.core.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("UserAccounts: the gateway's cache of users' state in front of users.service")
class UserAccountsTest {

  /** A users service over a memory repository that records every sighting and can be switched off. */
  static class FakeUsers implements UsersService {
    final MemoryUserRepository repo = new MemoryUserRepository();
    final List<UserSighting> sightings = new ArrayList<>();
    boolean down;

    @Override
    public Future<UserAccount> seen(UserSighting s) {
      sightings.add(s);
      if (down) {
        return Future.failedFuture(new ServiceException(-1, "store down"));
      }
      return repo.seen(User.firstSeen(s.getUserId(), s.getEmail(), s.getTier(), Instant.now()), "jwt".equals(s.getVia()))
          .map(UserAccount::of);
    }

    @Override
    public Future<UserAccount> get(String userId) {
      return repo.find(userId).map(UserAccount::of);
    }

    @Override
    public Future<UserPage> list(UserQuery query) {
      return Future.failedFuture("not used");
    }

    @Override
    public Future<UserAccount> setActive(String userId, boolean active) {
      return repo.setActive(userId, active).map(UserAccount::of);
    }
  }

  private final FakeUsers users = new FakeUsers();
  private final AtomicLong now = new AtomicLong(1_000_000);
  private final UserAccounts accounts = new UserAccounts(users,
      new UsersConfig(1_000, Duration.ofSeconds(60), Duration.ofSeconds(5)), now::get);

  private static Principal jwt(String sub, Tier tier, String email) {
    return new Principal(sub, tier, email == null ? new JsonObject() : new JsonObject().put("email", email));
  }

  private Account account(Principal p, boolean viaKey) {
    Future<Account> f = accounts.account(p, viaKey);
    assertThat(f.isComplete()).isTrue();
    return f.result();
  }

  @Test
  @DisplayName("the first request sends seen; later ones with the same tier and email are served from the cache")
  void missThenHits() {
    Account first = account(jwt("alice", Tier.FREE, "a@x.io"), false);
    assertThat(first).extracting(Account::userId, Account::email, Account::tier, Account::active, Account::stored)
        .containsExactly("alice", "a@x.io", "free", true, true);
    assertThat(first.created()).isNotNull();
    for (int i = 0; i < 5; i++) {
      account(jwt("alice", Tier.FREE, "a@x.io"), false);
      account(jwt("alice", Tier.FREE, null), false);
    }
    assertThat(users.sightings).hasSize(1);
  }

  @Test
  @DisplayName("a token with another tier or email sends seen at once and the row records it; a key's tier does not")
  void changedTierOrEmail() {
    account(jwt("alice", Tier.FREE, "a@x.io"), false);
    assertThat(account(jwt("alice", Tier.PRO, "a@x.io"), false).tier()).isEqualTo("pro");
    assertThat(account(jwt("alice", Tier.PRO, "b@x.io"), false).email()).isEqualTo("b@x.io");
    assertThat(users.sightings).hasSize(3);
    assertThat(account(jwt("alice", Tier.FREE, null), true).tier()).as("a key is checked, not recorded").isEqualTo("pro");
    assertThat(users.sightings).hasSize(3);
    assertThat(users.repo.find("alice").result().tier()).isEqualTo("pro");
  }

  @Test
  @DisplayName("past the refresh time one background seen re-reads the row; forget() drops the entry at once")
  void refreshAndForget() {
    account(jwt("bob", Tier.PRO, null), false);
    users.repo.setActive("bob", false);
    assertThat(account(jwt("bob", Tier.PRO, null), false).active()).as("cached for up to a minute").isTrue();
    now.addAndGet(60_000);
    account(jwt("bob", Tier.PRO, null), false); // served from the cache, refreshed behind it
    assertThat(users.sightings).hasSize(2);
    assertThat(account(jwt("bob", Tier.PRO, null), false).active()).isFalse();
    users.repo.setActive("bob", true);
    accounts.forget("bob");
    assertThat(account(jwt("bob", Tier.PRO, null), false).active()).isTrue();
    assertThat(users.sightings).hasSize(3);
  }

  @Test
  @DisplayName("when the service fails: last known state (a deactivated user stays refused), unknown users pass; then a pause")
  void serviceDown() {
    account(jwt("carol", Tier.FREE, null), false);
    users.repo.setActive("carol", false);
    accounts.forget("carol");
    assertThat(account(jwt("carol", Tier.FREE, null), false).active()).isFalse();
    users.down = true;
    Account changed = account(jwt("carol", Tier.PRO, null), false);
    assertThat(changed.active()).as("last known state").isFalse();
    assertThat(changed.stored()).isTrue();
    int asked = users.sightings.size();
    Account stranger = account(jwt("dave", Tier.FREE, "d@x.io"), false);
    assertThat(stranger).extracting(Account::active, Account::stored, Account::email).containsExactly(true, false, "d@x.io");
    assertThat(users.sightings).as("not asked again within retry_after_failure_ms").hasSize(asked);
    users.down = false;
    now.addAndGet(5_000);
    assertThat(account(jwt("dave", Tier.FREE, null), false).stored()).isTrue();
  }

  @Test
  @DisplayName("a sighting the service refuses (400) fails the request instead of pausing the lookup for everyone")
  void refusedSighting() {
    UserAccounts strict = new UserAccounts(new FakeUsers() {
      @Override
      public Future<UserAccount> seen(UserSighting s) {
        return Failures.fail(Failures.badRequest("user_id", "user_id must be at most 255 characters"));
      }
    }, UsersConfig.defaults(), now::get);
    Future<Account> f = strict.account(jwt("x".repeat(300), Tier.FREE, null), false);
    assertThat(f.failed()).isTrue();
    assertThat(((ServiceException) f.cause()).failureCode()).isEqualTo(400);
  }
}
