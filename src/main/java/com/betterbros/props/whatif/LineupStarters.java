package com.betterbros.props.whatif;

import com.betterbros.props.features.core.FeatureRequest;
import com.betterbros.props.features.core.HistorySnapshot;
import com.betterbros.props.features.core.PlayerUsage;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a lineup's {@code starters} mean for minutes: a starter without a minutes entry of his own is
 * projected at least a starter's load, the 5th-largest minutes projection ({@code minutes_proj},
 * {@link PlayerUsage#project}) among the team's players; one already projected above it keeps his
 * own. Nobody else's minutes are changed by the list itself: give them in {@code minutes}.
 */
final class LineupStarters {

  /** Starters on an NBA floor. */
  static final int STARTERS = 5;

  private LineupStarters() {}

  /** The scenario with each promoted starter as a {@code starter} directive of his new minutes. */
  static ScenarioInput apply(ScenarioInput in, HistorySnapshot snap, Game game) {
    if (in.starters().isEmpty() || game == null) {
      return in;
    }
    List<Double> projections = new ArrayList<>();
    Map<String, Double> byPlayer = new LinkedHashMap<>();
    for (Player p : snap.index().roster(in.team())) {
      double m = PlayerUsage.project(snap.index(), FeatureRequest.forGame(p.id(), in.team(), game, "points", null))
          .minutesProj();
      projections.add(m);
      byPlayer.put(p.id(), m);
    }
    projections.sort(Comparator.reverseOrder());
    double load = projections.isEmpty() ? 0 : projections.get(Math.min(STARTERS, projections.size()) - 1);
    Map<String, ScenarioInput.Directive> players = new LinkedHashMap<>(in.players());
    for (String id : in.starters()) {
      double own = byPlayer.getOrDefault(id, 0.0);
      if (!players.containsKey(id) && own < load) {
        players.put(id, new ScenarioInput.Directive(id, "starter", load, "starters"));
      }
    }
    return new ScenarioInput(in.kind(), in.date(), in.gameIds(), players, in.team(), in.starters(), in.platform(),
        in.slipSize(), in.payout());
  }
}
