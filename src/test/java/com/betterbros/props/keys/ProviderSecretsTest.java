package com.betterbros.props.keys;

import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.keys.api.MasterRotation;
import com.betterbros.props.keys.api.ProviderDraft;
import com.betterbros.props.keys.core.ProviderSecret;
import com.betterbros.props.keys.core.SecretBox;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Master keys from a seeded Random (seed 7); 250 credentials of 5 users rotated from key A to key B. */
@DisplayName("A master key rotation re-seals every row under the previous key and counts the rows it cannot open")
class ProviderSecretsTest {

  private final Random seeded = new Random(7);
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC);

  private SecretBox box() {
    byte[] k = new byte[32];
    seeded.nextBytes(k);
    return new SecretBox(k, new SecureRandom());
  }

  @Test
  @DisplayName("250 rows move from A to B (in chunks), one row under an unknown key C is left and counted, a rerun does nothing")
  void rotation() {
    MemoryKeyRepository repo = new MemoryKeyRepository();
    SecretBox a = box();
    SecretBox b = box();
    SecretBox c = box();
    ProviderSecrets underA = new ProviderSecrets(repo, a, null, clock);
    for (int i = 0; i < 250; i++) {
      result(underA.store("user-" + (i % 5), new ProviderDraft().setProvider("odds").setName("n" + i)
          .setSecret("secret-" + i)));
    }
    result(new ProviderSecrets(repo, c, null, clock).store("user-9", new ProviderDraft().setProvider("odds")
        .setName("lost").setSecret("under-c")));
    ProviderSecrets underB = new ProviderSecrets(repo, b, a, clock);
    MasterRotation first = result(underB.rotate());
    assertThat(first.getRotated()).isEqualTo(250);
    assertThat(first.getUnreadable()).isEqualTo(1);
    assertThat(first.getKeyVersion()).isEqualTo(b.version());
    assertThat(result(underB.rotate()).getRotated()).isZero();
    for (int u = 0; u < 5; u++) {
      List<ProviderSecret> rows = result(repo.listProviders("user-" + u));
      assertThat(rows).hasSize(50);
      for (ProviderSecret row : rows) {
        String plain = new String(b.open(row.sealed(), SecretBox.aad(row.userId(), row.id())), StandardCharsets.UTF_8);
        assertThat(plain).isEqualTo("secret-" + row.name().substring(1));
      }
    }
    assertThat(result(repo.listProviders("user-9")).get(0).sealed().keyVersion()).isEqualTo(c.version());
  }
}
