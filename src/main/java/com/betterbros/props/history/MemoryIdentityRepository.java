package com.betterbros.props.history;

import com.betterbros.props.history.core.Identity;
import com.betterbros.props.history.core.UnmatchedPlayer;
import com.betterbros.props.store.Page;
import io.vertx.core.Future;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Identities in memory, same contract as {@link PgIdentityRepository}; all access holds the lock. */
public final class MemoryIdentityRepository implements IdentityRepository {

  private record Key(String kind, String source, String externalId) {}

  private record UnmatchedKey(String source, String nameKey) {}

  static final Comparator<UnmatchedPlayer> UNMATCHED_ORDER = Comparator.comparingInt(UnmatchedPlayer::props)
      .reversed().thenComparing(UnmatchedPlayer::nameKey).thenComparing(UnmatchedPlayer::source);

  private final Map<Key, Identity> identities = new HashMap<>();
  private final Map<UnmatchedKey, UnmatchedPlayer> unmatched = new TreeMap<>(
      Comparator.comparing(UnmatchedKey::source).thenComparing(UnmatchedKey::nameKey));

  @Override
  public synchronized Future<Map<String, String>> lookup(String kind, String source, Collection<String> ids) {
    Map<String, String> out = new HashMap<>();
    for (String id : ids) {
      Identity i = identities.get(new Key(kind, source, id));
      if (i != null) {
        out.put(id, i.canonicalId());
      }
    }
    return Future.succeededFuture(out);
  }

  @Override
  public synchronized Future<Map<String, String>> all(String kind, String source) {
    Map<String, String> out = new HashMap<>();
    identities.values().forEach(i -> {
      if (i.kind().equals(kind) && i.source().equals(source)) {
        out.put(i.externalId(), i.canonicalId());
      }
    });
    return Future.succeededFuture(out);
  }

  @Override
  public synchronized Future<Integer> record(List<Identity> rows) {
    int n = 0;
    for (Identity i : rows) {
      if (identities.putIfAbsent(new Key(i.kind(), i.source(), i.externalId()), i) == null) {
        n++;
      }
    }
    return Future.succeededFuture(n);
  }

  @Override
  public synchronized Future<Void> relink(Identity i) {
    identities.put(new Key(i.kind(), i.source(), i.externalId()), i);
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<List<Identity>> of(String kind, String canonicalId) {
    return Future.succeededFuture(identities.values().stream()
        .filter(i -> i.kind().equals(kind) && i.canonicalId().equals(canonicalId))
        .sorted(Comparator.comparing(Identity::source).thenComparing(Identity::externalId))
        .toList());
  }

  @Override
  public synchronized Future<Set<String>> linked(String kind) {
    Set<String> out = new HashSet<>();
    identities.values().forEach(i -> {
      if (i.kind().equals(kind)) {
        out.add(i.canonicalId());
      }
    });
    return Future.succeededFuture(out);
  }

  @Override
  public synchronized Future<Void> replaceUnmatched(String source, List<UnmatchedPlayer> players) {
    unmatched.keySet().removeIf(k -> k.source().equals(source));
    players.forEach(p -> unmatched.put(new UnmatchedKey(source, p.nameKey()), p));
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<Void> clearUnmatched(String source, String nameKey) {
    unmatched.remove(new UnmatchedKey(source, nameKey));
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<Page<UnmatchedPlayer>> unmatched(String source, int limit, int offset) {
    List<UnmatchedPlayer> all = unmatched.values().stream()
        .filter(p -> source == null || p.source().equals(source))
        .sorted(UNMATCHED_ORDER)
        .toList();
    return Future.succeededFuture(new Page<>(all.stream().skip(offset).limit(limit).toList(), all.size(), limit,
        offset));
  }
}
