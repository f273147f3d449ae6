package com.betterbros.props.app;

import com.betterbros.props.config.ConfigException;
import com.betterbros.props.config.ConfigValues;
import java.util.List;

/**
 * Hazelcast clustering: TCP-IP join to {@code members}, this node on {@code host:port} (Hazelcast)
 * and {@code host:busPort} (the event bus; 0 = any free port); with {@code tls}, the event bus
 * between members speaks TLS with client certificates required.
 */
public record ClusterConfig(boolean enabled, List<String> members, String host, int port, int busPort,
    BusTls tls) {

  /** A cluster without event-bus TLS, its event bus on any free port (tests and single-host setups). */
  public ClusterConfig(boolean enabled, List<String> members, String host, int port) {
    this(enabled, members, host, port, 0, null);
  }

  /** A cluster with event-bus TLS, its event bus on any free port. */
  public ClusterConfig(boolean enabled, List<String> members, String host, int port, BusTls tls) {
    this(enabled, members, host, port, 0, tls);
  }

  /**
   * Event-bus TLS: this member's key and certificate ({@code keystore}, PKCS#12) and the
   * certificates it trusts ({@code truststore}, PKCS#12; the keystore itself when absent). Every member
   * must present a certificate the others trust (client authentication required), so a JVM without
   * one can neither send to nor receive from the members' event-bus ports.
   */
  public record BusTls(String keystore, String truststore, String password) {}

  static ClusterConfig from(ConfigValues v) {
    List<String> members = v.list("members", "127.0.0.1");
    for (String m : members) {
      if (m.contains("-") && m.matches(".*:\\d+-\\d+")) {
        throw new ConfigException(v.key("members"),
            "must list plain hosts or host:port, not port ranges (Hazelcast 5.3 rejects them): " + m);
      }
    }
    return new ClusterConfig(
        v.bool("enabled", false),
        members,
        v.string("host", "127.0.0.1"),
        v.integer("port", 5701, 1, 65535),
        v.integer("bus_port", 0, 0, 65535),
        tls(v));
  }

  // the keystore must exist and come with its password; a truststore given must exist
  private static BusTls tls(ConfigValues v) {
    String keystore = v.optional("tls_keystore");
    if (keystore == null) {
      if (v.optional("tls_truststore") != null) {
        throw new ConfigException(v.key("tls_truststore"), "is set without tls_keystore: event-bus TLS needs both");
      }
      return null;
    }
    String password = v.optional("tls_password");
    if (password == null) {
      throw new ConfigException(v.key("tls_password"), "is required with tls_keystore (the PKCS#12 password)");
    }
    String truststore = v.optional("tls_truststore") == null ? keystore : v.optional("tls_truststore");
    for (String[] file : new String[][] {{"tls_keystore", keystore}, {"tls_truststore", truststore}}) {
      if (!java.nio.file.Files.isReadable(java.nio.file.Path.of(file[1]))) {
        throw new ConfigException(v.key(file[0]), "names a file that cannot be read: " + file[1]);
      }
    }
    return new BusTls(keystore, truststore, password);
  }
}
