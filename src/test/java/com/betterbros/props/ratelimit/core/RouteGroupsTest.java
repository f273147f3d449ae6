package com.betterbros.props.ratelimit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The route-group table: METHOD /prefix rows, longest prefix wins, default otherwise")
class RouteGroupsTest {

  private final RouteGroups table = RouteGroups.parse(new LinkedHashMap<>(Map.of(
      "heavy", "POST /optimize, POST /eval/backtests, GET /export/",
      "reads", "* /props")));

  @Test
  @DisplayName("method and prefix select the group; a prefix matches whole path segments only")
  void groups() {
    assertThat(table.groupOf("POST", "/optimize/slips")).isEqualTo("heavy");
    assertThat(table.groupOf("POST", "/optimize")).isEqualTo("heavy");
    assertThat(table.groupOf("GET", "/optimize/payouts")).isEqualTo("default");
    assertThat(table.groupOf("POST", "/optimizer")).isEqualTo("default");
    assertThat(table.groupOf("GET", "/eval/backtests/1")).isEqualTo("default");
    assertThat(table.groupOf("GET", "/export/props")).isEqualTo("heavy");
    assertThat(table.groupOf("DELETE", "/props/7")).isEqualTo("reads");
    assertThat(table.groupOf("GET", "/history/teams")).isEqualTo(RouteGroups.DEFAULT);
  }

  @Test
  @DisplayName("the longest matching prefix wins over an earlier, shorter one")
  void longestPrefix() {
    RouteGroups t = RouteGroups.parse(new LinkedHashMap<>(Map.of("a", "* /props", "b", "POST /props/import")));
    assertThat(t.groupOf("POST", "/props/import")).isEqualTo("b");
    assertThat(t.groupOf("POST", "/props/refresh")).isEqualTo("a");
  }

  @Test
  @DisplayName("an entry that is not METHOD /prefix is refused, naming it")
  void badEntry() {
    assertThatThrownBy(() -> RouteGroups.parse(Map.of("heavy", "POST optimize")))
        .hasMessageContaining("'POST optimize'");
  }
}
