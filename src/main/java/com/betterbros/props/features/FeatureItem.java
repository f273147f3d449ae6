package com.betterbros.props.features;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.bus.QueryParams;
import com.betterbros.props.features.core.FeatureRequest;
import com.betterbros.props.features.core.FeatureSet;
import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import io.vertx.core.json.JsonObject;
import java.util.Locale;

/**
 * One validated request item: a (player, game, stat) and an optional line. {@code field} prefixes
 * the names of bad fields in failures ("" for a single request, "items[3]." in a batch).
 */
record FeatureItem(String field, String playerId, String gameId, String statType, Double line) {

  /** Reads a single request: the player from the path, the rest from the query. */
  static FeatureItem fromQuery(String playerId, JsonObject query) {
    QueryParams q = new QueryParams(query);
    return of("", require("player_id", playerId == null ? null : playerId.trim(), ""),
        q.string("game_id"), q.string("stat_type"), query == null ? null : query.getValue("line"));
  }

  /** Reads the {@code i}-th item of a batch. */
  static FeatureItem fromBatch(Object item, int i) {
    String field = "items[" + i + "]";
    if (!(item instanceof JsonObject json)) {
      throw Failures.badRequest(field, field + " must be an object {player_id, game_id, stat_type, line?}");
    }
    QueryParams q = new QueryParams(json);
    return of(field + ".", require("player_id", q.string("player_id"), field + "."),
        q.string("game_id"), q.string("stat_type"), json.getValue("line"));
  }

  private static FeatureItem of(String field, String playerId, String gameId, String statType, Object line) {
    require("game_id", gameId, field);
    String stat = require("stat_type", statType, field).toLowerCase(Locale.ROOT);
    if (!FeatureSet.supports(stat)) {
      throw Failures.unprocessable(field + "stat_type", "unsupported stat type '" + statType
          + "'; supported: " + FeatureSet.STAT_TYPES);
    }
    return new FeatureItem(field, playerId, gameId, stat, line(line, field));
  }

  /**
   * The request for this item: 404 for an unknown player or game, 422 when the player's team
   * does not play in the game.
   */
  FeatureRequest resolve(HistoryIndex index, Double resolvedLine) {
    Player player = index.player(playerId);
    if (player == null) {
      throw Failures.notFound("no player with id '" + playerId + "'");
    }
    Game game = index.game(gameId);
    if (game == null) {
      throw Failures.notFound("no game with id '" + gameId + "'");
    }
    if (!game.homeTeam().equals(player.teamId()) && !game.awayTeam().equals(player.teamId())) {
      throw Failures.unprocessable(field + "game_id", "player " + playerId + " (" + player.teamId()
          + ") does not play in game " + gameId + " (" + game.awayTeam() + " at " + game.homeTeam() + ")");
    }
    return FeatureRequest.forGame(playerId, player.teamId(), game, statType, resolvedLine);
  }

  /** The result cache key: "feat:{feature set}:{history version}:{player}:{game}:{stat}:{line or none}". */
  static String cacheKey(String historyVersion, FeatureRequest req) {
    return "feat:" + FeatureSet.VERSION + ":" + historyVersion + ":" + req.playerId() + ":" + req.gameId() + ":"
        + req.statType()
        + ":" + (req.line() == null ? "none" : req.line().toString());
  }

  private static String require(String name, String value, String field) {
    if (value == null || value.isBlank()) {
      throw Failures.badRequest(field + name, field + name + " is required");
    }
    return value;
  }

  private static Double line(Object raw, String field) {
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      return null;
    }
    double v;
    try {
      v = raw instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(raw).trim());
    } catch (NumberFormatException e) {
      throw Failures.badRequest(field + "line", field + "line must be a number like 24.5, got '" + raw + "'");
    }
    if (!Double.isFinite(v) || v < 0) {
      throw Failures.badRequest(field + "line", field + "line must be a finite number >= 0, got " + raw);
    }
    return v;
  }
}
