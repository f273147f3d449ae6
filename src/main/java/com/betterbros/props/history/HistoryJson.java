package com.betterbros.props.history;

import com.betterbros.props.history.core.BoxStat;
import com.betterbros.props.history.core.PlayerGameStat;
import io.vertx.core.json.JsonObject;

/** The JSON forms of history records (snake_case; an unknown value is null, never 0). */
final class HistoryJson {

  private HistoryJson() {}

  /** A box score with every column. */
  static JsonObject stat(PlayerGameStat s) {
    JsonObject out = new JsonObject()
        .put("player_id", s.playerId())
        .put("game_id", s.gameId())
        .put("team", s.teamId())
        .put("opponent", s.opponentId())
        .put("date", s.date().toString())
        .put("home", s.home())
        .put("rest_days", s.restDays());
    for (BoxStat stat : BoxStat.values()) {
      out.put(stat.column(), number(s.box().get(stat)));
    }
    return out;
  }

  /** A number for JSON: null for NaN, a whole number as a long. */
  static Object number(double v) {
    if (Double.isNaN(v)) {
      return null;
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v;
  }
}
