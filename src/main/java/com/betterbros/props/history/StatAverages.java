package com.betterbros.props.history;

import io.vertx.core.json.JsonObject;
import java.util.List;

/** Per-game means of stat columns over a set of box scores (rounded to 0.01). */
final class StatAverages {

  static final List<String> COLUMNS = List.of("minutes", "points", "rebounds", "assists", "threes",
      "steals", "blocks", "turnovers", "pts_rebs_asts", "pts_rebs", "pts_asts", "rebs_asts", "blks_stls");

  private StatAverages() {}

  /** {games, <stat>: mean...}; means are null when there are no games. */
  static JsonObject of(List<PlayerGameStat> games, List<String> stats) {
    JsonObject out = new JsonObject().put("games", games.size());
    for (String stat : stats) {
      if (games.isEmpty()) {
        out.putNull(stat);
        continue;
      }
      double sum = 0;
      for (PlayerGameStat g : games) {
        sum += g.value(stat);
      }
      out.put(stat, Math.round(sum / games.size() * 100.0) / 100.0);
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
      double v = g.value(stat);
      if (v == Math.rint(v)) {
        row.put(stat, (long) v);
      } else {
        row.put(stat, v);
      }
    }
    return row;
  }
}
