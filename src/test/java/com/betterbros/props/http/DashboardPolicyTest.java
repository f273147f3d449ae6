package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The dashboard's Content-Security-Policy: only the service, its own WebSocket origin, nothing a Host header could smuggle in. */
@DisplayName("Dashboard CSP: self only, ws/wss of the request's own host, an odd Host header adds nothing")
class DashboardPolicyTest {

  @Test
  @DisplayName("a plain host and port, a name, and an IPv6 literal become ws:// and wss:// sources")
  void ownHost() {
    assertThat(Dashboard.policy("127.0.0.1:8080")).contains("connect-src 'self' ws://127.0.0.1:8080 wss://127.0.0.1:8080;");
    assertThat(Dashboard.policy("props.example.com")).contains("connect-src 'self' ws://props.example.com wss://props.example.com;");
    assertThat(Dashboard.policy("[::1]:8080")).contains("ws://[::1]:8080 wss://[::1]:8080;");
  }

  @Test
  @DisplayName("a missing or malformed Host header leaves connect-src at 'self'")
  void oddHost() {
    for (String host : new String[] {null, "", "a b", "evil.example; script-src *", "x:8080/path", "*"}) {
      assertThat(Dashboard.policy(host)).as(String.valueOf(host)).contains("connect-src 'self';").doesNotContain("ws://");
    }
  }

  @Test
  @DisplayName("scripts and styles from the service only: no inline, no eval, no other origin")
  void strict() {
    String policy = Dashboard.policy("127.0.0.1:8080");
    assertThat(policy).startsWith("default-src 'self';").contains("script-src 'self';", "style-src 'self';",
        "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'");
    assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
  }
}
