package com.betterbros.props.users;

import com.betterbros.props.store.Page;
import com.betterbros.props.users.core.User;
import io.vertx.core.Future;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Users in memory, with the same contract as {@link PgUserRepository}. */
public final class MemoryUserRepository implements UserRepository {

  private static final Comparator<User> NEWEST_FIRST =
      Comparator.comparing(User::created).reversed().thenComparing(User::id);

  private final Map<String, User> users = new HashMap<>();

  @Override
  public synchronized Future<User> seen(User sighting, boolean profile) {
    return Future.succeededFuture(users.merge(sighting.id(), sighting, (stored, s) -> stored.seenAgain(s, profile)));
  }

  @Override
  public synchronized Future<User> find(String id) {
    return Future.succeededFuture(users.get(id));
  }

  @Override
  public synchronized Future<Page<User>> list(Boolean active, int limit, int offset) {
    List<User> matching = users.values().stream().filter(u -> active == null || u.active() == active)
        .sorted(NEWEST_FIRST).toList();
    List<User> page = matching.stream().skip(offset).limit(limit).toList();
    return Future.succeededFuture(new Page<>(page, matching.size(), limit, offset));
  }

  @Override
  public synchronized Future<User> setActive(String id, boolean active) {
    return Future.succeededFuture(users.computeIfPresent(id, (k, u) -> u.withActive(active)));
  }
}
