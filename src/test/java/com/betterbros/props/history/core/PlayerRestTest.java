package com.betterbros.props.history.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A player's rest days, derived from his own games where the source recorded none")
class PlayerRestTest {

  private static PlayerGameStat row(LocalDate date, Integer rest) {
    return new PlayerGameStat("p", null, null, null, date, null, rest, BoxScore.of(30, 20, 5, 5, 2, 1, 1, 2));
  }

  @Test
  @DisplayName("days since his previous box score (0 = back to back), in date order; first game and after an off-season unknown; recorded values kept")
  void derived() {
    LocalDate d = LocalDate.of(2024, 10, 22);
    List<PlayerGameStat> out = PlayerRest.fill(List.of(
        row(d.plusDays(3), null),            // 2 days after the first: rest 2
        row(d, null),                        // his first: unknown
        row(d.plusDays(4), null),            // back to back: 0
        row(d.plusDays(10), 1),              // recorded (a team's rest): kept
        row(d.plusDays(10 + 91), null),      // 91 days later: an off-season, unknown
        row(d.plusDays(10 + 93), null)));    // then 1 day off
    assertThat(out).extracting(PlayerGameStat::date).isSorted();
    assertThat(out).extracting(PlayerGameStat::restDays).containsExactly(null, 2, 0, 1, null, 1);
  }
}
