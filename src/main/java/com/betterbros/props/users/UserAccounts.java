package com.betterbros.props.users;

import com.betterbros.props.auth.Account;
import com.betterbros.props.auth.AccountLookup;
import com.betterbros.props.auth.Principal;
import com.betterbros.props.bus.Addresses;
import com.betterbros.props.users.api.UserAccount;
import com.betterbros.props.users.api.UserSighting;
import com.betterbros.props.users.api.UsersService;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's {@link AccountLookup}: a bounded per-node cache (Caffeine, least recently used
 * dropped past {@code users.cache_max_entries}) of each user's stored state in front of
 * {@code users.service}. A miss, or a signed-in token whose tier or email differs from the cached
 * one, sends {@code seen} (the proxy's bus timeout applies) and the request waits for the reply;
 * an entry older than {@code users.cache_refresh_s} is served while one {@code seen} refreshes it
 * in the background. {@code users.events.changed} drops a user's entry at once on every gateway.
 *
 * <p>When the users service fails (timeout, no node, store down) the caller gets the last state
 * this node knew (a deactivated user stays refused), else {@link Account#unknown} (let through);
 * the service is not asked again for {@code users.retry_after_failure_ms}. A 4xx reply (a
 * {@code sub} or {@code email} the service refuses) fails the request with that 400 instead.
 */
public final class UserAccounts implements AccountLookup {

  private static final Logger LOG = LoggerFactory.getLogger(UserAccounts.class);

  private record Known(Account account, long checkedAtMs) {}

  private final UsersService users;
  private final Cache<String, Known> known;
  private final Map<String, Future<Account>> pending = new ConcurrentHashMap<>();
  /** Bumped by every invalidation: a reply that raced one is returned but not cached. */
  private final AtomicLong epoch = new AtomicLong();
  private final AtomicLong downUntilMs = new AtomicLong();
  private final AtomicReference<String> lastFailure = new AtomicReference<>();
  private final long refreshMs;
  private final long retryMs;
  private final LongSupplier clockMs;

  /** A lookup over {@code users} (give it the bus timeout), reading time (ms) from {@code clockMs}. */
  public UserAccounts(UsersService users, UsersConfig config, LongSupplier clockMs) {
    this.users = users;
    this.known = Caffeine.newBuilder().maximumSize(config.cacheMaxEntries()).executor(Runnable::run).build();
    this.refreshMs = config.cacheRefresh().toMillis();
    this.retryMs = config.retryAfterFailure().toMillis();
    this.clockMs = clockMs;
  }

  /** A lookup on {@code vertx}'s clock that drops a user's entry on each {@code users.events.changed}. */
  public static UserAccounts listening(Vertx vertx, UsersService users, UsersConfig config) {
    UserAccounts accounts = new UserAccounts(users, config, System::currentTimeMillis);
    vertx.eventBus().<JsonObject>consumer(Addresses.USERS_EVENTS_CHANGED,
        msg -> accounts.forget(msg.body() == null ? null : msg.body().getString("user_id")));
    return accounts;
  }

  /** Drops the user's cached state: the next request reads the stored one. */
  public void forget(String userId) {
    epoch.incrementAndGet();
    if (userId != null) {
      known.invalidate(userId);
    }
  }

  @Override
  public Future<Account> account(Principal caller, boolean viaApiKey) {
    Known k = known.getIfPresent(caller.userId());
    long now = clockMs.getAsLong();
    boolean down = now < downUntilMs.get();
    if (k != null && !changed(k.account(), caller, viaApiKey)) {
      if (now - k.checkedAtMs() >= refreshMs && !down) {
        known.put(caller.userId(), new Known(k.account(), now)); // one refresh at a time per user
        sight(caller, viaApiKey, k.account());
      }
      return Future.succeededFuture(k.account());
    }
    Account last = k == null ? null : k.account();
    if (down) {
      return Future.succeededFuture(last != null ? last : Account.unknown(caller));
    }
    return sight(caller, viaApiKey, last);
  }

  /** Sends {@code seen} (one at a time per user); caches the reply unless an invalidation raced it. */
  private Future<Account> sight(Principal caller, boolean viaApiKey, Account last) {
    String id = caller.userId();
    Future<Account> inFlight = pending.get(id);
    if (inFlight != null) {
      return inFlight;
    }
    long startEpoch = epoch.get();
    UserSighting sighting = new UserSighting().setUserId(id).setTier(tier(caller))
        .setEmail(viaApiKey ? null : Account.emailOf(caller)).setVia(viaApiKey ? "key" : "jwt");
    Future<Account> reply = users.seen(sighting).map(UserAccounts::account).transform(ar -> {
      pending.remove(id);
      if (ar.succeeded()) {
        recovered();
        if (epoch.get() == startEpoch) {
          known.put(id, new Known(ar.result(), clockMs.getAsLong()));
        }
        return Future.succeededFuture(ar.result());
      }
      if (ar.cause() instanceof ServiceException se && se.failureCode() >= 400 && se.failureCode() < 500) {
        return Future.failedFuture(se); // this token's identity cannot be recorded (e.g. a control character in sub)
      }
      failed(ar.cause());
      return Future.succeededFuture(last != null ? last : Account.unknown(caller));
    });
    if (!reply.isComplete()) {
      pending.put(id, reply);
    }
    return reply;
  }

  private static boolean changed(Account stored, Principal caller, boolean viaApiKey) {
    if (viaApiKey) {
      return false; // a key's tier is the key's, and it carries no email: nothing to record
    }
    String email = Account.emailOf(caller);
    return !stored.tier().equals(tier(caller)) || (email != null && !email.equals(stored.email()));
  }

  private static String tier(Principal caller) {
    return caller.tier().name().toLowerCase(Locale.ROOT);
  }

  private static Account account(UserAccount u) {
    return new Account(u.getUserId(), u.getEmail(), u.getTier(), u.isActive(), u.getCreated(), true);
  }

  private void recovered() {
    if (lastFailure.getAndSet(null) != null) {
      LOG.info("users service answers again");
    }
  }

  private void failed(Throwable t) {
    downUntilMs.set(clockMs.getAsLong() + retryMs);
    String reason = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    if (lastFailure.getAndSet(reason) == null) {
      LOG.warn("users service unavailable ({}): callers get this node's last known state, unknown ones pass", reason);
    }
  }
}
