package com.betterbros.props.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.betterbros.props.config.ConfigException;
import com.betterbros.props.config.ConfigValues;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("KeysConfig: random secrets per process when embedded, named refusals with PostgreSQL, never printed")
class KeysConfigTest {

  private static final String MASTER = Base64.getEncoder().encodeToString(new byte[32]);

  private static ConfigValues section(String... kv) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      values.put(kv[i], kv[i + 1]);
    }
    return new ConfigValues(values, "keys");
  }

  @Test
  @DisplayName("embedded mode generates a 32-byte pepper and master key, and says which")
  void embeddedGenerates() {
    KeysConfig c = KeysConfig.from(section(), true);
    assertThat(c.pepper()).hasSize(32);
    assertThat(c.masterKey()).hasSize(32);
    assertThat(c.generated()).isEqualTo("pepper, master_key");
    assertThat(c.missing()).isNull();
    assertThat(c.previousBox()).isNull();
    assertThat(KeysConfig.from(section(), true).masterKey()).isNotEqualTo(c.masterKey());
  }

  @Test
  @DisplayName("with PostgreSQL nothing is generated and missing() names the variables")
  void postgresNamesWhatIsMissing() {
    assertThat(KeysConfig.from(section(), false).missing()).contains("BB_KEYS_PEPPER").contains("BB_KEYS_MASTER_KEY");
    KeysConfig onlyPepper = KeysConfig.from(section("pepper", "a-pepper-of-enough-bytes"), false);
    assertThat(onlyPepper.missing()).contains("BB_KEYS_MASTER_KEY").doesNotContain("BB_KEYS_PEPPER");
    KeysConfig both = KeysConfig.from(section("pepper", "a-pepper-of-enough-bytes", "master_key", MASTER,
        "master_key_previous", MASTER), false);
    assertThat(both.missing()).isNull();
    assertThat(both.generated()).isEmpty();
    assertThat(both.previousBox().version()).isEqualTo(both.currentBox().version());
  }

  @Test
  @DisplayName("a short pepper or a master key that is not 32 bytes of base64 fails naming the key, not the value")
  void badValues() {
    assertThatThrownBy(() -> KeysConfig.from(section("pepper", "short"), false)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("keys.pepper").hasMessageNotContaining("short");
    assertThatThrownBy(() -> KeysConfig.from(section("master_key", "c2hvcnQ="), true))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BB_KEYS_MASTER_KEY").hasMessageNotContaining("c2hvcnQ=");
  }

  @Test
  @DisplayName("toString shows whether each secret is set, never its bytes")
  void toStringHidesSecrets() {
    KeysConfig c = KeysConfig.from(section("pepper", "a-pepper-of-enough-bytes", "master_key", MASTER), false);
    assertThat(c.toString()).contains("pepper=set").contains("master_key_previous=unset").doesNotContain("a-pepper");
  }
}
