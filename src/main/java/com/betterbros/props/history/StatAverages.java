package com.betterbros.props.history;

import com.betterbros.props.history.core.PlayerGameStat;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** Per-game means of stat columns over a set of box scores (rounded to 0.01). */
final class StatAverages {

  static final List<String> COLUMNS = List.of("minutes", "points", "rebounds", "assists", "threes",
      "steals", "blocks", "turnovers", "pts_rebs_asts", "pts_rebs", "pts_asts", "rebs_asts", "blks_stls",
      "threes_attempted", "fg_attempted", "free_throws_made", "offensive_rebounds", "defensive_rebounds",
      "fantasy_score");

  private StatAverages() {}

  /**
   * {games, <stat>: mean...}: each mean over the games where the stat is known (a source without
   * the column does not count as 0); null when it is known in none.
   */
  static JsonObject of(List<PlayerGameStat> games, List<String> stats) {
    JsonObject out = new JsonObject().put("games", games.size());
    for (String stat : stats) {
      double sum = 0;
      int n = 0;
      for (PlayerGameStat g : games) {
        double v = g.value(stat);
        if (!Double.isNaN(v)) {
          sum += v;
          n++;
        }
      }
      if (n == 0) {
        out.putNull(stat);
      } else {
        out.put(stat, Math.round(sum / n * 100.0) / 100.0);
      }
    }
    return out;
  }

  /** One box score restricted to the identifying fields and the chosen stat columns. */
  static JsonObject row(PlayerGameStat g, List<String> stats) {
    JsonObject row = new JsonObject()
        .put("game_id", g.gameId())
        .put("date", g.date().toString())
        .put("team", g.teamId())
        .put("opponent", g.opponentId())
        .put("home", g.home())
        .put("rest_days", g.restDays());
    for (String stat : stats) {
      row.put(stat, HistoryJson.number(g.value(stat)));
    }
    return row;
  }
}
