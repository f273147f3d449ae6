package com.betterbros.props.model;

import com.betterbros.props.features.core.HistorySnapshot;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.model.core.SupportedStats;
import com.betterbros.props.props.api.PropReader;
import com.betterbros.props.props.core.Prop;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a predict request into legs with features, item by item: prop ids are read from the props
 * store in one batch, their games and players found in the node's history snapshot; explicit legs
 * need a known player and game. An item that cannot be priced becomes an error of its own ({@link Outcome#error}), so one
 * bad item never fails a batch: an unknown prop, player or game ({@code not_found}), a sport or
 * stat type the models do not predict ({@code unsupported_stat_type}), a prop whose player or game
 * the history does not know ({@code no_history}).
 */
final class LegResolver {

  /** One item: its leg, or the error that stops it. */
  record Outcome(ModelServiceImpl.Leg leg, JsonObject error) {

    static Outcome error(String propId, String error, int status, String message) {
      return new Outcome(null, new JsonObject().put("prop_id", propId).put("error", error).put("status", status)
          .put("message", message));
    }

    /** An explicit leg's error names the leg as "player|game|stat". */
    Outcome withLabel(String label) {
      error.put("leg", label);
      return this;
    }
  }

  private LegResolver() {}

  static Future<List<Outcome>> resolve(PredictionRequest request, HistorySnapshot snap,
      PropReader repository) {
    if (!request.legs().isEmpty()) {
      return Future.succeededFuture(request.legs().stream().map(leg -> explicit(leg, snap)).toList());
    }
    // One read of the props store for the whole batch, however many ids.
    return repository.findByIds(request.propIds()).map(found -> {
      List<Outcome> out = new ArrayList<>(request.propIds().size());
      for (String id : request.propIds()) {
        out.add(ofProp(id, found.get(id), snap));
      }
      return out;
    });
  }

  private static Outcome ofProp(String id, Prop prop, HistorySnapshot snap) {
    if (prop == null) {
      return Outcome.error(id, "not_found", 404, "no prop with id '" + id + "'");
    }
    String unsupported = unsupported(prop.sport(), prop.statType());
    if (unsupported != null) {
      return Outcome.error(id, "unsupported_stat_type", 422, unsupported);
    }
    Game game = snap.gamesById().get(prop.gameId());
    if (game == null || prop.team() == null || !game.involves(prop.team())) {
      return Outcome.error(id, "no_history", 422, "prop '" + id + "' is for game '" + prop.gameId()
          + "', which the history does not know (import the day's schedule or box scores)");
    }
    if (!snap.playersById().containsKey(prop.playerId())) {
      return Outcome.error(id, "no_history", 422, "no history player matches " + prop.playerName() + " ("
          + prop.platform() + "); see GET /history/identities/unmatched");
    }
    return new Outcome(ModelServiceImpl.Leg.of(prop, game, snap.index()), null);
  }

  private static Outcome explicit(JsonObject leg, HistorySnapshot snap) {
    String statType = leg.getString("stat_type");
    Player player = snap.playersById().get(leg.getString("player_id"));
    String label = leg.getString("player_id") + "|" + leg.getString("game_id") + "|" + statType;
    if (player == null) {
      return Outcome.error(null, "not_found", 404, "no player with id '" + leg.getString("player_id") + "'")
          .withLabel(label);
    }
    Game game = snap.gamesById().get(leg.getString("game_id"));
    if (game == null) {
      return Outcome.error(null, "not_found", 404, "no game with id '" + leg.getString("game_id") + "'")
          .withLabel(label);
    }
    String unsupported = unsupported(game.sport(), statType);
    if (unsupported != null) {
      return Outcome.error(null, "unsupported_stat_type", 422, unsupported).withLabel(label);
    }
    String team = leg.getString("team", player.teamId());
    if (team == null || !game.involves(team)) {
      return Outcome.error(null, "not_in_game", 422, "player '" + player.id() + "' (" + team
          + ") does not play in game '" + game.id() + "'").withLabel(label);
    }
    return new Outcome(ModelServiceImpl.Leg.of(player, team, game, statType, leg.getDouble("line"),
        leg.getString("platform", "prizepicks"), snap.index()), null);
  }

  /** Why the models cannot price this sport and stat type, or null. */
  static String unsupported(String sport, String statType) {
    if (!SupportedStats.SPORTS.contains(sport)) {
      return "sport " + sport + " is not supported by the models (supported: " + SupportedStats.SPORTS + ")";
    }
    if (!SupportedStats.STAT_TYPES.contains(statType)) {
      return "stat type " + statType + " is not supported by the models (supported: "
          + SupportedStats.STAT_TYPES.stream().sorted().toList() + ")";
    }
    return null;
  }
}
