package com.betterbros.props.snapshots;

import com.betterbros.props.history.api.HistoryReader;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerBoxes;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.history.core.StatFormulas;
import com.betterbros.props.identity.GameIds;
import com.betterbros.props.snapshots.core.GradedLeg;
import com.betterbros.props.snapshots.core.Outcome;
import com.betterbros.props.snapshots.core.SnapshotItem;
import io.vertx.core.Future;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settles a snapshot's legs against the history: the player's box score of the leg's game (by game
 * id, or by the game's US/Eastern date where a source such as a game-log file gave no game) gives
 * over, under or push, the stat graded by {@link StatFormulas}; a final game without the player's
 * box score, for a player the history knows, is void (he did not play); anything else — no box
 * score yet and the game not final, the player unknown to the history, the stat's columns not in
 * the box score — stays pending.
 */
final class SnapshotGrader {

  private final HistoryReader history;

  SnapshotGrader(HistoryReader history) {
    this.history = history;
  }

  /** The outcome of every item, in the items' order. */
  Future<List<GradedLeg>> grade(List<SnapshotItem> items) {
    if (items.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    LocalDate from = LocalDate.MAX;
    LocalDate to = LocalDate.MIN;
    for (SnapshotItem i : items) {
      Instant start = i.startTime() == null ? Instant.now() : i.startTime();
      LocalDate d = start.atZone(ZoneOffset.UTC).toLocalDate();
      from = d.isBefore(from) ? d : from;
      to = d.isAfter(to) ? d : to;
    }
    // a game's date is US/Eastern: one day either side of the UTC start covers it
    Future<List<Game>> games = history.games(null, from.minusDays(1), to.plusDays(1));
    Future<List<PlayerGameStat>> stats = history.stats(from.minusDays(1), to.plusDays(1));
    Future<List<Player>> players = history.players();
    return Future.all(games, stats, players).map(all -> settle(items, games.result(), stats.result(),
        players.result()));
  }

  static List<GradedLeg> settle(List<SnapshotItem> items, List<Game> games, List<PlayerGameStat> stats,
      List<Player> players) {
    Map<String, Game> byId = new HashMap<>();
    games.forEach(g -> byId.put(g.id(), g));
    PlayerBoxes boxes = PlayerBoxes.of(stats);
    Set<String> known = new HashSet<>();
    players.forEach(p -> known.add(p.id()));
    List<GradedLeg> legs = new ArrayList<>(items.size());
    for (SnapshotItem i : items) {
      Game game = byId.get(i.gameId());
      LocalDate date = game != null ? game.date() : i.startTime() == null ? null : GameIds.easternDate(i.startTime());
      PlayerGameStat box = boxes.find(i.playerId(), i.gameId(), date);
      if (box == null) {
        boolean didNotPlay = game != null && game.isFinal() && known.contains(i.playerId());
        legs.add(new GradedLeg(i.propId(), didNotPlay ? Outcome.VOID : Outcome.PENDING, null));
        continue;
      }
      double value = StatFormulas.STAT_TYPES.contains(i.statType()) ? StatFormulas.value(box.box(), i.statType())
          : Double.NaN;
      legs.add(Double.isNaN(value) ? new GradedLeg(i.propId(), Outcome.PENDING, null)
          : new GradedLeg(i.propId(), Outcome.of(value, i.line()), value));
    }
    return legs;
  }
}
