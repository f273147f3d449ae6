package com.betterbros.props.whatif;

import com.betterbros.props.features.core.FeatureBuilder;
import com.betterbros.props.features.core.FeatureRequest;
import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.features.core.HistorySnapshot;
import com.betterbros.props.features.core.PlayerUsage;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.model.api.ProductionModel;
import com.betterbros.props.model.core.Dataset;
import com.betterbros.props.model.core.LegPrediction;
import com.betterbros.props.model.core.PredictionInput;
import com.betterbros.props.model.core.SupportedStats;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.whatif.core.OnOffSplits;
import com.betterbros.props.whatif.core.ScenarioFeatures;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Re-prices the affected props of a resolved scenario with the production model: each prop's stored
 * feature vector (built as the model domain builds it: {@code Dataset.requestFor}, {@code
 * FeatureBuilder.build}) and its scenario copy ({@link ScenarioFeatures}) go through ONE
 * {@code PropModel.predict} batch. A named player's on/off splits ({@link OnOffSplits}) move his
 * teammates: an absent player by the full deltas (f = 1), a limited one by the share of his
 * projected minutes he loses, f = (projected − minutes) / projected; deltas of several players add.
 * CPU-bound: runs on the what-if worker.
 */
final class ScenarioPricing {

  /**
   * The outcome (without slips) and the priced legs.
   *
   * @param outcome kind, games, players, props, model_version, shrinkage_games, notes
   * @param legs the affected props, for the slip comparison
   */
  record Result(JsonObject outcome, List<PricedProp> legs) {}

  /** What a named player does to his teammates: f times his splits (null: no deltas). */
  private record Effect(ScenarioInput.Directive directive, String team, Game game, double fraction, OnOffSplits splits) {}

  private ScenarioPricing() {}

  static Result price(ScenarioInput in, HistorySnapshot snap, ProductionModel.Loaded loaded, Map<String, Game> games,
      Map<String, List<Prop>> propsByTeam, double k) {
    HistoryIndex index = snap.index();
    JsonArray players = new JsonArray();
    List<Effect> effects = new ArrayList<>();
    for (ScenarioInput.Directive d : in.players().values()) {
      Player p = snap.playersById().get(d.playerId());
      Game g = games.get(p.teamId());
      JsonObject e = new JsonObject().put("player_id", p.id()).put("name", p.name()).put("team", p.teamId())
          .put("game_id", g == null ? null : g.id()).put("role", d.role()).put("minutes", d.out() ? null : d.minutes());
      players.add(e);
      if (g == null) {
        e.put("status", "no_game").put("message", p.teamId() + " has no game " + (in.date() != null ? "on " + in.date()
            : "in the scenario") + ": nothing to re-price");
        continue;
      }
      double projected = PlayerUsage.project(index, FeatureRequest.forGame(p.id(), p.teamId(), g, "points", null)).minutesProj();
      e.put("projected_minutes", round(projected));
      if (d.out() && index.isOut(p.id(), g.date())) {
        e.put("status", "already_out").put("message", p.name() + " is already out on " + g.date()
            + " in the injury report: the stored features and predictions already reflect it");
        continue;
      }
      OnOffSplits splits = OnOffSplits.of(index, p.id(), p.teamId(), g.date(), k);
      e.put("games_with", splits.gamesWith()).put("games_without", splits.gamesWithout());
      double f = d.out() ? 1 : projected > 0 ? (projected - d.minutes()) / projected : 0;
      if (splits.gamesWithout() == 0) {
        e.put("status", "no_games_missed").put("message", p.name() + " missed none of " + p.teamId() + "'s "
            + splits.gamesWith() + " games this season before " + g.date()
            + ": no on/off history, so his teammates' minutes and rates are not changed");
        effects.add(new Effect(d, p.teamId(), g, f, null));
      } else {
        e.put("status", "applied").put("message", String.format(java.util.Locale.ROOT,
            "teammates moved by %.2f x their on/off deltas from %d games without him (shrunk by n/(n+%s))", f,
            splits.gamesWithout(), k));
        effects.add(new Effect(d, p.teamId(), g, f, splits));
      }
    }
    List<PricedProp> legs = new ArrayList<>();
    List<PredictionInput> inputs = new ArrayList<>();
    int skipped = 0;
    for (List<Prop> teamProps : propsByTeam.values()) {
      for (Prop prop : teamProps) {
        Game g = snap.gamesById().get(prop.gameId());
        if (g == null || !snap.playersById().containsKey(prop.playerId())
            || !SupportedStats.contains(prop.sport(), prop.statType())
            || !loaded.model().statTypes().contains(prop.statType())) {
          skipped++;
          continue;
        }
        double[] stored = FeatureBuilder.build(index, Dataset.requestFor(prop, g));
        double[] changed = ScenarioFeatures.apply(stored, change(in, index, effects, prop, g));
        ScenarioInput.Directive own = in.players().get(prop.playerId());
        legs.add(new PricedProp(prop, stored, changed, own != null && own.out()));
        inputs.add(new PredictionInput(prop.statType(), prop.line(), stored));
        inputs.add(new PredictionInput(prop.statType(), prop.line(), changed));
      }
    }
    List<LegPrediction> predictions = inputs.isEmpty() ? List.of() : loaded.model().predict(inputs);
    for (int i = 0; i < legs.size(); i++) {
      legs.get(i).priced(predictions.get(2 * i), predictions.get(2 * i + 1), in.slipSize());
    }
    legs.sort(PricedProp.BY_CHANGE);
    JsonArray props = new JsonArray();
    legs.forEach(l -> props.add(l.toJson()));
    JsonArray notes = new JsonArray();
    if (skipped > 0) {
      notes.add(skipped + " prop(s) of the scenario's games were left out: a stat type the production model does not"
          + " price, or a player or game the history does not know");
    }
    JsonArray gameIds = new JsonArray();
    games.values().stream().filter(g -> g != null).map(Game::id).distinct().forEach(gameIds::add);
    JsonObject outcome = new JsonObject().put("kind", in.kind()).put("games", gameIds)
        .put("model_version", loaded.stored().id()).put("shrinkage_games", k)
        .put("players", players).put("props", props).put("notes", notes);
    return new Result(outcome, legs);
  }

  // the sum of every effect on this prop's player; his own minutes when he is given some
  private static ScenarioFeatures.Change change(ScenarioInput in, HistoryIndex index, List<Effect> effects, Prop prop,
      Game g) {
    double dm = 0;
    double dr = 0;
    int out = 0;
    double usage = 0;
    for (Effect e : effects) {
      if (e.directive().playerId().equals(prop.playerId()) || !e.team().equals(prop.team())) {
        continue;
      }
      OnOffSplits.Shift s = e.splits() == null ? null : e.splits().shifts().get(prop.playerId());
      if (s != null) {
        dm += e.fraction() * s.minutesDelta(); // f_A dm_A(B)
        dr += e.fraction() * s.rateDelta(prop.statType()); // f_A dr_A(B, stat)
      }
      if (e.directive().out()) {
        out++;
        double u = PlayerUsage.usageShare(index, e.directive().playerId(), prop.statType(), g.date());
        usage += Double.isNaN(u) ? 0 : u;
      }
    }
    ScenarioInput.Directive own = in.players().get(prop.playerId());
    double minutes = own != null && !own.out() ? own.minutes() : Double.NaN;
    return new ScenarioFeatures.Change(dm, minutes, dr, out, usage);
  }

  static Double round(double v) {
    return Double.isFinite(v) ? Math.round(v * 10_000.0) / 10_000.0 : null;
  }
}
