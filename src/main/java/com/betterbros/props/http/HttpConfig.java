package com.betterbros.props.http;

import com.betterbros.props.config.ConfigValues;
import java.time.Duration;
import java.util.List;

/**
 * The gateway's HTTP settings. {@code idleTimeout}: a connection with no traffic at all is closed
 * after it; {@code headerTimeout}: a connection that has not sent a complete request head within
 * it (after opening, or after its last response) is closed ({@link HeaderTimeout}, slowloris).
 */
public record HttpConfig(
    String host,
    int port,
    List<String> corsOrigins,
    long maxBodyBytes,
    long maxImportBytes,
    Duration shutdownGrace,
    Duration idleTimeout,
    Duration headerTimeout) {

  public static HttpConfig from(ConfigValues v) {
    return new HttpConfig(
        v.string("host", "127.0.0.1"),
        v.integer("port", 8080, 0, 65535),
        v.list("cors_origins", ""),
        v.integer("max_body_bytes", 1 << 20, 1024, Integer.MAX_VALUE),
        v.integer("max_import_bytes", 16 << 20, 1024, Integer.MAX_VALUE),
        Duration.ofMillis(v.integer("shutdown_grace_ms", 10_000, 0, 600_000)),
        Duration.ofSeconds(v.integer("idle_timeout_s", 120, 1, 86_400)),
        Duration.ofSeconds(v.integer("header_timeout_s", 10, 1, 3_600)));
  }

  public boolean loopbackOnly() {
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
  }
}
