package com.betterbros.props.keys;

import com.betterbros.props.auth.Tier;
import com.betterbros.props.bus.Failures;
import com.betterbros.props.keys.api.AccessKeyInfo;
import com.betterbros.props.keys.api.AccessKeyList;
import com.betterbros.props.keys.api.KeyDraft;
import com.betterbros.props.keys.api.KeyIdentity;
import com.betterbros.props.keys.api.KeysService;
import com.betterbros.props.keys.api.MasterRotation;
import com.betterbros.props.keys.api.NewAccessKey;
import com.betterbros.props.keys.api.ProviderCredential;
import com.betterbros.props.keys.api.ProviderDraft;
import com.betterbros.props.keys.api.ProviderList;
import com.betterbros.props.keys.core.AccessKey;
import com.betterbros.props.keys.core.AccessKeys;
import com.betterbros.props.keys.core.Scope;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The keys service: access keys here, provider credentials in {@link ProviderSecrets}. No key,
 * hash or secret is ever logged or put in an error message.
 */
public final class KeysServiceImpl implements KeysService {

  private static final Set<String> KEY_FIELDS = Set.of("name", "scopes", "expires_at");

  private final KeyRepository repository;
  private final AccessKeys keys;
  private final ProviderSecrets providers;
  private final Clock clock;

  KeysServiceImpl(KeyRepository repository, AccessKeys keys, ProviderSecrets providers, Clock clock) {
    this.repository = repository;
    this.keys = keys;
    this.providers = providers;
    this.clock = clock;
  }

  @Override
  public Future<NewAccessKey> create(String userId, String tier, KeyDraft body) {
    JsonObject json = body.toJson();
    Instant now = clock.instant();
    AccessKey stored;
    String key;
    try {
      KeyDrafts.onlyFields(json, KEY_FIELDS);
      key = keys.generate();
      stored = new AccessKey(UUID.randomUUID().toString(), userId, KeyDrafts.text(json, "name", KeyDrafts.MAX_NAME),
          keys.hash(key), AccessKeys.shownPrefix(key), KeyDrafts.scopes(json),
          Tier.parse(tier).name().toLowerCase(Locale.ROOT), now, KeyDrafts.expiresAt(json, now), null);
    } catch (ServiceException e) {
      return Failures.fail(e);
    }
    return repository.createKey(stored).map(v -> new NewAccessKey(info(stored).toJson().put("key", key)));
  }

  @Override
  public Future<AccessKeyList> list(String userId) {
    return repository.listKeys(userId).map(all -> AccessKeyList.of(all.stream().map(KeysServiceImpl::info).toList()));
  }

  @Override
  public Future<Void> revoke(String userId, String id) {
    return repository.deleteKey(id, userId).compose(deleted -> deleted ? Future.succeededFuture()
        : Failures.fail(Failures.notFound("no access key " + id)));
  }

  @Override
  public Future<KeyIdentity> authenticate(String key) {
    if (!AccessKeys.wellFormed(key)) {
      return Failures.fail(unauthorized());
    }
    Instant now = clock.instant();
    return repository.findKeyByHash(keys.hash(key)).compose(k -> {
      if (k == null || k.expiredAt(now)) {
        return Failures.fail(unauthorized());
      }
      Future<Void> touched = k.touchDue(now) ? repository.touchKey(k.id(), now).otherwiseEmpty() : Future.succeededFuture();
      return touched.map(v -> new KeyIdentity(new JsonObject().put("key_id", k.id()).put("user_id", k.userId())
          .put("tier", k.tier()).put("scopes", scopes(k))));
    });
  }

  @Override
  public Future<ProviderCredential> storeProvider(String userId, ProviderDraft body) {
    return providers.store(userId, body);
  }

  @Override
  public Future<ProviderList> listProviders(String userId) {
    return providers.list(userId);
  }

  @Override
  public Future<Void> deleteProvider(String userId, String id) {
    return providers.delete(userId, id);
  }

  @Override
  public Future<MasterRotation> rotateMaster() {
    return providers.rotate();
  }

  private static AccessKeyInfo info(AccessKey k) {
    return new AccessKeyInfo(new JsonObject().put("id", k.id()).put("user_id", k.userId()).put("name", k.name()).put("prefix", k.prefix())
        .put("scopes", scopes(k)).put("tier", k.tier()).put("created_at", k.createdAt().toString())
        .put("expires_at", k.expiresAt() == null ? null : k.expiresAt().toString())
        .put("last_used_at", k.lastUsedAt() == null ? null : k.lastUsedAt().toString()));
  }

  private static JsonArray scopes(AccessKey k) {
    return new JsonArray(k.scopes().stream().map(Scope::wire).toList());
  }

  private static ServiceException unauthorized() {
    return new ServiceException(401, "unknown, revoked or expired API key", new JsonObject().put("error", "unauthorized"));
  }
}
