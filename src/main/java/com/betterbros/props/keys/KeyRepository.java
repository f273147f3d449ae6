package com.betterbros.props.keys;

import com.betterbros.props.keys.core.AccessKey;
import com.betterbros.props.keys.core.ProviderSecret;
import com.betterbros.props.keys.core.Sealed;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;

/**
 * Storage of access keys and provider credentials (PostgreSQL or memory, same contract). Every
 * user-scoped read and delete takes the user id and never touches another user's rows; a null
 * user id means any owner (an admin's request).
 */
public interface KeyRepository {

  /** Stores an access key; a duplicate id or hash fails. */
  Future<Void> createKey(AccessKey key);

  /** The user's access keys, newest first, then by id. */
  Future<List<AccessKey>> listKeys(String userId);

  /** Deletes the user's access key; false when there is none of the user's. */
  Future<Boolean> deleteKey(String id, String userId);

  /** The access key with this hash, or null. */
  Future<AccessKey> findKeyByHash(String hash);

  /** Sets last_used_at to {@code at} unless it is already within the minute before {@code at}. */
  Future<Void> touchKey(String id, Instant at);

  /** Stores a provider credential; a duplicate id fails. */
  Future<Void> createProvider(ProviderSecret secret);

  /** The user's provider credentials, newest first, then by id. */
  Future<List<ProviderSecret>> listProviders(String userId);

  /** Deletes the user's provider credential; false when there is none of the user's. */
  Future<Boolean> deleteProvider(String id, String userId);

  /** Every provider credential sealed under a version other than {@code version} (rotation). */
  Future<List<ProviderSecret>> providersNotUnder(String version);

  /** Replaces a credential's sealed secret if it is still under {@code previousVersion}; false otherwise. */
  Future<Boolean> reseal(String id, String previousVersion, Sealed sealed);
}
