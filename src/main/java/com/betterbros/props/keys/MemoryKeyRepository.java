package com.betterbros.props.keys;

import com.betterbros.props.keys.core.AccessKey;
import com.betterbros.props.keys.core.ProviderSecret;
import com.betterbros.props.keys.core.Sealed;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Access keys and provider credentials in memory, with the same contract as {@link PgKeyRepository}. */
public final class MemoryKeyRepository implements KeyRepository {

  private final Map<String, AccessKey> keys = new HashMap<>();
  private final Map<String, ProviderSecret> providers = new HashMap<>();

  @Override
  public synchronized Future<Void> createKey(AccessKey key) {
    if (keys.containsKey(key.id()) || keys.values().stream().anyMatch(k -> k.hash().equals(key.hash()))) {
      return Future.failedFuture(new IllegalArgumentException("duplicate access key id or hash: " + key.id()));
    }
    keys.put(key.id(), key);
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<List<AccessKey>> listKeys(String userId) {
    return Future.succeededFuture(keys.values().stream().filter(k -> userId == null || k.userId().equals(userId))
        .sorted(Comparator.comparing(AccessKey::createdAt).reversed().thenComparing(AccessKey::id)).toList());
  }

  @Override
  public synchronized Future<Boolean> deleteKey(String id, String userId) {
    AccessKey k = keys.get(id);
    return Future.succeededFuture(k != null && (userId == null || k.userId().equals(userId)) && keys.remove(id) != null);
  }

  @Override
  public synchronized Future<AccessKey> findKeyByHash(String hash) {
    return Future.succeededFuture(keys.values().stream().filter(k -> k.hash().equals(hash)).findFirst().orElse(null));
  }

  @Override
  public synchronized Future<Void> touchKey(String id, Instant at) {
    AccessKey k = keys.get(id);
    if (k != null && k.touchDue(at)) {
      keys.put(id, new AccessKey(k.id(), k.userId(), k.name(), k.hash(), k.prefix(), k.scopes(), k.tier(),
          k.createdAt(), k.expiresAt(), at));
    }
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<Void> createProvider(ProviderSecret secret) {
    if (providers.putIfAbsent(secret.id(), secret) != null) {
      return Future.failedFuture(new IllegalArgumentException("duplicate provider credential id: " + secret.id()));
    }
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<List<ProviderSecret>> listProviders(String userId) {
    return Future.succeededFuture(providers.values().stream().filter(p -> userId == null || p.userId().equals(userId))
        .sorted(Comparator.comparing(ProviderSecret::createdAt).reversed().thenComparing(ProviderSecret::id)).toList());
  }

  @Override
  public synchronized Future<Boolean> deleteProvider(String id, String userId) {
    ProviderSecret p = providers.get(id);
    return Future.succeededFuture(p != null && (userId == null || p.userId().equals(userId)) && providers.remove(id) != null);
  }

  @Override
  public synchronized Future<List<ProviderSecret>> providersNotUnder(String version) {
    return Future.succeededFuture(providers.values().stream()
        .filter(p -> !p.sealed().keyVersion().equals(version)).sorted(Comparator.comparing(ProviderSecret::id)).toList());
  }

  @Override
  public synchronized Future<Boolean> reseal(String id, String previousVersion, Sealed sealed) {
    ProviderSecret p = providers.get(id);
    if (p == null || !p.sealed().keyVersion().equals(previousVersion)) {
      return Future.succeededFuture(false);
    }
    providers.put(id, p.withSealed(sealed));
    return Future.succeededFuture(true);
  }
}
