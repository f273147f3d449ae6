package com.betterbros.props.keys;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.keys.api.MasterRotation;
import com.betterbros.props.keys.api.ProviderCredential;
import com.betterbros.props.keys.api.ProviderDraft;
import com.betterbros.props.keys.api.ProviderList;
import com.betterbros.props.keys.core.ProviderSecret;
import com.betterbros.props.keys.core.SecretBox;
import com.betterbros.props.keys.core.SecretBoxException;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provider credentials: sealed with the current master key ({@link SecretBox}, AAD = owner and
 * id) before they are stored, listed without secrets, and re-sealed by {@link #rotate}.
 */
final class ProviderSecrets {

  private static final Logger LOG = LoggerFactory.getLogger(ProviderSecrets.class);
  private static final Set<String> FIELDS = Set.of("provider", "name", "secret");
  /** Rows re-sealed concurrently during a rotation. */
  private static final int CHUNK = 100;

  private final KeyRepository repository;
  private final SecretBox current;
  private final SecretBox previous;
  private final Clock clock;

  /** {@code previous}: the master key being rotated away from, or null. */
  ProviderSecrets(KeyRepository repository, SecretBox current, SecretBox previous, Clock clock) {
    this.repository = repository;
    this.current = current;
    this.previous = previous;
    this.clock = clock;
  }

  Future<ProviderCredential> store(String userId, ProviderDraft body) {
    JsonObject json = body.toJson();
    ProviderSecret secret;
    try {
      KeyDrafts.onlyFields(json, FIELDS);
      String provider = KeyDrafts.text(json, "provider", KeyDrafts.MAX_PROVIDER);
      String name = KeyDrafts.text(json, "name", KeyDrafts.MAX_NAME);
      byte[] plain = KeyDrafts.text(json, "secret", KeyDrafts.MAX_SECRET).getBytes(StandardCharsets.UTF_8);
      String id = UUID.randomUUID().toString();
      secret = new ProviderSecret(id, userId, provider, name, current.seal(plain, SecretBox.aad(userId, id)),
          clock.instant());
    } catch (ServiceException e) {
      return Failures.fail(e);
    }
    return repository.createProvider(secret).map(v -> view(secret));
  }

  Future<ProviderList> list(String userId) {
    return repository.listProviders(userId).map(all -> ProviderList.of(all.stream().map(ProviderSecrets::view).toList()));
  }

  Future<Void> delete(String userId, String id) {
    return repository.deleteProvider(id, userId).compose(deleted -> deleted ? Future.succeededFuture()
        : Failures.fail(Failures.notFound("no provider credential " + id)));
  }

  /**
   * Opens every row not under the current key with the previous one and seals it under the current
   * one (a fresh nonce, the same AAD), {@value #CHUNK} rows at a time. A row under neither key, or that does not open, is counted as
   * unreadable and left untouched; only its id and version are logged, never a secret.
   */
  Future<MasterRotation> rotate() {
    return repository.providersNotUnder(current.version()).compose(rows -> rotate(rows, 0, new int[2]));
  }

  /** Rows [from, from + CHUNK) at once, then the next chunk: bounded concurrency, shallow stacks. */
  private Future<MasterRotation> rotate(List<ProviderSecret> rows, int from, int[] counts) {
    if (from >= rows.size()) {
      LOG.info("keys: master key rotation to version {}: {} re-sealed, {} unreadable", current.version(), counts[0],
          counts[1]);
      return Future.succeededFuture(new MasterRotation(new JsonObject().put("key_version", current.version())
          .put("rotated", counts[0]).put("unreadable", counts[1])));
    }
    List<Future<Boolean>> chunk = new ArrayList<>();
    for (ProviderSecret row : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
      byte[] aad = SecretBox.aad(row.userId(), row.id());
      try {
        if (previous == null || !previous.version().equals(row.sealed().keyVersion())) {
          throw new SecretBoxException("under unknown master key version " + row.sealed().keyVersion());
        }
        byte[] plain = previous.open(row.sealed(), aad);
        chunk.add(repository.reseal(row.id(), row.sealed().keyVersion(), current.seal(plain, aad)));
      } catch (SecretBoxException e) {
        LOG.warn("keys: provider credential {} not rotated: {}", row.id(), e.getMessage());
        counts[1]++;
      }
    }
    return Future.all(chunk).compose(done -> {
      chunk.forEach(f -> counts[0] += f.result() ? 1 : 0);
      return rotate(rows, from + CHUNK, counts);
    });
  }

  /** The wire form of a stored credential: never its secret, nonce or ciphertext. */
  static ProviderCredential view(ProviderSecret s) {
    return new ProviderCredential(new JsonObject().put("id", s.id()).put("user_id", s.userId()).put("provider", s.provider())
        .put("name", s.name()).put("key_version", s.sealed().keyVersion()).put("created_at", s.createdAt().toString()));
  }
}
