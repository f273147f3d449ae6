package com.betterbros.props.keys.api;

import com.betterbros.props.bus.Addresses;
import io.vertx.codegen.annotations.ProxyGen;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;

/**
 * API keys at {@value Addresses#KEYS}: access keys (stored only as a peppered SHA-256), the
 * gateway's lookup of a {@code bbp_} bearer token, and provider credentials sealed with
 * AES-256-GCM under the master key. Every user-scoped method takes the caller's id and never
 * touches another user's rows (404); a null {@code userId} on {@code list}, {@code revoke},
 * {@code listProviders} and {@code deleteProvider} means "any owner" (the gateway passes it for an
 * admin only). Message shapes: docs/EVENT-BUS.md.
 */
@ProxyGen
@VertxGen
public interface KeysService {

  String ADDRESS = Addresses.KEYS;

  /** A typed client for any cluster member; every call times out per {@code options}. */
  static KeysService createProxy(Vertx vertx, DeliveryOptions options) {
    return new KeysServiceVertxEBProxy(vertx, ADDRESS, options);
  }

  /**
   * Creates an access key for the user, recording {@code tier} (the caller's now) as the key's
   * tier; the reply is the only time the key is seen. 400 {@code name}, {@code scopes},
   * {@code expires_at} (not ISO-8601, or not in the future), or an unknown field.
   */
  Future<NewAccessKey> create(String userId, String tier, KeyDraft body);

  /**
   * The user's access keys (every user's when userId is null), newest first, each with its user_id,
   * without the keys themselves.
   */
  Future<AccessKeyList> list(String userId);

  /**
   * Revokes (deletes) the user's access key at once; 404 when unknown or another user's (userId
   * null: any owner's).
   */
  Future<Void> revoke(String userId, String id);

  /**
   * Who a {@code bbp_} key acts for; 401 when unknown, revoked or expired. Writes last_used_at at
   * most once a minute per key. Nothing is cached: a revoked key fails on the next request.
   */
  Future<KeyIdentity> authenticate(String key);

  /**
   * Seals and stores a provider credential; the reply never holds the secret. 400 {@code provider},
   * {@code name}, {@code secret}, or an unknown field.
   */
  Future<ProviderCredential> storeProvider(String userId, ProviderDraft body);

  /**
   * The user's provider credentials (every user's when userId is null), newest first, each with its
   * user_id, without secrets.
   */
  Future<ProviderList> listProviders(String userId);

  /**
   * Deletes the user's provider credential; 404 when unknown or another user's (userId null: any
   * owner's).
   */
  Future<Void> deleteProvider(String userId, String id);

  /**
   * Re-seals every provider credential not yet under the current master key with it (opening each
   * with the previous key); rows already current are left alone. 503 when a row is under neither key.
   */
  Future<MasterRotation> rotateMaster();
}
