package com.betterbros.props.users;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.bus.Failures;
import com.betterbros.props.bus.QueryParams;
import com.betterbros.props.users.api.UserAccount;
import com.betterbros.props.users.api.UserPage;
import com.betterbros.props.users.api.UserQuery;
import com.betterbros.props.users.api.UserSighting;
import com.betterbros.props.users.api.UsersService;
import com.betterbros.props.users.core.User;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceException;
import java.time.Clock;
import java.util.Set;

/** The users service over a {@link UserRepository}; publishes {@code users.events.changed} on setActive. */
public final class UsersServiceImpl implements UsersService {

  static final int MAX_ID = 255;
  static final int MAX_EMAIL = 320;
  private static final Set<String> TIERS = Set.of("free", "pro", "enterprise");

  private final UserRepository repository;
  private final EventBus bus;
  private final Clock clock;

  UsersServiceImpl(UserRepository repository, EventBus bus, Clock clock) {
    this.repository = repository;
    this.bus = bus;
    this.clock = clock;
  }

  @Override
  public Future<UserAccount> seen(UserSighting sighting) {
    User s;
    boolean profile;
    try {
      String via = sighting.getVia() == null ? "jwt" : sighting.getVia();
      if (!via.equals("jwt") && !via.equals("key")) {
        throw Failures.badRequest("via", "via must be jwt or key, got '" + via + "'");
      }
      profile = via.equals("jwt");
      String tier = sighting.getTier();
      if (tier == null || !TIERS.contains(tier)) {
        throw Failures.badRequest("tier", "tier must be one of " + TIERS + ", got '" + tier + "'");
      }
      s = User.firstSeen(userId(sighting.getUserId()), email(sighting.getEmail()), tier, clock.instant());
    } catch (ServiceException e) {
      return Failures.fail(e);
    }
    return repository.seen(s, profile).map(UserAccount::of);
  }

  @Override
  public Future<UserAccount> get(String userId) {
    return repository.find(userId).compose(UsersServiceImpl::found);
  }

  @Override
  public Future<UserPage> list(UserQuery query) {
    QueryParams q = new QueryParams(query == null ? null : query.toJson());
    Boolean active;
    int limit;
    int offset;
    try {
      String a = q.oneOf("active", Set.of("true", "false"));
      active = a == null ? null : Boolean.valueOf(a);
      limit = q.limit();
      offset = q.offset();
    } catch (ServiceException e) {
      return Failures.fail(e);
    }
    return repository.list(active, limit, offset).map(page -> new UserPage(page.toJson(u -> UserAccount.of(u).toJson())));
  }

  @Override
  public Future<UserAccount> setActive(String userId, boolean active) {
    return repository.setActive(userId, active).compose(UsersServiceImpl::found).onSuccess(u ->
        bus.publish(Addresses.USERS_EVENTS_CHANGED, new JsonObject().put("user_id", u.getUserId()).put("active", active)));
  }

  private static Future<UserAccount> found(User u) {
    return u == null ? Failures.fail(Failures.notFound("no user with that id has been seen"))
        : Future.succeededFuture(UserAccount.of(u));
  }

  private static String userId(String id) {
    if (id == null || id.isBlank()) {
      throw Failures.badRequest("user_id", "user_id is required");
    }
    if (id.length() > MAX_ID || id.chars().anyMatch(Character::isISOControl)) {
      throw Failures.badRequest("user_id", "user_id must be at most " + MAX_ID + " characters without control characters");
    }
    return id;
  }

  private static String email(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    if (email.length() > MAX_EMAIL || email.chars().anyMatch(Character::isISOControl)) {
      throw Failures.badRequest("email", "email must be at most " + MAX_EMAIL + " characters without control characters");
    }
    return email;
  }
}
