package com.betterbros.props.optimize;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.optimize.core.SlipConstraints;
import io.vertx.core.json.JsonObject;
import java.util.Set;

/** Parses the {@code constraints} object of a parlays request; every problem is a 400 naming {@code constraints.<key>}. */
final class ParlaysConstraints {

  private static final Set<String> KEYS = Set.of(SlipConstraints.MIN_TEAMS, SlipConstraints.DISTINCT_PLAYERS,
      SlipConstraints.MAX_PER_GAME, SlipConstraints.MAX_PER_TEAM, SlipConstraints.MIN_LEG_EDGE,
      SlipConstraints.MAX_EXPOSURE);

  private ParlaysConstraints() {}

  /** The constraints of the body's value (absent: {@link SlipConstraints#defaults()}). */
  static SlipConstraints parse(Object value) {
    SlipConstraints c = SlipConstraints.defaults();
    if (value == null) {
      return c;
    }
    if (!(value instanceof JsonObject json)) {
      throw Failures.badRequest("constraints", "constraints must be an object with any of " + KEYS.stream().sorted().toList());
    }
    for (String key : json.fieldNames()) {
      if (!KEYS.contains(key)) {
        throw Failures.badRequest("constraints." + key, "unknown constraint '" + key + "' (known: "
            + KEYS.stream().sorted().toList() + ")");
      }
    }
    if (json.containsKey(SlipConstraints.MIN_TEAMS)) {
      c = c.withMinTeams(count(json, SlipConstraints.MIN_TEAMS));
    }
    if (json.containsKey(SlipConstraints.MAX_PER_GAME)) {
      c = c.withMaxPerGame(count(json, SlipConstraints.MAX_PER_GAME));
    }
    if (json.containsKey(SlipConstraints.MAX_PER_TEAM)) {
      c = c.withMaxPerTeam(count(json, SlipConstraints.MAX_PER_TEAM));
    }
    if (json.containsKey(SlipConstraints.DISTINCT_PLAYERS)) {
      if (!(json.getValue(SlipConstraints.DISTINCT_PLAYERS) instanceof Boolean b)) {
        throw Failures.badRequest("constraints.distinct_players", "constraints.distinct_players must be true or false");
      }
      c = c.withDistinctPlayers(b);
    }
    if (json.containsKey(SlipConstraints.MIN_LEG_EDGE)) {
      double edge = number(json, SlipConstraints.MIN_LEG_EDGE);
      if (edge < -1 || edge > 1) {
        throw Failures.badRequest("constraints.min_leg_edge", "constraints.min_leg_edge must be in [-1, 1], got " + edge);
      }
      c = c.withMinLegEdge(edge);
    }
    if (json.containsKey(SlipConstraints.MAX_EXPOSURE)) {
      double exposure = number(json, SlipConstraints.MAX_EXPOSURE);
      if (!(exposure > 0 && exposure <= 1)) {
        throw Failures.badRequest("constraints.max_exposure", "constraints.max_exposure must be in (0, 1], got "
            + exposure);
      }
      c = c.withMaxExposure(exposure);
    }
    return c;
  }

  private static int count(JsonObject json, String key) {
    Object v = json.getValue(key);
    if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.doubleValue() < 1
        || n.doubleValue() > 1000) {
      throw Failures.badRequest("constraints." + key, "constraints." + key + " must be a whole number from 1 to 1000,"
          + " got " + v);
    }
    return n.intValue();
  }

  private static double number(JsonObject json, String key) {
    if (!(json.getValue(key) instanceof Number n) || !Double.isFinite(n.doubleValue())) {
      throw Failures.badRequest("constraints." + key, "constraints." + key + " must be a number");
    }
    return n.doubleValue();
  }
}
