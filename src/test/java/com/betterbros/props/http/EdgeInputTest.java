package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EdgeInput: the raw request target is checked before routing")
class EdgeInputTest {

  @Test
  @DisplayName("ordinary paths and queries pass, including escaped UTF-8 and '+' spaces")
  void ordinary() {
    assertThat(EdgeInput.check("/props/prizepicks:syn-1", "platform=prizepicks&limit=5")).isNull();
    assertThat(EdgeInput.check("/history/players/jos%C3%A9", "q=a+b&x=")).isNull();
    assertThat(EdgeInput.check("/props", "")).isNull();
    assertThat(EdgeInput.check("/props/a%2F..%2Fetc", null)).as("traversal is just an unknown id").isNull();
  }

  @Test
  @DisplayName("NUL, control characters, invalid UTF-8 and bad escapes in the path name the path")
  void badPath() {
    assertThat(EdgeInput.check("/props/%00abc", null)).isEqualTo(new EdgeInput.Problem("path", "the path contains a NUL byte"));
    assertThat(EdgeInput.check("/props/%C3%28", null).message()).isEqualTo("the path is not valid UTF-8");
    assertThat(EdgeInput.check("/props/\u00ff", null).message()).isEqualTo("the path is not valid UTF-8");
    assertThat(EdgeInput.check("/props/%zz", null).message()).isEqualTo("the path has a malformed percent escape");
    assertThat(EdgeInput.check("/props/%", null).field()).isEqualTo("path");
    assertThat(EdgeInput.check("/props/a%0Ab", null).message()).isEqualTo("the path contains a control character");
  }

  @Test
  @DisplayName("a bad query value names its parameter; a bad name is field query")
  void badQuery() {
    assertThat(EdgeInput.check("/props", "limit=5&platform=%00")).isEqualTo(
        new EdgeInput.Problem("platform", "query parameter platform contains a NUL byte"));
    assertThat(EdgeInput.check("/props", "platform=%C3%28").field()).isEqualTo("platform");
    assertThat(EdgeInput.check("/props", "platform=%").field()).isEqualTo("platform");
    assertThat(EdgeInput.check("/props", "%zz=1").field()).isEqualTo("query");
  }

  @Test
  @DisplayName("a JSON body with a NUL escape or byte is caught; an escaped backslash before u0000 is not")
  void nulInBody() {
    assertThat(EdgeInput.hasNul(bytes("{\"name\":\"a\\u0000b\"}"))).isTrue();
    assertThat(EdgeInput.hasNul(bytes("{\"name\":\"\\U0000\"}"))).isTrue();
    assertThat(EdgeInput.hasNul(new byte[] {'{', 0, '}'})).isTrue();
    assertThat(EdgeInput.hasNul(bytes("{\"name\":\"a\\\\u0000b\"}"))).as("escaped backslash").isFalse();
    assertThat(EdgeInput.hasNul(bytes("{\"name\":\"\\u00e9\"}"))).isFalse();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
