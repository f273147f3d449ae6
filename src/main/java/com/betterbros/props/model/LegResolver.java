package com.betterbros.props.model;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.history.Game;
import com.betterbros.props.history.Player;
import com.betterbros.props.props.Prop;
import com.betterbros.props.props.PropRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a predict request into legs with features: prop ids are looked up in the snapshot (then
 * in the store, for props imported since); explicit legs need a known player and game.
 */
final class LegResolver {

  private LegResolver() {}

  static Future<List<ModelServiceImpl.Leg>> resolve(PredictionRequest request, SnapshotCache.Snapshot snap,
      PropRepository repository) {
    if (!request.legs().isEmpty()) {
      try {
        return Future.succeededFuture(explicitLegs(request, snap));
      } catch (RuntimeException e) {
        return Future.failedFuture(e);
      }
    }
    List<Future<Prop>> lookups = new ArrayList<>();
    for (String id : request.propIds()) {
      Prop known = snap.props().get(id);
      lookups.add(known != null ? Future.succeededFuture(known) : repository.findById(id));
    }
    return Future.all(lookups).compose(all -> {
      List<ModelServiceImpl.Leg> legs = new ArrayList<>(lookups.size());
      for (int i = 0; i < lookups.size(); i++) {
        Prop prop = lookups.get(i).result();
        if (prop == null) {
          return Future.failedFuture(Failures.notFound("no prop with id '" + request.propIds().get(i) + "'"));
        }
        requireSupported(prop.sport(), prop.statType(), "prop_ids");
        Game game = snap.games().get(prop.gameId());
        if (game == null) {
          return Future.failedFuture(Failures.unprocessable("prop_ids",
              "prop '" + prop.id() + "' is for game '" + prop.gameId() + "', which has no history to predict from"));
        }
        legs.add(ModelServiceImpl.Leg.of(prop, game, snap.index()));
      }
      return Future.succeededFuture(legs);
    });
  }

  private static List<ModelServiceImpl.Leg> explicitLegs(PredictionRequest request, SnapshotCache.Snapshot snap) {
    List<ModelServiceImpl.Leg> legs = new ArrayList<>(request.legs().size());
    for (JsonObject leg : request.legs()) {
      String statType = leg.getString("stat_type");
      Player player = snap.players().get(leg.getString("player_id"));
      if (player == null) {
        throw Failures.notFound("no player with id '" + leg.getString("player_id") + "'");
      }
      Game game = snap.games().get(leg.getString("game_id"));
      if (game == null) {
        throw Failures.notFound("no game with id '" + leg.getString("game_id") + "'");
      }
      requireSupported(game.sport(), statType, "props");
      if (!game.homeTeam().equals(player.teamId()) && !game.awayTeam().equals(player.teamId())) {
        throw Failures.unprocessable("props", "player '" + player.id() + "' (" + player.teamId()
            + ") does not play in game '" + game.id() + "'");
      }
      legs.add(ModelServiceImpl.Leg.of(player, game, statType, leg.getDouble("line"),
          leg.getString("platform", "prizepicks"), snap.index()));
    }
    return legs;
  }

  private static void requireSupported(String sport, String statType, String field) {
    if (!SupportedStats.SPORTS.contains(sport)) {
      throw Failures.unprocessable(field, "sport " + sport + " is not supported by the models (supported: "
          + SupportedStats.SPORTS + ")");
    }
    if (!SupportedStats.STAT_TYPES.contains(statType)) {
      throw Failures.unprocessable(field, "stat type " + statType + " is not supported by the models (supported: "
          + SupportedStats.STAT_TYPES + ")");
    }
  }
}
