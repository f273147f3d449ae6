package com.betterbros.props.whatif;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.features.api.SnapshotSource;
import com.betterbros.props.features.core.HistorySnapshot;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.model.api.ProductionModel;
import com.betterbros.props.props.api.PropReader;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.store.Page;
import io.vertx.core.Context;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a scenario against the node's history snapshot (players, teams, games) and reads the
 * affected props (every prop of each named player's team in its scenario game, one props query per
 * team and game), then hands them to {@link ScenarioPricing}. It reads and never writes: the props,
 * predictions and history stay as stored.
 */
final class ScenarioEngine {

  /** The most props read per team and game. */
  static final int MAX_PROPS = 500;

  private final SnapshotSource snapshots;
  private final PropReader props;
  private final ProductionModel model;
  private final double shrinkage;
  private final Context worker;

  /** {@code worker}: the what-if verticle's context, whose pool prices (whatever context a read completes on). */
  ScenarioEngine(SnapshotSource snapshots, PropReader props, ProductionModel model, double shrinkage, Context worker) {
    this.worker = worker;
    this.snapshots = snapshots;
    this.props = props;
    this.model = model;
    this.shrinkage = shrinkage;
  }

  /** The scenario re-priced: {@link ScenarioPricing.Result}; 404 for an unknown player, team or game, 503 without a model. */
  Future<ScenarioPricing.Result> run(ScenarioInput in) {
    ProductionModel.Loaded loaded = model.current();
    if (loaded == null) {
      return Future.failedFuture(Failures.unavailable("no production model yet: a scenario is priced by the production"
          + " model (see /health)"));
    }
    return snapshots.get().compose(snap -> {
      Map<String, Game> games;
      ScenarioInput scenario;
      try {
        games = games(snap, in);
        scenario = in.team() == null ? in : LineupStarters.apply(in, snap, games.get(in.team()));
      } catch (RuntimeException e) {
        return Future.failedFuture(e);
      }
      Map<String, Future<Page<Prop>>> reads = new LinkedHashMap<>();
      games.forEach((team, game) -> {
        if (game != null) {
          reads.put(team, props.find(new PropQuery(in.platform(), null, null, null, team, game.id(), null, null, null,
              MAX_PROPS, 0)));
        }
      });
      return Future.all(new ArrayList<>(reads.values())).compose(all -> {
        Map<String, List<Prop>> byTeam = new LinkedHashMap<>();
        reads.forEach((team, read) -> byTeam.put(team, read.result().items()));
        // features and one model batch: CPU work, on the what-if worker pool whichever context completed the reads
        return worker.executeBlocking(() -> ScenarioPricing.price(scenario, snap, loaded, games, byTeam, shrinkage), false);
      });
    });
  }

  /** Each scenario team's game (null: none), after checking every named player, team and game exists. */
  static Map<String, Game> games(HistorySnapshot snap, ScenarioInput in) {
    if (in.team() != null && snap.teams().stream().noneMatch(t -> t.id().equals(in.team()))) {
      throw Failures.notFound("no team with id '" + in.team() + "'");
    }
    for (ScenarioInput.Directive d : in.players().values()) {
      Player p = snap.playersById().get(d.playerId());
      if (p == null) {
        throw Failures.notFound("no player with id '" + d.playerId() + "' (" + d.field() + ")");
      }
      if (in.team() != null && !in.team().equals(p.teamId())) {
        throw Failures.unprocessable(d.field(), "player '" + d.playerId() + "' (" + p.name() + ") plays for "
            + p.teamId() + ", not " + in.team());
      }
    }
    for (String id : in.starters()) {
      Player p = snap.playersById().get(id);
      if (p == null) {
        throw Failures.notFound("no player with id '" + id + "' (starters)");
      }
      if (!in.team().equals(p.teamId())) {
        throw Failures.unprocessable("starters", "player '" + id + "' (" + p.name() + ") plays for " + p.teamId()
            + ", not " + in.team());
      }
    }
    for (String id : in.gameIds()) {
      if (!snap.gamesById().containsKey(id)) {
        throw Failures.notFound("no game with id '" + id + "'");
      }
    }
    List<String> teams = new ArrayList<>();
    if (in.team() != null) {
      teams.add(in.team());
    }
    in.players().values().forEach(d -> {
      String team = snap.playersById().get(d.playerId()).teamId();
      if (team != null && !teams.contains(team)) {
        teams.add(team);
      }
    });
    Map<String, Game> out = new LinkedHashMap<>();
    for (String team : teams) {
      out.put(team, gameOf(snap, team, in));
    }
    return out;
  }

  // the team's game among game_ids, on the date, or else its next game that is not final
  private static Game gameOf(HistorySnapshot snap, String team, ScenarioInput in) {
    if (!in.gameIds().isEmpty()) {
      return in.gameIds().stream().map(snap.gamesById()::get).filter(g -> g.involves(team)).findFirst().orElse(null);
    }
    return snap.games().stream()
        .filter(g -> g.involves(team))
        .filter(g -> in.date() != null ? g.date().equals(in.date()) : !g.isFinal())
        .min(Comparator.comparing(Game::date).thenComparing(Game::id))
        .orElse(null);
  }
}
