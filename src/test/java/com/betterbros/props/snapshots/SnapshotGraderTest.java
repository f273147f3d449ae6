package com.betterbros.props.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.history.core.BoxScore;
import com.betterbros.props.history.core.BoxStat;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.snapshots.core.GradedLeg;
import com.betterbros.props.snapshots.core.Outcome;
import com.betterbros.props.snapshots.core.SnapshotItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Settling snapshot legs against the history: by game or by date, void, pending")
class SnapshotGraderTest {

  static final LocalDate DAY = LocalDate.of(2024, 11, 15);
  static final Instant TIP = Instant.parse("2024-11-16T03:00:00Z");   // 22:00 US/Eastern on the 15th

  static SnapshotItem item(String prop, String player, String game, String stat, double line) {
    return new SnapshotItem(prop, "prizepicks", player, player, "MIN", "SAC", game, stat, line, TIP, "standard", 0.6,
        0.4, "over", 0.5774, 0.0226, line, null);
  }

  static Game game(String id, String status) {
    return new Game(id, "NBA", DAY, TIP, "SAC", "MIN", null, null, null, null, null, status);
  }

  static PlayerGameStat box(String player, String gameId, BoxScore box) {
    return new PlayerGameStat(player, gameId, null, null, DAY, null, null, box);
  }

  @Test
  @DisplayName("a box score by game id or, without one, by the game's Eastern date settles; a stat on the line pushes")
  void settles() {
    List<SnapshotItem> items = List.of(item("p1", "ant", "g1", "points", 25.5), item("p2", "rudy", "g1", "rebounds", 11.0),
        item("p3", "nas", "g-unknown", "assists", 2.5));
    List<GradedLeg> legs = SnapshotGrader.settle(items, List.of(game("g1", Game.SCHEDULED)),
        List.of(box("ant", "g1", BoxScore.of(36, 31, 5, 6, 3, 1, 0, 2)), box("rudy", null, BoxScore.of(30, 8, 11, 1, 0, 0, 2, 1)),
            box("nas", null, BoxScore.of(20, 4, 2, 1, 0, 0, 0, 1))),
        List.of(new Player("ant", "Anthony Edwards", "MIN", "G"), new Player("rudy", "Rudy Gobert", "MIN", "C"),
            new Player("nas", "Naz Reid", "MIN", "F")));
    assertThat(legs).containsExactly(new GradedLeg("p1", Outcome.OVER, 31.0), new GradedLeg("p2", Outcome.PUSH, 11.0),
        new GradedLeg("p3", Outcome.UNDER, 1.0));
  }

  @Test
  @DisplayName("a final game without the player's box score is void; an unknown player, a game to come or a missing column is pending")
  void voidAndPending() {
    BoxScore noThrees = BoxScore.builder().set(BoxStat.PTS, 10).set(BoxStat.MIN, 20).build();
    List<SnapshotItem> items = List.of(item("p1", "ant", "g1", "points", 25.5), item("p2", "ghost", "g1", "points", 5.5),
        item("p3", "rudy", "g2", "points", 10.5), item("p4", "nas", "g1", "threes", 1.5));
    List<GradedLeg> legs = SnapshotGrader.settle(items, List.of(game("g1", Game.FINAL), game("g2", Game.SCHEDULED)),
        List.of(box("nas", "g1", noThrees)),
        List.of(new Player("ant", "Anthony Edwards", "MIN", "G"), new Player("rudy", "Rudy Gobert", "MIN", "C"),
            new Player("nas", "Naz Reid", "MIN", "F")));
    assertThat(legs).extracting(GradedLeg::outcome)
        .containsExactly(Outcome.VOID, Outcome.PENDING, Outcome.PENDING, Outcome.PENDING);
  }
}
