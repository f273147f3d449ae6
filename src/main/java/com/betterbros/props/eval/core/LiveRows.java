package com.betterbros.props.eval.core;

import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.PlayerBoxes;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.identity.GameIds;
import com.betterbros.props.props.core.LinePoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Attaches outcomes and closes to served predictions. A prediction's game date is its game's, or
 * the US/Eastern date of its start when the history does not know the game. Its stat is the
 * player's box score of the game (by game id, else of that date); without one it is void when the
 * game is final, pending otherwise; a box score lacking the stat leaves it pending. Its close is
 * the last line of the prop's history observed at or before the start (the last one when the start
 * is unknown).
 */
public final class LiveRows {

  private LiveRows() {}

  public static List<LiveReport.Row> of(List<ServedPrediction> served, List<Game> games, List<PlayerGameStat> stats,
      Map<String, List<LinePoint>> lines, LocalDate from, LocalDate to) {
    Map<String, Game> byId = new HashMap<>();
    games.forEach(g -> byId.put(g.id(), g));
    PlayerBoxes boxes = PlayerBoxes.of(stats);
    List<LiveReport.Row> rows = new ArrayList<>();
    for (ServedPrediction s : served) {
      Game game = s.gameId() == null ? null : byId.get(s.gameId());
      LocalDate date = game != null ? game.date() : s.startTime() == null ? null : GameIds.easternDate(s.startTime());
      if (date == null || date.isBefore(from) || date.isAfter(to)) {
        continue;
      }
      PlayerGameStat box = boxes.find(s.playerId(), s.gameId(), date);
      boolean settled;
      Double stat = null;
      if (box != null) {
        double v = box.value(s.statType());
        settled = !Double.isNaN(v);
        stat = settled ? v : null;
      } else {
        settled = game != null && game.isFinal();
      }
      rows.add(new LiveReport.Row(s, date, settled, stat, close(lines.get(s.propId()), s)));
    }
    return rows;
  }

  private static Double close(List<LinePoint> points, ServedPrediction s) {
    Double close = null;
    if (points != null) {
      for (LinePoint p : points) {
        if (s.startTime() == null || !p.observedAt().isAfter(s.startTime())) {
          close = p.line();
        }
      }
    }
    return close;
  }
}
