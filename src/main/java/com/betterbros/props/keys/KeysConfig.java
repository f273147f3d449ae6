package com.betterbros.props.keys;

import com.betterbros.props.config.ConfigException;
import com.betterbros.props.config.ConfigValues;
import com.betterbros.props.keys.core.SecretBox;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * The keys domain's settings ({@code keys} in application.yaml): the pepper of access-key hashes
 * ({@code pepper}, BB_KEYS_PEPPER, at least 16 bytes), the 32-byte base64 master key of provider
 * credentials ({@code master_key}, BB_KEYS_MASTER_KEY) and the one it replaces during a rotation
 * ({@code master_key_previous}, BB_KEYS_MASTER_KEY_PREVIOUS). In embedded mode a missing pepper or
 * master key is generated at random for this process ({@link #generated()} names which); with
 * PostgreSQL a node running the keys role refuses to start without them ({@link #missing()}).
 * Never printed.
 */
public record KeysConfig(byte[] pepper, byte[] masterKey, byte[] previousMasterKey, String generated) {

  /**
   * Reads the section. {@code embedded}: memory store, where a missing pepper or master key is
   * generated at random for this process; with PostgreSQL a missing one stays null and
   * {@link #missing()} names it ({@code KeysVerticle} then refuses to start).
   */
  public static KeysConfig from(ConfigValues v, boolean embedded) {
    SecureRandom random = new SecureRandom();
    StringBuilder generated = new StringBuilder();
    String pepperText = v.optional("pepper");
    byte[] pepper = pepperText == null ? null : pepperText.getBytes(StandardCharsets.UTF_8);
    if (pepper != null && pepper.length < 16) {
      throw new ConfigException(v.key("pepper"), "must be at least 16 bytes");
    }
    if (pepper == null && embedded) {
      pepper = new byte[32];
      random.nextBytes(pepper);
      generated.append("pepper");
    }
    byte[] master = key(v, "master_key");
    if (master == null && embedded) {
      master = new byte[32];
      random.nextBytes(master);
      generated.append(generated.isEmpty() ? "" : ", ").append("master_key");
    }
    return new KeysConfig(pepper, master, key(v, "master_key_previous"), generated.toString());
  }

  /**
   * Null when both secrets are set; else why the keys role cannot start, naming the variables
   * (only possible with PostgreSQL: embedded mode generates them).
   */
  public String missing() {
    if (pepper != null && masterKey != null) {
      return null;
    }
    return "the keys role needs " + (pepper == null ? "BB_KEYS_PEPPER (keys.pepper: a random secret of at least 16"
        + " bytes)" + (masterKey == null ? " and " : "") : "")
        + (masterKey == null ? "BB_KEYS_MASTER_KEY (keys.master_key: 32 bytes in base64, openssl rand -base64 32)" : "")
        + " with store.kind=postgres; refusing to start";
  }

  /** A box for the current master key. */
  public SecretBox currentBox() {
    return new SecretBox(masterKey, new SecureRandom());
  }

  /** A box for the previous master key, or null when none is configured. */
  public SecretBox previousBox() {
    return previousMasterKey == null ? null : new SecretBox(previousMasterKey, new SecureRandom());
  }

  /** Never the values. */
  @Override
  public String toString() {
    return "KeysConfig[pepper=" + (pepper == null ? "unset" : "set") + ", master_key="
        + (masterKey == null ? "unset" : "set") + ", master_key_previous="
        + (previousMasterKey == null ? "unset" : "set") + ", generated=" + generated + "]";
  }

  private static byte[] key(ConfigValues v, String name) {
    String text = v.optional(name);
    if (text == null) {
      return null;
    }
    try {
      return SecretBox.masterKey(text, v.key(name));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(v.key(name), "must be 32 bytes in base64 (" + e.getMessage() + ")");
    }
  }
}
