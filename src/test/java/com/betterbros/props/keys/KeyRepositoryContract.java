package com.betterbros.props.keys;

import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.keys.core.AccessKey;
import com.betterbros.props.keys.core.ProviderSecret;
import com.betterbros.props.keys.core.Scope;
import com.betterbros.props.keys.core.Sealed;
import com.betterbros.props.testing.Await;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link KeyRepository} contract, run against memory and PostgreSQL alike. */
abstract class KeyRepositoryContract {

  static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  protected KeyRepository repo;

  protected abstract KeyRepository freshRepository();

  @BeforeEach
  void setUp() {
    repo = freshRepository();
  }

  static AccessKey key(String id, String user, int minutes) {
    return new AccessKey(id, user, "key " + id, "hash-" + id, "bbp_" + id, List.of(Scope.READ, Scope.ALL), "pro",
        T0.plusSeconds(60L * minutes), minutes == 0 ? null : T0.plusSeconds(86_400), null);
  }

  static ProviderSecret secret(String id, String user, int minutes, String version) {
    return new ProviderSecret(id, user, "odds-api", "feed " + id, new Sealed(new byte[12], new byte[] {1, 2, 3}, version),
        T0.plusSeconds(60L * minutes));
  }

  @Test
  @DisplayName("a key round-trips by its hash; a duplicate id or hash fails")
  void keyRoundTrip() {
    result(repo.createKey(key("k1", "alice", 0)));
    result(repo.createKey(key("k2", "alice", 5)));
    assertThat(result(repo.findKeyByHash("hash-k1"))).isEqualTo(key("k1", "alice", 0));
    assertThat(result(repo.findKeyByHash("hash-k2"))).isEqualTo(key("k2", "alice", 5));
    assertThat(result(repo.findKeyByHash("nope"))).isNull();
    assertThat(Await.failure(repo.createKey(key("k1", "alice", 1)))).isNotNull();
    AccessKey sameHash = new AccessKey("k9", "bob", "x", "hash-k1", "bbp_k9", List.of(Scope.READ), "free", T0, null, null);
    assertThat(Await.failure(repo.createKey(sameHash))).isNotNull();
  }

  @Test
  @DisplayName("a user's keys are newest first; delete touches the owner's key only")
  void listAndDelete() {
    result(repo.createKey(key("k1", "alice", 0)));
    result(repo.createKey(key("k2", "alice", 2)));
    result(repo.createKey(key("k3", "bob", 1)));
    assertThat(result(repo.listKeys("alice"))).extracting(AccessKey::id).containsExactly("k2", "k1");
    assertThat(result(repo.deleteKey("k1", "bob"))).isFalse();
    assertThat(result(repo.deleteKey("k1", "alice"))).isTrue();
    assertThat(result(repo.deleteKey("k1", "alice"))).isFalse();
    assertThat(result(repo.findKeyByHash("hash-k1"))).isNull();
    assertThat(result(repo.listKeys("alice"))).extracting(AccessKey::id).containsExactly("k2");
  }

  @Test
  @DisplayName("last_used_at is written at most once a minute")
  void touch() {
    result(repo.createKey(key("k1", "alice", 0)));
    result(repo.touchKey("k1", T0.plusSeconds(100)));
    assertThat(result(repo.findKeyByHash("hash-k1")).lastUsedAt()).isEqualTo(T0.plusSeconds(100));
    result(repo.touchKey("k1", T0.plusSeconds(159)));
    assertThat(result(repo.findKeyByHash("hash-k1")).lastUsedAt()).isEqualTo(T0.plusSeconds(100));
    result(repo.touchKey("k1", T0.plusSeconds(160)));
    assertThat(result(repo.findKeyByHash("hash-k1")).lastUsedAt()).isEqualTo(T0.plusSeconds(160));
  }

  @Test
  @DisplayName("provider credentials: listed per owner newest first, deleted by the owner only")
  void providers() {
    result(repo.createProvider(secret("p1", "alice", 0, "v1")));
    result(repo.createProvider(secret("p2", "alice", 3, "v1")));
    result(repo.createProvider(secret("p3", "bob", 1, "v1")));
    assertThat(Await.failure(repo.createProvider(secret("p1", "alice", 0, "v1")))).isNotNull();
    List<ProviderSecret> mine = result(repo.listProviders("alice"));
    assertThat(mine).extracting(ProviderSecret::id).containsExactly("p2", "p1");
    assertThat(mine.get(1).sealed().ciphertext()).containsExactly(1, 2, 3);
    assertThat(mine.get(1).sealed().nonce()).hasSize(12);
    assertThat(result(repo.deleteProvider("p1", "bob"))).isFalse();
    assertThat(result(repo.deleteProvider("p1", "alice"))).isTrue();
    assertThat(result(repo.listProviders("alice"))).extracting(ProviderSecret::id).containsExactly("p2");
  }

  @Test
  @DisplayName("rotation reads the rows under another version and re-seals each only from its old version")
  void reseal() {
    result(repo.createProvider(secret("p1", "alice", 0, "old")));
    result(repo.createProvider(secret("p2", "bob", 1, "new")));
    assertThat(result(repo.providersNotUnder("new"))).extracting(ProviderSecret::id).containsExactly("p1");
    Sealed fresh = new Sealed(new byte[] {9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9}, new byte[] {7}, "new");
    assertThat(result(repo.reseal("p1", "other", fresh))).isFalse();
    assertThat(result(repo.reseal("p1", "old", fresh))).isTrue();
    assertThat(result(repo.reseal("p1", "old", fresh))).isFalse();
    assertThat(result(repo.providersNotUnder("new"))).isEmpty();
    ProviderSecret p1 = result(repo.listProviders("alice")).get(0);
    assertThat(p1.sealed().ciphertext()).containsExactly(7);
    assertThat(p1.sealed().keyVersion()).isEqualTo("new");
  }

  @Test
  @DisplayName("a null owner (an admin's request) lists and deletes any user's keys and credentials")
  void anyOwner() {
    result(repo.createKey(key("k1", "alice", 0)));
    result(repo.createKey(key("k2", "bob", 1)));
    result(repo.createProvider(secret("p1", "alice", 0, "v1")));
    result(repo.createProvider(secret("p2", "bob", 1, "v1")));
    assertThat(result(repo.listKeys(null))).extracting(AccessKey::userId).containsExactly("bob", "alice");
    assertThat(result(repo.listProviders(null))).extracting(ProviderSecret::userId).containsExactly("bob", "alice");
    assertThat(result(repo.deleteKey("k2", "alice"))).isFalse();
    assertThat(result(repo.deleteKey("k2", null))).isTrue();
    assertThat(result(repo.findKeyByHash("hash-k2"))).isNull();
    assertThat(result(repo.deleteProvider("p1", null))).isTrue();
    assertThat(result(repo.listKeys(null))).extracting(AccessKey::id).containsExactly("k1");
    assertThat(result(repo.listProviders(null))).extracting(ProviderSecret::id).containsExactly("p2");
  }
}
