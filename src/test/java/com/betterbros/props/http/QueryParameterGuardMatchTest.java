package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("QueryParameterGuard.match finds every openapi.yaml operation, by the literal map or the templates")
class QueryParameterGuardMatchTest {

  private final QueryParameterGuard guard = QueryParameterGuard.fromSpec(
      new String(ApiDocs.read("openapi.yaml"), StandardCharsets.UTF_8));

  @Test
  @DisplayName("each operation's own path (variables filled in) matches that operation and no other")
  void everyOperationMatchesItself() {
    assertThat(guard.operations()).hasSizeGreaterThan(50);
    for (QueryParameterGuard.Operation op : guard.operations()) {
      String path = op.template().replaceAll("\\{[^}]+}", "abc-123");
      assertThat(guard.match(op.method(), path)).as(op.method() + " " + path).isSameAs(op);
    }
  }

  @Test
  @DisplayName("RequestLog's fresh ids are version-4 UUIDs, all different")
  void freshRequestIds() {
    Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      java.util.UUID id = java.util.UUID.fromString(RequestLog.freshId());
      assertThat(id.version()).isEqualTo(4);
      assertThat(id.variant()).isEqualTo(2);
      ids.add(id.toString());
    }
    assertThat(ids).hasSize(10_000);
  }

  @Test
  @DisplayName("a literal segment beats a variable one, and unknown paths or methods match nothing")
  void specificsAndMisses() {
    QueryParameterGuard small = new QueryParameterGuard(java.util.List.of(
        QueryParameterGuard.operation(HttpMethod.GET, "/snapshots/{id}", Set.of()),
        QueryParameterGuard.operation(HttpMethod.GET, "/snapshots/compare", Set.of("a", "b"))));
    assertThat(small.match(HttpMethod.GET, "/snapshots/compare").template()).isEqualTo("/snapshots/compare");
    assertThat(small.match(HttpMethod.GET, "/snapshots/s-1").template()).isEqualTo("/snapshots/{id}");
    assertThat(small.match(HttpMethod.POST, "/snapshots/compare")).isNull();
    assertThat(small.match(HttpMethod.GET, "/snapshots/compare/x")).isNull();
    assertThat(small.match(HttpMethod.GET, "/snapshots/")).isNull();
  }
}
