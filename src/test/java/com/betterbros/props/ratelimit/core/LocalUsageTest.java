package com.betterbros.props.ratelimit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LocalUsage counts requests per user, UTC day and group, within its bound")
class LocalUsageTest {

  @Test
  @DisplayName("counts by group per user and day; UsageToday sums them")
  void counts() {
    LocalUsage usage = new LocalUsage(100);
    for (int i = 0; i < 3; i++) {
      usage.add("alice", "2026-12-06", "default");
    }
    usage.add("alice", "2026-12-06", "heavy");
    usage.add("alice", "2026-12-05", "default");
    usage.add("bob", "2026-12-06", "default");
    assertThat(usage.of("alice", "2026-12-06")).isEqualTo(Map.of("default", 3L, "heavy", 1L));
    assertThat(usage.of("alice", "2026-12-07")).isEmpty();
    UsageToday today = new UsageToday("2026-12-06", usage.of("alice", "2026-12-06"), "local");
    assertThat(today.requests()).isEqualTo(4);
    assertThat(today.byGroup().keySet()).containsExactly("default", "heavy");
  }

  @Test
  @DisplayName("past the bound the least recently used (user, day) is dropped")
  void bounded() {
    LocalUsage usage = new LocalUsage(2);
    usage.add("a", "d", "default");
    usage.add("b", "d", "default");
    usage.add("a", "d", "default");
    usage.add("c", "d", "default");
    assertThat(usage.of("b", "d")).isEmpty();
    assertThat(usage.of("a", "d")).containsEntry("default", 2L);
    assertThat(usage.of("c", "d")).containsEntry("default", 1L);
  }
}
