package com.betterbros.props.props;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.history.core.BoxScore;
import com.betterbros.props.history.core.BoxStat;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The settlement rules on hand-made box scores: every outcome and every reason to stay unsettled. */
@DisplayName("Settling props from box scores: over, under, push, void, and what stays closed")
class SettlementTest {

  static final LocalDate DAY = LocalDate.of(2024, 11, 15);
  static final Instant TIP = Instant.parse("2024-11-16T03:00:00Z");   // 22:00 US/Eastern on the 15th
  static final Instant AT = Instant.parse("2024-11-16T12:00:00Z");
  static final Set<String> KNOWN = Set.of("ant", "rudy", "nas", "mike");

  static Prop prop(String id, String player, String game, String stat, double line, Instant start) {
    return new Prop(id, "prizepicks", "NBA", id, player, player, "MIN", "SAC", game, stat, line, start, "open", null,
        TIP);
  }

  static Game game(String id, String status) {
    return new Game(id, "NBA", DAY, TIP, "SAC", "MIN", null, null, null, null, null, status);
  }

  static PlayerGameStat box(String player, String gameId, BoxScore box) {
    return new PlayerGameStat(player, gameId, null, null, DAY, null, null, box);
  }

  @Test
  @DisplayName("by game id, or by the Eastern date without one: over, under and push carry the actual stat")
  void decided() {
    List<Prop> props = List.of(prop("p1", "ant", "g1", "points", 25.5, TIP),
        prop("p2", "rudy", "g1", "rebounds", 11.0, TIP), prop("p3", "nas", "g-elsewhere", "assists", 2.5, TIP));
    Map<String, PropOutcome> out = Settlement.settle(props, List.of(game("g1", Game.SCHEDULED)),
        List.of(box("ant", "g1", BoxScore.of(36, 31, 5, 6, 3, 1, 0, 2)), box("rudy", null, BoxScore.of(30, 8, 11, 1, 0,
            0, 2, 1)), box("nas", null, BoxScore.of(20, 4, 2, 1, 0, 0, 0, 1))), KNOWN, AT);
    assertThat(out).containsExactly(Map.entry("p1", new PropOutcome("over", 31.0, AT)),
        Map.entry("p2", new PropOutcome("push", 11.0, AT)), Map.entry("p3", new PropOutcome("under", 1.0, AT)));
  }

  @Test
  @DisplayName("void when the game is final without the known player's box score; the rest stays unsettled")
  void voidAndUnsettled() {
    BoxScore noThrees = BoxScore.builder().set(BoxStat.PTS, 10).set(BoxStat.MIN, 20).build();
    List<Prop> props = List.of(
        prop("void", "ant", "g1", "points", 25.5, TIP),
        prop("unknown-player", "ghost", "g1", "points", 5.5, TIP),
        prop("game-to-come", "rudy", "g2", "points", 10.5, TIP),
        prop("missing-column", "nas", "g1", "threes", 1.5, TIP),
        prop("unsupported-stat", "nas", "g1", "fantasy_score", 30.5, TIP),
        prop("not-started", "mike", "g1", "points", 12.5, AT.plusSeconds(1)));
    Map<String, PropOutcome> out = Settlement.settle(props, List.of(game("g1", Game.FINAL), game("g2", Game.SCHEDULED)),
        List.of(box("nas", "g1", noThrees), box("mike", "g1", BoxScore.of(30, 20, 5, 5, 1, 1, 1, 1))), KNOWN, AT);
    assertThat(out).containsExactly(Map.entry("void", PropOutcome.voided(AT)));
  }
}
